package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;
import java.util.Objects;
import java.util.Set;

/**
 * The six-level involvement ladder of the method (<em>échelle de la co-construction</em>),
 * ordered from the least to the most power held by residents. Enum order is ladder order, so
 * levels compare with {@link #compareTo(Enum)} and sort naturally.
 *
 * <p>Each level says who decides and who acts, so a town may relabel the rungs without changing
 * what its data means. Crosswalks: {@link #toIap2()} and {@link #toArnstein()}, and back with
 * {@link Iap2Level#toLoos()} and {@link ArnsteinRung#toLoos()}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CoConstructionLevel implements Labelled {
    /** The town informs (<em>information</em>): municipal magazine, announcements. */
    INFORMATION(Holder.TOWN, Holder.TOWN),
    /** The town asks for opinions that do not bind it (<em>consultation</em>): the 1996 residents' questionnaire. */
    CONSULTATION(Holder.TOWN, Holder.TOWN),
    /** The town decides after structured dialogue, residents act as experts of use (<em>concertation</em>). */
    CONCERTATION(Holder.TOWN, Holder.TOWN),
    /** Content shaped jointly, the town decides formally (<em>co-construction</em>): the Charte du cadre de vie. */
    CO_CONSTRUCTION(Holder.TOWN, Holder.TOWN_AND_RESIDENTS),
    /** Joint decision formalised in a convention, residents and town do the work (<em>co-production</em>): every fifty-fifty. */
    CO_PRODUCTION(Holder.TOWN_AND_RESIDENTS, Holder.TOWN_AND_RESIDENTS),
    /** Citizens decide and act with public support (<em>initiative citoyenne</em>): the Mine de Soleil solar company. */
    CITIZEN_LED(Holder.RESIDENTS, Holder.RESIDENTS);

    private final Holder decides;
    private final Holder acts;

    CoConstructionLevel(Holder decides, Holder acts) {
        this.decides = decides;
        this.acts = acts;
    }

    /**
     * Returns the rung number, 1 for {@link #INFORMATION} to 6 for {@link #CITIZEN_LED}.
     *
     * @return the rank, from 1 to 6
     */
    public int rank() {
        return ordinal() + 1;
    }

    /**
     * Returns who holds the decision at this level. The nuance ("after structured dialogue")
     * is in the label of {@code "CoConstructionLevel.X.decides"} in the vocabulary.
     *
     * @return the holder, never null
     */
    public Holder whoDecides() {
        return decides;
    }

    /**
     * Returns who does the work at this level.
     *
     * @return the holder, never null
     */
    public Holder whoActs() {
        return acts;
    }

    /**
     * Tells whether this level is the same as, or above, another.
     *
     * @param other the level to compare with, not null
     * @return true if {@code this.rank() >= other.rank()}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isAtLeast(CoConstructionLevel other) {
        return compareTo(Objects.requireNonNull(other, "other")) >= 0;
    }

    /**
     * Returns the matching level of the IAP2 spectrum. Every Loos level has exactly one; the
     * reverse is not true (see {@link Iap2Level#toLoos()}).
     *
     * @return the IAP2 level, never null
     */
    public Iap2Level toIap2() {
        return Crosswalk.toIap2(this);
    }

    /**
     * Returns the matching rungs of Arnstein's ladder: one rung for levels 1 to 5, two
     * (delegated power, citizen control) for {@link #CITIZEN_LED}.
     *
     * @return the rungs, unmodifiable, in ladder order, never empty
     */
    public Set<ArnsteinRung> toArnstein() {
        return Crosswalk.toArnstein(this);
    }

    @Override
    public String labelKey() {
        return "CoConstructionLevel." + name();
    }
}
