package io.github.loosmethod.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.MineDeSoleil;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property: the lifecycle of every kind of initiative is a state machine that cannot be
 * corrupted. Random sequences of legal and illegal operations, with random actors, times,
 * decisions, signatures, conventions, commitment changes, activities and revisions, are applied
 * to the worked cases of the four kinds in every status they can reach. Before each attempt an
 * oracle written here says what must happen: refused by exactly these guards, or refused for
 * exactly this impossible value, or else applied — unless one of the rules the step asks about
 * refuses the result.
 *
 * <p>The oracle reads where each move starts, where it leads, who may make it and which rules it
 * asks about from {@link Lifecycle#of}'s data, so that it cannot drift from the lifecycles as they
 * are; {@link KindLifecyclesTest} pins that data to the model. What each guard means (who a party
 * admits, when L3–L8 refuse), how a commitment moves and what each operation changes are written
 * here from the Javadoc of {@link Initiative}, {@link Lifecycle.Party} and {@link CommitmentStatus}.
 * Whatever happens, the initiative operated on is never changed, and whatever is applied leaves a
 * record without errors.
 */
class LifecyclePropertiesTest {

    private static final int SEQUENCES = Integer.getInteger("loos.property.cases", 400);
    private static final int STEPS = 25;
    private static final Actor STRANGER = KindFixtures.STRANGER;
    /** Acts for the town (L2) without being entitled to decide (R3) or to sign for it (M4): keeps guard and rules apart. */
    private static final Actor SERVICES = LoosEnGohelle.TECHNICAL_SERVICES;
    private static final String UNKNOWN_COMMITMENT = "no-such-commitment";

    /** Every transition, and the operations that are not transitions. */
    private enum Operation { SUBMIT, START_ASSESSMENT, ACCEPT, REJECT, REQUEST_REWORK, SIGN, START_WORK, DELIVER,
        START_STEWARDSHIP, CLOSE, SUSPEND, RESUME, TERMINATE, WITHDRAW, ADOPT, REPEAL, SUPERSEDE, ABANDON,
        DRAFT_CONVENTION, RECORD_COMMITMENT_STATUS, RECORD_ACTIVITY, DRAFT_REVISION;

        Optional<Transition> transition() {
            return ordinal() < Transition.values().length ? Optional.of(Transition.valueOf(name())) : Optional.empty();
        }
    }

    /** The actors of the town side, after the brief: the municipality, its services and its elected officials and bodies. */
    private static final Set<ActorKind> TOWN = EnumSet.of(ActorKind.MUNICIPALITY, ActorKind.MUNICIPAL_SERVICE,
            ActorKind.ELECTED_OFFICIAL, ActorKind.ELECTED_BODY);
    /** The graph of a commitment's statuses, as {@link CommitmentStatus} documents it. */
    private static final Map<CommitmentStatus, Set<CommitmentStatus>> MOVES = new EnumMap<>(CommitmentStatus.class);
    /** The rules drafting a convention checks, as {@link Initiative#draftConvention}'s Javadoc says, before the kind's own. */
    private static final Set<Rule> DRAFTING_RULES = EnumSet.of(Rule.R6, Rule.R8, Rule.M1, Rule.M2, Rule.M3, Rule.M4);
    /** What the agreeing signature checks, reported already at drafting where the kind has an agreement. */
    private static final Set<Rule> AGREEMENT_RULES = EnumSet.of(Rule.R5, Rule.R7, Rule.R15);
    /** The worked cases' own conventions, by initiative id. */
    private static final Map<String, Convention> CONVENTIONS = Map.of(
            EmileBaslyPlayground.draft().id(), EmileBaslyPlayground.convention(),
            StreetFlowerBoxes.draft().id(), StreetFlowerBoxes.convention(),
            TownHallSquare.draft().id(), TownHallSquare.agreement(),
            MineDeSoleil.draft().id(), MineDeSoleil.agreement());

    static {
        MOVES.put(CommitmentStatus.PLANNED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED,
                CommitmentStatus.BREACHED, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.IN_PROGRESS, EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.PARTIALLY_FULFILLED,
                CommitmentStatus.BREACHED, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.PARTIALLY_FULFILLED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED));
        MOVES.put(CommitmentStatus.BREACHED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.FULFILLED, EnumSet.noneOf(CommitmentStatus.class));
        MOVES.put(CommitmentStatus.WAIVED, EnumSet.noneOf(CommitmentStatus.class));
    }

    /** Where sequences start, kind by kind: every status of the kind's worked case, and the other stages of the cases. */
    private static Map<InitiativeKind, List<Initiative>> starts() {
        Map<InitiativeKind, List<Initiative>> starts = new EnumMap<>(InitiativeKind.class);
        KindFixtures.FIXTURES.forEach((kind, fixtures) -> starts.put(kind, new ArrayList<>(fixtures.values())));
        for (Initiative stage : List.of(StreetFlowerBoxes.draft(), StreetFlowerBoxes.agreed(), StreetFlowerBoxes.inStewardship(),
                EmileBaslyPlayground.accepted(), TownHallSquare.approved(), TownHallSquare.agreementSigned(), MineDeSoleil.decided(),
                LivingEnvironmentCharter.revisionDraft(), LivingEnvironmentCharter.revisionInForce())) {
            starts.get(stage.kind()).add(stage);
        }
        return starts;
    }

    /** A start of a kind drawn at random, each kind as likely as the others. */
    private static Initiative start(Map<InitiativeKind, List<Initiative>> starts, Random random) {
        List<Initiative> ofKind = starts.get(InitiativeKind.values()[random.nextInt(InitiativeKind.values().length)]);
        return ofKind.get(random.nextInt(ofKind.size()));
    }

    /** One attempted operation with every argument drawn beforehand, so that the oracle sees what the operation will see. */
    private record Attempt(Operation operation, Actor by, Instant at, Decision decision, Convention convention,
            Signature signature, String commitmentId, CommitmentStatus commitmentStatus, LocalDate day,
            ParticipationActivity activity, String newId) {

        Initiative applyTo(Initiative initiative) {
            String reason = "step " + operation;
            switch (operation) {
                case SUBMIT:
                    return initiative.submit(by, at, reason);
                case START_ASSESSMENT:
                    return initiative.startAssessment(by, at, reason);
                case ACCEPT:
                    return initiative.accept(decision);
                case REJECT:
                    return initiative.reject(decision);
                case REQUEST_REWORK:
                    return initiative.requestRework(decision);
                case ADOPT:
                    return initiative.adopt(decision);
                case REPEAL:
                    return initiative.repeal(decision);
                case SIGN:
                    return initiative.sign(signature, at, reason);
                case START_WORK:
                    return initiative.startWork(by, at, reason);
                case DELIVER:
                    return initiative.deliver(by, at, reason);
                case START_STEWARDSHIP:
                    return initiative.startStewardship(by, at, reason);
                case CLOSE:
                    return initiative.close(by, at, reason);
                case SUSPEND:
                    return initiative.suspend(by, at, reason);
                case RESUME:
                    return initiative.resume(by, at, reason);
                case TERMINATE:
                    return initiative.terminate(by, at, reason);
                case WITHDRAW:
                    return initiative.withdraw(by, at, reason);
                case SUPERSEDE:
                    return initiative.supersede(by, at, reason);
                case ABANDON:
                    return initiative.abandon(by, at, reason);
                case DRAFT_CONVENTION:
                    return initiative.draftConvention(convention);
                case RECORD_ACTIVITY:
                    return initiative.recordActivity(activity);
                case DRAFT_REVISION:
                    return initiative.draftRevision(newId);
                default:
                    return initiative.recordCommitmentStatus(commitmentId, commitmentStatus, day, reason);
            }
        }

        boolean decides() {
            return decision != null;
        }

        @Override
        public String toString() {
            switch (operation) {
                case DRAFT_CONVENTION:
                    return operation + " " + convention.reference() + " " + convention.startDate() + ".." + convention.endDate();
                case SIGN:
                    return operation + " " + signature.side() + " by " + signature.signer().id() + " dated " + signature.date()
                            + " at " + at;
                case RECORD_COMMITMENT_STATUS:
                    return operation + " " + commitmentId + " -> " + commitmentStatus + " on " + day;
                case RECORD_ACTIVITY:
                    return operation + " " + activity.id() + " " + activity.phase() + " " + activity.level();
                case DRAFT_REVISION:
                    return operation + " as " + newId;
                default:
                    return decides() ? operation + " " + decision.outcome() + " by " + by.id() + " (" + by.kind() + ") at " + at
                            + " ref=" + decision.reference() + " council=" + decision.councilVote().map(CouncilVote::carries)
                            + " residents=" + decision.residentsVote().isPresent()
                            : operation + " by " + by.id() + " (" + by.kind() + ") at " + at;
            }
        }
    }

    /**
     * What must happen: refused by exactly these guard ids; else refused for an impossible value in
     * this field; else applied, or refused by some of these rules only.
     */
    private record Expected(Set<String> guards, String invalidField, Set<Rule> rules) {
    }

    @Test
    void every_operation_is_applied_or_refused_exactly_as_its_kinds_lifecycle_says_and_never_changes_its_initiative() {
        long seed = Seeds.seed();
        Random random = new Random(~seed);
        Map<InitiativeKind, List<Initiative>> starts = starts();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<InitiativeKind, Set<InitiativeStatus>> reached = new EnumMap<>(InitiativeKind.class);
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            Initiative initiative = start(starts, random);
            assertThat(initiative.validate().errors()).as("a valid start").isEmpty();
            for (int step = 0; step < STEPS; step++) {
                if (initiative.status().isTerminal() && random.nextBoolean()) {
                    // Nothing but refusals is left to see here: the walk goes on from another start.
                    initiative = start(starts, random);
                }
                Operation operation = operation(initiative, random);
                Attempt attempt = attempt(initiative, operation, random, sequence * STEPS + step);
                String context = "seed " + seed + ", sequence " + sequence + ", step " + step + ": " + attempt + " on "
                        + initiative.kind() + " " + initiative.id() + " " + initiative.status() + " (replay with -Dloos.seed="
                        + seed + ")";
                Expected expected = foretell(initiative, attempt);
                Initiative copy = Initiative.builder().from(initiative).build();
                int hash = initiative.hashCode();

                Initiative after = null;
                RuntimeException thrown = null;
                try {
                    after = attempt.applyTo(initiative);
                } catch (RuntimeException e) {
                    thrown = e;
                }

                // Applied or refused, the initiative operated on is the value it was.
                assertThat(initiative).as(context).isEqualTo(copy);
                assertThat(initiative.hashCode()).as(context).isEqualTo(hash).isEqualTo(copy.hashCode());
                if (!expected.guards().isEmpty()) {
                    TransitionRefusedException refusal = refusal(thrown, operation, context);
                    assertThat(refusal.report().ruleIds()).as(context + "\n" + refusal.report()).isEqualTo(expected.guards());
                    outcomes.merge("refused by guards", 1, Integer::sum);
                } else if (expected.invalidField() != null) {
                    assertThat(thrown).as(context).isInstanceOf(InvalidValueException.class);
                    assertThat(((InvalidValueException) thrown).field()).as(context + "\n" + thrown.getMessage())
                            .isEqualTo(expected.invalidField());
                    outcomes.merge("impossible value", 1, Integer::sum);
                } else if (thrown != null) {
                    TransitionRefusedException refusal = refusal(thrown, operation, context);
                    assertThat(refusal.report().violations()).as(context + "\n" + refusal.report())
                            .isNotEmpty().allSatisfy(v -> assertThat(v.rule()).isIn(expected.rules()));
                    outcomes.merge("refused by rules", 1, Integer::sum);
                } else {
                    ValidationReport report = after.validate();
                    assertThat(report.errors()).as(context + "\n" + report).isEmpty();
                    checkApplied(copy, after, attempt, context);
                    initiative = after;
                    reached.computeIfAbsent(initiative.kind(), k -> EnumSet.noneOf(InitiativeStatus.class)).add(initiative.status());
                    outcomes.merge("applied " + operation, 1, Integer::sum);
                }
            }
        }
        int applied = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("applied")).mapToInt(Map.Entry::getValue).sum();
        assertThat(applied).as("seed " + seed + ": " + outcomes).isGreaterThan(SEQUENCES * STEPS / 8);
        assertThat(outcomes).as("seed " + seed).containsKeys("refused by guards", "refused by rules", "impossible value");
        // With fewer sequences (mutation testing runs a quarter of them) the rarest operations may not come up.
        for (Operation operation : SEQUENCES < 400 ? new Operation[0] : Operation.values()) {
            assertThat(outcomes).as("seed " + seed + ": every operation is applied somewhere " + outcomes)
                    .containsKey("applied " + operation);
        }
        for (Lifecycle lifecycle : Lifecycle.all()) {
            assertThat(reached.get(lifecycle.kind())).as("seed " + seed + ": the walks reach most statuses of " + lifecycle.kind())
                    .hasSizeGreaterThanOrEqualTo(lifecycle.statuses().size() - 2);
        }
    }

    private static TransitionRefusedException refusal(RuntimeException thrown, Operation operation, String context) {
        assertThat(thrown).as(context).isInstanceOf(TransitionRefusedException.class);
        TransitionRefusedException refusal = (TransitionRefusedException) thrown;
        assertThat(refusal.operation()).as(context).isEqualTo(operation.name());
        return refusal;
    }

    /** The oracle: what the kind's lifecycle data and the Javadoc of the operation say must happen. */
    private static Expected foretell(Initiative initiative, Attempt attempt) {
        Operation operation = attempt.operation();
        InitiativeStatus status = initiative.status();
        Lifecycle lifecycle = Lifecycle.of(initiative.kind());
        Set<String> guards = new TreeSet<>();
        switch (operation) {
            case RECORD_COMMITMENT_STATUS:
                return foretellCommitment(initiative, attempt, lifecycle);
            case RECORD_ACTIVITY: {
                Set<Rule> rules = kindOnly(EnumSet.of(Rule.M1, Rule.P1), lifecycle);
                // After the end, only an evaluation session may still be recorded.
                if (status.isTerminal() && attempt.activity().phase() != ProjectPhase.EVALUATION) {
                    return new Expected(Set.of("L1"), null, rules);
                }
                boolean taken = initiative.activities().stream().anyMatch(a -> a.id().equals(attempt.activity().id()));
                return new Expected(guards, taken ? "activities" : null, rules);
            }
            case DRAFT_REVISION:
                if (attempt.newId().equals(initiative.id())) {
                    return new Expected(guards, "newId", Set.of());
                }
                boolean revisable = initiative.kind() == InitiativeKind.CO_CONSTRUCTED_POLICY && status == InitiativeStatus.IN_FORCE;
                return new Expected(revisable ? guards : Set.of("L1"), null, Set.of());
            case DRAFT_CONVENTION: {
                if (!lifecycle.conventionStatuses().contains(status)) {
                    guards.add("L1");
                }
                boolean signed = initiative.convention().map(c -> !c.signatures().isEmpty()).orElse(false);
                if (signed || !attempt.convention().signatures().isEmpty()) {
                    guards.add("L6");
                }
                Set<Rule> rules = EnumSet.copyOf(DRAFTING_RULES);
                if (lifecycle.step(Transition.SIGN, InitiativeStatus.ACCEPTED, InitiativeStatus.AGREED).isPresent()) {
                    rules.addAll(AGREEMENT_RULES);
                }
                return new Expected(guards, null, kindOnly(rules, lifecycle));
            }
            default:
                break;
        }
        Transition transition = operation.transition().orElseThrow();
        Optional<Lifecycle.Step> step = lifecycle.steps().stream()
                .filter(s -> s.transition() == transition && s.from() == status).findFirst();
        // Without a step from the status, the party is still told when every step of the transition has the same one.
        Set<Lifecycle.Party> parties = lifecycle.steps().stream().filter(s -> s.transition() == transition)
                .map(Lifecycle.Step::party).collect(java.util.stream.Collectors.toSet());
        Optional<Lifecycle.Party> party = step.map(Lifecycle.Step::party)
                .or(() -> parties.size() == 1 ? Optional.of(parties.iterator().next()) : Optional.empty());
        if (step.isEmpty()) {
            guards.add("L1");
        }
        if (party.isPresent() && !admits(party.get(), initiative, attempt.by())) {
            guards.add("L2");
        }
        List<LifecycleEvent> history = initiative.history();
        if (!history.isEmpty() && attempt.at().isBefore(history.get(history.size() - 1).at())) {
            guards.add("L3");
        }
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        boolean breached = commitments.stream().anyMatch(c -> c.status() == CommitmentStatus.BREACHED);
        // L4 and L5 are asked where suspension and resumption are steps; L6–L8 of every signature and decision.
        if (operation == Operation.SUSPEND && step.isPresent() && !breached) {
            guards.add("L4");
        }
        if (operation == Operation.RESUME && step.isPresent() && breached) {
            guards.add("L5");
        }
        if (attempt.decides() && attempt.decision().outcome().transition() != transition) {
            guards.add("L8");
        }
        Set<Rule> rules = step.map(Lifecycle.Step::rules).orElse(Set.of());
        if (operation == Operation.SIGN) {
            if (initiative.convention().isEmpty()) {
                guards.add("L6");
            }
            if (attempt.signature().date().isAfter(attempt.at().atZone(initiative.territory().zone()).toLocalDate())) {
                guards.add("L7");
            }
            if (guards.isEmpty()) {
                // The guards passed: the convention itself refuses a signature it cannot hold.
                Convention convention = initiative.convention().orElseThrow();
                Signature signature = attempt.signature();
                if (signature.date().isAfter(convention.endDate())) {
                    return new Expected(guards, "signatures[" + convention.signatures().size() + "].date", rules);
                }
                if (convention.signatures().stream().anyMatch(s -> s.side() == signature.side()
                        && s.signer().id().equals(signature.signer().id()))) {
                    return new Expected(guards, "signatures", rules);
                }
                rules = lifecycle.step(Transition.SIGN, status, signTarget(initiative, signature, lifecycle)).orElseThrow().rules();
            }
        }
        return new Expected(guards, null, rules);
    }

    private static Expected foretellCommitment(Initiative initiative, Attempt attempt, Lifecycle lifecycle) {
        Set<Rule> rules = kindOnly(EnumSet.of(Rule.R11, Rule.R12), lifecycle);
        // Bound by both signatures, and not ended.
        boolean bound = initiative.convention().map(Convention::isSignedByBothSides).orElse(false);
        if (!bound || initiative.status().isTerminal()) {
            return new Expected(Set.of("L1"), null, rules);
        }
        Optional<Commitment> commitment = initiative.convention().orElseThrow().commitments().stream()
                .filter(c -> c.id().equals(attempt.commitmentId())).findFirst();
        if (commitment.isEmpty()) {
            return new Expected(Set.of(), "commitmentId", rules);
        }
        if (!MOVES.get(commitment.get().status()).contains(attempt.commitmentStatus())) {
            return new Expected(Set.of(), "to", rules);
        }
        List<StatusChange> changes = commitment.get().history();
        if (!changes.isEmpty() && attempt.day().isBefore(changes.get(changes.size() - 1).on())) {
            return new Expected(Set.of(), "history[" + changes.size() + "].on", rules);
        }
        return new Expected(Set.of(), null, rules);
    }

    private static Set<Rule> kindOnly(Set<Rule> rules, Lifecycle lifecycle) {
        Set<Rule> kept = EnumSet.copyOf(rules);
        kept.retainAll(lifecycle.rules());
        return kept;
    }

    /** Where a signature leads: agreed when both sides have signed and the kind has that step, else where it was. */
    private static InitiativeStatus signTarget(Initiative initiative, Signature signature, Lifecycle lifecycle) {
        List<Signature> signatures = new ArrayList<>(initiative.convention().orElseThrow().signatures());
        signatures.add(signature);
        boolean both = signatures.stream().anyMatch(s -> s.side() == Side.TOWN)
                && signatures.stream().anyMatch(s -> s.side() == Side.APPLICANTS);
        return both && lifecycle.step(Transition.SIGN, initiative.status(), InitiativeStatus.AGREED).isPresent()
                ? InitiativeStatus.AGREED : initiative.status();
    }

    /** Who a party admits, as {@link Lifecycle.Party} documents it. */
    private static boolean admits(Lifecycle.Party party, Initiative initiative, Actor actor) {
        boolean applicant = initiative.applicants().stream().anyMatch(a -> a.id().equals(actor.id()));
        boolean town = TOWN.contains(actor.kind());
        switch (party) {
            case APPLICANTS:
                return applicant;
            case TOWN:
                return town;
            case APPLICANTS_OR_TOWN:
                return applicant || town;
            default:
                return true;
        }
    }

    /** An applied operation changes what it says — history, decisions, convention, activities — and nothing else. */
    private static void checkApplied(Initiative before, Initiative after, Attempt attempt, String context) {
        Operation operation = attempt.operation();
        if (operation == Operation.DRAFT_REVISION) {
            assertThat(after.id()).as(context).isEqualTo(attempt.newId());
            assertThat(after.revises()).as(context).contains(before.id());
            assertThat(after.status()).as(context).isEqualTo(InitiativeStatus.DRAFT);
            assertThat(List.of(after.history(), after.decisions(), after.activities())).as(context)
                    .allSatisfy(list -> assertThat(list).isEmpty());
            assertThat(after.convention()).as(context).isEmpty();
            assertThat(after.reviewDate()).as(context).isEmpty();
            assertThat(Initiative.builder().from(after).withId(before.id()).withRevises(before.revises())
                    .withReviewDate(before.reviewDate()).withHistory(before.history()).withDecisions(before.decisions())
                    .withActivities(before.activities()).build()).as(context).isEqualTo(before);
            return;
        }
        Initiative rest = Initiative.builder().from(after).withHistory(before.history()).withDecisions(before.decisions())
                .withConvention(before.convention()).withActivities(before.activities()).build();
        assertThat(rest).as(context).isEqualTo(before);
        if (operation == Operation.RECORD_ACTIVITY) {
            List<ParticipationActivity> activities = new ArrayList<>(before.activities());
            activities.add(attempt.activity());
            assertThat(after.activities()).as(context).isEqualTo(activities);
        } else {
            assertThat(after.activities()).as(context).isEqualTo(before.activities());
        }
        if (operation == Operation.DRAFT_CONVENTION || operation == Operation.RECORD_COMMITMENT_STATUS
                || operation == Operation.RECORD_ACTIVITY) {
            assertThat(after.history()).as(context).isEqualTo(before.history());
            assertThat(after.decisions()).as(context).isEqualTo(before.decisions());
            if (operation == Operation.DRAFT_CONVENTION) {
                assertThat(after.convention()).as(context).contains(attempt.convention());
            } else if (operation == Operation.RECORD_COMMITMENT_STATUS) {
                List<Commitment> was = before.convention().orElseThrow().commitments();
                List<Commitment> is = after.convention().orElseThrow().commitments();
                assertThat(is).as(context).hasSameSizeAs(was);
                for (int i = 0; i < was.size(); i++) {
                    if (was.get(i).id().equals(attempt.commitmentId())) {
                        assertThat(is.get(i).status()).as(context).isEqualTo(attempt.commitmentStatus());
                        assertThat(is.get(i).history()).as(context).hasSize(was.get(i).history().size() + 1);
                    } else {
                        assertThat(is.get(i)).as(context).isEqualTo(was.get(i));
                    }
                }
            } else {
                assertThat(after.convention()).as(context).isEqualTo(before.convention());
            }
            return;
        }
        Transition transition = operation.transition().orElseThrow();
        Lifecycle lifecycle = Lifecycle.of(before.kind());
        assertThat(lifecycle.sources(transition)).as(context).contains(before.status());
        assertThat(after.history()).as(context).hasSize(before.history().size() + 1);
        assertThat(after.history().subList(0, before.history().size())).as(context).isEqualTo(before.history());
        LifecycleEvent event = after.history().get(after.history().size() - 1);
        assertThat(event.transition()).as(context).isEqualTo(transition);
        assertThat(event.from()).as(context).isEqualTo(before.status());
        InitiativeStatus expected;
        if (operation == Operation.SIGN) {
            Convention signed = after.convention().orElseThrow();
            List<Signature> signatures = new ArrayList<>(before.convention().orElseThrow().signatures());
            signatures.add(attempt.signature());
            assertThat(signed.signatures()).as(context).isEqualTo(signatures);
            assertThat(event.by()).as(context).isEqualTo(attempt.signature().signer());
            expected = signTarget(before, attempt.signature(), lifecycle);
        } else if (operation == Operation.RESUME) {
            // Back to the status it was suspended from.
            expected = before.history().get(before.history().size() - 1).from();
        } else {
            List<InitiativeStatus> targets = lifecycle.steps(transition).stream().filter(s -> s.from() == before.status())
                    .map(Lifecycle.Step::to).toList();
            assertThat(targets).as(context).hasSize(1);
            expected = targets.get(0);
        }
        if (operation != Operation.SIGN) {
            assertThat(event.by()).as(context).isEqualTo(attempt.by());
            assertThat(after.convention()).as(context).isEqualTo(before.convention());
        }
        assertThat(event.at()).as(context).isEqualTo(attempt.at());
        assertThat(after.status()).as(context).isEqualTo(expected);
        List<Decision> decisions = new ArrayList<>(before.decisions());
        if (attempt.decides()) {
            decisions.add(attempt.decision());
        }
        assertThat(after.decisions()).as(context).isEqualTo(decisions);
    }

    /**
     * Draws an operation: half of the time one the kind's lifecycle allows from the current status,
     * those that move it on without ending it three times as likely, so that sequences go deep into
     * the lifecycle (signatures, works, breaches, revisions); otherwise any operation.
     */
    private static Operation operation(Initiative initiative, Random random) {
        List<Operation> allowed = new ArrayList<>();
        Lifecycle lifecycle = initiative.lifecycle();
        InitiativeStatus status = initiative.status();
        for (Operation operation : Operation.values()) {
            boolean now;
            switch (operation) {
                case DRAFT_CONVENTION:
                    now = lifecycle.conventionStatuses().contains(status);
                    break;
                case RECORD_COMMITMENT_STATUS:
                    now = initiative.convention().map(Convention::isSignedByBothSides).orElse(false) && !status.isTerminal();
                    break;
                case RECORD_ACTIVITY:
                    now = !status.isTerminal();
                    break;
                case DRAFT_REVISION:
                    now = status == InitiativeStatus.IN_FORCE;
                    break;
                default:
                    now = lifecycle.sources(operation.transition().orElseThrow()).contains(status);
                    break;
            }
            if (now) {
                allowed.add(operation);
                // Moves that keep the initiative alive weigh more, so that walks go deep before they end.
                boolean ends = operation.transition().map(t -> lifecycle.steps(t).stream()
                        .anyMatch(s -> s.from() == status && s.to().isTerminal())).orElse(false);
                if (!ends && operation != Operation.RECORD_ACTIVITY && operation != Operation.DRAFT_REVISION) {
                    allowed.add(operation);
                    allowed.add(operation);
                }
            }
        }
        return allowed.isEmpty() || random.nextBoolean() ? Operation.values()[random.nextInt(Operation.values().length)]
                : allowed.get(random.nextInt(allowed.size()));
    }

    private static DecisionOutcome outcomeOf(Transition decision) {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            if (outcome.transition() == decision) {
                return outcome;
            }
        }
        throw new AssertionError(decision);
    }

    private static Attempt attempt(Initiative initiative, Operation operation, Random random, int n) {
        Actor by = anyone(initiative, random);
        Instant at = when(initiative, random);
        LocalDate today = at.atZone(initiative.territory().zone()).toLocalDate();
        switch (operation) {
            case ACCEPT:
            case REJECT:
            case REQUEST_REWORK:
            case ADOPT:
            case REPEAL:
                DecisionOutcome outcome = random.nextInt(4) > 0 ? outcomeOf(operation.transition().orElseThrow())
                        : DecisionOutcome.values()[random.nextInt(DecisionOutcome.values().length)];
                Actor decider = random.nextBoolean() ? decider(initiative, random) : by;
                return new Attempt(operation, decider, at, decision(decider, at, outcome, random), null, null, null, null, null,
                        null, null);
            case DRAFT_CONVENTION:
                Convention own = CONVENTIONS.get(initiative.id());
                int pick = random.nextInt(4);
                Convention convention = pick == 0 ? EmileBaslyPlayground.convention()
                        : pick == 1 && own != null ? own : conventionOf(initiative, today.plusDays(random.nextInt(10)), random);
                return new Attempt(operation, null, null, null, convention, null, null, null, null, null, null);
            case SIGN:
                List<Signature> signed = initiative.convention().map(Convention::signatures).orElse(List.of());
                Signature again = signed.isEmpty() || random.nextInt(4) > 0 ? null : signed.get(random.nextInt(signed.size()));
                Side side = again != null ? again.side() : Side.values()[random.nextInt(2)];
                // Sometimes one who signed already, for the same side; else anyone, or one who may sign for the side.
                Actor signer = again != null ? again.signer() : random.nextBoolean() ? by : signerFor(side, initiative, random);
                // Mostly dated on the day or a little before; sometimes the day after, which L7 refuses.
                LocalDate day = today.plusDays(1 - random.nextInt(4));
                return new Attempt(operation, signer, at, null, null, Signature.of(side, signer, day), null, null, null, null,
                        null);
            case RECORD_COMMITMENT_STATUS:
                List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
                List<Commitment> breached = commitments.stream().filter(c -> c.status() == CommitmentStatus.BREACHED).toList();
                String id = commitments.isEmpty() || random.nextInt(6) == 0 ? UNKNOWN_COMMITMENT
                        : commitments.get(random.nextInt(commitments.size())).id();
                CommitmentStatus status = CommitmentStatus.values()[random.nextInt(CommitmentStatus.values().length)];
                if (!breached.isEmpty() && random.nextBoolean()) {
                    // Half of the time a breach is remedied or waived, so that suspended initiatives resume.
                    id = breached.get(random.nextInt(breached.size())).id();
                    status = random.nextBoolean() ? CommitmentStatus.IN_PROGRESS : CommitmentStatus.WAIVED;
                }
                return new Attempt(operation, null, null, null, null, null, id, status, today, null, null);
            case RECORD_ACTIVITY:
                List<ParticipationActivity> activities = initiative.activities();
                String activityId = activities.isEmpty() || random.nextInt(6) > 0 ? "activity-" + n
                        : activities.get(random.nextInt(activities.size())).id();
                ParticipationActivity activity = ParticipationActivity.builder().withId(activityId)
                        .withKind(ActivityKind.values()[random.nextInt(ActivityKind.values().length)])
                        .withTitle("Activity " + n).withHeldOn(today)
                        .withPhase(ProjectPhase.values()[random.nextInt(ProjectPhase.values().length)])
                        .withLevel(CoConstructionLevel.values()[random.nextInt(CoConstructionLevel.values().length)])
                        .withParticipants(random.nextInt(120)).build();
                return new Attempt(operation, null, null, null, null, null, null, null, null, activity, null);
            case DRAFT_REVISION:
                String newId = random.nextInt(6) == 0 ? initiative.id() : initiative.id() + "-rev" + n;
                return new Attempt(operation, null, null, null, null, null, null, null, null, null, newId);
            default:
                return new Attempt(operation, by, at, null, null, null, null, null, null, null, null);
        }
    }

    /** A decision with, at random, what some kind's rules ask of it: a reference, a council vote either way, a residents' vote. */
    private static Decision decision(Actor by, Instant at, DecisionOutcome outcome, Random random) {
        ImmutableDecision.Builder decision = Decision.builder().withDecidedBy(by).withDecidedAt(at).withOutcome(outcome)
                .addReasons("Decided");
        if (random.nextInt(4) > 0) {
            decision.withReference("Délibération n° " + random.nextInt(1000));
        }
        if (random.nextBoolean()) {
            boolean carries = random.nextInt(4) > 0 ? outcome != DecisionOutcome.REJECTED : random.nextBoolean();
            decision.withCouncilVote(carries ? CouncilVote.of(20, 3, 4) : CouncilVote.of(3, 20, 4));
        }
        if (random.nextBoolean()) {
            decision.withResidentsVote(ResidentsVote.builder().withElectorate("Members").withVoters(30)
                    .addResults(VoteResult.of("yes", 25), VoteResult.of("no", 5)).build());
        }
        return decision.build();
    }

    /**
     * Someone who may well decide: half of the time who usually decides for the kind (an elected
     * official, the council, the residents' own company), otherwise an elected official or body, an
     * applicant or the last decider, whom the kind's rules may refuse.
     */
    private static Actor decider(Initiative initiative, Random random) {
        if (random.nextBoolean()) {
            return KindFixtures.CASTS.get(initiative.kind()).decider();
        }
        switch (random.nextInt(4)) {
            case 0:
                return EmileBaslyPlayground.COUNCILLOR;
            case 1:
                return LoosEnGohelle.MUNICIPAL_COUNCIL;
            case 2:
                return initiative.applicants().get(random.nextInt(initiative.applicants().size()));
            default:
                return initiative.assessment().map(Decision::decidedBy).orElse(LoosEnGohelle.MAYOR);
        }
    }

    /** A convention the initiative's own actors can sign: one town commitment, and design, works and upkeep by a carrier. */
    private static Convention conventionOf(Initiative initiative, LocalDate start, Random random) {
        Actor town = random.nextBoolean() ? LoosEnGohelle.MUNICIPALITY
                : Actor.of("mairie-" + initiative.territory().code(), "Mairie de " + initiative.territory().name(),
                        ActorKind.MUNICIPALITY);
        Actor carrier = initiative.applicants().stream().filter(a -> !a.actsForTown()).findFirst()
                .orElse(initiative.applicants().get(0));
        return Convention.builder().withReference("prop-" + initiative.id()).withTown(town).withStartDate(start)
                .withEndDate(start.plusDays(100 + random.nextInt(500)))
                .addCommitment(Commitment.of("lend", Side.TOWN, town, CommitmentKind.EQUIPMENT_LOAN, "Tools lent"))
                .addCommitment(Commitment.of("design", Side.APPLICANTS, carrier, CommitmentKind.DESIGN, "Action plan"))
                .addCommitment(Commitment.of("works", Side.APPLICANTS, carrier, CommitmentKind.REALISATION, "Works"))
                .addCommitment(Commitment.of("upkeep", Side.APPLICANTS, carrier, CommitmentKind.STEWARDSHIP, "Upkeep"))
                .build();
    }

    /** Someone who may well sign for a side, so that conventions do get agreed and signed twice. */
    private static Actor signerFor(Side side, Initiative initiative, Random random) {
        if (side == Side.APPLICANTS) {
            return initiative.applicants().get(random.nextInt(initiative.applicants().size()));
        }
        return random.nextBoolean() ? LoosEnGohelle.MAYOR : initiative.convention().map(Convention::town).orElse(LoosEnGohelle.MAYOR);
    }

    private static Actor anyone(Initiative initiative, Random random) {
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                return initiative.applicants().get(random.nextInt(initiative.applicants().size()));
            case 2:
                return random.nextBoolean() ? LoosEnGohelle.MAYOR : EmileBaslyPlayground.COUNCILLOR;
            case 3:
                return initiative.assessment().map(Decision::decidedBy).orElse(LoosEnGohelle.MUNICIPAL_COUNCIL);
            case 4:
                return SERVICES;
            default:
                return STRANGER;
        }
    }

    private static Instant when(Initiative initiative, Random random) {
        Instant last = initiative.history().isEmpty() ? Instant.parse("2021-01-04T09:00:00Z")
                : initiative.history().get(initiative.history().size() - 1).at();
        int roll = random.nextInt(8);
        // Sometimes back in time, which L3 refuses; sometimes years later, past a convention's end.
        return roll == 0 ? last.minus(Duration.ofDays(1))
                : last.plus(Duration.ofDays(roll == 1 ? 400 + random.nextInt(1000) : random.nextInt(400)));
    }
}
