package io.github.loosmethod.commitment;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated step in the life of a commitment (<em>changement d'état</em>): from which status to
 * which, on which day, and why.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the move is allowed by {@link CommitmentStatus#canMoveTo(CommitmentStatus)}; the reason is not
 * blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusChange {

    StatusChange() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableStatusChange.Builder builder() {
        return ImmutableStatusChange.builder();
    }

    /**
     * Creates a status change.
     *
     * @param from the status before, not null
     * @param to the status after, allowed from {@code from}
     * @param on the day of the change, not null
     * @param reason why, not blank
     * @return the change, never null
     * @throws io.github.loosmethod.InvalidValueException if the move is not allowed or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public static StatusChange of(CommitmentStatus from, CommitmentStatus to, LocalDate on, String reason) {
        return ImmutableStatusChange.builder().withFrom(from).withTo(to).withOn(on).withReason(reason).build();
    }

    /**
     * Returns the status before the change.
     *
     * @return the status, never null
     */
    public abstract CommitmentStatus from();

    /**
     * Returns the status after the change.
     *
     * @return the status, never null
     */
    public abstract CommitmentStatus to();

    /**
     * Returns the day of the change.
     *
     * @return the date, never null
     */
    public abstract LocalDate on();

    /**
     * Returns why the status changed.
     *
     * @return the reason, never blank
     */
    public abstract String reason();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireDate("on", on());
        // Checked on every change read from a document: the message is built only on failure.
        if (!from().canMoveTo(to())) {
            throw InvalidValueException.of("to", to().toString(), "invariant.commitmentMove", from(), to());
        }
        requireNonBlank("reason", reason());
    }
}
