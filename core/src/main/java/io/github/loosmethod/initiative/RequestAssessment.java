package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.require;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The town's decision on a request after analysing it (<em>instruction de la demande</em>): is
 * it credible, of general interest, are the applicants really committed? Records who decided,
 * when, the outcome and the reasons.
 *
 * <p>That the decider is an elected official or a body of them (R3) and not one of the
 * applicants (R10) are rules of the method, checked by the validator and the lifecycle.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * at least one reason, none blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RequestAssessment {

    RequestAssessment() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableRequestAssessment.Builder builder() {
        return ImmutableRequestAssessment.builder();
    }

    /**
     * Creates an assessment.
     *
     * @param decidedBy who decided, not null
     * @param decidedAt when, not null
     * @param outcome the decision, not null
     * @param reasons why, at least one, none blank
     * @return the assessment, never null
     * @throws io.github.loosmethod.InvalidValueException if there is no reason or a blank one
     * @throws NullPointerException if an argument or a reason is null
     */
    public static RequestAssessment of(Actor decidedBy, Instant decidedAt, AssessmentOutcome outcome, String... reasons) {
        return ImmutableRequestAssessment.builder().withDecidedBy(decidedBy).withDecidedAt(decidedAt)
                .withOutcome(outcome).addReasons(reasons).build();
    }

    /**
     * Returns who decided: an elected official, or a body of them.
     *
     * @return the decider, never null
     */
    public abstract Actor decidedBy();

    /**
     * Returns when the decision was taken.
     *
     * @return the instant, never null
     */
    public abstract Instant decidedAt();

    /**
     * Returns the decision.
     *
     * @return the outcome, never null
     */
    public abstract AssessmentOutcome outcome();

    /**
     * Returns the reasons given for the decision.
     *
     * @return the reasons, unmodifiable, never empty
     */
    public abstract List<String> reasons();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireInstant("decidedAt", decidedAt());
        require(!reasons().isEmpty(), "reasons", List.of(), "a decision states at least one reason");
        for (int i = 0; i < reasons().size(); i++) {
            requireNonBlank("reasons[" + i + "]", reasons().get(i));
        }
    }
}
