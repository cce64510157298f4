package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * Who took part in a narrative evaluation session (<em>catégories de participants</em>), as a
 * Ch'ti TAIDx records it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AttendeeCategory implements Labelled {
    /** Pupils (<em>élèves</em>). */
    PUPILS,
    /** Parents (<em>parents</em>). */
    PARENTS,
    /** Teachers (<em>enseignants</em>). */
    TEACHERS,
    /** Members of an association (<em>membres d'association</em>). */
    ASSOCIATION_MEMBERS,
    /** Staff of the town hall (<em>agents municipaux</em>). */
    MUNICIPAL_STAFF,
    /** Elected officials (<em>élus</em>). */
    ELECTED_OFFICIALS,
    /** Other residents (<em>habitants</em>). */
    RESIDENTS,
    /** Partners: other public bodies, companies, researchers (<em>partenaires</em>). */
    PARTNERS;

    @Override
    public String labelKey() {
        return "AttendeeCategory." + name();
    }
}
