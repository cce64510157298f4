package io.github.loosmethod.initiative;

import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
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

    /** @serial the lifecycle operation that was refused */
    private final String operation;
    /** Not serializable as a value type; written field by field (see {@link #writeObject}) and rebuilt on reading. */
    private transient ValidationReport report;

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

    /**
     * Writes the report's violations field by field, so that a refusal sent to another JVM (a
     * remote call, a message queue) still says what was refused.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(report.violations().size());
        for (Violation violation : report.violations()) {
            out.writeObject(violation.rule());
            out.writeObject(violation.path());
            out.writeObject(violation.englishMessage());
            out.writeObject(violation.frenchMessage());
        }
    }

    /**
     * Rebuilds the report written by {@link #writeObject}.
     *
     * @param in the stream
     * @throws IOException if the stream fails
     * @throws ClassNotFoundException if a class of the stream is unknown
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (count < 0) {
            throw new InvalidObjectException("negative count of violations: " + count);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                violations.add(Violation.builder().withRule((Rule) in.readObject()).withPath((String) in.readObject())
                        .withEnglishMessage((String) in.readObject()).withFrenchMessage((String) in.readObject()).build());
            } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
                throw new InvalidObjectException("violation " + i + " is not a violation: " + e.getMessage());
            }
        }
        report = ValidationReport.of(violations);
    }
}
