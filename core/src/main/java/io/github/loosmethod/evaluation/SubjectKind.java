package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * What an evaluation is about (<em>objet de l'évaluation</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubjectKind implements Labelled {
    /** One initiative (<em>une initiative</em>). */
    INITIATIVE,
    /** A town's programme or strategy of involvement as a whole (<em>un programme, une stratégie</em>). */
    PROGRAMME;

    @Override
    public String labelKey() {
        return "SubjectKind." + name();
    }
}
