package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * The five levels of the IAP2 Spectrum of Public Participation, for towns that record their
 * involvement with it. Map them onto the Loos ladder with {@link #toLoos()}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Iap2Level implements Labelled {
    /** Inform: balanced and objective information. */
    INFORM,
    /** Consult: obtain public feedback. */
    CONSULT,
    /** Involve: work directly with the public throughout the process. */
    INVOLVE,
    /** Collaborate: partner with the public in each aspect of the decision. */
    COLLABORATE,
    /** Empower: place final decision making in the hands of the public. */
    EMPOWER;

    /**
     * Maps this IAP2 level onto the Loos ladder. {@link #COLLABORATE} cannot be decided: it covers
     * both {@link CoConstructionLevel#CO_CONSTRUCTION} (shaping a decision together) and
     * {@link CoConstructionLevel#CO_PRODUCTION} (doing the works together under a convention);
     * the mapping says so instead of guessing.
     *
     * @return the candidate Loos levels, never null
     */
    public LevelMapping toLoos() {
        return Crosswalk.fromIap2(this);
    }

    @Override
    public String labelKey() {
        return "Iap2Level." + name();
    }
}
