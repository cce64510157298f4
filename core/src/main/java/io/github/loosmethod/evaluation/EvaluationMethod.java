package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * How an evaluation was made (<em>méthode d'évaluation</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EvaluationMethod implements Labelled {
    /** Counting indicators: projects a year, people involved, meetings held (<em>batterie d'indicateurs</em>). */
    INDICATOR_SET,
    /** Case studies with coded interviews, as in the 2016 evaluation (<em>étude de cas</em>). */
    CASE_STUDY,
    /** The people who carried a project tell its story in public, as in a Ch'ti TAIDx (<em>séance de récit</em>). */
    NARRATIVE_SESSION,
    /** Another town or practitioners review the practice (<em>revue par les pairs</em>). */
    PEER_REVIEW,
    /** The people involved assess it themselves (<em>auto-évaluation</em>). */
    SELF_ASSESSMENT;

    @Override
    public String labelKey() {
        return "EvaluationMethod." + name();
    }
}
