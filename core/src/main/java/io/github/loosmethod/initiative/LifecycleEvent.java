package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One step of an initiative's audit trail (<em>événement du cycle de vie</em>): which transition,
 * from which status to which, who made it, when and why. A town can publish the trail as it is.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the transition allows the move from {@link #from()} to {@link #to()}; the reason is not blank.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LifecycleEvent {

    LifecycleEvent() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableLifecycleEvent.Builder builder() {
        return ImmutableLifecycleEvent.builder();
    }

    /**
     * Creates an event.
     *
     * @param transition the transition, not null
     * @param from the status before, not null
     * @param to the status after, not null
     * @param by who made the transition, not null
     * @param at when, not null
     * @param reason why, not blank
     * @return the event, never null
     * @throws io.github.loosmethod.InvalidValueException if the transition does not allow the move
     *         or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public static LifecycleEvent of(Transition transition, InitiativeStatus from, InitiativeStatus to, Actor by,
            Instant at, String reason) {
        return ImmutableLifecycleEvent.builder().withTransition(transition).withFrom(from).withTo(to).withBy(by)
                .withAt(at).withReason(reason).build();
    }

    /**
     * Returns the transition made.
     *
     * @return the transition, never null
     */
    public abstract Transition transition();

    /**
     * Returns the status before.
     *
     * @return the status, never null
     */
    public abstract InitiativeStatus from();

    /**
     * Returns the status after.
     *
     * @return the status, never null
     */
    public abstract InitiativeStatus to();

    /**
     * Returns who made the transition.
     *
     * @return the actor, never null
     */
    public abstract Actor by();

    /**
     * Returns when it happened.
     *
     * @return the instant, never null
     */
    public abstract Instant at();

    /**
     * Returns why.
     *
     * @return the reason, never blank
     */
    public abstract String reason();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireInstant("at", at());
        // Checked on every event read from a document: the message is built only on failure.
        if (!transition().allows(from(), to())) {
            throw InvalidValueException.of("to", to().toString(), "invariant.transition", transition(), from(), to());
        }
        requireNonBlank("reason", reason());
    }
}
