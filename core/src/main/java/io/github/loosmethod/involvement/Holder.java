package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * Who holds a role at a level of the ladder — deciding or acting (<em>qui décide, qui agit</em>).
 *
 * <p>Three coarse values a machine can compare; the nuance of each level ("town, after
 * structured dialogue") lives in its label. This enum is immutable and thread-safe.
 */
public enum Holder implements Labelled {
    /** The town alone (<em>la commune</em>). */
    TOWN,
    /** The town and the residents together (<em>commune et habitants</em>). */
    TOWN_AND_RESIDENTS,
    /** The residents, with the town as a partner (<em>les habitants</em>). */
    RESIDENTS;

    @Override
    public String labelKey() {
        return "Holder." + name();
    }
}
