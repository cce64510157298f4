package io.github.loosmethod.testkit;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Broken variants of valid initiatives, each breaking exactly one named rule of the method. A break
 * applies to the initiatives where it makes sense (a fifty-fifty rule to fifty-fifties, a convention
 * rule once there is one) and returns empty elsewhere.
 */
public final class RuleBreaks {

    private static final Map<Rule, Function<Initiative, Optional<Initiative>>> BREAKS = new EnumMap<>(Rule.class);
    private static final Actor CLERK = Actor.of("clerk-on-duty", "A clerk", ActorKind.MUNICIPAL_SERVICE);
    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);

    static {
        BREAKS.put(Rule.R1, i -> when(fiftyFifty(i) && i.convention().isEmpty(), () -> Initiative.builder().from(i)
                .withApplicants(List.of(Actor.of("garden-centre", "Garden centre", ActorKind.COMPANY))).build()));
        BREAKS.put(Rule.R2, i -> when(fiftyFifty(i), () -> Initiative.builder().from(i)
                .withPurpose(Purpose.of(i.purpose().livingEnvironment(), " ")).build()));
        BREAKS.put(Rule.R3, i -> i.assessment().filter(a -> i.lifecycle().rules().contains(Rule.R3)).map(a -> Initiative.builder()
                .from(i).withDecisions(List.of(Decision.builder().from(a).withDecidedBy(CLERK).build())).build()));
        BREAKS.put(Rule.R4, i -> when(i.hasReached(InitiativeStatus.AGREED) && i.convention().isPresent(),
                () -> convention(i, c -> Convention.builder().from(c).withSignatures(c.signatures().stream()
                        .filter(s -> s.side() != Side.TOWN).collect(Collectors.toList())).build())));
        BREAKS.put(Rule.R5, i -> when(fiftyFifty(i) && i.hasReached(InitiativeStatus.AGREED) && i.convention().isPresent(),
                () -> convention(i, c -> Convention.builder().from(c).withCommitments(c.commitmentsOf(Side.APPLICANTS)).build())));
        BREAKS.put(Rule.R6, i -> when(fiftyFifty(i) && hasCommitment(i, c -> c.side() == Side.TOWN),
                () -> commitment(i, c -> c.side() == Side.TOWN, c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN).build())));
        BREAKS.put(Rule.R7, i -> when(fiftyFifty(i) && i.hasReached(InitiativeStatus.AGREED)
                && hasCommitment(i, c -> c.kind() == CommitmentKind.STEWARDSHIP), () -> commitment(i,
                        c -> c.kind() == CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN)
                                .withPhase(c.phase()).build())));
        BREAKS.put(Rule.R8, i -> when(fiftyFifty(i) && hasCommitment(i, c -> c.kind() == CommitmentKind.REALISATION),
                () -> commitment(i, c -> c.kind() == CommitmentKind.REALISATION, c -> Commitment.builder().from(c)
                        .withResponsible(townActor(i)).build())));
        BREAKS.put(Rule.R10, i -> i.assessment().filter(a -> !i.isApplicant(a.decidedBy()))
                .map(a -> Initiative.builder().from(i).addApplicant(a.decidedBy()).build()));
        BREAKS.put(Rule.R11, i -> when(i.hasReached(InitiativeStatus.AGREED) && hasCommitment(i, c -> c.history().isEmpty()),
                () -> commitment(i, c -> c.history().isEmpty(), c -> Commitment.builder().from(c).addHistory(StatusChange.of(
                        CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS, agreedOn(i).minusDays(1), "Too early")).build())));
        BREAKS.put(Rule.R12, i -> when(hasCommitment(i, c -> c.kind() == CommitmentKind.STEWARDSHIP), () -> commitment(i,
                c -> c.kind() == CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c)
                        .withDueDate(i.convention().orElseThrow().startDate()).build())));
        BREAKS.put(Rule.R14, i -> Optional.of(Initiative.builder().from(i)
                .addApplicant(Actor.minor("pupils-alone", "Pupils", ActorKind.RESIDENT_GROUP, "their-school")).build()));
        BREAKS.put(Rule.R15, i -> when(i.hasReached(InitiativeStatus.AGREED), () -> Initiative.builder().from(i)
                .withInvolvementPlan(i.involvementPlan().with(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CO_PRODUCTION)).build()));
        BREAKS.put(Rule.M1, i -> when(hasCommitment(i, c -> c.side() == Side.TOWN), () -> commitment(i, c -> c.side() == Side.TOWN,
                c -> Commitment.builder().from(c).withResponsible(Actor.builder().from(c.responsible())
                        .withName(c.responsible().name() + " (renamed)").build()).build())));
        BREAKS.put(Rule.M2, i -> when(hasCommitment(i, c -> c.kind() == CommitmentKind.STEWARDSHIP), () -> commitment(i,
                c -> c.kind() == CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c).withResponsible(STRANGER).build())));
        BREAKS.put(Rule.M3, i -> when(hasCommitment(i, c -> c.side() == Side.TOWN), () -> commitment(i, c -> c.side() == Side.TOWN,
                c -> Commitment.builder().from(c).withDueDate(i.convention().orElseThrow().endDate().plusDays(1)).build())));
        BREAKS.put(Rule.M4, i -> when(i.convention().map(c -> c.isSignedBy(Side.TOWN)).orElse(false), () -> convention(i,
                c -> Convention.builder().from(c).withSignatures(c.signatures().stream().map(s -> s.side() == Side.TOWN
                        ? Signature.of(Side.TOWN, CLERK, s.date()) : s).collect(Collectors.toList())).build())));
        BREAKS.put(Rule.M5, i -> when(i.status() == InitiativeStatus.CLOSED
                && hasCommitment(i, c -> c.kind() != CommitmentKind.STEWARDSHIP), () -> commitment(i,
                        c -> c.kind() != CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c).withHistory(List.of()).build())));
    }

    private RuleBreaks() {
    }

    /**
     * Returns the rules that have a break.
     *
     * @return the rules, in catalogue order
     */
    public static List<Rule> rules() {
        return new ArrayList<>(BREAKS.keySet());
    }

    /**
     * Breaks one rule on a valid initiative.
     *
     * @param rule the rule to break
     * @param valid a valid initiative
     * @return the broken variant, or empty when the rule does not apply to this initiative
     */
    public static Optional<Initiative> breaking(Rule rule, Initiative valid) {
        return BREAKS.get(rule).apply(valid);
    }

    private static Optional<Initiative> when(boolean applies, java.util.function.Supplier<Initiative> broken) {
        return applies ? Optional.of(broken.get()) : Optional.empty();
    }

    private static boolean fiftyFifty(Initiative i) {
        return i.kind() == InitiativeKind.FIFTY_FIFTY;
    }

    private static boolean hasCommitment(Initiative i, Predicate<Commitment> which) {
        return i.convention().map(c -> c.commitments().stream().anyMatch(which)).orElse(false);
    }

    private static Actor townActor(Initiative i) {
        return i.convention().orElseThrow().town();
    }

    private static LocalDate agreedOn(Initiative i) {
        return i.history().stream().filter(e -> e.to() == InitiativeStatus.AGREED).findFirst().orElseThrow().at()
                .atZone(i.territory().zone()).toLocalDate();
    }

    private static Initiative convention(Initiative i, Function<Convention, Convention> edit) {
        return Initiative.builder().from(i).withConvention(edit.apply(i.convention().orElseThrow())).build();
    }

    /** Edits the first commitment that matches. */
    private static Initiative commitment(Initiative i, Predicate<Commitment> which, Function<Commitment, Commitment> edit) {
        Convention convention = i.convention().orElseThrow();
        List<Commitment> commitments = new ArrayList<>(convention.commitments());
        for (int k = 0; k < commitments.size(); k++) {
            if (which.test(commitments.get(k))) {
                commitments.set(k, edit.apply(commitments.get(k)));
                break;
            }
        }
        return Initiative.builder().from(i).withConvention(Convention.builder().from(convention).withCommitments(commitments).build())
                .build();
    }
}
