package io.github.loosmethod.initiative;

import io.github.loosmethod.validation.ValidationReport;
import java.util.Objects;

/**
 * Thrown by a lifecycle operation of {@link Initiative} that cannot be made: the report names
 * every guard and rule that failed, each with its id, path and bilingual message. The initiative
 * the operation was called on is unchanged (it is immutable).
 *
 * <p>Instances are immutable and thread-safe once thrown.
 */
public final class TransitionRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final transient ValidationReport report;

    /**
     * Creates the exception.
     *
     * @param operation the operation refused, such as {@code "START_WORK"}, not null
     * @param report the failed guards and rules, not null, with at least one error
     * @throws NullPointerException if an argument is null
     */
    public TransitionRefusedException(String operation, ValidationReport report) {
        super(Objects.requireNonNull(operation, "operation") + " refused:\n" + Objects.requireNonNull(report, "report"));
        this.operation = operation;
        this.report = report;
    }

    /**
     * Returns the operation refused: a {@link Transition} name, or {@code "DRAFT_CONVENTION"},
     * {@code "RECORD_COMMITMENT_STATUS"}.
     *
     * @return the operation, never null
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns every guard and rule that failed.
     *
     * @return the report, never null
     */
    public ValidationReport report() {
        return report;
    }
}
