package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;

/**
 * A domain of the transition an initiative serves (<em>domaine de la transition</em>): the
 * shared list peer towns describe their results with, so that portfolios compare like with like.
 * A town keeps its own finer themes and maps them onto this list with {@link ThemeDomains}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TransitionDomain implements Labelled {
    /** Local democracy and the capacity of residents to act (<em>démocratie locale, capacitation</em>). */
    LOCAL_DEMOCRACY,
    /** Energy transition: saving, producing, sharing (<em>transition énergétique</em>). */
    ENERGY,
    /** Food system: growing, supplying, eating (<em>alimentation</em>). */
    FOOD,
    /** Biodiversity and nature in town (<em>biodiversité</em>). */
    BIODIVERSITY,
    /** Eco-construction and renovation (<em>éco-construction</em>). */
    ECO_CONSTRUCTION,
    /** Social action and solidarity (<em>action sociale, solidarité</em>). */
    SOCIAL_ACTION,
    /** Local economic development (<em>développement économique</em>). */
    ECONOMIC_DEVELOPMENT,
    /** Mobility (<em>mobilité</em>). */
    MOBILITY,
    /** Housing (<em>habitat</em>). */
    HOUSING,
    /** Culture and heritage (<em>culture, patrimoine</em>). */
    CULTURE;

    @Override
    public String labelKey() {
        return "TransitionDomain." + name();
    }
}
