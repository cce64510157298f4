package io.github.loosmethod.testkit;

import io.github.loosmethod.LocalizedText;
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
import io.github.loosmethod.evaluation.AttendeeCategory;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.Scale;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid records with the variety of real ones (<em>dossiers valides</em>):
 * initiatives of every kind, driven through the public lifecycle to any status, and evaluations
 * of them or of programmes — for host systems' tests as for this library's.
 *
 * <p>What varies: towns in several time zones; one to four applicants of every kind the method
 * admits, companies, public partners and research bodies beside them, and minors with their
 * responsible adult or school, who co-applies and co-signs; deciders who are officials or bodies;
 * requests sent back for rework; conventions with quantities in every unit, due dates, every
 * commitment kind and status (partly fulfilled, waived, breached); texts in full Unicode —
 * accents, combining marks, characters outside the Basic Multilingual Plane, right-to-left
 * scripts, no-break spaces; evaluations with every method, framework catalogue and scale kind,
 * evidence of every kind, narrative sessions with their attendees and lessons. Every code of every
 * enum of the interchange format occurs in a portfolio of a few hundred records.
 *
 * <p>Every record is valid by construction: {@link Initiative#validate()} and
 * {@link Initiative#validateEvaluation(Evaluation)} report no error. The same seed gives the same
 * records. Instances are not thread-safe: one per thread.
 */
public final class ValidRecords {

    private static final List<Territory> TOWNS = List.of(
            Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris")),
            Territory.of("62386", "Grenay", "FR", ZoneId.of("Europe/Paris")),
            Territory.of("62510", "Liévin", "FR", ZoneId.of("Europe/Paris")),
            Territory.of("97411", "Saint-Denis", "FR", ZoneId.of("Indian/Reunion")),
            Territory.of("21004", "Bruxelles / Brussel", "BE", ZoneId.of("Europe/Brussels")));
    /** Texts as people write them: accents, combining marks, emoji, other scripts, no-break spaces. */
    private static final String[] WORDS = {"jardin", "partagé", "cour d'école", "Rue\u00a0des Écoles", "ruelle", "fleurie",
        "végétalisée", "cafe\u0301", "potager", "mare", "\uD83C\uDF3B", "\uD83C\uDF33 arbres", "حديقة الحي", "גינה קהילתית",
        "社区花园", "Κήπος", "Straße", "ŒUVRE", "l'été", "«\u00a0ensemble\u00a0»", "n° 12", "½ journée"};
    private static final InitiativeStatus[] TARGETS = {InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
        InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN, InitiativeStatus.ACCEPTED,
        InitiativeStatus.AGREED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED, InitiativeStatus.IN_STEWARDSHIP,
        InitiativeStatus.CLOSED, InitiativeStatus.CLOSED, InitiativeStatus.SUSPENDED, InitiativeStatus.TERMINATED};
    private static final ActorKind[] CARRIERS = {ActorKind.RESIDENT, ActorKind.RESIDENT_GROUP, ActorKind.ASSOCIATION,
        ActorKind.SCHOOL};
    private static final ActorKind[] PARTNERS = {ActorKind.COMPANY, ActorKind.PUBLIC_PARTNER, ActorKind.RESEARCH_BODY};

    private final Random random;
    private int sequence;

    private ValidRecords(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Makes a generator.
     *
     * @param seed the seed: the same seed gives the same records, in the same order
     * @return the generator, never null
     */
    public static ValidRecords withSeed(long seed) {
        return new ValidRecords(seed);
    }

    /**
     * Makes an initiative: a kind, applicants and a plan drawn at random, driven through the
     * lifecycle to a status drawn at random (drafts included).
     *
     * @return a valid initiative, never null
     */
    public Initiative initiative() {
        return initiative(TARGETS[random.nextInt(TARGETS.length)]);
    }

    /**
     * Makes an initiative driven to a given status.
     *
     * @param target the status to reach, not null
     * @return a valid initiative in that status, never null
     * @throws NullPointerException if {@code target} is null
     */
    public Initiative initiative(InitiativeStatus target) {
        Objects.requireNonNull(target, "target");
        int n = ++sequence;
        Territory territory = TOWNS.get(random.nextInt(TOWNS.size()));
        ZoneId zone = territory.zone();
        InitiativeKind kind = random.nextInt(10) < 6 ? InitiativeKind.FIFTY_FIFTY
                : InitiativeKind.values()[1 + random.nextInt(InitiativeKind.values().length - 1)];
        List<Actor> applicants = applicants(n);
        Actor carrier = applicants.get(0);
        Actor decider = random.nextInt(4) == 0
                ? Actor.of("conseil-" + territory.code(), "Conseil municipal de " + territory.name(), ActorKind.ELECTED_BODY)
                : Actor.of("elu-" + territory.code(), "Adjoint·e au cadre de vie — " + territory.name(), ActorKind.ELECTED_OFFICIAL);
        InvolvementPlan plan = plan();
        Initiative initiative = Initiative.builder().withId(territory.code() + "-" + n).withTerritory(territory)
                .withTitle(text(2 + random.nextInt(4)) + " " + n)
                .withPurpose(Purpose.of("Améliore le cadre de vie : " + text(3), "Pour tous les habitants — " + text(2)))
                .withKind(kind).withApplicants(applicants).withInvolvementPlan(plan).addTheme(text(1))
                .addTheme(random.nextBoolean() ? "greening" : "street").build();
        if (target == InitiativeStatus.DRAFT) {
            return initiative;
        }
        Instant t = LocalDate.of(2015 + random.nextInt(10), 1, 10).plusDays(random.nextInt(300)).atTime(10, random.nextInt(60))
                .atZone(zone).toInstant();
        initiative = initiative.submit(carrier, t, "Demande déposée : " + text(2));
        if (random.nextInt(4) == 0) {
            // Sent back once for more work, and handed in again.
            initiative = initiative.startAssessment(decider, t = later(t), "Instruction")
                    .requestRework(Decision.of(decider, t = later(t), DecisionOutcome.REWORK_REQUESTED,
                            "Préciser le budget", "Qui arrosera l'été ?"));
            if (target == InitiativeStatus.SUBMITTED) {
                return initiative;
            }
        }
        if (target == InitiativeStatus.SUBMITTED) {
            return initiative;
        }
        if (target == InitiativeStatus.WITHDRAWN) {
            return initiative.withdraw(carrier, later(t), "Le groupe renonce");
        }
        initiative = initiative.startAssessment(decider, t = later(t), "Instruction de la demande");
        if (target == InitiativeStatus.UNDER_ASSESSMENT) {
            return initiative;
        }
        if (target == InitiativeStatus.REJECTED) {
            return initiative.reject(Decision.of(decider, later(t), DecisionOutcome.REJECTED, "Pas d'intérêt général"));
        }
        initiative = initiative.accept(Decision.of(decider, t = later(t), DecisionOutcome.ACCEPTED, "Soutenue", text(2)));
        if (target == InitiativeStatus.ACCEPTED) {
            return initiative;
        }
        LocalDate start = t.atZone(zone).toLocalDate().plusDays(1);
        initiative = initiative.draftConvention(convention(n, territory, applicants, start, plan));
        t = start.atTime(18, 0).atZone(zone).toInstant();
        for (Actor applicant : signers(applicants)) {
            initiative = initiative.sign(Signature.of(Side.APPLICANTS, applicant, start), t, "Signé par " + applicant.name());
        }
        initiative = initiative.sign(Signature.of(Side.TOWN, decider.kind() == ActorKind.ELECTED_BODY
                ? initiative.convention().orElseThrow().town() : decider, start), t, "Signé pour la commune");
        if (target == InitiativeStatus.AGREED) {
            return initiative;
        }
        initiative = initiative.startWork(carrier, t = later(t), "Début des travaux");
        LocalDate day = t.atZone(zone).toLocalDate();
        if (target == InitiativeStatus.SUSPENDED || target == InitiativeStatus.TERMINATED) {
            Commitment first = initiative.convention().orElseThrow().commitments().get(0);
            initiative = initiative.recordCommitmentStatus(first.id(), CommitmentStatus.BREACHED, day, "Non tenu")
                    .suspend(decider, t = later(t), "Manquement");
            return target == InitiativeStatus.SUSPENDED ? initiative : initiative.terminate(decider, later(t), "Résiliation");
        }
        if (random.nextInt(5) == 0) {
            // A breach, a suspension, the breach remedied, and the works taken up again.
            Commitment first = initiative.convention().orElseThrow().commitments().get(0);
            initiative = initiative.recordCommitmentStatus(first.id(), CommitmentStatus.BREACHED, day, "Non tenu à temps")
                    .suspend(decider, t = later(t), "Manquement constaté");
            day = t.atZone(zone).toLocalDate();
            initiative = initiative.recordCommitmentStatus(first.id(), CommitmentStatus.IN_PROGRESS, day, "Remis en route")
                    .resume(decider, t = later(t), "Reprise après régularisation");
            day = t.atZone(zone).toLocalDate();
        }
        for (Commitment c : initiative.convention().orElseThrow().commitments()) {
            if (c.kind() != CommitmentKind.STEWARDSHIP) {
                initiative = c.status() == CommitmentStatus.IN_PROGRESS
                        ? initiative.recordCommitmentStatus(c.id(), CommitmentStatus.FULFILLED, day, "Tenu après reprise")
                        : outcome(initiative, c, day);
            }
        }
        if (target == InitiativeStatus.IN_PROGRESS) {
            return initiative;
        }
        initiative = initiative.deliver(carrier, t = later(t), "Réception des travaux");
        if (target == InitiativeStatus.DELIVERED) {
            return initiative;
        }
        initiative = initiative.startStewardship(carrier, t = later(t), "Début de la pérennité");
        if (target == InitiativeStatus.IN_STEWARDSHIP) {
            return initiative;
        }
        LocalDate end = initiative.convention().orElseThrow().endDate();
        for (Commitment c : initiative.convention().orElseThrow().commitments()) {
            if (c.status().isOpen()) {
                initiative = initiative.recordCommitmentStatus(c.id(), CommitmentStatus.FULFILLED, end, "Soldé à l'échéance");
            }
        }
        Instant closing = end.plusDays(2).atTime(9, 0).atZone(zone).toInstant();
        return initiative.close(decider, closing.isAfter(t) ? closing : later(t), "Fin de la convention");
    }

    /**
     * Makes initiatives, each as {@link #initiative()} makes it.
     *
     * @param count how many, zero or more
     * @return the initiatives, in the order made, never null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public List<Initiative> initiatives(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Initiative> initiatives = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            initiatives.add(initiative());
        }
        return initiatives;
    }

    /**
     * A generated portfolio: initiatives, and evaluations of some of them and of programmes.
     *
     * @param initiatives the initiatives, unmodifiable
     * @param evaluations the evaluations, unmodifiable
     */
    public record Portfolio(List<Initiative> initiatives, List<Evaluation> evaluations) {

        /**
         * Creates a portfolio, keeping unmodifiable copies.
         *
         * @param initiatives the initiatives, not null
         * @param evaluations the evaluations, not null
         * @throws NullPointerException if an argument or an element is null
         */
        public Portfolio {
            initiatives = List.copyOf(initiatives);
            evaluations = List.copyOf(evaluations);
        }
    }

    /**
     * Makes a portfolio: {@code size} initiatives as {@link #initiatives(int)} makes them, and
     * their evaluations as {@link #evaluations(List)} makes them.
     *
     * @param size the number of initiatives, zero or more
     * @return the portfolio, never null
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public Portfolio portfolio(int size) {
        List<Initiative> initiatives = initiatives(size);
        return new Portfolio(initiatives, evaluations(initiatives));
    }

    /**
     * Makes evaluations of a portfolio: one of about two thirds of the initiatives that reached
     * delivery, and one programme evaluation for every ten initiatives.
     *
     * @param initiatives the portfolio, not null
     * @return the evaluations, never null
     * @throws NullPointerException if {@code initiatives} is null
     */
    public List<Evaluation> evaluations(List<Initiative> initiatives) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Initiative initiative : initiatives) {
            if (initiative.hasReached(InitiativeStatus.DELIVERED) && random.nextInt(3) > 0) {
                evaluations.add(evaluation(initiative));
            }
        }
        for (int i = 0; i < initiatives.size() / 10; i++) {
            evaluations.add(programmeEvaluation());
        }
        return evaluations;
    }

    /**
     * Makes an evaluation of an initiative that reached delivery: a method, a framework and scores
     * drawn at random, dated after the initiative began.
     *
     * @param subject the initiative evaluated, not null, delivered at least once
     * @return an evaluation that {@code subject.validateEvaluation(..)} accepts, never null
     * @throws IllegalArgumentException if the initiative was never delivered
     * @throws NullPointerException if {@code subject} is null
     */
    public Evaluation evaluation(Initiative subject) {
        Objects.requireNonNull(subject, "subject");
        if (!subject.hasReached(InitiativeStatus.DELIVERED)) {
            throw new IllegalArgumentException("an evaluation generated here is of a delivered initiative: " + subject.id());
        }
        LocalDate began = subject.history().get(0).at().atZone(subject.territory().zone()).toLocalDate();
        EvaluationSubject about = EvaluationSubject.of(SubjectKind.INITIATIVE, subject.id(), subject.territory(), began);
        return evaluation("eval-" + subject.id(), about, began, subject.involvementPlan(), subject.applicants().get(0));
    }

    /**
     * Makes an evaluation of a programme (a town's strategy, a year of fifty-fifties), with its
     * useful effects and negative externalities (R16).
     *
     * @return a valid evaluation, never null
     */
    public Evaluation programmeEvaluation() {
        int n = ++sequence;
        Territory territory = TOWNS.get(random.nextInt(TOWNS.size()));
        LocalDate began = LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1);
        EvaluationSubject about = EvaluationSubject.of(SubjectKind.PROGRAMME, "programme-" + territory.code() + "-" + n, territory,
                began);
        Actor evaluator = Actor.of("labo-" + n, "Laboratoire d'évaluation " + n, ActorKind.RESEARCH_BODY);
        return evaluation("eval-programme-" + n, about, began, InvolvementPlan.empty(), evaluator);
    }

    private Evaluation evaluation(String id, EvaluationSubject about, LocalDate began, InvolvementPlan plan, Actor insider) {
        EvaluationMethod method = EvaluationMethod.values()[random.nextInt(EvaluationMethod.values().length)];
        EvaluationFramework framework = framework();
        LocalDate date = began.plusDays(100 + random.nextInt(900));
        var builder = Evaluation.builder().withId(id).withSubject(about).withFramework(framework).withMethod(method).withDate(date)
                .addEvaluator(method == EvaluationMethod.PEER_REVIEW
                        ? Actor.of("ville-paire-" + sequence, "Ville paire", ActorKind.PUBLIC_PARTNER) : insider);
        if (random.nextBoolean()) {
            builder.addEvaluator(Actor.of("cabinet-" + sequence, "Cabinet d'évaluation", ActorKind.COMPANY));
        }
        Set<io.github.loosmethod.involvement.Iap2Level> declared = EnumSet.noneOf(io.github.loosmethod.involvement.Iap2Level.class);
        plan.levels().values().forEach(level -> declared.add(level.toIap2()));
        for (WeightedCriterion weighted : framework.criteria()) {
            builder.addScore(score(weighted.criterion(), declared));
        }
        if (method == EvaluationMethod.NARRATIVE_SESSION) {
            builder.withNarrativeSession(NarrativeSession.builder().withTitle("Ch'ti TAIDx — " + text(2)).withHeldOn(date)
                    .addAttendeeCategories(AttendeeCategory.values()[random.nextInt(AttendeeCategory.values().length)],
                            AttendeeCategory.values()[random.nextInt(AttendeeCategory.values().length)])
                    .addFriction(text(3)).addLesson("On apprend : " + text(3)).build());
        }
        if (about.kind() == SubjectKind.PROGRAMME || random.nextBoolean()) {
            builder.addUsefulEffect("Effet utile : " + text(3)).addNegativeExternality("Externalité : " + text(2));
        }
        if (random.nextBoolean()) {
            builder.addLessonsLearned(text(4));
        }
        return builder.build();
    }

    private EvaluationFramework framework() {
        int choice = random.nextInt(Catalogue.values().length + 1);
        if (choice < Catalogue.values().length) {
            return EvaluationFramework.of(Catalogue.values()[choice]);
        }
        // A town's own framework, with the scales the catalogues do not use.
        int n = sequence;
        EvaluationCriterion percentage = criterion("OWN_SHARE_" + n, Scale.percentage(), Dimension.OUTCOME, null);
        EvaluationCriterion count = criterion("OWN_MEETINGS_" + n, Scale.count(), Dimension.PROCESS, BigDecimal.valueOf(12));
        EvaluationCriterion bare = criterion("OWN_ASSOCIATIONS_" + n, Scale.count(), Dimension.CAPACITY, null);
        EvaluationCriterion yesNo = criterion("OWN_UPKEEP_" + n, Scale.yesNo(), Dimension.DURABILITY, null);
        return EvaluationFramework.builder().withId("grille-" + n).withName("Grille de la commune n° " + n)
                .withVersion("v" + (1 + random.nextInt(3)) + "." + random.nextInt(10))
                .addCriteria(WeightedCriterion.of(percentage, new BigDecimal("2.5")), WeightedCriterion.of(count, BigDecimal.ONE),
                        WeightedCriterion.of(bare, new BigDecimal("0.25")), WeightedCriterion.of(yesNo, BigDecimal.ZERO))
                .build();
    }

    private EvaluationCriterion criterion(String code, Scale scale, Dimension dimension, BigDecimal target) {
        var builder = EvaluationCriterion.builder().withCode(code)
                .withName(LocalizedText.of("Criterion " + code, "Critère " + code))
                .withQuestion(LocalizedText.of("How far? " + text(2), "Dans quelle mesure ? " + text(2)))
                .withOrigin("grille de la commune").withSource("model").withDimension(dimension).withScale(scale);
        if (target != null) {
            builder.withTarget(target);
        }
        return builder.build();
    }

    private CriterionScore score(EvaluationCriterion criterion, Set<io.github.loosmethod.involvement.Iap2Level> declared) {
        boolean promiseOfAnotherLevel = criterion.iap2Level().isPresent() && !declared.contains(criterion.iap2Level().get());
        if (promiseOfAnotherLevel || random.nextInt(7) == 0) {
            return CriterionScore.notAssessed(criterion.code(), "Non abordé : " + text(1));
        }
        BigDecimal value;
        switch (criterion.scale().kind()) {
            case ORDINAL:
                value = BigDecimal.valueOf(criterion.scale().points().get(random.nextInt(criterion.scale().points().size())).value());
                break;
            case YES_NO:
                value = random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
                break;
            case PERCENTAGE:
                value = BigDecimal.valueOf(random.nextInt(10_001), 2);
                break;
            default:
                value = BigDecimal.valueOf(random.nextInt(40));
        }
        EvidenceKind kind = EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)];
        Evidence evidence = random.nextBoolean() ? Evidence.of(kind, text(3))
                : Evidence.builder().withKind(kind).withText(text(2)).withReference("compte-rendu-" + sequence + ".pdf").build();
        return CriterionScore.scored(criterion.code(), value, evidence);
    }

    private List<Actor> applicants(int n) {
        List<Actor> applicants = new ArrayList<>();
        ActorKind kind = CARRIERS[random.nextInt(CARRIERS.length)];
        Actor carrier = Actor.of("porteur-" + n, carrierName(kind, n), kind);
        applicants.add(carrier);
        int roll = random.nextInt(6);
        if (roll == 0) {
            // Pupils apply with their school, which answers for them (R14).
            Actor school = kind == ActorKind.SCHOOL ? carrier : Actor.of("ecole-" + n, "École " + text(1) + " " + n, ActorKind.SCHOOL);
            if (school != carrier) {
                applicants.add(school);
            }
            applicants.add(Actor.minor("eleves-" + n, "Classe de CM2 (" + (18 + random.nextInt(10)) + " élèves)",
                    ActorKind.RESIDENT_GROUP, school.id()));
        } else if (roll == 1) {
            applicants.add(Actor.of("voisin-" + n, "Voisin·e " + text(1), ActorKind.RESIDENT));
        }
        if (random.nextInt(5) == 0) {
            ActorKind partner = PARTNERS[random.nextInt(PARTNERS.length)];
            applicants.add(Actor.of("partenaire-" + n, "Partenaire " + text(1), partner));
        }
        return applicants;
    }

    private String carrierName(ActorKind kind, int n) {
        switch (kind) {
            case RESIDENT:
                return "Habitant·e n° " + n;
            case RESIDENT_GROUP:
                return "Collectif " + text(1) + " " + n;
            case ASSOCIATION:
                return "Association « " + text(2) + " » " + n;
            default:
                return "École " + text(1) + " " + n;
        }
    }

    /** Who signs for the applicants: every applicant, so that a minor's responsible co-signs (R14). */
    private static List<Actor> signers(List<Actor> applicants) {
        List<Actor> signers = new ArrayList<>(applicants);
        // The responsible signs before the minor, as a clerk would have it.
        signers.sort((a, b) -> Boolean.compare(a.minor(), b.minor()));
        return signers;
    }

    private InvolvementPlan plan() {
        InvolvementPlan plan = InvolvementPlan.empty()
                .with(ProjectPhase.DECISION, CoConstructionLevel.values()[random.nextInt(4)])
                .with(ProjectPhase.IMPLEMENTATION, random.nextBoolean() ? CoConstructionLevel.CO_PRODUCTION : CoConstructionLevel.CO_CONSTRUCTION)
                .with(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION);
        if (random.nextBoolean()) {
            plan = plan.with(ProjectPhase.DIAGNOSIS, CoConstructionLevel.values()[random.nextInt(4)]);
        }
        if (random.nextInt(3) == 0) {
            plan = plan.with(ProjectPhase.DESIGN, CoConstructionLevel.values()[random.nextInt(5)]);
        }
        if (random.nextInt(4) == 0) {
            plan = plan.with(ProjectPhase.EVALUATION, CoConstructionLevel.values()[random.nextInt(4)]);
        }
        return plan;
    }

    private Convention convention(int n, Territory territory, List<Actor> applicants, LocalDate start, InvolvementPlan plan) {
        Actor town = Actor.of("commune-" + territory.code(), "Commune de " + territory.name(), ActorKind.MUNICIPALITY);
        Actor services = Actor.of("services-" + territory.code(), "Services techniques", ActorKind.MUNICIPAL_SERVICE);
        Actor carrier = applicants.get(0);
        LocalDate end = start.plusDays(200 + random.nextInt(400));
        var builder = Convention.builder().withReference("FF-" + territory.code() + "-" + n).withTown(town).withStartDate(start)
                .withEndDate(end);
        CommitmentKind[] townKinds = {CommitmentKind.ADVICE, CommitmentKind.TECHNICAL_SUPPORT, CommitmentKind.FUNDING,
            CommitmentKind.SUPPLIES, CommitmentKind.EQUIPMENT_LOAN};
        int townCount = 1 + random.nextInt(3);
        for (int i = 0; i < townCount; i++) {
            CommitmentKind kind = townKinds[random.nextInt(townKinds.length)];
            var commitment = Commitment.builder().withId("t" + i).withSide(Side.TOWN).withResponsible(i % 2 == 0 ? town : services)
                    .withKind(kind).withDescription(text(2) + " — " + kind.name().toLowerCase(java.util.Locale.ROOT));
            if (random.nextBoolean()) {
                QuantityUnit unit = kind == CommitmentKind.FUNDING ? QuantityUnit.EUROS : QuantityUnit.values()[random.nextInt(4)];
                commitment.withQuantity(Quantity.of(BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(5)), unit));
            }
            if (random.nextBoolean()) {
                commitment.withDueDate(start.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(start, end))));
            }
            builder.addCommitment(commitment.build());
        }
        boolean designedTogether = plan.levelFor(ProjectPhase.DESIGN).map(l -> l.isAtLeast(CoConstructionLevel.CO_PRODUCTION))
                .orElse(false);
        if (designedTogether || random.nextInt(3) == 0) {
            // Claiming co-production of the design needs the applicants to hold a design task (R15).
            builder.addCommitment(Commitment.builder().withId("design").withSide(Side.APPLICANTS).withResponsible(carrier)
                    .withKind(CommitmentKind.DESIGN).withDescription("Plan d'action : " + text(2)).build());
        }
        int realisations = 1 + random.nextInt(2);
        for (int i = 0; i < realisations; i++) {
            Actor doer = applicants.get(random.nextInt(applicants.size()));
            builder.addCommitment(Commitment.builder().withId("a" + i).withSide(Side.APPLICANTS).withResponsible(doer)
                    .withKind(CommitmentKind.REALISATION).withDescription("Travaux : " + text(2))
                    .withQuantity(Quantity.of(BigDecimal.valueOf(1 + random.nextInt(30_000), random.nextInt(3)),
                            random.nextBoolean() ? QuantityUnit.HOURS : QuantityUnit.SQUARE_METRES))
                    .build());
        }
        var care = Commitment.builder().withId("care").withSide(Side.APPLICANTS).withResponsible(carrier)
                .withKind(CommitmentKind.STEWARDSHIP).withDescription("Entretien : " + text(2));
        if (random.nextBoolean()) {
            care.withDueDate(end);
        }
        builder.addCommitment(care.build());
        return builder.build();
    }

    /** Records how a commitment fared: fulfilled mostly, sometimes breached, waived, partly fulfilled or still under way. */
    private Initiative outcome(Initiative initiative, Commitment commitment, LocalDate day) {
        int roll = random.nextInt(12);
        if (roll < 7) {
            return initiative.recordCommitmentStatus(commitment.id(), CommitmentStatus.FULFILLED, day, "Tenu");
        }
        if (roll == 7) {
            return initiative.recordCommitmentStatus(commitment.id(), CommitmentStatus.BREACHED, day, "Non tenu");
        }
        if (roll == 8) {
            return initiative.recordCommitmentStatus(commitment.id(), CommitmentStatus.WAIVED, day, "Levé d'un commun accord");
        }
        Initiative started = initiative.recordCommitmentStatus(commitment.id(), CommitmentStatus.IN_PROGRESS, day, "En cours");
        if (roll == 9) {
            return started.recordCommitmentStatus(commitment.id(), CommitmentStatus.PARTIALLY_FULFILLED, day,
                    "Tenu en partie, le reste abandonné d'un commun accord");
        }
        return started;
    }

    private Instant later(Instant t) {
        return t.plus(Duration.ofDays(1 + random.nextInt(20))).plus(Duration.ofMinutes(random.nextInt(600)));
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
