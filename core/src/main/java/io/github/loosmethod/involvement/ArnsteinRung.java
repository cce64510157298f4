package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * The eight rungs of Sherry Arnstein's <em>ladder of citizen participation</em> (1969), bottom
 * to top. Map them onto the Loos ladder with {@link #toLoos()}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ArnsteinRung implements Labelled {
    /** 1. Manipulation (non-participation). */
    MANIPULATION,
    /** 2. Therapy (non-participation). */
    THERAPY,
    /** 3. Informing (tokenism). */
    INFORMING,
    /** 4. Consultation (tokenism). */
    CONSULTATION,
    /** 5. Placation (tokenism). */
    PLACATION,
    /** 6. Partnership (citizen power). */
    PARTNERSHIP,
    /** 7. Delegated power (citizen power). */
    DELEGATED_POWER,
    /** 8. Citizen control (citizen power). */
    CITIZEN_CONTROL;

    /**
     * Returns the rung's number on Arnstein's ladder.
     *
     * @return 1 for {@link #MANIPULATION} to 8 for {@link #CITIZEN_CONTROL}
     */
    public int rung() {
        return ordinal() + 1;
    }

    /**
     * Maps this rung onto the Loos ladder. The two non-participation rungs have no Loos
     * counterpart (the method does not record manipulation as involvement) and map to nothing;
     * {@link #PARTNERSHIP} covers both co-construction and co-production and is undecided.
     *
     * @return the candidate Loos levels, never null
     */
    public LevelMapping toLoos() {
        return Crosswalk.fromArnstein(this);
    }

    @Override
    public String labelKey() {
        return "ArnsteinRung." + name();
    }
}
