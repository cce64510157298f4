package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision about an initiative, as a municipal deliberation or a residents' vote records it
 * (<em>décision, délibération</em>): who decided, when, what about, the outcome and its reasons,
 * the reference of the act (a deliberation number) and, where there was one, the vote — of the
 * council ({@link #councilVote()}) or of residents ({@link #residentsVote()}).
 *
 * <p>The town's assessment of a fifty-fifty request (<em>instruction</em>) is one such decision,
 * so are the approval of a municipal project, the adoption or repeal of a policy by the council,
 * and the choice of a citizen-led initiative's own body. Who may decide is a rule of the method
 * for each kind, checked by the validator and the lifecycle: an elected official or body (R3),
 * never the applicants of a fifty-fifty (R10), a deliberation of an elected body for a policy
 * (M6), the residents' own body for a citizen-led initiative (M7); a vote agrees with the outcome
 * (M8).
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * at least one reason, none blank; reference and object not blank when given. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {

    Decision() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableDecision.Builder builder() {
        return ImmutableDecision.builder();
    }

    /**
     * Creates a decision with its reasons and nothing else.
     *
     * @param decidedBy the official or body who decided, not null
     * @param decidedAt when, not null
     * @param outcome the outcome, not null
     * @param reasons the reasons, at least one, none blank
     * @return the decision, never null
     * @throws io.github.loosmethod.InvalidValueException if there is no reason or one is blank
     * @throws NullPointerException if an argument is null
     */
    public static Decision of(Actor decidedBy, Instant decidedAt, DecisionOutcome outcome, String... reasons) {
        return ImmutableDecision.builder().withDecidedBy(decidedBy).withDecidedAt(decidedAt)
                .withOutcome(outcome).addReasons(reasons).build();
    }

    /**
     * Returns who decided: an elected official, an elected body, or a residents' body.
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
     * Returns what was decided.
     *
     * @return the outcome, never null
     */
    public abstract DecisionOutcome outcome();

    /**
     * Returns the reasons given (<em>motifs</em>), in the order given.
     *
     * @return the reasons, unmodifiable, never empty
     */
    public abstract List<String> reasons();

    /**
     * Returns the reference of the act, such as a deliberation number ("DCM 2024-017").
     *
     * @return the reference, or empty when the decision has none
     */
    public abstract Optional<String> reference();

    /**
     * Returns the object of the decision as the act states it (<em>objet de la délibération</em>).
     *
     * @return the object, or empty when not recorded
     */
    public abstract Optional<String> object();

    /**
     * Returns the council's vote, when the decision was taken by a vote of elected officials.
     *
     * @return the counts, or empty
     */
    public abstract Optional<CouncilVote> councilVote();

    /**
     * Returns the residents' vote, when residents decided: a citizen-led initiative's general
     * assembly, a participatory-budget selection.
     *
     * @return the vote, or empty
     */
    public abstract Optional<ResidentsVote> residentsVote();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireInstant("decidedAt", decidedAt());
        requireThat(!reasons().isEmpty(), "reasons", List.of(), "invariant.oneReason");
        for (int i = 0; i < reasons().size(); i++) {
            requireNonBlank("reasons[" + i + "]", reasons().get(i));
        }
        reference().ifPresent(reference -> requireNonBlank("reference", reference));
        object().ifPresent(object -> requireNonBlank("object", object));
    }
}
