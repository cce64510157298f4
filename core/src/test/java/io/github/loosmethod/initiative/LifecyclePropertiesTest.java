package io.github.loosmethod.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.validation.RuleScope;
import io.github.loosmethod.validation.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: the lifecycle is a state machine that cannot be corrupted. Random sequences of legal
 * and illegal operations, with random actors, times and decisions, are applied to generated
 * initiatives; after every step the initiative is either the expected new state — a valid record
 * whose status is a target of the operation — or unchanged, with a refusal naming its guards.
 */
class LifecyclePropertiesTest {

    private static final int SEQUENCES = Integer.getInteger("loos.property.cases", 400);
    private static final int STEPS = 25;
    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);

    private enum Operation { SUBMIT, START_ASSESSMENT, ACCEPT, REJECT, REQUEST_REWORK, DRAFT_CONVENTION, SIGN, START_WORK,
        DELIVER, START_STEWARDSHIP, CLOSE, SUSPEND, RESUME, TERMINATE, WITHDRAW, RECORD_COMMITMENT_STATUS }

    @Test
    void random_operations_never_corrupt_an_initiative() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        List<Initiative> starts = new ArrayList<>(ValidRecords.withSeed(seed + 11).portfolio(SEQUENCES).initiatives());
        int applied = 0;
        int refused = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            Initiative initiative = starts.get(sequence);
            for (int step = 0; step < STEPS; step++) {
                Operation operation = Operation.values()[random.nextInt(Operation.values().length)];
                String context = "seed " + seed + ", sequence " + sequence + ", step " + step + ": " + operation + " on "
                        + initiative.status() + " (replay with -Dloos.seed=" + seed + ")";
                Initiative before = initiative;
                try {
                    Initiative after = apply(initiative, operation, random);
                    ValidationReport report = after.validate();
                    assertThat(report.isValid()).as(context + "\n" + report).isTrue();
                    checkMove(before, after, operation, context);
                    initiative = after;
                    applied++;
                } catch (TransitionRefusedException e) {
                    refused++;
                    assertThat(e.report().violations()).as(context).isNotEmpty();
                    assertThat(e.report().violations()).as(context).allSatisfy(v -> assertThat(v.rule().scope())
                            .isIn(RuleScope.LIFECYCLE, RuleScope.INITIATIVE));
                    Transition transition = transitionOf(operation);
                    if (transition != null) {
                        assertThat(e.report().ruleIds().contains("L1")).as(context)
                                .isEqualTo(!transition.sources().contains(before.status()));
                    }
                    assertThat(initiative).as(context).isSameAs(before);
                } catch (InvalidValueException e) {
                    assertThat(e.field()).as(context).isNotNull();
                }
            }
        }
        assertThat(applied).as("seed " + seed).isGreaterThan(SEQUENCES / 4);
        assertThat(refused).as("seed " + seed).isGreaterThan(SEQUENCES);
    }

    private static Transition transitionOf(Operation operation) {
        try {
            return Transition.valueOf(operation.name());
        } catch (IllegalArgumentException notATransition) {
            return null;
        }
    }

    private static void checkMove(Initiative before, Initiative after, Operation operation, String context) {
        Transition transition = transitionOf(operation);
        if (transition == null) {
            assertThat(after.history()).as(context).isEqualTo(before.history());
            return;
        }
        assertThat(transition.sources()).as(context).contains(before.status());
        assertThat(after.history()).as(context).hasSize(before.history().size() + 1);
        LifecycleEvent event = after.history().get(after.history().size() - 1);
        assertThat(event.transition()).as(context).isEqualTo(transition);
        assertThat(event.from()).as(context).isEqualTo(before.status());
        assertThat(transition.targets()).as(context).contains(after.status());
        assertThat(after.history().subList(0, before.history().size())).as(context).isEqualTo(before.history());
    }

    private static Actor anyone(Initiative initiative, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return initiative.applicants().get(random.nextInt(initiative.applicants().size()));
            case 1:
                return initiative.convention().map(c -> c.town()).orElse(EmileBaslyPlayground.COUNCILLOR);
            case 2:
                return initiative.assessment().map(RequestAssessment::decidedBy).orElse(EmileBaslyPlayground.COUNCILLOR);
            default:
                return STRANGER;
        }
    }

    private static Instant when(Initiative initiative, Random random) {
        Instant last = initiative.history().isEmpty() ? Instant.parse("2021-01-04T09:00:00Z")
                : initiative.history().get(initiative.history().size() - 1).at();
        return random.nextInt(8) == 0 ? last.minus(Duration.ofDays(1)) : last.plus(Duration.ofDays(random.nextInt(400)));
    }

    private static Initiative apply(Initiative initiative, Operation operation, Random random) {
        Actor by = anyone(initiative, random);
        Instant at = when(initiative, random);
        String reason = "step " + operation;
        AssessmentOutcome outcome = AssessmentOutcome.values()[random.nextInt(AssessmentOutcome.values().length)];
        RequestAssessment assessment = RequestAssessment.of(by, at, outcome, "Decided");
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
                return initiative.draftConvention(EmileBaslyPlayground.convention());
            case SIGN:
                Side side = Side.values()[random.nextInt(2)];
                LocalDate day = at.atZone(initiative.territory().zone()).toLocalDate().minusDays(random.nextInt(3));
                return initiative.sign(Signature.of(side, by, day), at, reason);
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
                List<Commitment> commitments = initiative.convention().map(c -> c.commitments()).orElse(List.of());
                String id = commitments.isEmpty() ? "none" : commitments.get(random.nextInt(commitments.size())).id();
                CommitmentStatus status = CommitmentStatus.values()[random.nextInt(CommitmentStatus.values().length)];
                return initiative.recordCommitmentStatus(id, status, at.atZone(initiative.territory().zone()).toLocalDate(), reason);
        }
    }
}
