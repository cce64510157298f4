package io.github.loosmethod.testkit.cases;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ProjectPhase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A sample portfolio of several towns and years (<em>portefeuille d'exemple</em>), for
 * demonstrations, reports and tests: initiatives of Loos-en-Gohelle, Grenay and Liévin submitted
 * between 2018 and 2024, each driven through the public lifecycle to a status drawn at random
 * (every status occurs), with conventions, commitment outcomes and self-assessments on the
 * principles of the method. Every record is valid by construction; the same seed gives the same
 * portfolio. The towns are real; the initiatives are invented.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SamplePortfolio {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<Territory> TOWNS = List.of(
            Territory.of("62528", "Loos-en-Gohelle", "FR", PARIS),
            Territory.of("62386", "Grenay", "FR", PARIS),
            Territory.of("62510", "Liévin", "FR", PARIS));
    private static final InitiativeStatus[] TARGETS = {InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
        InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN, InitiativeStatus.ACCEPTED,
        InitiativeStatus.AGREED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED, InitiativeStatus.IN_STEWARDSHIP,
        InitiativeStatus.CLOSED, InitiativeStatus.CLOSED, InitiativeStatus.SUSPENDED, InitiativeStatus.TERMINATED};

    private final Random random;
    private int sequence;
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();

    private SamplePortfolio(long seed, int size) {
        this.random = new Random(seed);
        for (int i = 0; i < size; i++) {
            Initiative initiative = initiative();
            initiatives.add(initiative);
            if (initiative.hasReached(InitiativeStatus.DELIVERED) && random.nextInt(3) > 0) {
                evaluations.add(evaluation(initiative));
            }
        }
    }

    /**
     * Generates a sample portfolio.
     *
     * @param seed the seed: the same seed gives the same portfolio
     * @param size the number of initiatives, zero or more
     * @return the portfolio, never null
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public static SamplePortfolio generate(long seed, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return new SamplePortfolio(seed, size);
    }

    /**
     * Returns the initiatives, in the order generated.
     *
     * @return the initiatives, unmodifiable, never null
     */
    public List<Initiative> initiatives() {
        return java.util.Collections.unmodifiableList(initiatives);
    }

    /**
     * Returns the evaluations of some of the initiatives that reached delivery.
     *
     * @return the evaluations, unmodifiable, never null
     */
    public List<Evaluation> evaluations() {
        return java.util.Collections.unmodifiableList(evaluations);
    }

    private static Actor town(Territory territory) {
        return Actor.of("commune-" + territory.code(), "Commune de " + territory.name(), ActorKind.MUNICIPALITY);
    }

    private static Actor mayor(Territory territory) {
        return Actor.of("maire-" + territory.code(), "Maire de " + territory.name(), ActorKind.ELECTED_OFFICIAL);
    }

    private static Actor services(Territory territory) {
        return Actor.of("services-" + territory.code(), "Services techniques", ActorKind.MUNICIPAL_SERVICE);
    }

    private Initiative initiative() {
        int n = ++sequence;
        Territory territory = TOWNS.get(random.nextInt(TOWNS.size()));
        InitiativeKind kind = random.nextInt(10) < 7 ? InitiativeKind.FIFTY_FIFTY
                : InitiativeKind.values()[1 + random.nextInt(InitiativeKind.values().length - 1)];
        Actor carrier = Actor.of("asso-" + n, "Association " + n, random.nextBoolean() ? ActorKind.ASSOCIATION : ActorKind.RESIDENT_GROUP);
        Actor mayor = mayor(territory);
        InvolvementPlan plan = InvolvementPlan.empty()
                .with(ProjectPhase.DECISION, CoConstructionLevel.values()[random.nextInt(4)])
                .with(ProjectPhase.IMPLEMENTATION, random.nextBoolean() ? CoConstructionLevel.CO_PRODUCTION : CoConstructionLevel.CO_CONSTRUCTION)
                .with(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION);
        if (random.nextBoolean()) {
            plan = plan.with(ProjectPhase.DIAGNOSIS, CoConstructionLevel.values()[random.nextInt(4)]);
        }
        Initiative initiative = Initiative.builder().withId(territory.code() + "-" + n).withTerritory(territory)
                .withTitle("Initiative " + n).withPurpose(Purpose.of("Improves the street " + n, "For every resident"))
                .withKind(kind).addApplicant(carrier).withInvolvementPlan(plan).addTheme(random.nextBoolean() ? "greening" : "street")
                .build();
        InitiativeStatus target = TARGETS[random.nextInt(TARGETS.length)];
        if (target == InitiativeStatus.DRAFT) {
            return initiative;
        }
        Instant t = LocalDate.of(2018 + random.nextInt(7), 1, 10).plusDays(random.nextInt(300)).atTime(10, 0)
                .atZone(PARIS).toInstant();
        initiative = initiative.submit(carrier, t, "Request handed in");
        if (target == InitiativeStatus.SUBMITTED) {
            return initiative;
        }
        if (target == InitiativeStatus.WITHDRAWN) {
            return initiative.withdraw(carrier, t = later(t), "Gave up");
        }
        initiative = initiative.startAssessment(mayor, t = later(t), "Analysing");
        if (target == InitiativeStatus.UNDER_ASSESSMENT) {
            return initiative;
        }
        if (target == InitiativeStatus.REJECTED) {
            return initiative.reject(Decision.of(mayor, later(t), DecisionOutcome.REJECTED, "Not of general interest"));
        }
        initiative = initiative.accept(Decision.of(mayor, t = later(t), DecisionOutcome.ACCEPTED, "Supported"));
        if (target == InitiativeStatus.ACCEPTED) {
            return initiative;
        }
        LocalDate start = t.atZone(PARIS).toLocalDate().plusDays(1);
        initiative = initiative.draftConvention(convention(n, territory, carrier, start, plan));
        t = start.atTime(18, 0).atZone(PARIS).toInstant();
        initiative = initiative.sign(Signature.of(Side.APPLICANTS, carrier, start), t, "Signed")
                .sign(Signature.of(Side.TOWN, mayor, start), t, "Signed");
        if (target == InitiativeStatus.AGREED) {
            return initiative;
        }
        initiative = initiative.startWork(carrier, t = later(t), "Works begin");
        LocalDate day = t.atZone(PARIS).toLocalDate();
        if (target == InitiativeStatus.SUSPENDED || target == InitiativeStatus.TERMINATED) {
            Commitment first = initiative.convention().orElseThrow().commitments().get(0);
            initiative = initiative.recordCommitmentStatus(first.id(), CommitmentStatus.BREACHED, day, "Not kept")
                    .suspend(mayor, t = later(t), "Breach");
            return target == InitiativeStatus.SUSPENDED ? initiative : initiative.terminate(mayor, later(t), "Ended");
        }
        for (Commitment c : initiative.convention().orElseThrow().commitments()) {
            if (c.kind() == CommitmentKind.STEWARDSHIP) {
                continue;
            }
            int roll = random.nextInt(10);
            CommitmentStatus outcome = roll < 7 ? CommitmentStatus.FULFILLED : roll < 8 ? CommitmentStatus.BREACHED
                    : roll < 9 ? CommitmentStatus.WAIVED : CommitmentStatus.IN_PROGRESS;
            initiative = initiative.recordCommitmentStatus(c.id(), outcome, day, "Outcome recorded");
        }
        if (target == InitiativeStatus.IN_PROGRESS) {
            return initiative;
        }
        initiative = initiative.deliver(carrier, t = later(t), "Works done");
        if (target == InitiativeStatus.DELIVERED) {
            return initiative;
        }
        initiative = initiative.startStewardship(carrier, t = later(t), "Upkeep begins");
        if (target == InitiativeStatus.IN_STEWARDSHIP) {
            return initiative;
        }
        for (Commitment c : initiative.convention().orElseThrow().commitments()) {
            if (c.status().isOpen()) {
                initiative = initiative.recordCommitmentStatus(c.id(), CommitmentStatus.FULFILLED,
                        initiative.convention().orElseThrow().endDate(), "Settled at the end");
            }
        }
        Instant end = initiative.convention().orElseThrow().endDate().plusDays(2).atTime(9, 0).atZone(PARIS).toInstant();
        return initiative.close(mayor, end.isAfter(t) ? end : later(t), "Convention ended");
    }

    private Instant later(Instant t) {
        return t.plus(Duration.ofDays(1 + random.nextInt(20)));
    }

    private Convention convention(int n, Territory territory, Actor carrier, LocalDate start, InvolvementPlan plan) {
        CommitmentKind[] townKinds = {CommitmentKind.ADVICE, CommitmentKind.TECHNICAL_SUPPORT, CommitmentKind.FUNDING,
            CommitmentKind.SUPPLIES, CommitmentKind.EQUIPMENT_LOAN};
        var builder = Convention.builder().withReference("FF-" + n).withTown(town(territory)).withStartDate(start)
                .withEndDate(start.plusDays(200 + random.nextInt(400)));
        int townCount = 1 + random.nextInt(3);
        for (int i = 0; i < townCount; i++) {
            CommitmentKind kind = townKinds[random.nextInt(townKinds.length)];
            var commitment = Commitment.builder().withId("t" + i).withSide(Side.TOWN)
                    .withResponsible(i % 2 == 0 ? town(territory) : services(territory)).withKind(kind)
                    .withDescription(kind + " from the town");
            if (random.nextBoolean()) {
                QuantityUnit unit = kind == CommitmentKind.FUNDING ? QuantityUnit.EUROS
                        : random.nextBoolean() ? QuantityUnit.HOURS : QuantityUnit.ITEMS;
                commitment.withQuantity(Quantity.of(BigDecimal.valueOf(random.nextInt(200_000), 2), unit));
            }
            builder.addCommitment(commitment.build());
        }
        int realisations = 1 + random.nextInt(2);
        for (int i = 0; i < realisations; i++) {
            builder.addCommitment(Commitment.builder().withId("a" + i).withSide(Side.APPLICANTS).withResponsible(carrier)
                    .withKind(CommitmentKind.REALISATION).withDescription("Do the works")
                    .withQuantity(Quantity.of(1 + random.nextInt(300), random.nextBoolean() ? QuantityUnit.HOURS : QuantityUnit.SQUARE_METRES))
                    .build());
        }
        builder.addCommitment(Commitment.of("care", Side.APPLICANTS, carrier, CommitmentKind.STEWARDSHIP, "Look after it"));
        return builder.build();
    }

    private Evaluation evaluation(Initiative initiative) {
        EvaluationFramework framework = EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES);
        LocalDate began = initiative.history().get(0).at().atZone(PARIS).toLocalDate();
        var builder = Evaluation.builder().withId("eval-" + initiative.id())
                .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, initiative.id(), initiative.territory(), began))
                .withFramework(framework).withMethod(EvaluationMethod.SELF_ASSESSMENT)
                .addEvaluator(initiative.applicants().get(0)).withDate(began.plusDays(100 + random.nextInt(500)));
        for (WeightedCriterion weighted : framework.criteria()) {
            EvaluationCriterion criterion = weighted.criterion();
            builder.addScore(random.nextInt(6) == 0 ? CriterionScore.notAssessed(criterion.code(), "Not discussed")
                    : CriterionScore.scored(criterion.code(), 1 + random.nextInt(4)));
        }
        return builder.build();
    }
}
