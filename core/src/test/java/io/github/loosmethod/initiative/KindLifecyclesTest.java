package io.github.loosmethod.initiative;

import static io.github.loosmethod.initiative.KindFixtures.LATER;
import static io.github.loosmethod.initiative.KindFixtures.STRANGER;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.MineDeSoleil;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.Severity;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of initiative followed as it happens: a worked case of each kind from its draft to its
 * end, the lifecycle of each kind as the model states it, the guards each step names, what a clerk
 * is told is missing, and the three ways an initiative can end before its term.
 */
class KindLifecyclesTest {

    // ------------------------------------------------------------------------------------------
    // The worked cases of the new kinds, stage by stage.

    private static Arguments stage(String name, Supplier<Initiative> build, InitiativeStatus status, String... awaiting) {
        return Arguments.of(name, build, status, List.of(awaiting));
    }

    static Stream<Arguments> stagesOfEveryNewKind() {
        String stewardship = "involvementPlan.levels[STEWARDSHIP]";
        String[] company = {"involvementPlan.levels[DESIGN]", "involvementPlan.levels[IMPLEMENTATION]", stewardship};
        return Stream.of(
                stage("town-hall square: draft", TownHallSquare::draft, InitiativeStatus.DRAFT, stewardship),
                stage("town-hall square: approved", TownHallSquare::approved, InitiativeStatus.ACCEPTED, stewardship),
                stage("town-hall square: agreement drafted", TownHallSquare::agreementDrafted, InitiativeStatus.ACCEPTED),
                stage("town-hall square: agreement signed", TownHallSquare::agreementSigned, InitiativeStatus.ACCEPTED),
                stage("town-hall square: in progress", TownHallSquare::inProgress, InitiativeStatus.IN_PROGRESS),
                stage("town-hall square: delivered", TownHallSquare::delivered, InitiativeStatus.DELIVERED),
                stage("town-hall square: closed", TownHallSquare::closed, InitiativeStatus.CLOSED),
                stage("town-hall square: abandoned", TownHallSquare::abandoned, InitiativeStatus.ABANDONED),
                stage("Mine de Soleil: draft", MineDeSoleil::draft, InitiativeStatus.DRAFT, company),
                stage("Mine de Soleil: decided", MineDeSoleil::decided, InitiativeStatus.ACCEPTED, company),
                stage("Mine de Soleil: agreement drafted", MineDeSoleil::agreementDrafted, InitiativeStatus.ACCEPTED),
                stage("Mine de Soleil: agreed", MineDeSoleil::agreed, InitiativeStatus.AGREED),
                stage("Mine de Soleil: in progress", MineDeSoleil::inProgress, InitiativeStatus.IN_PROGRESS),
                stage("Mine de Soleil: delivered", MineDeSoleil::delivered, InitiativeStatus.DELIVERED),
                stage("Mine de Soleil: in stewardship", MineDeSoleil::inStewardship, InitiativeStatus.IN_STEWARDSHIP),
                stage("Mine de Soleil: closed", MineDeSoleil::closed, InitiativeStatus.CLOSED),
                stage("charter: draft", LivingEnvironmentCharter::draft, InitiativeStatus.DRAFT),
                stage("charter: in force", LivingEnvironmentCharter::inForce, InitiativeStatus.IN_FORCE),
                stage("charter: revision drafted", LivingEnvironmentCharter::revisionDraft, InitiativeStatus.DRAFT),
                stage("charter: revision in force", LivingEnvironmentCharter::revisionInForce, InitiativeStatus.IN_FORCE),
                stage("charter: superseded", LivingEnvironmentCharter::superseded, InitiativeStatus.SUPERSEDED),
                stage("charter: repealed", LivingEnvironmentCharter::repealed, InitiativeStatus.REPEALED));
    }

