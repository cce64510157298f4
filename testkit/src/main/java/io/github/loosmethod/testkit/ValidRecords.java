package io.github.loosmethod.testkit;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.AgeBand;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
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
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.ResidentsVote;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.VoteResult;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.Rule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid records with the variety of real ones (<em>dossiers valides</em>):
 * initiatives of the four kinds, each driven through its own {@link Lifecycle} to any of its
 * statuses with the public operations only, and evaluations of them or of programmes — for host
 * systems' tests as for this library's.
 *
 * <h2>How an initiative is made</h2>
 * A kind is drawn (a fifty-fifty more often than the others), then a status of its lifecycle; a
 * route of steps from {@code DRAFT} to that status is drawn backwards from the lifecycle's table
 * ({@link Lifecycle#steps()}), and each step is taken with the operation of {@link Initiative} it
 * names, by the party the step names. What a step needs is read from the lifecycle too: a
 * decision (a step made by the {@link Lifecycle.Party#DECIDER}) is taken by the residents' own
 * body with their vote where the kind's rules include M7, by a deliberation of the council with
 * its reference where they include M6, and otherwise by an elected official or the council (R3);
 * a convention is drafted in the statuses of {@link Lifecycle#conventionStatuses()} and signed
 * until both sides have signed; a sending back for rework ({@link Transition#REQUEST_REWORK}) and a
 * suspension after a breach, remedied and resumed, happen on the way where the lifecycle has them.
 *
 * <h2>What varies</h2>
 * Towns in several time zones; applicants of every kind the method admits — residents, groups,
 * associations and schools for a fifty-fifty, a citizen company, association or group for a
 * citizen-led initiative, the municipality or one of its services for a municipal project or a
 * policy — with companies, public partners and research bodies beside them, and minors, with or
 * without their age band, whose school or association answers for them and co-applies; decisions
 * by officials, by the council with its vote (for, against, abstentions that give the outcome,
 * M8), deliberation number and object, or by the residents' body with a vote of its members
 * (M7); requests sent back for rework; policies adopted by the council (M6), some with a review
 * date after their adoption, some revised (a new version that {@link Initiative#revises()} the
 * one it supersedes), some repealed; initiatives abandoned by the town; the domains of the
 * transition; participation activities of every form and category of participants, with or
 * without counts, outputs and references; conventions with quantities in every unit, due dates,
 * every commitment kind (the town's concessions and loans for citizen-led initiatives) and status
 * (partly fulfilled, waived, breached), a public partner co-signing for the town next to it;
 * texts in full Unicode — accents, combining marks, characters outside the Basic Multilingual
 * Plane, right-to-left scripts, no-break spaces; evaluations with every method, framework
 * catalogue and scale kind, evidence of every kind (an activity cited by its id), narrative
 * sessions with their attendees and lessons. Every code of every enum of the interchange format
 * occurs in a portfolio of a few hundred records.
 *
 * <h2>What holds</h2>
 * {@link Initiative#validate()} reports no error on any record made here, and
 * {@link Initiative#validateEvaluation(Evaluation)} no violation on its evaluations. The one
 * warning a record may carry is P2, and only on purpose: a fifty-fifty or a citizen-led
 * initiative whose convention is still to come claims co-production in its plan before anyone
 * holds the commitments (the method's own sequence: the plan is announced, the convention
 * follows). The activities recorded for a phase always reach the level the plan claims for it,
 * so no record carries P1; a municipal project or a policy never claims co-production, which
 * needs residents' commitments (R15) that such records do not hold. The same seed gives the same
 * records, in the same order. Instances are not thread-safe: one per thread.
 */
public final class ValidRecords {

    private static final List<Territory> TOWNS = List.of(
            insee(Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"))),
            insee(Territory.of("62386", "Grenay", "FR", ZoneId.of("Europe/Paris"))),
            insee(Territory.of("62510", "Liévin", "FR", ZoneId.of("Europe/Paris"))),
            insee(Territory.of("97411", "Saint-Denis", "FR", ZoneId.of("Indian/Reunion"))),
            Territory.builder().from(Territory.of("21004", "Bruxelles / Brussel", "BE", ZoneId.of("Europe/Brussels")))
                    .addIdentifier(Identifier.of("be.nis", "21004")).build());

    /** A French commune with its INSEE code as an identifier. */
    private static Territory insee(Territory commune) {
        return Territory.builder().from(commune).addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, commune.code())).build();
    }

    /** A SIREN made of a stem of 8 digits and the Luhn check digit that makes it valid. */
    static String sirenOf(String stem) {
        for (int check = 0; check <= 9; check++) {
            if (IdentifierScheme.SIREN.problem(stem + check).isEmpty()) {
                return stem + check;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + stem);
    }
    /** Texts as people write them: accents, combining marks, emoji, other scripts, no-break spaces. */
    private static final String[] WORDS = {"jardin", "partagé", "cour d'école", "Rue\u00a0des Écoles", "ruelle", "fleurie",
        "végétalisée", "cafe\u0301", "potager", "mare", "\uD83C\uDF3B", "\uD83C\uDF33 arbres", "حديقة الحي", "גינה קהילתית",
        "社区花园", "Κήπος", "Straße", "ŒUVRE", "l'été", "«\u00a0ensemble\u00a0»", "n° 12", "½ journée"};
    /** Who may carry a fifty-fifty (R1). */
    private static final ActorKind[] CARRIERS = {ActorKind.RESIDENT, ActorKind.RESIDENT_GROUP, ActorKind.ASSOCIATION,
        ActorKind.SCHOOL};
    /** The residents' own bodies that carry and decide a citizen-led initiative (M7). */
    private static final ActorKind[] OWN_BODIES = {ActorKind.CITIZEN_COMPANY, ActorKind.ASSOCIATION, ActorKind.RESIDENT_GROUP};
    /** Who may join the carriers without being residents. */
    private static final ActorKind[] PARTNERS = {ActorKind.COMPANY, ActorKind.PUBLIC_PARTNER, ActorKind.RESEARCH_BODY};
    /** The town's commitments of a fifty-fifty, as the brief lists them. */
    private static final CommitmentKind[] FIFTY_FIFTY_TOWN_KINDS = {CommitmentKind.ADVICE, CommitmentKind.TECHNICAL_SUPPORT,
        CommitmentKind.FUNDING, CommitmentKind.SUPPLIES, CommitmentKind.EQUIPMENT_LOAN};
    /** How the town supports residents who act on their own: a roof or a plot, a loan. */
    private static final CommitmentKind[] SUPPORT_OF_OWN_ACTION = {CommitmentKind.CONCESSION, CommitmentKind.LOAN};
    /** The units each kind of commitment is counted in. */
    private static final Map<CommitmentKind, QuantityUnit[]> UNITS = units();
    /** The forms of activity that practise each level of the ladder. */
    private static final Map<CoConstructionLevel, ActivityKind[]> FORMS = forms();
    private static final AgeBand[] BANDS = AgeBand.values();
    /** The reason recorded with each step that is not a decision, before a word of the record's own. */
    private static final Map<Transition, String> REASONS = reasons();
    /** The largest amount of each unit: a quarter of a million euros, two thousand hours, a roof of five hundred kWp. */
    private static final Map<QuantityUnit, Long> MOST = new EnumMap<>(Map.of(QuantityUnit.EUROS, 250_000L, QuantityUnit.HOURS, 2_000L,
            QuantityUnit.ITEMS, 400L, QuantityUnit.SQUARE_METRES, 5_000L, QuantityUnit.KILOWATTS_PEAK, 500L,
            QuantityUnit.KILOWATT_HOURS, 600_000L, QuantityUnit.METRES, 3_000L, QuantityUnit.PARTICIPANTS, 400L,
            QuantityUnit.TREES, 400L));
    /** Ten to the power of each number of decimal places a quantity may have. */
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    private final Random random;
    /** A stream of its own for sources and identifiers, so that adding them changed none of the other draws. */
    private final Random provenance;
    private final List<Territory> towns;
    private final int firstYear;
    private final int years;
    /** Records made on the way that {@link #initiative()} hands out next: the version a revision superseded. */
    private final Deque<Initiative> pending = new ArrayDeque<>();
    private int sequence;

    private ValidRecords(long seed, List<Territory> towns, int firstYear, int lastYear) {
        this.random = new Random(seed);
        this.provenance = new Random(seed * 31 + 7);
        this.towns = List.copyOf(towns);
        this.firstYear = firstYear;
        this.years = lastYear - firstYear + 1;
    }

    /**
     * Makes a generator of records of five towns in three time zones, submitted from 2015 to 2024.
     *
     * @param seed the seed: the same seed gives the same records, in the same order
     * @return the generator, never null
     */
    public static ValidRecords withSeed(long seed) {
        return new ValidRecords(seed, TOWNS, 2015, 2024);
    }

    /**
     * Makes a generator of records of given towns, submitted in a range of years.
     *
     * @param seed the seed: the same seed gives the same records, in the same order
     * @param towns the towns, at least one, not null
     * @param firstYear the first year of submission
     * @param lastYear the last year of submission, not before {@code firstYear}, before 9990
     * @return the generator, never null
     * @throws IllegalArgumentException if there is no town or the years are out of order or range
     * @throws NullPointerException if {@code towns} or a town is null
     */
    public static ValidRecords withSeed(long seed, List<Territory> towns, int firstYear, int lastYear) {
        if (towns.isEmpty()) {
            throw new IllegalArgumentException("at least one town is needed");
        }
        if (lastYear < firstYear || firstYear < 1 || lastYear >= 9990) {
            throw new IllegalArgumentException("years must be in order, from 1 to 9989: " + firstYear + ".." + lastYear);
        }
        return new ValidRecords(seed, towns, firstYear, lastYear);
    }

    /**
     * Makes an initiative: a kind, applicants and a plan drawn at random, driven through the
     * kind's lifecycle to one of its statuses drawn at random (drafts included). When a revised
     * policy is made, the version it superseded is the next initiative this method returns.
     *
     * @return a valid initiative, never null
     */
    public Initiative initiative() {
        if (!pending.isEmpty()) {
            return withProvenance(pending.removeFirst());
        }
        InitiativeKind kind = kind();
        Lifecycle lifecycle = Lifecycle.of(kind);
        List<InitiativeStatus> targets = new ArrayList<>(lifecycle.statuses());
        // The end of the full course of each kind comes twice as often: closed projects, policies in force.
        for (InitiativeStatus full : List.of(InitiativeStatus.CLOSED, InitiativeStatus.IN_FORCE)) {
            if (targets.contains(full)) {
                targets.add(full);
            }
        }
        return withProvenance(make(kind, targets.get(random.nextInt(targets.size())), true));
    }

    /**
     * Where a third of the records come from (a civic platform, a spreadsheet's line), and now and
     * then a record replacing another or withdrawn from publication.
     */
    private Initiative withProvenance(Initiative initiative) {
        int roll = provenance.nextInt(12);
        var builder = Initiative.builder().from(initiative);
        if (roll < 3) {
            String platform = "decidim." + initiative.territory().code() + ".example.org";
            builder.addSource(Source.builder().withSystem(platform).withId("proposal-" + (1000 + provenance.nextInt(9000)))
                    .withUrl("https://" + platform + "/processes/budget/f/" + (1 + provenance.nextInt(9)) + "/proposals/" + initiative.id())
                    .withRetrievedAt(initiative.history().isEmpty() ? Instant.parse("2026-11-30T09:00:00Z")
                            : initiative.history().get(0).at().plusSeconds(3600)).build());
        } else if (roll == 3) {
            builder.addSource(Source.builder().withSystem("tableur des fifty-fifty").withFile("fifty-fifty " + (2018 + provenance.nextInt(8)) + ".csv")
                    .withLine(2 + provenance.nextInt(400)).build());
            builder.addSource(Source.builder().withSystem("export JSON").withFile("initiatives.json")
                    .withPointer("/" + provenance.nextInt(300) + "/title").build());
        } else if (roll == 4) {
            builder.withReplaces(initiative.id() + "-doublon");
        } else if (roll == 5 && initiative.status().isTerminal()) {
            builder.withWithdrawnFromPublication(provenance.nextBoolean() ? "Retiré à la demande des porteurs"
                    : "Doublon d'un autre dossier, retiré de la publication");
        }
        return builder.build();
    }

    /**
     * Makes an initiative driven to a given status, of a kind drawn among those whose lifecycle
     * has that status.
     *
     * @param target the status to reach, not null
     * @return a valid initiative in that status, never null
     * @throws NullPointerException if {@code target} is null
     */
    public Initiative initiative(InitiativeStatus target) {
        Objects.requireNonNull(target, "target");
        InitiativeKind kind = kind();
        while (!Lifecycle.of(kind).statuses().contains(target)) {
            kind = kind();
        }
        return make(kind, target, false);
    }

    /**
     * Makes an initiative of a given kind driven to a given status of its lifecycle.
     *
     * @param kind the kind, not null
     * @param target the status to reach, one of {@code Lifecycle.of(kind).statuses()}, not null
     * @return a valid initiative of that kind in that status, never null
     * @throws IllegalArgumentException if the kind's lifecycle has no such status
     * @throws NullPointerException if an argument is null
     */
    public Initiative initiative(InitiativeKind kind, InitiativeStatus target) {
        Objects.requireNonNull(target, "target");
        if (!Lifecycle.of(Objects.requireNonNull(kind, "kind")).statuses().contains(target)) {
            throw new IllegalArgumentException("the lifecycle of a " + kind + " has no status " + target);
        }
        return make(kind, target, false);
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
     * Makes evaluations of a portfolio: one for about two in three initiatives that reached
     * delivery or came into force, and one programme evaluation for every ten initiatives.
     *
     * @param initiatives the portfolio, not null
     * @return the evaluations, never null
     * @throws NullPointerException if {@code initiatives} is null
     */
    public List<Evaluation> evaluations(List<Initiative> initiatives) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Initiative initiative : initiatives) {
            if (evaluable(initiative) && random.nextInt(3) > 0) {
                evaluations.add(evaluation(initiative));
            }
        }
        for (int i = 0; i < initiatives.size() / 10; i++) {
            evaluations.add(programmeEvaluation());
        }
        return evaluations;
    }

    private static boolean evaluable(Initiative initiative) {
        return initiative.hasReached(InitiativeStatus.DELIVERED) || initiative.hasReached(InitiativeStatus.IN_FORCE);
    }

    /**
     * Makes an evaluation of an initiative that reached delivery or came into force: a method, a
     * framework and scores drawn at random, dated after the initiative began, with evidence that
     * may cite its participation activities.
     *
     * @param subject the initiative evaluated, not null, delivered or in force at least once
     * @return an evaluation that {@code subject.validateEvaluation(..)} accepts, never null
     * @throws IllegalArgumentException if the initiative was never delivered nor in force
     * @throws NullPointerException if {@code subject} is null
     */
    public Evaluation evaluation(Initiative subject) {
        Objects.requireNonNull(subject, "subject");
        if (!evaluable(subject)) {
            throw new IllegalArgumentException("an evaluation generated here is of an initiative delivered or in force: "
                    + subject.id());
        }
        LocalDate began = subject.history().get(0).at().atZone(subject.territory().zone()).toLocalDate();
        EvaluationSubject about = EvaluationSubject.of(SubjectKind.INITIATIVE, subject.id(), subject.territory(), began);
        return evaluation("eval-" + subject.id(), about, began, subject.involvementPlan(), subject.applicants().get(0),
                subject.activities());
    }

    /**
     * Makes an evaluation of a programme (a town's strategy, a year of fifty-fifties), with its
     * useful effects and negative externalities (R16).
     *
     * @return a valid evaluation, never null
     */
    public Evaluation programmeEvaluation() {
        int n = ++sequence;
        Territory territory = towns.get(random.nextInt(towns.size()));
        LocalDate began = LocalDate.of(Math.max(1, firstYear - 5 + random.nextInt(10)), 1 + random.nextInt(12), 1);
        EvaluationSubject about = EvaluationSubject.of(SubjectKind.PROGRAMME, "programme-" + territory.code() + "-" + n, territory,
                began);
        Actor evaluator = Actor.of("labo-" + n, "Laboratoire d'évaluation " + n, ActorKind.RESEARCH_BODY);
        return evaluation("eval-programme-" + n, about, began, InvolvementPlan.empty(), evaluator, List.of());
    }

    // ---------------------------------------------------------------- initiatives

    /** A fifty-fifty half the time, a policy one time in five, a municipal project or a citizen-led initiative one in seven. */
    private InitiativeKind kind() {
        int roll = random.nextInt(20);
        if (roll < 10) {
            return InitiativeKind.FIFTY_FIFTY;
        }
        return roll < 13 ? InitiativeKind.MUNICIPAL_PROJECT : roll < 16 ? InitiativeKind.CITIZEN_LED
                : InitiativeKind.CO_CONSTRUCTED_POLICY;
    }

    private Initiative make(InitiativeKind kind, InitiativeStatus target, boolean keepEarlierVersion) {
        int n = ++sequence;
        Territory territory = towns.get(random.nextInt(towns.size()));
        Lifecycle lifecycle = Lifecycle.of(kind);
        Cast cast = cast(lifecycle, territory, n);
        Instant start = LocalDate.of(firstYear + random.nextInt(years), 1, 10).plusDays(random.nextInt(300))
                .atTime(10, random.nextInt(60)).atZone(territory.zone()).toInstant();
        var draft = Initiative.builder().withId(territory.code() + "-" + n).withTerritory(territory)
                .withTitle(text(2 + random.nextInt(4)) + " " + n)
                .withPurpose(Purpose.of("Améliore le cadre de vie : " + text(3), "Pour tous les habitants — " + text(2)))
                .withKind(kind).withApplicants(cast.applicants()).withInvolvementPlan(plan(lifecycle)).addTheme(text(1))
                .addTheme(random.nextBoolean() ? "greening" : "street");
        int domains = random.nextInt(4);
        for (int i = 0; i < domains; i++) {
            draft.addDomain(TransitionDomain.values()[random.nextInt(TransitionDomain.values().length)]);
        }
        boolean policy = kind == InitiativeKind.CO_CONSTRUCTED_POLICY;
        if (policy && random.nextBoolean()) {
            // Reviewed some years after its adoption, which comes within weeks of the start (M9).
            draft.withReviewDate(day(start, territory.zone()).plusYears(3 + random.nextInt(4)));
        }
        Walk walk = new Walk(draft.build(), cast, start);
        // Days left for a revision to be adopted within the years of the generator, its steps taking weeks at most.
        long room = ChronoUnit.DAYS.between(day(start, territory.zone()), LocalDate.of(firstYear + years - 1, 12, 31)) - 60;
        boolean revised = policy && (target == InitiativeStatus.IN_FORCE || target == InitiativeStatus.REPEALED)
                && room > 120 && random.nextInt(3) == 0;
        if (!revised) {
            return walk.to(target);
        }
        // A first version adopted, then revised: the revision is adopted and supersedes it.
        Initiative first = walk.to(InitiativeStatus.IN_FORCE);
        var revision = Initiative.builder().from(first.draftRevision(first.id() + "-v2"));
        Instant revisedFrom = walk.time.plus(Duration.ofDays(60 + random.nextInt((int) Math.min(room - 60, 900))));
        if (random.nextBoolean()) {
            revision.withReviewDate(day(revisedFrom, territory.zone()).plusYears(4));
        }
        Walk second = new Walk(revision.build(), cast, revisedFrom);
        Initiative current = second.to(target);
        if (keepEarlierVersion) {
            Instant adopted = current.history().get(0).at();
            pending.addLast(first.supersede(cast.official(), adopted, "Remplacée par la version révisée " + current.id()));
        }
        return current;
    }

    /**
     * The actors of one initiative: its applicants, the one who carries it, and the town's.
     *
     * @param applicants the applicants, the carrier first
     * @param carrier who carries the initiative, submits and decides for residents where they decide
     * @param town the municipality, the town's party to a convention
     * @param services the municipal services
     * @param official the elected official in charge
     * @param council the municipal council
     * @param partner a public body that may co-sign for the town
     */
    private record Cast(List<Actor> applicants, Actor carrier, Actor town, Actor services, Actor official, Actor council,
            Actor partner) {

        /** The applicants who are not the town: those who may hold and sign for the applicants' side. */
        List<Actor> residentsSide() {
            List<Actor> doers = new ArrayList<>();
            for (Actor applicant : applicants) {
                if (!applicant.actsForTown()) {
                    doers.add(applicant);
                }
            }
            return doers;
        }

        boolean hasMinors() {
            return applicants.stream().anyMatch(Actor::minor);
        }
    }

    private Cast cast(Lifecycle lifecycle, Territory territory, int n) {
        String code = territory.code();
        Actor town = Actor.builder().from(Actor.of("commune-" + code, "Commune de " + territory.name(), ActorKind.MUNICIPALITY))
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, sirenOf("21" + code.replaceAll("\\D", "0") + "0"))).build();
        Actor services = Actor.of("services-" + code, "Services techniques", ActorKind.MUNICIPAL_SERVICE);
        Actor official = Actor.of("elu-" + code, "Adjoint·e au cadre de vie — " + territory.name(), ActorKind.ELECTED_OFFICIAL);
        Actor council = Actor.of("conseil-" + code, "Conseil municipal de " + territory.name(), ActorKind.ELECTED_BODY);
        Actor partner = Actor.of("partenaire-public-" + code, "Agglomération de " + territory.name(), ActorKind.PUBLIC_PARTNER);
        Set<Rule> rules = lifecycle.rules();
        boolean townCarries = !rules.contains(Rule.R1) && !rules.contains(Rule.M7);
        Actor carrier;
        if (townCarries) {
            carrier = random.nextBoolean() ? town : services;
        } else {
            ActorKind[] kinds = rules.contains(Rule.R1) ? CARRIERS : OWN_BODIES;
            ActorKind kind = kinds[random.nextInt(kinds.length)];
            carrier = Actor.of("porteur-" + n, carrierName(kind, n), kind);
            if (kind == ActorKind.ASSOCIATION && provenance.nextBoolean()) {
                carrier = Actor.builder().from(carrier).addIdentifier(Identifier.of(IdentifierScheme.RNA,
                        String.format("W%09d", 620000000 + provenance.nextInt(9_999_999)))).addIdentifier(Identifier.of("decidim.user",
                        String.valueOf(1 + provenance.nextInt(99999)))).addSource(Source.of("répertoire des associations", carrier.id()))
                        .build();
            }
        }
        List<Actor> applicants = new ArrayList<>();
        applicants.add(carrier);
        int roll = random.nextInt(6);
        if (roll == 0) {
            // Minors apply with their school or association, which answers for them and co-applies (R14).
            boolean answers = carrier.kind() == ActorKind.SCHOOL || carrier.kind() == ActorKind.ASSOCIATION;
            Actor responsible = answers ? carrier : Actor.of("ecole-" + n, "École " + text(1) + " " + n, ActorKind.SCHOOL);
            if (!answers) {
                applicants.add(responsible);
            }
            var minor = Actor.builder().from(Actor.minor("jeunes-" + n, "Classe de CM2 (" + (18 + random.nextInt(10)) + " élèves)",
                    random.nextInt(4) == 0 ? ActorKind.RESIDENT : ActorKind.RESIDENT_GROUP, responsible.id()));
            int band = random.nextInt(BANDS.length + 1);
            if (band < BANDS.length) {
                minor.withAgeBand(BANDS[band]);
            }
            applicants.add(minor.build());
        } else if (roll == 1 || roll == 2 && townCarries) {
            applicants.add(townCarries ? Actor.of("conseil-citoyen-" + n, "Conseil citoyen " + text(1), ActorKind.ASSOCIATION)
                    : Actor.of("voisin-" + n, "Voisin·e " + text(1), ActorKind.RESIDENT));
        }
        if (random.nextInt(townCarries ? 2 : 5) == 0) {
            ActorKind kind = PARTNERS[random.nextInt(PARTNERS.length)];
            applicants.add(Actor.of("partenaire-" + n, "Partenaire " + text(1), kind));
        }
        return new Cast(applicants, carrier, town, services, official, council, partner);
    }

    private String carrierName(ActorKind kind, int n) {
        switch (kind) {
            case RESIDENT:
                return "Habitant·e n° " + n;
            case RESIDENT_GROUP:
                return "Collectif " + text(1) + " " + n;
            case ASSOCIATION:
                return "Association « " + text(2) + " » " + n;
            case CITIZEN_COMPANY:
                return "SAS citoyenne « " + text(1) + " » " + n;
            default:
                return "École " + text(1) + " " + n;
        }
    }

    /**
     * The involvement plan: where residents bind themselves by a convention (a fifty-fifty, a
     * citizen-led initiative) the works and the upkeep are co-produced, and led by the residents
     * where they decide; where the town carries the initiative it involves them up to
     * co-construction.
     */
    private InvolvementPlan plan(Lifecycle lifecycle) {
        CoConstructionLevel[] levels = CoConstructionLevel.values();
        boolean binding = lifecycle.allows(Transition.SIGN, InitiativeStatus.ACCEPTED, InitiativeStatus.AGREED);
        boolean residentsDecide = lifecycle.rules().contains(Rule.M7);
        InvolvementPlan plan = InvolvementPlan.empty();
        if (!binding) {
            for (ProjectPhase phase : ProjectPhase.values()) {
                if (phase == ProjectPhase.DECISION || random.nextInt(3) > 0) {
                    plan = plan.with(phase, levels[random.nextInt(CoConstructionLevel.CO_CONSTRUCTION.ordinal() + 1)]);
                }
            }
            return plan;
        }
        CoConstructionLevel top = residentsDecide ? CoConstructionLevel.CITIZEN_LED : CoConstructionLevel.CO_PRODUCTION;
        plan = plan.with(ProjectPhase.DECISION, residentsDecide ? top : levels[random.nextInt(4)])
                .with(ProjectPhase.IMPLEMENTATION, random.nextBoolean() ? top
                        : residentsDecide ? CoConstructionLevel.CO_PRODUCTION : CoConstructionLevel.CO_CONSTRUCTION)
                .with(ProjectPhase.STEWARDSHIP, random.nextBoolean() ? top : CoConstructionLevel.CO_PRODUCTION);
        if (random.nextBoolean()) {
            plan = plan.with(ProjectPhase.DIAGNOSIS, levels[random.nextInt(4)]);
        }
        if (random.nextInt(3) == 0) {
            plan = plan.with(ProjectPhase.DESIGN, levels[random.nextInt(residentsDecide ? 6 : 5)]);
        }
        if (random.nextInt(4) == 0) {
            plan = plan.with(ProjectPhase.EVALUATION, levels[random.nextInt(4)]);
        }
        return plan;
    }

    /** One initiative on its way through its lifecycle: the record so far and the time of its last event. */
    private final class Walk {
        private final Cast cast;
        private final Lifecycle lifecycle;
        private final ZoneId zone;
        private Initiative initiative;
        private Instant time;

        Walk(Initiative draft, Cast cast, Instant start) {
            this.initiative = draft;
            this.cast = cast;
            this.lifecycle = draft.lifecycle();
            this.zone = draft.territory().zone();
            this.time = start;
        }

        /** Drives the initiative from its draft to a status along a route drawn from the lifecycle. */
        Initiative to(InitiativeStatus target) {
            // Diagnosis and design come before anything is handed in or decided.
            activities(ProjectPhase.DIAGNOSIS, day(time).minusDays(40 + random.nextInt(60)));
            activities(ProjectPhase.DESIGN, day(time).minusDays(1 + random.nextInt(30)));
            List<Lifecycle.Step> route = route(target);
            for (int k = 0; k < route.size(); k++) {
                take(route.get(k));
                boolean last = k == route.size() - 1;
                arrived(last ? null : route.get(k + 1));
            }
            finish();
            return initiative;
        }

        /**
         * A route from {@code DRAFT} to a status, drawn backwards: a step into the status, then a
         * step into where that one starts, and so on. A resumption is never on the route (a
         * suspension on the way is a detour, see {@link #arrived}); a step back, such as a request
         * for rework, only as the last step.
         */
        private List<Lifecycle.Step> route(InitiativeStatus target) {
            Deque<Lifecycle.Step> route = new ArrayDeque<>();
            InitiativeStatus at = target;
            while (at != InitiativeStatus.DRAFT) {
                List<Lifecycle.Step> into = new ArrayList<>();
                for (Lifecycle.Step step : lifecycle.steps()) {
                    boolean back = step.transition() == Transition.REQUEST_REWORK;
                    if (step.to() == at && step.from() != at && step.transition() != Transition.RESUME && (!back || route.isEmpty())) {
                        into.add(step);
                    }
                }
                Lifecycle.Step chosen = into.get(random.nextInt(into.size()));
                route.addFirst(chosen);
                at = chosen.from();
            }
            return new ArrayList<>(route);
        }

        /** Takes one step, with what it needs first. */
        private void take(Lifecycle.Step step) {
            Transition transition = step.transition();
            if (step.party() == Lifecycle.Party.DECIDER) {
                if (transition != Transition.REQUEST_REWORK && random.nextInt(4) == 0) {
                    reworkFirst(transition);
                }
                activities(ProjectPhase.DECISION, day(time).plusDays(random.nextInt(3)));
                decide(transition);
            } else if (transition == Transition.SIGN) {
                agree(true);
            } else {
                before(transition);
                Instant at = later(time);
                if (transition == Transition.CLOSE) {
                    // Closed once the convention has ended (R12).
                    Instant end = initiative.convention().map(c -> c.endDate().plusDays(2).atTime(9, 0).atZone(zone).toInstant())
                            .orElse(at);
                    at = end.isAfter(at) ? end : at;
                }
                move(transition, by(step.party()), at);
            }
        }

        /** Sends the request back once, if the lifecycle allows it here, and brings it back to where the decision is taken. */
        private void reworkFirst(Transition decision) {
            if (lifecycle.steps(Transition.REQUEST_REWORK).stream().noneMatch(s -> s.from() == initiative.status())) {
                return;
            }
            decide(Transition.REQUEST_REWORK);
            for (Lifecycle.Step back : lifecycle.pathTo(initiative.status(), decision)) {
                take(back);
            }
        }

        /** What precedes a step: the commitments' outcomes before delivery, a breach before a suspension, settling before closing. */
        private void before(Transition transition) {
            switch (transition) {
                case DELIVER:
                    outcomes();
                    break;
                case SUSPEND:
                    if (!breached()) {
                        initiative.convention().orElseThrow().commitments().stream().filter(c -> c.status().isOpen()).findFirst()
                                .ifPresent(c -> record(c, CommitmentStatus.BREACHED, day(time), "Non tenu"));
                    }
                    break;
                case CLOSE:
                    activities(ProjectPhase.EVALUATION, day(time).plusDays(random.nextInt(10)));
                    settle();
                    break;
                case REPEAL:
                case SUPERSEDE:
                    activities(ProjectPhase.EVALUATION, day(time).plusDays(random.nextInt(10)));
                    break;
                default:
                    break;
            }
        }

        /** What follows arriving in a status: activities of the phase begun, an agreement with partners, a suspension remedied. */
        private void arrived(Lifecycle.Step next) {
            Transition last = initiative.history().get(initiative.history().size() - 1).transition();
            if (last == Transition.START_WORK) {
                activities(ProjectPhase.IMPLEMENTATION, day(time).plusDays(random.nextInt(15)));
            }
            if (last == Transition.START_STEWARDSHIP
                    || last == Transition.DELIVER && lifecycle.steps(Transition.START_STEWARDSHIP).isEmpty()) {
                activities(ProjectPhase.STEWARDSHIP, day(time).plusDays(random.nextInt(30)));
            }
            InitiativeStatus status = initiative.status();
            boolean agreementKeepsStatus = lifecycle.allows(Transition.SIGN, status, status)
                    && lifecycle.steps(Transition.SIGN).stream().allMatch(s -> s.to() == s.from());
            if (agreementKeepsStatus && lifecycle.conventionStatuses().contains(status) && initiative.convention().isEmpty()
                    && !cast.residentsSide().isEmpty() && random.nextInt(3) > 0) {
                // An agreement with partners, signed without changing the status.
                agree(true);
            }
            boolean suspendable = lifecycle.allows(Transition.SUSPEND, status, InitiativeStatus.SUSPENDED);
            if (suspendable && next != null && next.transition() != Transition.SUSPEND && random.nextInt(6) == 0) {
                // A breach, a suspension, the breach remedied, and the initiative taken up again.
                before(Transition.SUSPEND);
                move(Transition.SUSPEND, by(Lifecycle.Party.TOWN), later(time));
                for (Commitment c : initiative.convention().orElseThrow().commitments()) {
                    if (c.status() == CommitmentStatus.BREACHED) {
                        record(c, random.nextInt(4) == 0 ? CommitmentStatus.WAIVED : CommitmentStatus.IN_PROGRESS, day(time),
                                "Remis en route");
                    }
                }
                move(Transition.RESUME, by(Lifecycle.Party.TOWN), later(time));
            }
        }

        /** What ends the walk where it stopped: the outcomes of works under way, a convention still being drafted. */
        private void finish() {
            InitiativeStatus status = initiative.status();
            if (status == InitiativeStatus.IN_PROGRESS) {
                outcomes();
            }
            if (lifecycle.conventionStatuses().contains(status) && initiative.convention().isEmpty()
                    && lifecycle.allows(Transition.SIGN, status, InitiativeStatus.AGREED) && random.nextInt(3) == 0) {
                // Accepted, the convention drafted, perhaps signed by the applicants, the town's signature to come.
                initiative = initiative.draftConvention(convention());
                if (random.nextBoolean()) {
                    agree(false);
                }
            }
        }

        private void decide(Transition transition) {
            Instant at = later(time);
            DecisionOutcome outcome = null;
            for (DecisionOutcome candidate : DecisionOutcome.values()) {
                if (candidate.transition() == transition) {
                    outcome = candidate;
                }
            }
            Decision decision = decision(Objects.requireNonNull(outcome, "no outcome leads to " + transition), at);
            switch (transition) {
                case ACCEPT:
                    initiative = initiative.accept(decision);
                    break;
                case REJECT:
                    initiative = initiative.reject(decision);
                    break;
                case REQUEST_REWORK:
                    initiative = initiative.requestRework(decision);
                    break;
                case ADOPT:
                    initiative = initiative.adopt(decision);
                    break;
                case REPEAL:
                    initiative = initiative.repeal(decision);
                    break;
                default:
                    throw new IllegalStateException("no decision leads to " + transition);
            }
            time = at;
        }

        /**
         * A decision as the kind's rules want it: by the residents' body with their vote (M7), by a
         * deliberation of the council with its reference (M6), or by an elected official or the
         * council (R3), a council's vote always giving the outcome (M8).
         */
        private Decision decision(DecisionOutcome outcome, Instant at) {
            Set<Rule> rules = lifecycle.rules();
            int year = at.atZone(zone).getYear();
            var decision = Decision.builder().withDecidedAt(at).withOutcome(outcome).addAllReasons(reasons(outcome));
            if (rules.contains(Rule.M7)) {
                decision.withDecidedBy(cast.carrier()).withResidentsVote(residentsVote(outcome, cast.carrier()));
                if (random.nextBoolean()) {
                    decision.withReference("AG " + year + "-" + (1 + random.nextInt(4)));
                }
                if (random.nextBoolean()) {
                    decision.withObject("Assemblée générale : " + text(2));
                }
                return decision.build();
            }
            boolean deliberation = rules.contains(Rule.M6) && (outcome == DecisionOutcome.ADOPTED || outcome == DecisionOutcome.REPEALED)
                    || random.nextInt(3) == 0;
            if (deliberation) {
                decision.withDecidedBy(cast.council()).withReference(String.format(Locale.ROOT, "DCM %d-%03d", year, 1 + random.nextInt(180)))
                        .withObject("Délibération : " + text(3));
                if (random.nextInt(5) > 0) {
                    decision.withCouncilVote(councilVote(outcome != DecisionOutcome.REJECTED));
                }
            } else {
                decision.withDecidedBy(cast.official());
                if (random.nextInt(3) == 0) {
                    decision.withReference(String.format(Locale.ROOT, "Arrêté n° %d-%02d", year, 1 + random.nextInt(99)));
                }
            }
            return decision.build();
        }

        private List<String> reasons(DecisionOutcome outcome) {
            switch (outcome) {
                case REJECTED:
                    return List.of("Pas d'intérêt général établi", text(2));
                case REWORK_REQUESTED:
                    return List.of("Préciser le budget", "Qui arrosera l'été ?");
                case ADOPTED:
                    return List.of("Fruit de la co-construction : " + text(2));
                case REPEALED:
                    return List.of("Objectifs atteints", text(1));
                default:
                    return random.nextBoolean() ? List.of("Soutenue", text(2)) : List.of("Soutenue");
            }
        }

        /** Draws a convention, signs it in an order that keeps every rule, and stops once both sides signed, or at the applicants' if partial. */
        private void agree(boolean bothSides) {
            if (initiative.convention().isEmpty()) {
                initiative = initiative.draftConvention(convention());
            }
            Convention convention = initiative.convention().orElseThrow();
            LocalDate on = convention.startDate();
            Instant at = on.atTime(18, 0).atZone(zone).toInstant();
            at = at.isBefore(time) ? time : at;
            List<Signature> order = new ArrayList<>();
            Actor townSigner = random.nextBoolean() ? cast.official() : cast.town();
            List<Actor> applicants = new ArrayList<>(cast.residentsSide());
            // A responsible signs before the minor, as a clerk would have it (R14).
            applicants.sort((a, b) -> Boolean.compare(a.minor(), b.minor()));
            if (bothSides && random.nextInt(4) == 0) {
                // A public partner co-signs for the town, next to its signer and after it (M4).
                order.add(Signature.of(Side.TOWN, townSigner, on));
                order.add(Signature.of(Side.TOWN, cast.partner(), on));
                applicants.forEach(a -> order.add(Signature.of(Side.APPLICANTS, a, on)));
            } else {
                applicants.forEach(a -> order.add(Signature.of(Side.APPLICANTS, a, on)));
                if (bothSides) {
                    order.add(Signature.of(Side.TOWN, townSigner, on));
                }
            }
            for (Signature signature : order) {
                if (initiative.convention().orElseThrow().isSignedByBothSides()) {
                    break;
                }
                initiative = initiative.sign(signature, at, "Signé par " + signature.signer().name());
            }
            time = at;
        }

        /** Moves the initiative by a step that is not a decision nor a signature. */
        private void move(Transition transition, Actor by, Instant at) {
            String reason = REASONS.getOrDefault(transition, "Étape") + " : " + text(1);
            switch (transition) {
                case SUBMIT:
                    initiative = initiative.submit(by, at, reason);
                    break;
                case START_ASSESSMENT:
                    initiative = initiative.startAssessment(by, at, reason);
                    break;
                case START_WORK:
                    initiative = initiative.startWork(by, at, reason);
                    break;
                case DELIVER:
                    initiative = initiative.deliver(by, at, reason);
                    break;
                case START_STEWARDSHIP:
                    initiative = initiative.startStewardship(by, at, reason);
                    break;
                case CLOSE:
                    initiative = initiative.close(by, at, reason);
                    break;
                case SUSPEND:
                    initiative = initiative.suspend(by, at, reason);
                    break;
                case RESUME:
                    initiative = initiative.resume(by, at, reason);
                    break;
                case TERMINATE:
                    initiative = initiative.terminate(by, at, reason);
                    break;
                case WITHDRAW:
                    initiative = initiative.withdraw(by, at, reason);
                    break;
                case ABANDON:
                    initiative = initiative.abandon(by, at, reason);
                    break;
                case SUPERSEDE:
                    initiative = initiative.supersede(by, at, "Remplacée par la version révisée " + initiative.id() + "-v2");
                    break;
                default:
                    throw new IllegalStateException("not a move: " + transition);
            }
            time = at;
        }

        /** Who makes a step, as its party says (L2). */
        private Actor by(Lifecycle.Party party) {
            switch (party) {
                case APPLICANTS:
                    return cast.carrier();
                case TOWN:
                    return random.nextInt(3) == 0 ? cast.services() : cast.official();
                case APPLICANTS_OR_TOWN:
                    return random.nextInt(4) == 0 ? cast.services() : cast.carrier();
                default:
                    throw new IllegalStateException("not a party of a move: " + party);
            }
        }

        private boolean bound() {
            return initiative.convention().map(Convention::isSignedByBothSides).orElse(false);
        }

        private boolean breached() {
            return initiative.convention().map(c -> c.commitments().stream().anyMatch(k -> k.status() == CommitmentStatus.BREACHED))
                    .orElse(false);
        }

        private void record(Commitment commitment, CommitmentStatus status, LocalDate on, String reason) {
            initiative = initiative.recordCommitmentStatus(commitment.id(), status, on, reason);
        }

        /** Records how the works went: each commitment but stewardship fulfilled mostly, sometimes not. */
        private void outcomes() {
            if (!bound()) {
                return;
            }
            LocalDate today = day(time);
            for (Commitment c : initiative.convention().orElseThrow().commitments()) {
                if (c.kind() == CommitmentKind.STEWARDSHIP) {
                    continue;
                }
                if (c.status() == CommitmentStatus.IN_PROGRESS) {
                    record(c, CommitmentStatus.FULFILLED, today, "Tenu après reprise");
                } else if (c.status() == CommitmentStatus.PLANNED) {
                    outcome(c, today);
                }
            }
        }

        /** Records how a commitment fared: fulfilled mostly, sometimes breached, waived, partly fulfilled or still under way. */
        private void outcome(Commitment commitment, LocalDate today) {
            int roll = random.nextInt(12);
            if (roll < 7) {
                record(commitment, CommitmentStatus.FULFILLED, today, "Tenu");
            } else if (roll == 7) {
                record(commitment, CommitmentStatus.BREACHED, today, "Non tenu");
            } else if (roll == 8) {
                record(commitment, CommitmentStatus.WAIVED, today, "Levé d'un commun accord");
            } else {
                record(commitment, CommitmentStatus.IN_PROGRESS, today, "En cours");
                if (roll == 9) {
                    record(initiative.convention().orElseThrow().commitment(commitment.id()).orElseThrow(),
                            CommitmentStatus.PARTIALLY_FULFILLED, today, "Tenu en partie, le reste abandonné d'un commun accord");
                }
            }
        }

        /** Settles what is still open when the convention ends, stewardship included, no earlier than its end (R12, M5). */
        private void settle() {
            if (!bound()) {
                return;
            }
            LocalDate end = initiative.convention().orElseThrow().endDate();
            for (Commitment c : initiative.convention().orElseThrow().commitments()) {
                if (c.status().isOpen()) {
                    List<StatusChange> changes = c.history();
                    LocalDate last = changes.isEmpty() ? end : changes.get(changes.size() - 1).on();
                    record(c, CommitmentStatus.FULFILLED, last.isAfter(end) ? last : end, "Soldé à l'échéance");
                }
            }
        }

        /**
         * Records the participation activities of a phase, most of the time: the first at the
         * level the plan claims for the phase, so that the practice meets the plan (no P1).
         */
        private void activities(ProjectPhase phase, LocalDate around) {
            Optional<CoConstructionLevel> planned = initiative.involvementPlan().levelFor(phase);
            if (planned.isEmpty() ? random.nextInt(4) > 0 : random.nextInt(5) < 2) {
                return;
            }
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                CoConstructionLevel level = k == 0 && planned.isPresent() ? planned.get()
                        : CoConstructionLevel.values()[random.nextInt(CoConstructionLevel.values().length)];
                initiative = initiative.recordActivity(activity(phase, level, around.plusDays(k * (1 + random.nextInt(7)))));
            }
        }

        private ParticipationActivity activity(ProjectPhase phase, CoConstructionLevel level, LocalDate on) {
            int number = initiative.activities().size() + 1;
            ActivityKind[] forms = FORMS.get(level);
            ActivityKind kind = phase == ProjectPhase.EVALUATION && random.nextBoolean() ? ActivityKind.NARRATIVE_SESSION
                    : forms[random.nextInt(forms.length)];
            var activity = ParticipationActivity.builder().withId("act-" + number).withKind(kind)
                    .withTitle(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " — "
                            + text(2))
                    .withHeldOn(on).withPhase(phase).withLevel(level);
            if (random.nextInt(4) > 0) {
                activity.withParticipants(3 + random.nextInt(250));
            }
            ParticipantCategory[] categories = ParticipantCategory.values();
            int drawn = random.nextInt(4);
            for (int i = 0; i < drawn; i++) {
                activity.addParticipantCategory(categories[random.nextInt(categories.length)]);
            }
            if (cast.hasMinors() && random.nextBoolean()) {
                activity.addParticipantCategory(ParticipantCategory.MINORS);
            }
            int outputs = random.nextInt(3);
            for (int i = 0; i < outputs; i++) {
                activity.addOutput(text(3));
            }
            if (random.nextBoolean()) {
                activity.addReference(random.nextBoolean() ? "compte-rendu-act-" + number + ".pdf"
                        : "https://jeparticipe.example.org/" + initiative.id() + "/" + number);
            }
            return activity.build();
        }

        /**
         * A convention as the kind's rules want it: the town's commitments (R6; its concessions and
         * loans where residents act on their own), and the applicants' for every phase the plan
         * claims at co-production or above (R15), realisation and stewardship where R7 asks for
         * them, held by applicants who are not the town (R8, M2).
         */
        private Convention convention() {
            Set<Rule> rules = lifecycle.rules();
            int n = sequence;
            LocalDate start = day(time).plusDays(1);
            LocalDate end = start.plusDays(200 + random.nextInt(400));
            Actor town = cast.town();
            var builder = Convention.builder().withReference((rules.contains(Rule.R1) ? "FF-" : "CONV-") + initiative.id())
                    .withTown(town).withStartDate(start).withEndDate(end);
            boolean residentsDecide = rules.contains(Rule.M7);
            int townCount = 1 + random.nextInt(3);
            for (int i = 0; i < townCount; i++) {
                CommitmentKind kind = i == 0 && residentsDecide ? SUPPORT_OF_OWN_ACTION[random.nextInt(SUPPORT_OF_OWN_ACTION.length)]
                        : townKind(rules);
                var commitment = Commitment.builder().withId("t" + i).withSide(Side.TOWN).withResponsible(i % 2 == 0 ? town : cast.services())
                        .withKind(kind).withDescription(text(2) + " — " + kind.name().toLowerCase(Locale.ROOT));
                if (random.nextBoolean() || kind == CommitmentKind.LOAN) {
                    commitment.withQuantity(quantity(kind));
                }
                if (random.nextBoolean()) {
                    commitment.withDueDate(start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, end))));
                }
                builder.addCommitment(commitment.build());
            }
            List<Actor> doers = cast.residentsSide();
            Actor first = doers.get(0);
            Set<ProjectPhase> owed = EnumSet.noneOf(ProjectPhase.class);
            initiative.involvementPlan().levels().forEach((phase, level) -> {
                if (level.isAtLeast(CoConstructionLevel.CO_PRODUCTION)) {
                    owed.add(phase);
                }
            });
            if (rules.contains(Rule.R7)) {
                owed.add(ProjectPhase.IMPLEMENTATION);
                owed.add(ProjectPhase.STEWARDSHIP);
            }
            if (owed.isEmpty() && random.nextInt(3) > 0) {
                // Partners of an agreement the town carries commit to part of the works.
                owed.add(random.nextBoolean() ? ProjectPhase.IMPLEMENTATION : ProjectPhase.DESIGN);
            }
            if (owed.contains(ProjectPhase.DESIGN) || random.nextInt(3) == 0) {
                // Claiming co-production of the design needs the applicants to hold a design task (R15).
                builder.addCommitment(applicantCommitment("design", first, CommitmentKind.DESIGN, "Plan d'action : " + text(2)));
            }
            for (ProjectPhase phase : owed) {
                if (phase == ProjectPhase.IMPLEMENTATION) {
                    int realisations = 1 + random.nextInt(2);
                    for (int i = 0; i < realisations; i++) {
                        Actor doer = doers.get(random.nextInt(doers.size()));
                        builder.addCommitment(Commitment.builder().from(applicantCommitment("a" + i, doer, CommitmentKind.REALISATION,
                                "Travaux : " + text(2))).withQuantity(quantity(CommitmentKind.REALISATION)).build());
                    }
                } else if (phase == ProjectPhase.STEWARDSHIP) {
                    var care = Commitment.builder().from(applicantCommitment("care", first, CommitmentKind.STEWARDSHIP,
                            "Entretien : " + text(2)));
                    if (random.nextBoolean()) {
                        care.withDueDate(end);
                    }
                    if (random.nextInt(3) == 0) {
                        care.withQuantity(quantity(CommitmentKind.STEWARDSHIP));
                    }
                    builder.addCommitment(care.build());
                } else if (phase != ProjectPhase.DESIGN) {
                    // A phase led by residents beyond the works: their own task for it, as the plan claims (R15).
                    builder.addCommitment(Commitment.builder().from(applicantCommitment("design-" + phase.name().toLowerCase(Locale.ROOT),
                            first, CommitmentKind.DESIGN, "Préparer la " + phase.name().toLowerCase(Locale.ROOT) + " : " + text(1)))
                            .withPhase(phase).build());
                }
            }
            return builder.build();
        }

        private CommitmentKind townKind(Set<Rule> rules) {
            if (rules.contains(Rule.R1)) {
                return FIFTY_FIFTY_TOWN_KINDS[random.nextInt(FIFTY_FIFTY_TOWN_KINDS.length)];
            }
            List<CommitmentKind> kinds = new ArrayList<>();
            for (CommitmentKind kind : CommitmentKind.values()) {
                if (kind.usualSide() == Side.TOWN) {
                    kinds.add(kind);
                }
            }
            return kinds.get(random.nextInt(kinds.size()));
        }

        private Commitment applicantCommitment(String id, Actor responsible, CommitmentKind kind, String description) {
            var commitment = Commitment.builder().withId(id).withSide(Side.APPLICANTS).withResponsible(responsible).withKind(kind)
                    .withDescription(description);
            if (kind == CommitmentKind.DESIGN && random.nextInt(3) == 0) {
                commitment.withQuantity(quantity(kind));
            }
            return commitment.build();
        }

        private LocalDate day(Instant instant) {
            return ValidRecords.day(instant, zone);
        }
    }

    private static Map<Transition, String> reasons() {
        Map<Transition, String> reasons = new EnumMap<>(Transition.class);
        reasons.put(Transition.SUBMIT, "Demande déposée");
        reasons.put(Transition.START_ASSESSMENT, "Instruction de la demande");
        reasons.put(Transition.START_WORK, "Début des travaux");
        reasons.put(Transition.DELIVER, "Réception des travaux");
        reasons.put(Transition.START_STEWARDSHIP, "Début de la pérennité");
        reasons.put(Transition.CLOSE, "Fin de la convention");
        reasons.put(Transition.SUSPEND, "Manquement constaté");
        reasons.put(Transition.RESUME, "Reprise après régularisation");
        reasons.put(Transition.TERMINATE, "Résiliation");
        reasons.put(Transition.WITHDRAW, "Le groupe renonce");
        reasons.put(Transition.ABANDON, "La commune renonce : budget réaffecté");
        return reasons;
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Counts that give the outcome (M8): a majority for a motion that carries, none otherwise; sometimes unanimous, sometimes with abstentions. */
    private CouncilVote councilVote(boolean carries) {
        int seats = 19 + 2 * random.nextInt(8);
        int abstentions = random.nextInt(4);
        int cast = seats - abstentions;
        int minority = random.nextInt(cast / 2);
        return carries ? CouncilVote.of(cast - minority, minority, abstentions) : CouncilVote.of(minority, cast - minority, abstentions);
    }

    /** A vote of the residents' body whose majority gives the outcome, sometimes with abstentions and the electorate's size. */
    private ResidentsVote residentsVote(DecisionOutcome outcome, Actor body) {
        long eligible = 20 + random.nextInt(400);
        long voters = 5 + random.nextInt((int) eligible - 4);
        long yes;
        long no;
        if (outcome == DecisionOutcome.REJECTED) {
            no = (voters + 1) / 2 + random.nextInt((int) (voters - (voters + 1) / 2) + 1);
            yes = random.nextInt((int) (voters - no) + 1);
        } else {
            yes = voters / 2 + 1 + random.nextInt((int) (voters - voters / 2));
            no = random.nextInt((int) (voters - yes) + 1);
        }
        String electorate = body.kind() == ActorKind.CITIZEN_COMPANY ? "Sociétaires de " + body.name()
                : body.kind() == ActorKind.ASSOCIATION ? "Adhérent·es de " + body.name() : "Habitant·es de 11 ans et plus";
        var vote = ResidentsVote.builder().withElectorate(electorate).withVoters(voters).addResults(VoteResult.of("Pour", yes), VoteResult.of("Contre", no));
        if (random.nextBoolean()) {
            vote.withEligible(eligible);
        }
        if (voters - yes - no > 0 && random.nextBoolean()) {
            vote.addResult(VoteResult.of("Abstention", voters - yes - no));
        }
        return vote.build();
    }

    /**
     * A quantity in a unit of the commitment's kind, of a size real conventions give it; things
     * are counted whole, measures have up to four decimals, the most the format carries.
     */
    private Quantity quantity(CommitmentKind kind) {
        QuantityUnit[] units = UNITS.get(kind);
        QuantityUnit unit = units[random.nextInt(units.length)];
        long most = MOST.get(unit);
        if (unit == QuantityUnit.PARTICIPANTS || unit == QuantityUnit.TREES || unit == QuantityUnit.ITEMS) {
            return Quantity.of(1 + random.nextInt((int) most), unit);
        }
        int scale = random.nextInt(5);
        return Quantity.of(BigDecimal.valueOf(random.nextLong(most * POWERS[scale]) + 1, scale), unit);
    }


    private static Map<CommitmentKind, QuantityUnit[]> units() {
        Map<CommitmentKind, QuantityUnit[]> units = new EnumMap<>(CommitmentKind.class);
        units.put(CommitmentKind.ADVICE, new QuantityUnit[] {QuantityUnit.HOURS});
        units.put(CommitmentKind.TECHNICAL_SUPPORT, new QuantityUnit[] {QuantityUnit.HOURS, QuantityUnit.ITEMS});
        units.put(CommitmentKind.FUNDING, new QuantityUnit[] {QuantityUnit.EUROS});
        units.put(CommitmentKind.SUPPLIES, new QuantityUnit[] {QuantityUnit.ITEMS, QuantityUnit.TREES, QuantityUnit.METRES,
            QuantityUnit.SQUARE_METRES});
        units.put(CommitmentKind.EQUIPMENT_LOAN, new QuantityUnit[] {QuantityUnit.ITEMS, QuantityUnit.HOURS});
        units.put(CommitmentKind.CONCESSION, new QuantityUnit[] {QuantityUnit.SQUARE_METRES});
        units.put(CommitmentKind.LOAN, new QuantityUnit[] {QuantityUnit.EUROS});
        units.put(CommitmentKind.DESIGN, new QuantityUnit[] {QuantityUnit.HOURS, QuantityUnit.PARTICIPANTS});
        units.put(CommitmentKind.REALISATION, new QuantityUnit[] {QuantityUnit.HOURS, QuantityUnit.SQUARE_METRES, QuantityUnit.METRES,
            QuantityUnit.TREES, QuantityUnit.KILOWATTS_PEAK});
        units.put(CommitmentKind.STEWARDSHIP, new QuantityUnit[] {QuantityUnit.HOURS, QuantityUnit.KILOWATT_HOURS,
            QuantityUnit.PARTICIPANTS});
        return units;
    }

    private static Map<CoConstructionLevel, ActivityKind[]> forms() {
        Map<CoConstructionLevel, ActivityKind[]> forms = new EnumMap<>(CoConstructionLevel.class);
        forms.put(CoConstructionLevel.INFORMATION, new ActivityKind[] {ActivityKind.PUBLIC_MEETING, ActivityKind.EXHIBITION});
        forms.put(CoConstructionLevel.CONSULTATION, new ActivityKind[] {ActivityKind.QUESTIONNAIRE, ActivityKind.ONLINE_CONSULTATION,
            ActivityKind.PUBLIC_MEETING, ActivityKind.EXHIBITION});
        forms.put(CoConstructionLevel.CONCERTATION, new ActivityKind[] {ActivityKind.WORKSHOP, ActivityKind.SITE_WALK,
            ActivityKind.PUBLIC_MEETING});
        forms.put(CoConstructionLevel.CO_CONSTRUCTION, new ActivityKind[] {ActivityKind.WORKSHOP, ActivityKind.STEERING_COMMITTEE,
            ActivityKind.SITE_WALK});
        forms.put(CoConstructionLevel.CO_PRODUCTION, new ActivityKind[] {ActivityKind.WORK_SITE, ActivityKind.WORKSHOP});
        forms.put(CoConstructionLevel.CITIZEN_LED, new ActivityKind[] {ActivityKind.VOTE, ActivityKind.STEERING_COMMITTEE,
            ActivityKind.WORK_SITE});
        return forms;
    }

    // ---------------------------------------------------------------- evaluations

    private Evaluation evaluation(String id, EvaluationSubject about, LocalDate began, InvolvementPlan plan, Actor insider,
            List<ParticipationActivity> activities) {
        EvaluationMethod method = EvaluationMethod.values()[random.nextInt(EvaluationMethod.values().length)];
        EvaluationFramework framework = framework();
        LocalDate date = began.plusDays(100 + random.nextInt(900));
        var builder = Evaluation.builder().withId(id).withSubject(about).withFramework(framework).withMethod(method).withDate(date)
                .addEvaluator(method == EvaluationMethod.PEER_REVIEW
                        ? Actor.of("ville-paire-" + sequence, "Ville paire", ActorKind.PUBLIC_PARTNER) : insider);
        if (random.nextBoolean()) {
            builder.addEvaluator(Actor.of("cabinet-" + sequence, "Cabinet d'évaluation", ActorKind.COMPANY));
        }
        Set<Iap2Level> declared = EnumSet.noneOf(Iap2Level.class);
        plan.levels().values().forEach(level -> declared.add(level.toIap2()));
        for (WeightedCriterion weighted : framework.criteria()) {
            builder.addScore(score(weighted.criterion(), declared, activities));
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

    private CriterionScore score(EvaluationCriterion criterion, Set<Iap2Level> declared, List<ParticipationActivity> activities) {
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
        Evidence evidence;
        if (kind == EvidenceKind.ACTIVITY && !activities.isEmpty()) {
            // An activity of the initiative, cited by its id (E6).
            ParticipationActivity cited = activities.get(random.nextInt(activities.size()));
            evidence = Evidence.builder().withKind(kind).withText("Activité : " + cited.title()).withReference(cited.id()).build();
        } else {
            kind = kind == EvidenceKind.ACTIVITY ? EvidenceKind.DOCUMENT : kind;
            evidence = random.nextBoolean() ? Evidence.of(kind, text(3))
                    : Evidence.builder().withKind(kind).withText(text(2)).withReference("compte-rendu-" + sequence + ".pdf").build();
        }
        return CriterionScore.scored(criterion.code(), value, evidence);
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
