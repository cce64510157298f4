package io.github.loosmethod.initiative;

import static io.github.loosmethod.initiative.InitiativeStatus.ACCEPTED;
import static io.github.loosmethod.initiative.InitiativeStatus.AGREED;
import static io.github.loosmethod.initiative.InitiativeStatus.CLOSED;
import static io.github.loosmethod.initiative.InitiativeStatus.DELIVERED;
import static io.github.loosmethod.initiative.InitiativeStatus.DRAFT;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_PROGRESS;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_STEWARDSHIP;
import static io.github.loosmethod.initiative.InitiativeStatus.REJECTED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUBMITTED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUSPENDED;
import static io.github.loosmethod.initiative.InitiativeStatus.TERMINATED;
import static io.github.loosmethod.initiative.InitiativeStatus.UNDER_ASSESSMENT;
import static io.github.loosmethod.initiative.InitiativeStatus.WITHDRAWN;
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
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.RuleScope;
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
 * Property: the lifecycle is a state machine that cannot be corrupted. Random sequences of legal
 * and illegal operations, with random actors, times, decisions, signatures and commitment changes,
 * are applied to generated initiatives. Before each attempt, an oracle written here says what must
 * happen: refused by exactly these guards, or refused for exactly this impossible value, or else
 * applied — unless one of the rules the operation's Javadoc names refuses the result. The oracle is
 * written from the domain brief (§3 for where each move starts, the commitments' graph) and from the
 * Javadoc of each {@link Initiative} operation (who may perform it, which rules it checks), never
 * from {@code Lifecycle}'s or {@code Transition}'s own tables, so that a wrong table there is caught.
 * Whatever happens, the initiative operated on is never changed.
 */
class LifecyclePropertiesTest {

    private static final int SEQUENCES = Integer.getInteger("loos.property.cases", 400);
    private static final int STEPS = 25;
    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);
    /** Acts for the town (L2) without being entitled to decide (R3) or to sign for it (M4): keeps guard and rules apart. */
    private static final Actor SERVICES = Actor.of("services-techniques", "Services techniques", ActorKind.MUNICIPAL_SERVICE);
    private static final String UNKNOWN_COMMITMENT = "no-such-commitment";

    private enum Operation { SUBMIT, START_ASSESSMENT, ACCEPT, REJECT, REQUEST_REWORK, DRAFT_CONVENTION, SIGN, START_WORK,
        DELIVER, START_STEWARDSHIP, CLOSE, SUSPEND, RESUME, TERMINATE, WITHDRAW, RECORD_COMMITMENT_STATUS }

    /** Who may perform an operation, as the Javadoc of each operation of {@link Initiative} says (guard L2). */
    private enum Who { APPLICANT, TOWN, APPLICANT_OR_TOWN, ANYONE }

    /** Where each transition may start from: the diagram of the domain brief, §3. */
    private static final Map<Operation, Set<InitiativeStatus>> SOURCES = new EnumMap<>(Operation.class);
    /** Where each transition leads (but SIGN, which depends on the signatures, and RESUME, which goes back). */
    private static final Map<Operation, InitiativeStatus> TARGET = new EnumMap<>(Operation.class);
    private static final Map<Operation, Who> WHO = new EnumMap<>(Operation.class);
    /** The rules each operation's Javadoc says it checks on the initiative it would produce. */
    private static final Map<Operation, Set<Rule>> RULES = new EnumMap<>(Operation.class);
    /** The actors of the town side, after the brief: the municipality, its services and its elected officials and bodies. */
    private static final Set<ActorKind> TOWN = EnumSet.of(ActorKind.MUNICIPALITY, ActorKind.MUNICIPAL_SERVICE,
            ActorKind.ELECTED_OFFICIAL, ActorKind.ELECTED_BODY);
    private static final Set<InitiativeStatus> TERMINAL = EnumSet.of(REJECTED, CLOSED, TERMINATED, WITHDRAWN);
    /** The graph of a commitment's statuses, as {@link CommitmentStatus} documents it. */
    private static final Map<CommitmentStatus, Set<CommitmentStatus>> MOVES = new EnumMap<>(CommitmentStatus.class);

    static {
        source(Operation.SUBMIT, SUBMITTED, Who.APPLICANT, EnumSet.of(Rule.R1, Rule.R2, Rule.R14, Rule.M1), DRAFT);
        source(Operation.START_ASSESSMENT, UNDER_ASSESSMENT, Who.TOWN, EnumSet.noneOf(Rule.class), SUBMITTED);
        source(Operation.ACCEPT, ACCEPTED, Who.ANYONE, EnumSet.of(Rule.R3, Rule.R10, Rule.M1), UNDER_ASSESSMENT);
        source(Operation.REJECT, REJECTED, Who.ANYONE, EnumSet.of(Rule.R3, Rule.R10, Rule.M1), UNDER_ASSESSMENT);
        source(Operation.REQUEST_REWORK, SUBMITTED, Who.ANYONE, EnumSet.of(Rule.R3, Rule.R10, Rule.M1), UNDER_ASSESSMENT);
        source(Operation.DRAFT_CONVENTION, ACCEPTED, Who.ANYONE, EnumSet.of(Rule.R6, Rule.R8, Rule.M1, Rule.M2), ACCEPTED);
        source(Operation.SIGN, null, Who.ANYONE, Rule.ofScope(RuleScope.INITIATIVE), ACCEPTED);
        source(Operation.START_WORK, IN_PROGRESS, Who.APPLICANT_OR_TOWN, EnumSet.of(Rule.R4, Rule.R11), AGREED);
        source(Operation.DELIVER, DELIVERED, Who.APPLICANT_OR_TOWN, EnumSet.noneOf(Rule.class), IN_PROGRESS);
        source(Operation.START_STEWARDSHIP, IN_STEWARDSHIP, Who.APPLICANT_OR_TOWN, EnumSet.noneOf(Rule.class), DELIVERED);
        source(Operation.CLOSE, CLOSED, Who.TOWN, EnumSet.of(Rule.R12, Rule.M5), IN_STEWARDSHIP);
        source(Operation.SUSPEND, SUSPENDED, Who.TOWN, EnumSet.noneOf(Rule.class), AGREED, IN_PROGRESS, IN_STEWARDSHIP);
        source(Operation.RESUME, null, Who.TOWN, EnumSet.noneOf(Rule.class), SUSPENDED);
        source(Operation.TERMINATE, TERMINATED, Who.TOWN, EnumSet.noneOf(Rule.class), SUSPENDED);
        source(Operation.WITHDRAW, WITHDRAWN, Who.APPLICANT, EnumSet.noneOf(Rule.class), DRAFT, SUBMITTED, UNDER_ASSESSMENT,
                ACCEPTED);
        RULES.put(Operation.RECORD_COMMITMENT_STATUS, EnumSet.of(Rule.R11, Rule.R12));

        MOVES.put(CommitmentStatus.PLANNED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED,
                CommitmentStatus.BREACHED, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.IN_PROGRESS, EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.PARTIALLY_FULFILLED,
                CommitmentStatus.BREACHED, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.PARTIALLY_FULFILLED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED));
        MOVES.put(CommitmentStatus.BREACHED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.WAIVED));
        MOVES.put(CommitmentStatus.FULFILLED, EnumSet.noneOf(CommitmentStatus.class));
        MOVES.put(CommitmentStatus.WAIVED, EnumSet.noneOf(CommitmentStatus.class));
    }

    private static void source(Operation operation, InitiativeStatus target, Who who, Set<Rule> rules, InitiativeStatus first,
            InitiativeStatus... more) {
        SOURCES.put(operation, EnumSet.of(first, more));
        if (target != null) {
            TARGET.put(operation, target);
        }
        WHO.put(operation, who);
        RULES.put(operation, rules);
    }

    /** One attempted operation with every argument drawn beforehand, so that the oracle sees what the operation will see. */
    private record Attempt(Operation operation, Actor by, Instant at, Decision assessment, Convention convention,
            Signature signature, String commitmentId, CommitmentStatus commitmentStatus, LocalDate day) {

        Initiative applyTo(Initiative initiative) {
            String reason = "step " + operation;
            switch (operation) {
                case SUBMIT:
                    return initiative.submit(by, at, reason);
                case START_ASSESSMENT:
                    return initiative.startAssessment(by, at, reason);
                case ACCEPT:
                    return initiative.accept(assessment);
                case REJECT:
                    return initiative.reject(assessment);
                case REQUEST_REWORK:
                    return initiative.requestRework(assessment);
                case DRAFT_CONVENTION:
                    return initiative.draftConvention(convention);
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
                default:
                    return initiative.recordCommitmentStatus(commitmentId, commitmentStatus, day, reason);
            }
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
                case ACCEPT:
                case REJECT:
                case REQUEST_REWORK:
                    return operation + " " + assessment.outcome() + " by " + by.id() + " (" + by.kind() + ") at " + at;
                default:
                    return operation + " by " + by.id() + " (" + by.kind() + ") at " + at;
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
    void every_operation_is_applied_or_refused_exactly_as_the_method_says_and_never_changes_its_initiative() {
        long seed = Seeds.seed();
        Random random = new Random(~seed);
        List<Initiative> starts = ValidRecords.withSeed(seed).initiatives(SEQUENCES);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            Initiative initiative = starts.get(sequence);
            for (int step = 0; step < STEPS; step++) {
                Operation operation = operation(initiative, random);
                Attempt attempt = attempt(initiative, operation, random);
                String context = "seed " + seed + ", sequence " + sequence + ", step " + step + ": " + attempt + " on "
                        + initiative.id() + " " + initiative.status() + " (replay with -Dloos.seed=" + seed + ")";
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
                    assertThat(report.isValid()).as(context + "\n" + report).isTrue();
                    checkApplied(copy, after, attempt, context);
                    initiative = after;
                    outcomes.merge("applied", 1, Integer::sum);
                }
            }
        }
        assertThat(outcomes.getOrDefault("applied", 0)).as("seed " + seed + ": " + outcomes).isGreaterThan(SEQUENCES / 4);
        assertThat(outcomes.getOrDefault("refused by guards", 0)).as("seed " + seed + ": " + outcomes).isGreaterThan(SEQUENCES);
        assertThat(outcomes.getOrDefault("impossible value", 0)).as("seed " + seed + ": " + outcomes).isPositive();
        assertThat(outcomes.getOrDefault("refused by rules", 0)).as("seed " + seed + ": " + outcomes).isPositive();
    }

    private static TransitionRefusedException refusal(RuntimeException thrown, Operation operation, String context) {
        assertThat(thrown).as(context).isInstanceOf(TransitionRefusedException.class);
        TransitionRefusedException refusal = (TransitionRefusedException) thrown;
        assertThat(refusal.operation()).as(context).isEqualTo(operation.name());
        return refusal;
    }

    /** The oracle: what the brief and the Javadoc of the operation say must happen. */
    private static Expected foretell(Initiative initiative, Attempt attempt) {
        Operation operation = attempt.operation();
        InitiativeStatus status = initiative.status();
        Set<String> guards = new TreeSet<>();
        Set<Rule> rules = RULES.get(operation);
        if (operation == Operation.RECORD_COMMITMENT_STATUS) {
            // Agreed at some point, and not ended.
            if (initiative.history().stream().noneMatch(e -> e.to() == AGREED) || TERMINAL.contains(status)) {
                return new Expected(Set.of("L1"), null, rules);
            }
            Optional<Commitment> commitment = initiative.convention().orElseThrow().commitments().stream()
                    .filter(c -> c.id().equals(attempt.commitmentId())).findFirst();
            if (commitment.isEmpty()) {
                return new Expected(guards, "commitmentId", rules);
            }
            if (!MOVES.get(commitment.get().status()).contains(attempt.commitmentStatus())) {
                return new Expected(guards, "to", rules);
            }
            List<StatusChange> changes = commitment.get().history();
            if (!changes.isEmpty() && attempt.day().isBefore(changes.get(changes.size() - 1).on())) {
                return new Expected(guards, "history[" + changes.size() + "].on", rules);
            }
            return new Expected(guards, null, rules);
        }
        if (!SOURCES.get(operation).contains(status)) {
            guards.add("L1");
        }
        if (operation == Operation.DRAFT_CONVENTION) {
            boolean signed = initiative.convention().map(c -> !c.signatures().isEmpty()).orElse(false);
            if (signed || !attempt.convention().signatures().isEmpty()) {
                guards.add("L6");
            }
            return new Expected(guards, null, rules);
        }
        if (!entitled(WHO.get(operation), initiative, attempt.by())) {
            guards.add("L2");
        }
        List<LifecycleEvent> history = initiative.history();
        if (!history.isEmpty() && attempt.at().isBefore(history.get(history.size() - 1).at())) {
            guards.add("L3");
        }
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        boolean breached = commitments.stream().anyMatch(c -> c.status() == CommitmentStatus.BREACHED);
        switch (operation) {
            case SUSPEND:
                if (!breached) {
                    guards.add("L4");
                }
                break;
            case RESUME:
                if (breached) {
                    guards.add("L5");
                }
                break;
            case ACCEPT:
            case REJECT:
            case REQUEST_REWORK:
                if (!decides(attempt.assessment().outcome()).equals(operation)) {
                    guards.add("L8");
                }
                break;
            case SIGN:
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
                }
                break;
            default:
                break;
        }
        return new Expected(guards, null, rules);
    }

    private static Operation decides(DecisionOutcome outcome) {
        switch (outcome) {
            case ACCEPTED:
                return Operation.ACCEPT;
            case REJECTED:
                return Operation.REJECT;
            default:
                return Operation.REQUEST_REWORK;
        }
    }

    private static boolean entitled(Who who, Initiative initiative, Actor actor) {
        boolean applicant = initiative.applicants().stream().anyMatch(a -> a.id().equals(actor.id()));
        boolean town = TOWN.contains(actor.kind());
        switch (who) {
            case APPLICANT:
                return applicant;
            case TOWN:
                return town;
            case APPLICANT_OR_TOWN:
                return applicant || town;
            default:
                return true;
        }
    }

    /** An applied operation changes the history, assessment and convention as it says, and nothing else. */
    private static void checkApplied(Initiative before, Initiative after, Attempt attempt, String context) {
        Operation operation = attempt.operation();
        Initiative rest = Initiative.builder().from(after).withHistory(before.history()).withDecisions(before.decisions())
                .withConvention(before.convention()).build();
        assertThat(rest).as(context).isEqualTo(before);
        if (operation == Operation.DRAFT_CONVENTION || operation == Operation.RECORD_COMMITMENT_STATUS) {
            assertThat(after.history()).as(context).isEqualTo(before.history());
            assertThat(after.assessment()).as(context).isEqualTo(before.assessment());
            if (operation == Operation.DRAFT_CONVENTION) {
                assertThat(after.convention()).as(context).contains(attempt.convention());
            } else {
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
            }
            return;
        }
        assertThat(SOURCES.get(operation)).as(context).contains(before.status());
        assertThat(after.history()).as(context).hasSize(before.history().size() + 1);
        assertThat(after.history().subList(0, before.history().size())).as(context).isEqualTo(before.history());
        LifecycleEvent event = after.history().get(after.history().size() - 1);
        assertThat(event.transition().name()).as(context).isEqualTo(operation.name());
        assertThat(event.from()).as(context).isEqualTo(before.status());
        assertThat(event.by()).as(context).isEqualTo(attempt.by());
        assertThat(event.at()).as(context).isEqualTo(attempt.at());
        InitiativeStatus expected;
        if (operation == Operation.SIGN) {
            Convention signed = after.convention().orElseThrow();
            List<Signature> signatures = new ArrayList<>(before.convention().orElseThrow().signatures());
            signatures.add(attempt.signature());
            assertThat(signed.signatures()).as(context).isEqualTo(signatures);
            boolean both = signatures.stream().anyMatch(s -> s.side() == Side.TOWN)
                    && signatures.stream().anyMatch(s -> s.side() == Side.APPLICANTS);
            expected = both ? AGREED : ACCEPTED;
        } else if (operation == Operation.RESUME) {
            // Back to the status it was suspended from.
            expected = before.history().get(before.history().size() - 1).from();
        } else {
            expected = TARGET.get(operation);
        }
        assertThat(after.status()).as(context).isEqualTo(expected);
        if (attempt.assessment() != null && operation != Operation.SIGN) {
            assertThat(after.assessment()).as(context).contains(attempt.assessment());
        }
    }

    /**
     * Draws an operation: half of the time one the brief allows from the current status, so that
     * sequences go deep into the lifecycle (signatures, works, breaches); otherwise any operation.
     */
    private static Operation operation(Initiative initiative, Random random) {
        List<Operation> allowed = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            if (operation == Operation.RECORD_COMMITMENT_STATUS ? SOURCES.get(Operation.SUSPEND).contains(initiative.status())
                    : SOURCES.get(operation).contains(initiative.status())) {
                allowed.add(operation);
            }
        }
        return allowed.isEmpty() || random.nextBoolean() ? Operation.values()[random.nextInt(Operation.values().length)]
                : allowed.get(random.nextInt(allowed.size()));
    }

    private static DecisionOutcome outcomeOf(Operation decision) {
        switch (decision) {
            case ACCEPT:
                return DecisionOutcome.ACCEPTED;
            case REJECT:
                return DecisionOutcome.REJECTED;
            default:
                return DecisionOutcome.REWORK_REQUESTED;
        }
    }

    private static Attempt attempt(Initiative initiative, Operation operation, Random random) {
        Actor by = anyone(initiative, random);
        Instant at = when(initiative, random);
        LocalDate today = at.atZone(initiative.territory().zone()).toLocalDate();
        switch (operation) {
            case ACCEPT:
            case REJECT:
            case REQUEST_REWORK:
                DecisionOutcome outcome = random.nextBoolean() ? outcomeOf(operation)
                        : DecisionOutcome.values()[random.nextInt(DecisionOutcome.values().length)];
                return new Attempt(operation, by, at, Decision.of(by, at, outcome, "Decided"), null, null, null, null, null);
            case DRAFT_CONVENTION:
                Convention convention = random.nextInt(4) == 0 ? EmileBaslyPlayground.convention()
                        : conventionOf(initiative, today.plusDays(random.nextInt(10)), random);
                return new Attempt(operation, null, null, null, convention, null, null, null, null);
            case SIGN:
                List<Signature> signed = initiative.convention().map(Convention::signatures).orElse(List.of());
                Signature again = signed.isEmpty() || random.nextInt(4) > 0 ? null : signed.get(random.nextInt(signed.size()));
                Side side = again != null ? again.side() : Side.values()[random.nextInt(2)];
                // Sometimes one who signed already, for the same side; else anyone, or one who may sign for the side.
                Actor signer = again != null ? again.signer() : random.nextBoolean() ? by : signerFor(side, initiative, random);
                // Mostly dated on the day or a little before; sometimes the day after, which L7 refuses.
                LocalDate day = today.plusDays(1 - random.nextInt(4));
                return new Attempt(operation, signer, at, null, null, Signature.of(side, signer, day), null, null, null);
            case RECORD_COMMITMENT_STATUS:
                List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
                String id = commitments.isEmpty() || random.nextInt(6) == 0 ? UNKNOWN_COMMITMENT
                        : commitments.get(random.nextInt(commitments.size())).id();
                CommitmentStatus status = CommitmentStatus.values()[random.nextInt(CommitmentStatus.values().length)];
                return new Attempt(operation, null, null, null, null, null, id, status, today);
            default:
                return new Attempt(operation, by, at, null, null, null, null, null, null);
        }
    }

    /** A convention the initiative's own actors can sign: one town commitment, and design, works and upkeep by the carrier. */
    private static Convention conventionOf(Initiative initiative, LocalDate start, Random random) {
        Actor town = Actor.of("mairie-" + initiative.territory().code(), "Mairie de " + initiative.territory().name(),
                ActorKind.MUNICIPALITY);
        Actor carrier = initiative.applicants().get(0);
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
        return initiative.convention().map(Convention::town).orElse(EmileBaslyPlayground.COUNCILLOR);
    }

    private static Actor anyone(Initiative initiative, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return initiative.applicants().get(random.nextInt(initiative.applicants().size()));
            case 1:
                return initiative.convention().map(Convention::town).orElse(EmileBaslyPlayground.COUNCILLOR);
            case 2:
                return initiative.assessment().map(Decision::decidedBy).orElse(EmileBaslyPlayground.COUNCILLOR);
            case 3:
                return SERVICES;
            default:
                return STRANGER;
        }
    }

    private static Instant when(Initiative initiative, Random random) {
        Instant last = initiative.history().isEmpty() ? Instant.parse("2021-01-04T09:00:00Z")
                : initiative.history().get(initiative.history().size() - 1).at();
        return random.nextInt(8) == 0 ? last.minus(Duration.ofDays(1)) : last.plus(Duration.ofDays(random.nextInt(400)));
    }
}
