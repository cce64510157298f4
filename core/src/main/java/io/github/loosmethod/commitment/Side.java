package io.github.loosmethod.commitment;

import io.github.loosmethod.Labelled;

/**
 * The two sides of a convention (<em>les deux parties</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Side implements Labelled {
    /** The town: the municipality, its elected officials and services (<em>la commune</em>). */
    TOWN,
    /** The applicants who carry the initiative (<em>les porteurs de projet</em>). */
    APPLICANTS;

    /**
     * Returns the other side.
     *
     * @return {@link #APPLICANTS} for {@link #TOWN} and the reverse
     */
    public Side other() {
        return this == TOWN ? APPLICANTS : TOWN;
    }

    @Override
    public String labelKey() {
        return "Side." + name();
    }
}
