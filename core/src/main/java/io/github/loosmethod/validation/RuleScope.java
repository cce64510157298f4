package io.github.loosmethod.validation;

import io.github.loosmethod.Labelled;

/**
 * Where a rule is enforced (<em>portée de la règle</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RuleScope implements Labelled {
    /** Checked on every initiative ({@code Initiative.validate()}), and by the lifecycle where it applies. */
    INITIATIVE,
    /** Checked on every evaluation ({@code Evaluation.validate()}). */
    EVALUATION,
    /** A guard of a lifecycle operation: checked when the operation is attempted. */
    LIFECYCLE,
    /**
     * A promise of the library itself, which no record can break and which is therefore never
     * reported: R9, "no ratio between the sides' contributions is ever required".
     */
    GUARANTEE;

    @Override
    public String labelKey() {
        return "RuleScope." + name();
    }
}
