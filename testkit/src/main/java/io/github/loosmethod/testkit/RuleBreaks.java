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
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.validation.Violation;
import java.time.Instant;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ParticipationActivity;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Broken variants of valid initiatives, each breaking exactly one named rule of the method: the
 * variant's report holds, beside what the valid initiative already reported (a P2 warning of a
 * convention still to come), violations of that rule only. There is a break for every rule of
 * scope {@link io.github.loosmethod.validation.RuleScope#INITIATIVE}.
 *
 * <p>A break applies only to initiatives whose kind's lifecycle has the rule
 * ({@code i.lifecycle().rules()}), and among them to those where it makes sense (a rule about
 * the convention once there is one, a rule about decisions once one was taken); elsewhere it
 * returns empty. Two limits, kept on purpose: R12 needs a stewardship commitment, which a
 * municipal project's agreement does not hold; M10 reaches few citizen-led initiatives, since
 * from most of their statuses another kind's step changes what P2 or the convention's rules see.
 *
 * <p>This class holds static methods only; it is thread-safe.
 */
public final class RuleBreaks {

    private static final Map<Rule, Function<Initiative, Optional<Initiative>>> BREAKS = new EnumMap<>(Rule.class);
    /** Acts for the town without being elected: may neither decide (R3) nor sign for it (M4). */
    private static final Actor CLERK = Actor.of("clerk-on-duty", "A clerk", ActorKind.MUNICIPAL_SERVICE);
    /** A resident who is not an applicant. */
    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);
    private static final LocalDate SOME_DAY = LocalDate.of(2031, 6, 30);

    static {
        BREAKS.put(Rule.R1, i -> when(has(i, Rule.R1) && i.convention().isEmpty(), () -> Initiative.builder().from(i)
                .withApplicants(List.of(Actor.of("garden-centre", "Garden centre", ActorKind.COMPANY))).build()));
        BREAKS.put(Rule.R2, i -> when(has(i, Rule.R2), () -> Initiative.builder().from(i)
                .withPurpose(Purpose.of(i.purpose().livingEnvironment(), " ")).build()));
        BREAKS.put(Rule.R3, i -> i.assessment().filter(a -> has(i, Rule.R3)).map(a -> Initiative.builder().from(i)
                // A policy's adoption by a clerk would break M6 too: there the decision goes missing instead.
                .withDecisions(adoptsOrRepeals(a) ? List.of() : List.of(Decision.builder().from(a).withDecidedBy(CLERK).build()))
                .build()));
        BREAKS.put(Rule.R4, i -> when(has(i, Rule.R4) && i.hasReached(InitiativeStatus.AGREED) && i.convention().isPresent(),
                () -> convention(i, c -> Convention.builder().from(c).withSignatures(c.signatures().stream()
                        .filter(s -> s.side() != Side.TOWN).collect(Collectors.toList())).build())));
        BREAKS.put(Rule.R5, i -> when(has(i, Rule.R5) && i.hasReached(InitiativeStatus.AGREED) && i.convention().isPresent(),
                () -> convention(i, c -> Convention.builder().from(c).withCommitments(c.commitmentsOf(Side.APPLICANTS)).build())));
        BREAKS.put(Rule.R6, i -> when(has(i, Rule.R6) && hasCommitment(i, c -> c.side() == Side.TOWN),
                () -> commitment(i, c -> c.side() == Side.TOWN, c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN).build())));
        BREAKS.put(Rule.R7, i -> when(has(i, Rule.R7) && i.hasReached(InitiativeStatus.AGREED)
                && hasCommitment(i, c -> c.kind() == CommitmentKind.STEWARDSHIP), () -> commitment(i,
                        c -> c.kind() == CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN)
                                .withPhase(c.phase()).build())));
        // A second realisation, the same as the first but held by the municipality: R15 still counts the first.
        BREAKS.put(Rule.R8, i -> when(has(i, Rule.R8)
                && hasCommitment(i, c -> c.kind() == CommitmentKind.REALISATION), () -> convention(i, c -> Convention.builder().from(c)
                        .addCommitment(Commitment.builder().from(c.commitments().stream().filter(k -> k.kind() == CommitmentKind.REALISATION)
                                .findFirst().orElseThrow()).withId("realisation-by-the-town").withResponsible(c.town()).build())
                        .build())));
        BREAKS.put(Rule.R10, i -> i.assessment().filter(a -> has(i, Rule.R10) && !i.isApplicant(a.decidedBy()))
                .map(a -> Initiative.builder().from(i).addApplicant(a.decidedBy()).build()));
        BREAKS.put(Rule.R11, i -> when(has(i, Rule.R11) && i.hasReached(InitiativeStatus.AGREED) && hasCommitment(i, c -> c.history().isEmpty()),
                () -> commitment(i, c -> c.history().isEmpty(), c -> Commitment.builder().from(c).addHistory(StatusChange.of(
                        CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS, agreedOn(i).minusDays(1), "Too early")).build())));
        BREAKS.put(Rule.R12, i -> when(has(i, Rule.R12) && hasCommitment(i, c -> c.kind() == CommitmentKind.STEWARDSHIP), () -> commitment(i,
                c -> c.kind() == CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c)
                        .withDueDate(i.convention().orElseThrow().startDate()).build())));
        BREAKS.put(Rule.R14, i -> when(has(i, Rule.R14), () -> Initiative.builder().from(i)
                .addApplicant(Actor.minor("pupils-alone", "Pupils", ActorKind.RESIDENT_GROUP, "their-school")).build()));
        BREAKS.put(Rule.R15, i -> freePhase(i).filter(phase -> has(i, Rule.R15) && i.hasReached(InitiativeStatus.AGREED))
                .map(phase -> claimCoProduction(i, phase)));
        BREAKS.put(Rule.M1, RuleBreaks::renameAnActor);
        BREAKS.put(Rule.M2, i -> when(has(i, Rule.M2) && hasCommitment(i, c -> c.side() == Side.APPLICANTS), () -> commitment(i,
                c -> c.side() == Side.APPLICANTS, c -> Commitment.builder().from(c).withResponsible(STRANGER).build())));
        BREAKS.put(Rule.M3, i -> when(has(i, Rule.M3) && hasCommitment(i, c -> c.side() == Side.TOWN), () -> commitment(i,
                c -> c.side() == Side.TOWN, c -> Commitment.builder().from(c).withDueDate(i.convention().orElseThrow().endDate().plusDays(1))
                        .build())));
        // The town's first signature by a clerk; a partner who co-signed is then left alone for the town, which M4 reports too.
        BREAKS.put(Rule.M4, i -> when(has(i, Rule.M4) && i.convention().map(c -> c.isSignedBy(Side.TOWN)).orElse(false), () -> convention(i,
                c -> Convention.builder().from(c).withSignatures(clerkSignsFirstForTheTown(c.signatures())).build())));
        BREAKS.put(Rule.M5, i -> when(has(i, Rule.M5) && i.status() == InitiativeStatus.CLOSED
                && hasCommitment(i, c -> c.kind() != CommitmentKind.STEWARDSHIP), () -> commitment(i,
                        c -> c.kind() != CommitmentKind.STEWARDSHIP, c -> Commitment.builder().from(c).withHistory(List.of()).build())));
        BREAKS.put(Rule.M6, i -> when(has(i, Rule.M6) && i.decisions().stream().anyMatch(d -> adoptsOrRepeals(d) && d.reference().isPresent()),
                () -> decision(i, d -> adoptsOrRepeals(d) && d.reference().isPresent(),
                        d -> Decision.builder().from(d).withReference(Optional.empty()).build())));
        // An earlier decision taken for the residents by the town: the residents' own, the latest, still stands.
        BREAKS.put(Rule.M7, i -> i.assessment().filter(a -> has(i, Rule.M7)).map(a -> {
            List<Decision> decisions = new ArrayList<>(i.decisions());
            decisions.add(0, Decision.builder().from(a).withDecidedBy(townActorOf(i)).withDecidedAt(a.decidedAt().minusSeconds(3600))
                    .build());
            return Initiative.builder().from(i).withDecisions(decisions).build();
        }));
        // A council's counts that give the other outcome: a motion carried for a rejection, lost for anything else.
        BREAKS.put(Rule.M8, i -> i.assessment().filter(a -> has(i, Rule.M8)).map(a -> decision(i, d -> d == a,
                d -> Decision.builder().from(d).withCouncilVote(d.outcome() == DecisionOutcome.REJECTED ? CouncilVote.of(20, 3, 1)
                        : CouncilVote.of(3, 20, 1)).build())));
        // Another kind never has a review date; a policy never revises itself.
        BREAKS.put(Rule.M9, i -> when(has(i, Rule.M9), () -> i.kind() != InitiativeKind.CO_CONSTRUCTED_POLICY
                ? Initiative.builder().from(i).withReviewDate(SOME_DAY).build()
                : Initiative.builder().from(i).withRevises(i.id()).build()));
        // An information meeting the only activity of a phase the plan claims above information.
        BREAKS.put(Rule.P1, i -> shortPhase(i).filter(phase -> has(i, Rule.P1)).map(phase -> Initiative.builder().from(i)
                .addActivity(ParticipationActivity.builder().withId("information-only").withKind(ActivityKind.PUBLIC_MEETING)
                        .withTitle("Presentation of a decided project").withHeldOn(SOME_DAY).withPhase(phase)
                        .withLevel(CoConstructionLevel.INFORMATION).build())
                .build()));
        BREAKS.put(Rule.P2, i -> freePhase(i).filter(phase -> has(i, Rule.P2) && conventionToCome(i))
                .map(phase -> claimCoProduction(i, phase)));
        BREAKS.put(Rule.P3, i -> freePhase(i).filter(phase -> has(i, Rule.P3) && !i.hasReached(InitiativeStatus.AGREED) && settled(i))
                .map(phase -> claimCoProduction(i, phase)));
        BREAKS.put(Rule.M10, RuleBreaks::anotherKindsStep);
    }

    private RuleBreaks() {
    }

    /**
     * Returns the rules that have a break: every rule of scope
     * {@link io.github.loosmethod.validation.RuleScope#INITIATIVE}.
     *
     * @return the rules, in catalogue order, in a new list
     */
    public static List<Rule> rules() {
        return new ArrayList<>(BREAKS.keySet());
    }

    /**
     * Breaks one rule on a valid initiative.
     *
     * @param rule the rule to break, one of {@link #rules()}
     * @param valid a valid initiative, not null
     * @return the broken variant, or empty when the rule does not apply to this initiative
     * @throws IllegalArgumentException if the rule has no break
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Initiative> breaking(Rule rule, Initiative valid) {
        Function<Initiative, Optional<Initiative>> brk = BREAKS.get(rule);
        if (brk == null) {
            throw new IllegalArgumentException("no break of rule " + rule + ", which is not of scope INITIATIVE");
        }
        return brk.apply(java.util.Objects.requireNonNull(valid, "valid"));
    }

    private static Optional<Initiative> when(boolean applies, Supplier<Initiative> broken) {
        return applies ? Optional.of(broken.get()) : Optional.empty();
    }

    private static boolean has(Initiative i, Rule rule) {
        return i.lifecycle().rules().contains(rule);
    }

    private static boolean adoptsOrRepeals(Decision decision) {
        return decision.outcome() == DecisionOutcome.ADOPTED || decision.outcome() == DecisionOutcome.REPEALED;
    }

    /**
     * A step of another kind's lifecycle from the initiative's status, added to its history: the
     * first such step (not a decision, which other rules would judge) that changes nothing else the
     * validator sees.
     */
    private static Optional<Initiative> anotherKindsStep(Initiative i) {
        if (!has(i, Rule.M10) || i.status().isTerminal()) {
            return Optional.empty();
        }
        List<Violation> before = i.validate().violations();
        Instant at = i.history().isEmpty() ? Instant.parse("2031-06-30T10:00:00Z")
                : i.history().get(i.history().size() - 1).at().plusSeconds(60);
        for (Lifecycle other : Lifecycle.all()) {
            for (Lifecycle.Step step : other.steps()) {
                if (step.from() != i.status() || step.transition().isDecision() || step.transition() == Transition.RESUME
                        || i.lifecycle().allows(step.transition(), step.from(), step.to())) {
                    continue;
                }
                Initiative broken = Initiative.builder().from(i).addHistory(LifecycleEvent.of(step.transition(), step.from(), step.to(),
                        i.applicants().get(0), at, "A step of another kind's lifecycle")).build();
                List<Violation> added = new ArrayList<>(broken.validate().violations());
                if (added.containsAll(before)) {
                    before.forEach(added::remove);
                    if (!added.isEmpty() && added.stream().allMatch(v -> v.rule() == Rule.M10)) {
                        return Optional.of(broken);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a phase's claim of co-production is settled (an error, R15 or P3): agreed, works started, or a kind without convention. */
    private static boolean settled(Initiative i) {
        return i.hasReached(InitiativeStatus.AGREED) || i.hasReached(InitiativeStatus.IN_PROGRESS)
                || i.lifecycle().conventionStatuses().isEmpty();
    }

    /** Whether a convention may still bring the applicants' commitments (a warning, P2). */
    private static boolean conventionToCome(Initiative i) {
        return !settled(i) && !i.status().isTerminal() && i.lifecycle().mayStillDraftConvention(i.status());
    }

    /**
     * A phase the plan claims below co-production or not at all, with no activity (which P1 would
     * compare) and no commitment of the applicants (which R15 and P2 would count).
     */
    private static Optional<ProjectPhase> freePhase(Initiative i) {
        for (ProjectPhase phase : ProjectPhase.values()) {
            boolean claimed = i.involvementPlan().levelFor(phase).map(l -> l.isAtLeast(CoConstructionLevel.CO_PRODUCTION)).orElse(false);
            boolean practised = i.activities().stream().anyMatch(a -> a.phase() == phase);
            boolean held = hasCommitment(i, c -> c.side() == Side.APPLICANTS && c.phase() == phase);
            if (!claimed && !practised && !held) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    private static Initiative claimCoProduction(Initiative i, ProjectPhase phase) {
        return Initiative.builder().from(i).withInvolvementPlan(i.involvementPlan().with(phase, CoConstructionLevel.CO_PRODUCTION)).build();
    }

    /** A phase the plan claims above information with no activity recorded: an activity at information would fall short. */
    private static Optional<ProjectPhase> shortPhase(Initiative i) {
        return i.involvementPlan().levels().entrySet().stream()
                .filter(e -> e.getValue().isAtLeast(CoConstructionLevel.CONSULTATION))
                .filter(e -> i.activities().stream().noneMatch(a -> a.phase() == e.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The same id with another name: the municipality as it holds a commitment of the town, else
     * the last decision's decider, who made its event of the history.
     */
    private static Optional<Initiative> renameAnActor(Initiative i) {
        if (!has(i, Rule.M1)) {
            return Optional.empty();
        }
        Optional<Convention> convention = i.convention();
        if (convention.isPresent() && hasCommitment(i, c -> c.responsible().equals(convention.get().town()))) {
            return Optional.of(commitment(i, c -> c.responsible().equals(convention.get().town()), c -> Commitment.builder().from(c)
                    .withResponsible(renamed(c.responsible())).build()));
        }
        return i.assessment().map(a -> decision(i, d -> d == a, d -> Decision.builder().from(d).withDecidedBy(renamed(d.decidedBy()))
                .build()));
    }

    private static Actor renamed(Actor actor) {
        return Actor.builder().from(actor).withName(actor.name() + " (renamed)").build();
    }

    private static List<Signature> clerkSignsFirstForTheTown(List<Signature> signatures) {
        List<Signature> edited = new ArrayList<>(signatures);
        for (int k = 0; k < edited.size(); k++) {
            if (edited.get(k).side() == Side.TOWN) {
                edited.set(k, Signature.of(Side.TOWN, CLERK, edited.get(k).date()));
                break;
            }
        }
        return edited;
    }

    private static boolean hasCommitment(Initiative i, Predicate<Commitment> which) {
        return i.convention().map(c -> c.commitments().stream().anyMatch(which)).orElse(false);
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

    /** Edits the first decision that matches. */
    /** An actor of the town the initiative already names, or the clerk on duty. */
    private static Actor townActorOf(Initiative i) {
        return i.convention().map(Convention::town).orElse(CLERK);
    }

    private static Initiative decision(Initiative i, Predicate<Decision> which, Function<Decision, Decision> edit) {
        List<Decision> decisions = new ArrayList<>(i.decisions());
        for (int k = 0; k < decisions.size(); k++) {
            if (which.test(decisions.get(k))) {
                decisions.set(k, edit.apply(decisions.get(k)));
                break;
            }
        }
        return Initiative.builder().from(i).withDecisions(decisions).build();
    }
}
