package io.github.loosmethod.commitment;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One promise written into a convention (<em>engagement</em>): which side makes it, who answers
 * for it, what kind it is, how much, by when, and where it stands.
 *
 * <p>The status is not stored separately from the history: it is the target of the last
 * {@link StatusChange}, or {@link CommitmentStatus#PLANNED} before the first one, so the two can
 * never disagree. Change it with {@link #moveTo(CommitmentStatus, LocalDate, String)}.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * id and description are not blank; the history is a chain starting from
 * {@link CommitmentStatus#PLANNED}, each step starting where the previous one ended, in date
 * order. The rules of the method about commitments (R6, R7, R8, R12, R15) are checked by the
 * validator, not here. Instances are immutable and thread-safe; no accessor returns null.
 */
@Value.Immutable
public abstract class Commitment {

    Commitment() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCommitment.Builder builder() {
        return ImmutableCommitment.builder();
    }

    /**
     * Creates a planned commitment with no quantity and no due date.
     *
     * @param id the identifier, unique in its convention, not blank
     * @param side the side that commits, not null
     * @param responsible the actor who answers for it, not null
     * @param kind what it is about, not null
     * @param description what is promised, in words, not blank
     * @return the commitment, never null
     * @throws io.github.loosmethod.InvalidValueException if id or description is blank
     * @throws NullPointerException if an argument is null
     */
    public static Commitment of(String id, Side side, Actor responsible, CommitmentKind kind, String description) {
        return builder().withId(id).withSide(side).withResponsible(responsible).withKind(kind)
                .withDescription(description).build();
    }

    /**
     * Returns the identifier of the commitment within its convention.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns the side that makes the promise.
     *
     * @return the side, never null
     */
    public abstract Side side();

    /**
     * Returns the actor who answers for the promise: a municipal service for technical support,
     * the parents' group for breaking the asphalt.
     *
     * @return the actor, never null
     */
    public abstract Actor responsible();

    /**
     * Returns what the promise is about.
     *
     * @return the kind, never null
     */
    public abstract CommitmentKind kind();

    /**
     * Returns the promise in words.
     *
     * @return the description, never blank
     */
    public abstract String description();

    /**
     * Returns how much is promised, when it can be counted.
     *
     * @return the quantity, or empty
     */
    public abstract Optional<Quantity> quantity();

    /**
     * Returns the day by which the promise is due. A stewardship commitment usually has none: it
     * runs until the convention ends (R12).
     *
     * @return the due date, or empty
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * Returns the project phase the commitment serves; by default the usual phase of its kind.
     * Rule R15 uses it to check that a phase claiming co-production has residents holding tasks.
     *
     * @return the phase, never null
     */
    @Value.Default
    public ProjectPhase phase() {
        return kind().usualPhase();
    }

    /**
     * Returns the dated changes of status, oldest first.
     *
     * @return the history, unmodifiable, empty while the commitment is planned
     */
    public abstract List<StatusChange> history();

    /**
     * Returns the current status: the target of the last change, or planned.
     *
     * @return the status, never null
     */
    public final CommitmentStatus status() {
        List<StatusChange> history = history();
        return history.isEmpty() ? CommitmentStatus.PLANNED : history.get(history.size() - 1).to();
    }

    /**
     * Returns a copy of this commitment moved to a new status.
     *
     * @param target the new status, allowed from the current one
     * @param on the day of the change, not before the last change
     * @param reason why, not blank
     * @return a new commitment with the change appended to its history, never null
     * @throws io.github.loosmethod.InvalidValueException if the move is not allowed from the
     *         current status, the date goes back in time, or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Commitment moveTo(CommitmentStatus target, LocalDate on, String reason) {
        StatusChange change = StatusChange.of(status(), Objects.requireNonNull(target, "target"), on, reason);
        return builder().from(this).addHistory(change).build();
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("id", id());
        requireNonBlank("description", description());
        if (dueDate().isPresent()) {
            InvalidValueException.requireDate("dueDate", dueDate().get());
        }
        CommitmentStatus expected = CommitmentStatus.PLANNED;
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < history().size(); i++) {
            StatusChange change = history().get(i);
            // Messages are built only on failure: this loop runs for every commitment read.
            if (change.from() != expected) {
                throw InvalidValueException.of("history[" + i + "].from", change.from().toString(), "invariant.changeFrom", expected);
            }
            if (change.on().isBefore(previous)) {
                throw InvalidValueException.of("history[" + i + "].on", change.on().toString(), "invariant.changeOn", previous);
            }
            expected = change.to();
            previous = change.on();
        }
    }
}