    @ParameterizedTest(name = "{0}: {2}, no error, P2 warnings {3}")
    @MethodSource("stagesOfEveryNewKind")
    void every_stage_of_every_case_has_no_error_and_warns_only_of_commitments_still_to_come(String stage,
            Supplier<Initiative> build, InitiativeStatus status, List<String> awaiting) {
        Initiative initiative = build.get();
        ValidationReport report = initiative.validate();

        assertThat(initiative.status()).isEqualTo(status);
        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.violations()).as(report.toString()).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.P2);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.violations()).extracting(Violation::path).containsExactlyElementsOf(awaiting);
    }

    @Test
    void every_kind_has_a_case_followed_to_its_end_with_zero_violations() {
        Map<InitiativeKind, List<Initiative>> ends = new EnumMap<>(InitiativeKind.class);
        ends.put(InitiativeKind.FIFTY_FIFTY, List.of(EmileBaslyPlayground.closed(), StreetFlowerBoxes.closed()));
        ends.put(InitiativeKind.MUNICIPAL_PROJECT, List.of(TownHallSquare.closed(), TownHallSquare.abandoned()));
        ends.put(InitiativeKind.CITIZEN_LED, List.of(MineDeSoleil.closed()));
        ends.put(InitiativeKind.CO_CONSTRUCTED_POLICY, List.of(LivingEnvironmentCharter.superseded(),
                LivingEnvironmentCharter.revisionInForce(), LivingEnvironmentCharter.repealed()));

        assertThat(ends.keySet()).containsExactly(InitiativeKind.values());
        ends.forEach((kind, records) -> {
            for (Initiative end : records) {
                assertThat(end.kind()).isEqualTo(kind);
                assertThat(end.validate().violations()).as(kind + " " + end.id() + " " + end.status()).isEmpty();
                assertThat(end.activities()).as("participation recorded").isNotEmpty();
                assertThat(end.domains()).as("domains").isNotEmpty();
                assertThat(end.decisions()).as("decided").isNotEmpty();
            }
        });
    }

    @Test
    void the_municipal_project_is_approved_by_a_council_vote_and_built_by_the_town_without_a_residents_convention() {
        Initiative closed = TownHallSquare.closed();

        assertThat(closed.history()).extracting(LifecycleEvent::transition, LifecycleEvent::to).containsExactly(
                tuple(Transition.ACCEPT, InitiativeStatus.ACCEPTED),
                tuple(Transition.SIGN, InitiativeStatus.ACCEPTED),
                tuple(Transition.SIGN, InitiativeStatus.ACCEPTED),
                tuple(Transition.START_WORK, InitiativeStatus.IN_PROGRESS),
                tuple(Transition.DELIVER, InitiativeStatus.DELIVERED),
                tuple(Transition.CLOSE, InitiativeStatus.CLOSED));
        assertThat(closed.hasReached(InitiativeStatus.AGREED)).as("a municipal project is never agreed").isFalse();
        assertThat(closed.history()).extracting(LifecycleEvent::by).containsExactly(LoosEnGohelle.MUNICIPAL_COUNCIL,
                TownHallSquare.GARDENERS, LoosEnGohelle.MAYOR, LoosEnGohelle.TECHNICAL_SERVICES, LoosEnGohelle.MAYOR,
                LoosEnGohelle.MAYOR);
        assertThat(closed.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decidedBy().kind()).isEqualTo(ActorKind.ELECTED_BODY);
            assertThat(d.reference()).contains("Délibération n° 2021-045");
            assertThat(d.councilVote()).contains(CouncilVote.of(25, 0, 4));
        });
        assertThat(closed.convention().orElseThrow().isSignedByBothSides()).isTrue();
        // The concertation that shaped it: site walk, workshops, public meeting, then the works' information and the planting.
        assertThat(closed.activities()).extracting(ParticipationActivity::kind).containsExactly(
                ActivityKind.SITE_WALK, ActivityKind.WORKSHOP,
                ActivityKind.WORKSHOP, ActivityKind.PUBLIC_MEETING,
                ActivityKind.PUBLIC_MEETING, ActivityKind.WORK_SITE);
    }

    @Test
    void the_citizen_led_initiative_is_decided_by_the_residents_vote_and_supported_by_the_town_for_its_side() {
        Initiative closed = MineDeSoleil.closed();
        Decision decision = closed.decisions().get(0);
        Convention agreement = closed.convention().orElseThrow();

        assertThat(decision.decidedBy()).isEqualTo(MineDeSoleil.COMPANY);
        assertThat(closed.isApplicant(decision.decidedBy())).isTrue();
        assertThat(decision.residentsVote().orElseThrow().results()).extracting(VoteResult::option, VoteResult::votes)
                .containsExactly(tuple("yes", 91L), tuple("no", 3L), tuple("abstention", 2L));
        assertThat(agreement.commitmentsOf(Side.TOWN)).extracting(Commitment::kind)
                .containsExactly(CommitmentKind.CONCESSION, CommitmentKind.ADVICE, CommitmentKind.LOAN);
        assertThat(agreement.signatures()).extracting(s -> s.side(), s -> s.signer())
                .containsExactly(tuple(Side.APPLICANTS, MineDeSoleil.COMPANY), tuple(Side.TOWN, LoosEnGohelle.MAYOR));
        // The works and the upkeep are the residents' own: every move after the agreement is made by the company.
        assertThat(closed.history().subList(3, closed.history().size())).extracting(LifecycleEvent::transition,
                LifecycleEvent::by).containsExactly(tuple(Transition.START_WORK, MineDeSoleil.COMPANY),
                tuple(Transition.DELIVER, MineDeSoleil.COMPANY), tuple(Transition.START_STEWARDSHIP, MineDeSoleil.COMPANY),
                tuple(Transition.CLOSE, MineDeSoleil.COMPANY));
        assertThat(closed.history().get(2).to()).isEqualTo(InitiativeStatus.AGREED);
        // Each side's contribution is reported in its own units, never weighed against the other (R9).
        assertThat(agreement.contributions().of(Side.APPLICANTS).totals()).containsEntry(QuantityUnit.KILOWATTS_PEAK,
                new BigDecimal("90")).containsEntry(QuantityUnit.KILOWATT_HOURS, new BigDecimal("90000"));
        assertThat(agreement.contributions().of(Side.TOWN).totals()).containsEntry(QuantityUnit.EUROS, new BigDecimal("20000"))
                .containsEntry(QuantityUnit.SQUARE_METRES, new BigDecimal("620"));
    }

    @Test
    void the_policy_is_adopted_by_deliberation_and_superseded_by_its_revised_version() {
        Initiative first = LivingEnvironmentCharter.superseded();
        Initiative revision = LivingEnvironmentCharter.revisionInForce();

        assertThat(first.history()).extracting(LifecycleEvent::transition).containsExactly(Transition.ADOPT, Transition.SUPERSEDE);
        assertThat(first.history().get(1).reason()).contains(LivingEnvironmentCharter.REVISED_ID);
        assertThat(first.reviewDate()).contains(LivingEnvironmentCharter.REVIEW_DATE);
        assertThat(revision.revises()).contains(first.id());
        assertThat(revision.id()).isEqualTo(LivingEnvironmentCharter.REVISED_ID);
        assertThat(revision.reviewDate()).contains(LivingEnvironmentCharter.REVISED_REVIEW_DATE);
        // The revision starts from the first version's content, with a history, decisions and activities of its own.
        assertThat(List.of(revision.title(), revision.purpose(), revision.applicants(), revision.involvementPlan(), revision.domains()))
                .isEqualTo(List.of(first.title(), first.purpose(), first.applicants(), first.involvementPlan(), first.domains()));
        assertThat(revision.activities()).extracting(ParticipationActivity::id).containsExactly("charter-evaluation",
                "revision-workshop");
        assertThat(revision.decisions()).singleElement().satisfies(d -> assertThat(d.reference()).contains("Délibération n° 2008-017"));
        assertThat(revision.history()).extracting(LifecycleEvent::at).containsExactly(first.history().get(1).at());
        assertThat(first.status().isTerminal()).isTrue();
    }

    @Test
    void the_policy_may_be_repealed_by_deliberation_instead() {
        Initiative repealed = LivingEnvironmentCharter.repealed();

        assertThat(repealed.decisions()).extracting(Decision::outcome).containsExactly(DecisionOutcome.ADOPTED,
                DecisionOutcome.REPEALED);
        assertThat(repealed.decisions().get(1).councilVote().orElseThrow().carries()).isTrue();
        assertThat(repealed.history()).extracting(LifecycleEvent::by).containsOnly(LoosEnGohelle.MUNICIPAL_COUNCIL);
        assertThat(repealed.status().isTerminal()).isTrue();
    }

    @Test
    void only_a_policy_in_force_is_revised_and_under_an_id_of_its_own() {
        assertRefused(() -> LivingEnvironmentCharter.draft().draftRevision("v2"), "L1", "status");
        assertRefused(() -> LivingEnvironmentCharter.superseded().draftRevision("v2"), "L1", "status");
        assertRefused(() -> TownHallSquare.closed().draftRevision("v2"), "L1", "status");
        assertThatThrownBy(() -> LivingEnvironmentCharter.inForce().draftRevision(LivingEnvironmentCharter.inForce().id()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("newId");
        assertThatThrownBy(() -> LivingEnvironmentCharter.inForce().draftRevision(" "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("newId");
    }

    // ------------------------------------------------------------------------------------------
    // Each kind's lifecycle, as the model states it (Lifecycle's Javadoc, the brief §3, the issue).

    private static final Map<InitiativeKind, List<String>> STEPS = Map.of(
            InitiativeKind.FIFTY_FIFTY, List.of(
                    "DRAFT -SUBMIT-> SUBMITTED by APPLICANTS",
                    "SUBMITTED -START_ASSESSMENT-> UNDER_ASSESSMENT by TOWN",
                    "UNDER_ASSESSMENT -ACCEPT-> ACCEPTED by DECIDER",
                    "UNDER_ASSESSMENT -REJECT-> REJECTED by DECIDER",
                    "UNDER_ASSESSMENT -REQUEST_REWORK-> SUBMITTED by DECIDER",
                    "ACCEPTED -SIGN-> ACCEPTED by SIGNER",
                    "ACCEPTED -SIGN-> AGREED by SIGNER",
                    "AGREED -START_WORK-> IN_PROGRESS by APPLICANTS_OR_TOWN",
                    "IN_PROGRESS -DELIVER-> DELIVERED by APPLICANTS_OR_TOWN",
                    "DELIVERED -START_STEWARDSHIP-> IN_STEWARDSHIP by APPLICANTS_OR_TOWN",
                    "IN_STEWARDSHIP -CLOSE-> CLOSED by TOWN",
                    "AGREED -SUSPEND-> SUSPENDED by TOWN",
                    "IN_PROGRESS -SUSPEND-> SUSPENDED by TOWN",
                    "IN_STEWARDSHIP -SUSPEND-> SUSPENDED by TOWN",
                    "SUSPENDED -RESUME-> AGREED by TOWN",
                    "SUSPENDED -RESUME-> IN_PROGRESS by TOWN",
                    "SUSPENDED -RESUME-> IN_STEWARDSHIP by TOWN",
                    "SUSPENDED -TERMINATE-> TERMINATED by TOWN",
                    "DRAFT -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "SUBMITTED -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "UNDER_ASSESSMENT -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "ACCEPTED -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "ACCEPTED -ABANDON-> ABANDONED by TOWN",
                    "AGREED -ABANDON-> ABANDONED by TOWN",
                    "IN_PROGRESS -ABANDON-> ABANDONED by TOWN"),
            InitiativeKind.MUNICIPAL_PROJECT, List.of(
                    "DRAFT -ACCEPT-> ACCEPTED by DECIDER",
                    "DRAFT -REJECT-> REJECTED by DECIDER",
                    "ACCEPTED -SIGN-> ACCEPTED by SIGNER",
                    "ACCEPTED -START_WORK-> IN_PROGRESS by TOWN",
                    "IN_PROGRESS -DELIVER-> DELIVERED by TOWN",
                    "DELIVERED -CLOSE-> CLOSED by TOWN",
                    "DRAFT -ABANDON-> ABANDONED by TOWN",
                    "ACCEPTED -ABANDON-> ABANDONED by TOWN",
                    "IN_PROGRESS -ABANDON-> ABANDONED by TOWN"),
            InitiativeKind.CITIZEN_LED, List.of(
                    "DRAFT -ACCEPT-> ACCEPTED by DECIDER",
                    "DRAFT -REJECT-> REJECTED by DECIDER",
                    "ACCEPTED -SIGN-> ACCEPTED by SIGNER",
                    "ACCEPTED -SIGN-> AGREED by SIGNER",
                    "AGREED -START_WORK-> IN_PROGRESS by APPLICANTS",
                    "IN_PROGRESS -DELIVER-> DELIVERED by APPLICANTS",
                    "DELIVERED -START_STEWARDSHIP-> IN_STEWARDSHIP by APPLICANTS",
                    "IN_STEWARDSHIP -CLOSE-> CLOSED by APPLICANTS_OR_TOWN",
                    "AGREED -SUSPEND-> SUSPENDED by TOWN",
                    "IN_PROGRESS -SUSPEND-> SUSPENDED by TOWN",
                    "IN_STEWARDSHIP -SUSPEND-> SUSPENDED by TOWN",
                    "SUSPENDED -RESUME-> AGREED by TOWN",
                    "SUSPENDED -RESUME-> IN_PROGRESS by TOWN",
                    "SUSPENDED -RESUME-> IN_STEWARDSHIP by TOWN",
                    "SUSPENDED -TERMINATE-> TERMINATED by TOWN",
                    "DRAFT -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "ACCEPTED -WITHDRAW-> WITHDRAWN by APPLICANTS",
                    "ACCEPTED -ABANDON-> ABANDONED by TOWN",
                    "AGREED -ABANDON-> ABANDONED by TOWN",
                    "IN_PROGRESS -ABANDON-> ABANDONED by TOWN"),
            InitiativeKind.CO_CONSTRUCTED_POLICY, List.of(
                    "DRAFT -ADOPT-> IN_FORCE by DECIDER",
                    "DRAFT -REJECT-> REJECTED by DECIDER",
                    "IN_FORCE -REPEAL-> REPEALED by DECIDER",
                    "IN_FORCE -SUPERSEDE-> SUPERSEDED by TOWN",
                    "DRAFT -ABANDON-> ABANDONED by TOWN"));

    @Test
    void each_kind_has_exactly_the_steps_of_its_lifecycle() {
        for (InitiativeKind kind : InitiativeKind.values()) {
            assertThat(Lifecycle.of(kind).steps()).as(kind.name()).extracting(Lifecycle.Step::toString)
                    .containsExactlyInAnyOrderElementsOf(STEPS.get(kind));
            assertThat(Lifecycle.of(kind).kind()).isEqualTo(kind);
        }
        assertThat(Lifecycle.all()).extracting(Lifecycle::kind).containsExactly(InitiativeKind.values());
    }

    private static Set<Rule> rules(String ids) {
        return java.util.Arrays.stream(ids.split(" ")).map(Rule::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    }

    @Test
    void each_kind_is_checked_against_its_own_rules_and_only_those() {
        assertThat(Lifecycle.of(InitiativeKind.FIFTY_FIFTY).rules()).isEqualTo(
                rules("R1 R2 R3 R4 R5 R6 R7 R8 R10 R11 R12 R14 R15 M1 M2 M3 M4 M5 M8 M9 M10 P1 P2"));
        assertThat(Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).rules()).isEqualTo(
                rules("R3 R10 R12 R14 M1 M2 M3 M4 M5 M8 M9 M10 P1 P2 P3"));
        assertThat(Lifecycle.of(InitiativeKind.CITIZEN_LED).rules()).isEqualTo(
                rules("R4 R5 R6 R8 R11 R12 R14 R15 M1 M2 M3 M4 M5 M7 M8 M9 M10 P1 P2"));
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).rules()).isEqualTo(
                rules("R3 R10 R14 M1 M6 M8 M9 M10 P1 P3"));
    }

    @Test
    void a_decision_step_asks_the_rule_of_who_decides_for_its_kind() {
        assertThat(Lifecycle.of(InitiativeKind.FIFTY_FIFTY).steps(Transition.ACCEPT).get(0).rules()).contains(Rule.R3, Rule.R10)
                .doesNotContain(Rule.M6, Rule.M7);
        assertThat(Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).steps(Transition.ACCEPT).get(0).rules())
                .contains(Rule.R3, Rule.R10, Rule.M8);
        assertThat(Lifecycle.of(InitiativeKind.CITIZEN_LED).steps(Transition.ACCEPT).get(0).rules()).contains(Rule.M7)
                .doesNotContain(Rule.R3, Rule.R10);
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).steps(Transition.ADOPT).get(0).rules())
                .contains(Rule.R3, Rule.M6, Rule.M8, Rule.M9, Rule.P3);
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).steps(Transition.REPEAL).get(0).rules())
                .contains(Rule.R3, Rule.M6, Rule.M8);
    }

    @Test
    void every_step_names_the_guards_it_checks() {
        for (Lifecycle lifecycle : Lifecycle.all()) {
            for (Lifecycle.Step step : lifecycle.steps()) {
                Set<Rule> expected = EnumSet.of(Rule.L1, Rule.L2, Rule.L3);
                switch (step.transition()) {
                    case ACCEPT:
                    case REJECT:
                    case REQUEST_REWORK:
                    case ADOPT:
                    case REPEAL:
                        expected.add(Rule.L8);
                        break;
                    case SIGN:
                        expected.addAll(EnumSet.of(Rule.L6, Rule.L7));
                        break;
                    case SUSPEND:
                        expected.add(Rule.L4);
                        break;
                    case RESUME:
                        expected.add(Rule.L5);
                        break;
                    default:
                        break;
                }
                assertThat(step.guards()).as(lifecycle.kind() + " " + step).isEqualTo(expected);
            }
        }
    }

    @Test
    void the_statuses_each_kind_can_be_in_and_where_it_drafts_a_convention() {
        assertThat(Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).statuses()).containsExactly(InitiativeStatus.DRAFT,
                InitiativeStatus.ACCEPTED, InitiativeStatus.REJECTED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED,
                InitiativeStatus.CLOSED, InitiativeStatus.ABANDONED);
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).statuses()).containsExactly(InitiativeStatus.DRAFT,
                InitiativeStatus.REJECTED, InitiativeStatus.IN_FORCE, InitiativeStatus.SUPERSEDED, InitiativeStatus.REPEALED,
                InitiativeStatus.ABANDONED);
        for (InitiativeKind kind : List.of(InitiativeKind.FIFTY_FIFTY, InitiativeKind.MUNICIPAL_PROJECT, InitiativeKind.CITIZEN_LED)) {
            assertThat(Lifecycle.of(kind).conventionStatuses()).as(kind.name()).containsExactly(InitiativeStatus.ACCEPTED);
        }
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).conventionStatuses()).isEmpty();

        TransitionRefusedException policy = catchThrowableOfType(TransitionRefusedException.class,
                () -> LivingEnvironmentCharter.inForce().draftConvention(TownHallSquare.agreement()));
        assertThat(policy.report().violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("L1");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "Cannot \"draft the convention\": the lifecycle of a co-constructed policy has no such step.");
        });
        assertRefused(() -> TownHallSquare.inProgress().draftConvention(TownHallSquare.agreement()), "L1", "status");
    }

    // ------------------------------------------------------------------------------------------
    // What a clerk is told: everything a draft convention breaks, in one round; what a move still needs.

    /** A convention in which the town does everything: the works by its services, nothing for the applicants. */
    private static Convention townDoesEverything(Convention base) {
        return Convention.builder().from(base).withCommitments(List.of(
                Commitment.of("town-supplies", Side.TOWN, LoosEnGohelle.MUNICIPALITY, CommitmentKind.SUPPLIES, "Plants and soil"),
                Commitment.of("town-works", Side.TOWN, LoosEnGohelle.TECHNICAL_SERVICES, CommitmentKind.REALISATION,
                        "The services do the works"))).build();
    }

    @Test
    void a_fifty_fifty_convention_where_the_town_does_everything_is_refused_with_every_violation_in_one_round() {
        Initiative accepted = EmileBaslyPlayground.accepted();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> accepted.draftConvention(townDoesEverything(EmileBaslyPlayground.convention())));

        assertThat(refused.operation()).isEqualTo("DRAFT_CONVENTION");
        assertThat(refused.report().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
                // What the draft breaks as it stands: the town commits to works, and holds them.
                tuple("R6", "convention.commitments[1].kind"),
                tuple("R8", "convention.commitments[1].responsible"),
                // What the agreeing signature would refuse: no applicant commitment, no works nor upkeep by them,
                // and the plan's co-production claims left without commitments.
                tuple("R5", "convention.commitments"),
                tuple("R7", "convention.commitments"),
                tuple("R7", "convention.commitments"),
                tuple("R15", "involvementPlan.levels[DESIGN]"),
                tuple("R15", "involvementPlan.levels[IMPLEMENTATION]"),
                tuple("R15", "involvementPlan.levels[STEWARDSHIP]"));
        assertThat(refused.report().violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        assertThat(refused.report().violations()).extracting(v -> v.message(Locale.ENGLISH)).contains(
                "The convention holds no commitment of the applicants side.",
                "The applicants hold no \"realisation\" commitment.",
                "The applicants hold no \"stewardship\" commitment.");
        assertThat(accepted.convention()).as("nothing drafted").isEmpty();
    }

    @Test
    void the_same_draft_for_a_citizen_led_initiative_is_refused_by_the_rules_of_that_kind() {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> MineDeSoleil.decided().draftConvention(townDoesEverything(MineDeSoleil.agreement())));

        // No R7 (a citizen company may hand its works to an installer), the others as for a fifty-fifty.
        assertThat(refused.report().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
                tuple("R6", "convention.commitments[1].kind"),
                tuple("R8", "convention.commitments[1].responsible"),
                tuple("R5", "convention.commitments"),
                tuple("R15", "involvementPlan.levels[DESIGN]"),
                tuple("R15", "involvementPlan.levels[IMPLEMENTATION]"),
                tuple("R15", "involvementPlan.levels[STEWARDSHIP]"));
    }

    @Test
    void a_municipal_project_may_agree_with_partners_on_works_by_the_town_but_not_start_them_against_its_plan() {
        Initiative drafted = TownHallSquare.approved().draftConvention(townDoesEverything(TownHallSquare.agreement()));

        // The town doing the works is what a municipal project is; the stewardship claimed still awaits the partner.
        assertThat(drafted.validate().violations()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("P2", "involvementPlan.levels[STEWARDSHIP]"));
        assertRefused(() -> drafted.startWork(LoosEnGohelle.TECHNICAL_SERVICES, LATER, "Works begin"), "P3",
                "involvementPlan.levels[STEWARDSHIP]");
    }

    static Stream<Arguments> whatIsMissing() {
        return Stream.of(
                Arguments.of("an accepted fifty-fifty with its convention drafted",
                        (Supplier<Initiative>) EmileBaslyPlayground::conventionDrafted, EmileBaslyPlayground.PARENTS,
                        "Cannot \"start the works\" an initiative that is accepted: it first needs the signature of the convention "
                                + "by town, applicants.",
                        "Impossible de « commencer les travaux » une initiative à l'état « acceptée » : il faut d'abord la signature "
                                + "de la convention par : commune, porteurs de projet."),
                Arguments.of("a fifty-fifty the applicants signed",
                        (Supplier<Initiative>) () -> EmileBaslyPlayground.conventionDrafted().sign(Signature.of(Side.APPLICANTS, EmileBaslyPlayground.SCHOOL, EmileBaslyPlayground.CONVENTION_START),
                                at(EmileBaslyPlayground.CONVENTION_START, 9), "Signed"),
                        EmileBaslyPlayground.PARENTS,
                        "Cannot \"start the works\" an initiative that is accepted: it first needs the signature of the convention "
                                + "by town.", null),
                Arguments.of("an accepted fifty-fifty without a convention", (Supplier<Initiative>) EmileBaslyPlayground::accepted,
                        EmileBaslyPlayground.PARENTS,
                        "Cannot \"start the works\" an initiative that is accepted: it first needs a convention drafted and "
                                + "signed by both sides.",
                        "Impossible de « commencer les travaux » une initiative à l'état « acceptée » : il faut d'abord une "
                                + "convention rédigée et signée des deux parties."),
                Arguments.of("a fifty-fifty draft", (Supplier<Initiative>) EmileBaslyPlayground::draft, EmileBaslyPlayground.PARENTS,
                        "Cannot \"start the works\" an initiative that is draft: it first needs the step \"submit\"; the step "
                                + "\"start the assessment\"; a recorded decision to \"accept\"; a convention drafted and signed by "
                                + "both sides.", null),
                Arguments.of("a municipal project's draft", (Supplier<Initiative>) TownHallSquare::draft,
                        LoosEnGohelle.TECHNICAL_SERVICES,
                        "Cannot \"start the works\" an initiative that is draft: it first needs a recorded decision to \"accept\".",
                        null),
                Arguments.of("a citizen-led initiative decided without an agreement", (Supplier<Initiative>) MineDeSoleil::decided,
                        MineDeSoleil.COMPANY,
                        "Cannot \"start the works\" an initiative that is accepted: it first needs a convention drafted and "
                                + "signed by both sides.", null),
                Arguments.of("a closed fifty-fifty", (Supplier<Initiative>) EmileBaslyPlayground::closed, EmileBaslyPlayground.PARENTS,
                        "Cannot \"start the works\" an initiative that is closed.",
                        "Impossible de « commencer les travaux » une initiative clôturée."),
                Arguments.of("a policy in force", (Supplier<Initiative>) LivingEnvironmentCharter::inForce, LoosEnGohelle.MAYOR,
                        "Cannot \"start the works\": the lifecycle of a co-constructed policy has no such step.",
                        "Impossible de « commencer les travaux » : le cycle de vie d'une initiative de type « politique "
                                + "co-construite » n'a pas cette étape."));
    }

    @ParameterizedTest(name = "start the works on {0}")
    @MethodSource("whatIsMissing")
    void l1_a_refusal_by_status_names_what_the_initiative_still_needs(String what, Supplier<Initiative> build,
            Actor by, String english, String french) {
        Initiative initiative = build.get();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> initiative.startWork(by, LATER, "Starting"));
        ValidationReport readiness = initiative.readiness(Transition.START_WORK, by, LATER);

        assertThat(refused.report().violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("L1");
            assertThat(v.path()).isEqualTo("status");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(english);
            if (french != null) {
                assertThat(v.message(Locale.FRENCH)).isEqualTo(french);
            }
        });
        assertThat(readiness).as("readiness tells the same beforehand").isEqualTo(refused.report());
    }

    @Test
    void readiness_tells_what_would_refuse_a_move_without_making_it() {
        Initiative agreed = EmileBaslyPlayground.agreed();
        Initiative before = Initiative.builder().from(agreed).build();

        assertThat(agreed.readiness(Transition.START_WORK, EmileBaslyPlayground.PARENTS, LATER).violations()).isEmpty();
        assertThat(agreed.readiness(Transition.START_WORK, STRANGER, LATER).violations()).extracting(Violation::ruleId,
                Violation::path).containsExactly(tuple("L2", "by"));
        assertThat(agreed.readiness(Transition.SUSPEND, EmileBaslyPlayground.COUNCILLOR, java.time.Instant.EPOCH).violations())
                .extracting(Violation::ruleId).containsExactly("L3", "L4");
        assertThat(EmileBaslyPlayground.accepted().readiness(Transition.SIGN, EmileBaslyPlayground.COUNCILLOR, LATER)
                .violations()).extracting(Violation::ruleId, Violation::path).containsExactly(tuple("L6", "convention"));
        assertThat(MineDeSoleil.agreed().readiness(Transition.START_WORK, MineDeSoleil.COMPANY, LATER).isValid()).isTrue();
        assertThat(MineDeSoleil.agreed().readiness(Transition.START_WORK, LoosEnGohelle.MAYOR, LATER).violations())
                .extracting(Violation::ruleId).containsExactly("L2");
        assertThat(agreed).as("unchanged").isEqualTo(before);
        assertThat(agreed.history()).hasSameSizeAs(before.history());
    }

    // ------------------------------------------------------------------------------------------
    // Three ways to end before the term: withdrawn by the applicants, abandoned by the town, terminated after a breach.

    @Test
    void withdraw_abandon_and_terminate_are_three_outcomes_each_with_its_own_party() {
        Initiative drafted = EmileBaslyPlayground.conventionDrafted();
        Initiative suspended = KindFixtures.FIXTURES.get(InitiativeKind.FIFTY_FIFTY).get(InitiativeStatus.SUSPENDED);
        Actor school = EmileBaslyPlayground.SCHOOL;
        Actor councillor = EmileBaslyPlayground.COUNCILLOR;

        Initiative withdrawn = drafted.withdraw(school, LATER, "The class prefers another project");
        Initiative abandoned = drafted.abandon(councillor, LATER, "No budget left for the tools this year");
        Initiative terminated = suspended.terminate(councillor, LATER, "No volunteer left to finish the works");

        assertThat(List.of(withdrawn, abandoned, terminated)).extracting(Initiative::status).containsExactly(
                InitiativeStatus.WITHDRAWN, InitiativeStatus.ABANDONED, InitiativeStatus.TERMINATED);
        assertThat(List.of(withdrawn, abandoned, terminated)).allSatisfy(i -> {
            assertThat(i.status().isTerminal()).isTrue();
            assertThat(i.validate().violations()).isEmpty();
        });
        assertThat(List.of(withdrawn, abandoned, terminated)).extracting(i -> i.history().get(i.history().size() - 1))
                .extracting(LifecycleEvent::transition, LifecycleEvent::by).containsExactly(
                        tuple(Transition.WITHDRAW, school), tuple(Transition.ABANDON, councillor),
                        tuple(Transition.TERMINATE, councillor));
        // Each has its own party: the applicants withdraw, the town abandons and terminates.
        assertRefused(() -> drafted.withdraw(councillor, LATER, "x"), "L2", "by");
        assertRefused(() -> drafted.abandon(school, LATER, "x"), "L2", "by");
        assertRefused(() -> suspended.terminate(school, LATER, "x"), "L2", "by");
        // And its own moment: termination only after a suspension, withdrawal only before the agreement.
        assertRefused(() -> drafted.terminate(councillor, LATER, "x"), "L1", "status");
        assertRefused(() -> EmileBaslyPlayground.agreed().withdraw(school, LATER, "x"), "L1", "status");
        assertRefused(() -> suspended.abandon(councillor, LATER, "x"), "L1", "status");
        assertThat(EmileBaslyPlayground.agreed().abandon(councillor, LATER, "x").status()).isEqualTo(InitiativeStatus.ABANDONED);
    }

    @Test
    void a_municipal_project_is_never_withdrawn_but_may_be_abandoned_even_as_a_draft() {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> TownHallSquare.draft().withdraw(TownHallSquare.GARDENERS, LATER, "x"));
        Initiative abandoned = TownHallSquare.draft().abandon(LoosEnGohelle.MAYOR, LATER, "The council is dissolved");

        assertThat(refused.report().violations()).singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("Cannot \"withdraw\": the lifecycle of a municipal project has no such step."));
        assertThat(abandoned.status()).isEqualTo(InitiativeStatus.ABANDONED);
        Initiative closed = TownHallSquare.abandoned();
        assertThat(closed.history().get(closed.history().size() - 1).reason()).contains("State grant");
        assertRefused(() -> closed.recordActivity(ParticipationActivity.builder().from(closed.activities().get(0))
                .withId("too-late").build()), "L1", "status");
    }

    // ------------------------------------------------------------------------------------------
    // E6: an evaluation's evidence cites participation activities of the initiative it evaluates.

    @Test
    void e6_evidence_citing_an_activity_names_one_the_initiative_recorded() {
        Evaluation base = EmileBaslyPlayground.narrativeEvaluation();
        CriterionScore first = base.scores().get(0);
        Evidence planting = Evidence.builder().withKind(EvidenceKind.ACTIVITY).withText("Planting day with everyone")
                .withReference("planting-day").build();
        Evidence unknown = Evidence.builder().withKind(EvidenceKind.ACTIVITY).withText("A meeting nobody recorded")
                .withReference("no-such-activity").build();
        Evaluation citing = withEvidence(base, CriterionScore.builder().from(first).addEvidence(planting).build());
        Evaluation citingUnknown = withEvidence(base, CriterionScore.builder().from(first).addEvidence(planting, unknown).build());

        assertThat(EmileBaslyPlayground.closed().validateEvaluation(citing).violations()).isEmpty();
        assertThat(EmileBaslyPlayground.closed().validateEvaluation(citingUnknown).violations())
                .extracting(Violation::ruleId, Violation::path).containsExactly(tuple("E6", "scores[0].evidence[2].reference"));
        // Before the planting day was recorded, the same citation names nothing the record holds.
        assertThat(EmileBaslyPlayground.agreed().validateEvaluation(citing).violations())
                .extracting(Violation::ruleId, Violation::path).containsExactly(tuple("E6", "scores[0].evidence[1].reference"));
        assertThat(citing.validate().violations()).as("E6 needs the initiative").isEmpty();
    }

    private static Evaluation withEvidence(Evaluation evaluation, CriterionScore first) {
        List<CriterionScore> scores = new ArrayList<>(evaluation.scores());
        scores.set(0, first);
        return Evaluation.builder().from(evaluation).withScores(scores).build();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable operation, String ruleId, String path) {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class, operation);
        assertThat(refused).as("expected a refusal naming " + ruleId).isNotNull();
        assertThat(refused.report().violations()).as(refused.report().toString())
                .anySatisfy(v -> {
                    assertThat(v.ruleId()).isEqualTo(ruleId);
                    assertThat(v.path()).isEqualTo(path);
                });
    }

    @Test
    void the_activities_of_each_new_case_reach_the_level_its_plan_claims_phase_by_phase() {
        for (Initiative end : List.of(TownHallSquare.closed(), MineDeSoleil.closed(), LivingEnvironmentCharter.superseded(),
                LivingEnvironmentCharter.revisionInForce())) {
            PlannedVersusPractised report = PlannedVersusPractised
                    .of(end.involvementPlan(), end.activities());
            assertThat(report.shortfalls()).as(end.id()).isEmpty();
            assertThat(report.phases()).as(end.id()).anySatisfy(p -> assertThat(p.participants()).isPositive());
        }
        // The citizen company's general assembly decides, though the plan claims no level for the decision.
        assertThat(PlannedVersusPractised.of(MineDeSoleil.closed().involvementPlan(),
                MineDeSoleil.closed().activities()).phases()).filteredOn(p -> p.phase() == ProjectPhase.DECISION).singleElement()
                .satisfies(p -> {
                    assertThat(p.planned()).isEmpty();
                    assertThat(p.practised()).contains(CoConstructionLevel.CITIZEN_LED);
                    assertThat(p.participants()).isEqualTo(96);
                });
    }
}
