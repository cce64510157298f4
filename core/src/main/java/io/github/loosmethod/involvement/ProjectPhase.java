package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * The phases of a project (<em>phases du projet</em>), in order. Involvement is chosen per phase:
 * a fifty-fifty is typically decided by the town and carried out jointly.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ProjectPhase implements Labelled {
    /** Looking at the situation and the needs (<em>diagnostic</em>). */
    DIAGNOSIS,
    /** Drawing up the project (<em>conception</em>). */
    DESIGN,
    /** Deciding to do it (<em>décision</em>). */
    DECISION,
    /** Doing the works (<em>réalisation</em>). */
    IMPLEMENTATION,
    /** Looking after the result over time (<em>pérennité</em>: upkeep, management). */
    STEWARDSHIP,
    /** Judging the effects (<em>évaluation</em>). */
    EVALUATION;

    @Override
    public String labelKey() {
        return "ProjectPhase." + name();
    }
}
