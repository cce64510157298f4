package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * A category of people who took part in an activity (<em>catégorie de participants</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ParticipantCategory implements Labelled {
    /** Adult residents (<em>habitants</em>). */
    RESIDENTS,
    /** Residents under 18: pupils, a youth council (<em>mineurs</em>). */
    MINORS,
    /** Members of associations (<em>associations</em>). */
    ASSOCIATIONS,
    /** Elected officials (<em>élus</em>). */
    ELECTED_OFFICIALS,
    /** Staff of the municipal services (<em>services municipaux</em>). */
    SERVICES,
    /** Partners: other public bodies, companies, researchers (<em>partenaires</em>). */
    PARTNERS;

    @Override
    public String labelKey() {
        return "ParticipantCategory." + name();
    }
}
