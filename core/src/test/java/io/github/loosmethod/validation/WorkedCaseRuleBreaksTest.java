package io.github.loosmethod.validation;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.MineDeSoleil;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the method about initiatives, broken one at a time on the worked cases of each kind
 * (fifty-fifty, municipal project, citizen-led initiative, co-constructed policy): each break is
 * reported with exactly that rule's id as its only error, at the expected path, with messages in
 * both languages.
 */
class WorkedCaseRuleBreaksTest {

    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);

    private static Arguments breaking(Rule rule, String how, Supplier<Initiative> broken, String path) {
        return Arguments.of(rule, how, broken, path);
    }

    static Stream<Arguments> breaks() {
        return Stream.of(
                breaking(Rule.R1, "the municipality applies", () -> Breaks.withApplicants(StreetFlowerBoxes.draft(),
                        LoosEnGohelle.MUNICIPALITY), "applicants[0].kind"),
                breaking(Rule.R1, "only a company applies", () -> Breaks.withApplicants(StreetFlowerBoxes.draft(),
                        Actor.of("garden-centre", "Garden centre", ActorKind.COMPANY)), "applicants"),
                breaking(Rule.R2, "no general-interest statement", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .withPurpose(Purpose.of("Shade and coolness in the playground.", " ")).build(), "purpose.generalInterest"),
                breaking(Rule.R2, "no living-environment statement", () -> Initiative.builder().from(StreetFlowerBoxes.draft())
                        .withPurpose(Purpose.of("", "For every passer-by.")).build(), "purpose.livingEnvironment"),
                breaking(Rule.R3, "accepted by the technical services", () -> Initiative.builder()
                        .from(EmileBaslyPlayground.closed()).withDecisions(List.of(Decision.builder()
                                .from(EmileBaslyPlayground.assessment()).withDecidedBy(LoosEnGohelle.TECHNICAL_SERVICES).build()))
                        .build(), "decisions[0].decidedBy"),
                breaking(Rule.R3, "accepted without an assessment", () -> Initiative.builder()
                        .from(EmileBaslyPlayground.closed()).withDecisions(List.of()).build(), "decisions"),
                breaking(Rule.R4, "the town never signed", () -> Breaks.withoutSignatures(EmileBaslyPlayground.agreed(),
                        s -> s.side() == Side.TOWN), "convention.signatures"),
                breaking(Rule.R5, "the town commits to nothing", () -> Breaks.withoutCommitments(EmileBaslyPlayground.closed(),
                        c -> c.side() == Side.TOWN), "convention.commitments"),
                breaking(Rule.R6, "the town commits to design", () -> Breaks.commitment(EmileBaslyPlayground.agreed(),
                        "town-technical-support", c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN).build()),
                        "convention.commitments[1].kind"),
                breaking(Rule.R7, "the applicants take no stewardship", () -> Breaks.commitment(EmileBaslyPlayground.agreed(),
                        "school-upkeep", c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN).build()),
                        "convention.commitments"),
                breaking(Rule.R8, "the technical services do the greening", () -> Breaks.commitment(EmileBaslyPlayground.agreed(),
                        "greening-together", c -> Commitment.builder().from(c).withResponsible(LoosEnGohelle.TECHNICAL_SERVICES)
                                .build()), "convention.commitments[4].responsible"),
                breaking(Rule.R10, "the deciding councillor is also an applicant", () -> Breaks.withApplicants(
                        EmileBaslyPlayground.closed(), EmileBaslyPlayground.PUPILS, SCHOOL, EmileBaslyPlayground.LOOS_NGOURMA,
                        PARENTS, COUNCILLOR), "decisions[0].decidedBy"),
                breaking(Rule.R11, "the asphalt came off before the signatures", () -> Breaks.commitment(
                        EmileBaslyPlayground.agreed(), "parents-asphalt",
                        c -> c.moveTo(CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 3, 1), "Started early")),
                        "convention.commitments[3].history[0].on"),
                breaking(Rule.R12, "stewardship due before the convention ends", () -> Breaks.commitment(
                        EmileBaslyPlayground.closed(), "school-upkeep",
                        c -> Commitment.builder().from(c).withDueDate(LocalDate.of(2022, 12, 31)).build()),
                        "convention.commitments[5].dueDate"),
                breaking(Rule.R12, "stewardship declared done half-way", () -> Breaks.commitment(
                        EmileBaslyPlayground.inStewardship(), "school-upkeep",
                        c -> c.moveTo(CommitmentStatus.FULFILLED, LocalDate.of(2022, 9, 1), "Summer is over")),
                        "convention.commitments[5].history[1].on"),
                breaking(Rule.R14, "the pupils apply without their school", () -> Breaks.withApplicants(
                        EmileBaslyPlayground.draft(), EmileBaslyPlayground.PUPILS, EmileBaslyPlayground.LOOS_NGOURMA, PARENTS),
                        "applicants[0]"),
                breaking(Rule.R14, "the pupils sign without their school", () -> Breaks.withoutSignatures(
                        EmileBaslyPlayground.agreed(), s -> s.signer().equals(SCHOOL)), "convention.signatures[0]"),
                breaking(Rule.R15, "co-production claimed for the evaluation", () -> Initiative.builder()
                        .from(EmileBaslyPlayground.agreed()).withInvolvementPlan(EmileBaslyPlayground.agreed().involvementPlan()
                                .with(ProjectPhase.EVALUATION, CoConstructionLevel.CO_PRODUCTION)).build(),
                        "involvementPlan.levels[EVALUATION]"),
                breaking(Rule.M1, "the parents described two ways", () -> Breaks.commitment(EmileBaslyPlayground.closed(),
                        "parents-asphalt", c -> Commitment.builder().from(c).withResponsible(Actor.of(PARENTS.id(),
                                "Somebody else", ActorKind.RESIDENT_GROUP)).build()),
                        "convention.commitments[3].responsible"),
                breaking(Rule.M2, "a passer-by holds the pupils' design task", () -> Breaks.commitment(
                        EmileBaslyPlayground.agreed(), "pupils-action-plan",
                        c -> Commitment.builder().from(c).withResponsible(STRANGER).build()),
                        "convention.commitments[2].responsible"),
                breaking(Rule.M4, "the technical services sign for the town", () -> Breaks.convention(
                        Breaks.withoutSignatures(EmileBaslyPlayground.agreed(), s -> s.side() == Side.TOWN),
                        c -> c.withSignature(io.github.loosmethod.commitment.Signature.of(Side.TOWN,
                                LoosEnGohelle.TECHNICAL_SERVICES, EmileBaslyPlayground.CONVENTION_START))),
                        "convention.signatures[4].signer"),
                breaking(Rule.M5, "closed with technical support never given", () -> Breaks.commitment(
                        EmileBaslyPlayground.closed(), "town-technical-support",
                        c -> Commitment.builder().from(c).withHistory(java.util.List.of()).build()),
                        "convention.commitments[1].status"),
                // A municipal project.
                breaking(Rule.R3, "a municipal project approved by its services", () -> withDecision(TownHallSquare.closed(), 0,
                        d -> Decision.builder().from(d).withDecidedBy(LoosEnGohelle.TECHNICAL_SERVICES).withCouncilVote(
                                Optional.empty()).build()), "decisions[0].decidedBy"),
                breaking(Rule.R3, "a municipal project started without its approval", () -> Initiative.builder()
                        .from(TownHallSquare.closed()).withDecisions(List.of()).build(), "decisions"),
                breaking(Rule.R12, "the gardeners' upkeep due a year early", () -> Breaks.commitment(TownHallSquare.closed(),
                        "gardeners-upkeep", c -> Commitment.builder().from(c).withDueDate(LocalDate.of(2022, 8, 31)).build()),
                        "convention.commitments[3].dueDate"),
                breaking(Rule.P3, "works started with nobody to tend the beds", () -> Breaks.withoutCommitments(
                        TownHallSquare.inProgress(), c -> c.id().equals("gardeners-upkeep")), "involvementPlan.levels[STEWARDSHIP]"),
                breaking(Rule.M8, "approved although the council voted against", () -> withDecision(TownHallSquare.closed(), 0,
                        d -> Decision.builder().from(d).withCouncilVote(CouncilVote.of(5, 20, 4)).build()),
                        "decisions[0].councilVote"),
                breaking(Rule.M9, "a municipal project with a review date", () -> Initiative.builder().from(TownHallSquare.closed())
                        .withReviewDate(LocalDate.of(2030, 1, 1)).build(), "reviewDate"),
                // A citizen-led initiative.
                breaking(Rule.M7, "the town decides for the residents", () -> withDecision(MineDeSoleil.closed(), 0,
                        d -> Decision.builder().from(d).withDecidedBy(LoosEnGohelle.MAYOR).build()), "decisions[0].decidedBy"),
                breaking(Rule.M7, "the residents' decision without their vote", () -> withDecision(MineDeSoleil.closed(), 0,
                        d -> Decision.builder().from(d).withResidentsVote(Optional.empty()).build()), "decisions[0].residentsVote"),
                breaking(Rule.M7, "decided with no decision recorded", () -> Initiative.builder().from(MineDeSoleil.closed())
                        .withDecisions(List.of()).build(), "decisions"),
                breaking(Rule.M9, "a citizen-led initiative that revises another record", () -> Initiative.builder()
                        .from(MineDeSoleil.closed()).withRevises("loos-2018-ic-older").build(), "revises"),
                breaking(Rule.R5, "the town commits to nothing for the company", () -> Breaks.withoutCommitments(
                        MineDeSoleil.closed(), c -> c.side() == Side.TOWN), "convention.commitments"),
                breaking(Rule.R6, "the town commits to design the plants", () -> Breaks.commitment(MineDeSoleil.closed(),
                        "town-advice", c -> Commitment.builder().from(c).withKind(CommitmentKind.DESIGN).build()),
                        "convention.commitments[1].kind"),
                breaking(Rule.R15, "agreed with nobody to operate the plants", () -> Breaks.withoutCommitments(
                        MineDeSoleil.agreed(), c -> c.id().equals("company-operation")), "involvementPlan.levels[STEWARDSHIP]"),
                breaking(Rule.M4, "a public partner signs for the town, without the town", () -> Breaks.convention(
                        Breaks.withoutSignatures(MineDeSoleil.agreed(), sig -> sig.side() == Side.TOWN),
                        c -> c.withSignature(Signature.of(Side.TOWN, REGION, MineDeSoleil.AGREEMENT_START))),
                        "convention.signatures[1].signer"),
                // A co-constructed policy.
                breaking(Rule.M6, "the charter adopted by the mayor alone", () -> withDecision(LivingEnvironmentCharter.inForce(), 0,
                        d -> Decision.builder().from(d).withDecidedBy(LoosEnGohelle.MAYOR).withCouncilVote(Optional.empty())
                                .build()), "decisions[0].decidedBy"),
                breaking(Rule.M6, "the charter adopted without the deliberation's number", () -> withDecision(
                        LivingEnvironmentCharter.inForce(), 0, d -> Decision.builder().from(d).withReference(Optional.empty())
                                .build()), "decisions[0].reference"),
                breaking(Rule.M6, "the charter repealed by the mayor alone", () -> withDecision(LivingEnvironmentCharter.repealed(), 1,
                        d -> Decision.builder().from(d).withDecidedBy(LoosEnGohelle.MAYOR).withCouncilVote(Optional.empty())
                                .build()), "decisions[1].decidedBy"),
                breaking(Rule.M8, "repealed although the council voted to keep it", () -> withDecision(
                        LivingEnvironmentCharter.repealed(), 1, d -> Decision.builder().from(d)
                                .withCouncilVote(CouncilVote.of(10, 15, 4)).build()), "decisions[1].councilVote"),
                breaking(Rule.M9, "a review date before the adoption", () -> Initiative.builder()
                        .from(LivingEnvironmentCharter.inForce()).withReviewDate(LocalDate.of(1999, 12, 31)).build(), "reviewDate"),
                breaking(Rule.M9, "a charter that revises itself", () -> Initiative.builder()
                        .from(LivingEnvironmentCharter.revisionInForce()).withRevises(LivingEnvironmentCharter.REVISED_ID).build(),
                        "revises"),
                breaking(Rule.P3, "a policy claiming co-production", () -> Initiative.builder()
                        .from(LivingEnvironmentCharter.inForce()).withInvolvementPlan(LivingEnvironmentCharter.inForce()
                                .involvementPlan().with(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION)).build(),
                        "involvementPlan.levels[IMPLEMENTATION]"),
                breaking(Rule.P3, "a policy draft claiming co-production", () -> Initiative.builder()
                        .from(LivingEnvironmentCharter.draft()).withInvolvementPlan(LivingEnvironmentCharter.draft()
                                .involvementPlan().with(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION)).build(),
                        "involvementPlan.levels[STEWARDSHIP]"));
    }

    /** A public partner of the town (<em>partenaire public</em>): illustrative. */
    private static final Actor REGION = Actor.of("region-hauts-de-france", "Région Hauts-de-France", ActorKind.PUBLIC_PARTNER);

    private static Initiative withDecision(Initiative initiative, int index, UnaryOperator<Decision> edit) {
        List<Decision> decisions = new java.util.ArrayList<>(initiative.decisions());
        decisions.set(index, edit.apply(decisions.get(index)));
        return Initiative.builder().from(initiative).withDecisions(decisions).build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("breaks")
    void each_break_is_reported_with_exactly_its_rule_and_path(Rule rule, String how, Supplier<Initiative> broken, String path) {
        Initiative initiative = broken.get();
        ValidationReport report = initiative.validate();

        // A draft may also carry the warnings of commitments still to come (P2): errors are the break's alone.
        assertThat(ValidationReport.of(report.errors()).ruleIds()).as(report.toString()).containsExactly(rule.id());
        assertThat(report.violations()).as(report.toString()).filteredOn(v -> v.severity() == Severity.WARNING)
                .allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.P2));
        assertThat(report.errors()).extracting(Violation::path).contains(path);
        assertThat(report.isValid()).isFalse();
        assertThat(initiative.lifecycle().rules()).as("a rule of the kind").contains(rule);
        Violation violation = report.violations().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow();
        assertThat(violation.message(Locale.ENGLISH)).isNotBlank().isNotEqualTo(violation.message(Locale.FRENCH));
        assertThat(violation.message(Locale.FRENCH)).isNotBlank();
    }

    @Test
    void every_error_rule_of_an_initiative_is_broken_above() {
        Set<Rule> broken = breaks().map(a -> (Rule) a.get()[0]).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        Set<Rule> expected = Rule.ofScope(RuleScope.INITIATIVE);
        expected.removeIf(rule -> rule.severity() == Severity.WARNING); // M3, P1, P2: covered below
        assertThat(broken).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void every_rule_of_a_kind_the_fifty_fifty_does_not_have_is_broken_on_a_case_of_that_kind() {
        for (Rule rule : List.of(Rule.M6, Rule.M7)) {
            Set<InitiativeKind> kinds = breaks().filter(a -> a.get()[0] == rule)
                    .map(a -> ((Supplier<?>) a.get()[2]).get()).map(i -> ((Initiative) i).kind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(InitiativeKind.class)));
            assertThat(kinds).as(rule.id()).containsExactlyElementsOf(Lifecycle.all().stream()
                    .filter(l -> l.rules().contains(rule)).map(Lifecycle::kind).collect(Collectors.toList()));
        }
    }

    @Test
    void p1_activities_below_the_planned_level_are_a_warning_naming_the_phase() {
        // The design workshops practised consultation only, where the plan claims concertation.
        Initiative broken = Initiative.builder().from(TownHallSquare.closed()).withActivities(TownHallSquare.closed().activities()
                .stream().map(a -> a.phase() == ProjectPhase.DESIGN
                        ? io.github.loosmethod.involvement.ParticipationActivity.builder().from(a)
                                .withLevel(CoConstructionLevel.CONSULTATION).build() : a)
                .collect(Collectors.toList())).build();

        ValidationReport report = broken.validate();

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.P1);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("involvementPlan.levels[DESIGN]");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "The plan claims \"concertation\" for the design phase, but its activities practised \"consultation\" at most.");
        });
        assertThat(report.isValid()).isTrue();
        assertThat(TownHallSquare.closed().validate().violations()).isEmpty();
    }

    @Test
    void p2_co_production_awaiting_a_convention_is_a_warning_until_the_convention_or_the_works() {
        // Before the agreement is drafted the association's upkeep is still to come: a warning.
        ValidationReport approved = TownHallSquare.approved().validate();
        // The same claim once the works start without any agreement: an error (R15), which refuses the start.
        io.github.loosmethod.initiative.TransitionRefusedException startedAlone = org.assertj.core.api.Assertions
                .catchThrowableOfType(io.github.loosmethod.initiative.TransitionRefusedException.class,
                        () -> TownHallSquare.approved().startWork(LoosEnGohelle.TECHNICAL_SERVICES,
                                LoosEnGohelle.at(LocalDate.of(2021, 10, 4), 8), "Works begin"));

        assertThat(approved.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.P2);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("involvementPlan.levels[STEWARDSHIP]");
        });
        assertThat(approved.isValid()).isTrue();
        assertThat(TownHallSquare.agreementDrafted().validate().violations()).isEmpty();
        assertThat(startedAlone.report().violations()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.api.Assertions.tuple("P3", "involvementPlan.levels[STEWARDSHIP]"));
    }

    @Test
    void m3_a_due_date_after_the_end_is_a_warning_that_keeps_the_record_valid() {
        Initiative broken = Breaks.commitment(EmileBaslyPlayground.agreed(), "town-tools",
                c -> Commitment.builder().from(c).withDueDate(LocalDate.of(2024, 1, 15)).build());

        ValidationReport report = broken.validate();

        assertThat(report.ruleIds()).containsExactly("M3");
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("convention.commitments[0].dueDate");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void r9_the_most_lopsided_contributions_are_reported_and_never_refused() {
        Initiative lopsided = Breaks.commitment(StreetFlowerBoxes.closed(), "planters",
                c -> Commitment.builder().from(c).withQuantity(io.github.loosmethod.commitment.Quantity.of(
                        1_000_000, io.github.loosmethod.commitment.QuantityUnit.EUROS)).build());

        assertThat(lopsided.validate().violations()).isEmpty();
        var report = lopsided.convention().orElseThrow().contributions();
        assertThat(report.shareOf(Side.TOWN, io.github.loosmethod.commitment.QuantityUnit.EUROS))
                .contains(java.math.BigDecimal.ONE);
        assertThat(report.shareOf(Side.APPLICANTS, io.github.loosmethod.commitment.QuantityUnit.EUROS))
                .contains(java.math.BigDecimal.ZERO);
        assertThat(Rule.R9.scope()).isEqualTo(RuleScope.GUARANTEE);
        assertThat(Rule.ofScope(RuleScope.INITIATIVE)).doesNotContain(Rule.R9);
    }

    @Test
    void fifty_fifty_rules_are_not_applied_to_a_municipal_project() {
        Initiative municipal = Initiative.builder().from(Breaks.withApplicants(StreetFlowerBoxes.draft(), LoosEnGohelle.MUNICIPALITY))
                .withKind(InitiativeKind.MUNICIPAL_PROJECT)
                .withPurpose(Purpose.of("", "")).build();

        ValidationReport report = municipal.validate();

        // Neither R1 (the town carries it) nor R2 (no purpose): only the co-production claims awaiting a partner agreement.
        assertThat(report.errors()).isEmpty();
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
                org.assertj.core.api.Assertions.tuple("P2", "involvementPlan.levels[IMPLEMENTATION]"),
                org.assertj.core.api.Assertions.tuple("P2", "involvementPlan.levels[STEWARDSHIP]"));
    }

    @Test
    void validating_some_rules_reports_those_rules_only() {
        Initiative broken = Initiative.builder().from(Breaks.withoutSignatures(EmileBaslyPlayground.agreed(),
                        s -> s.side() == Side.TOWN))
                .withPurpose(Purpose.of("", "")).build();

        assertThat(broken.validate(EnumSet.of(Rule.R4)).ruleIds()).containsExactly("R4");
        assertThat(broken.validate(EnumSet.of(Rule.R2)).ruleIds()).containsExactly("R2");
        assertThat(broken.validate(EnumSet.noneOf(Rule.class)).violations()).isEmpty();
    }

    @Test
    void an_initiative_built_without_an_involvement_plan_has_an_empty_one() {
        Initiative draft = StreetFlowerBoxes.draft();
        Initiative planless = Initiative.builder().withId(draft.id()).withTerritory(draft.territory()).withTitle(draft.title())
                .withPurpose(draft.purpose()).withKind(draft.kind()).addAllApplicants(draft.applicants()).build();

        assertThat(planless.involvementPlan()).isEqualTo(io.github.loosmethod.involvement.InvolvementPlan.empty());
    }

    @Test
    void several_breaks_are_all_reported_at_once() {
        Initiative broken = Initiative.builder().from(Breaks.withoutSignatures(EmileBaslyPlayground.agreed(),
                        s -> s.side() == Side.TOWN))
                .withPurpose(Purpose.of("", "")).build();

        ValidationReport report = broken.validate();

        assertThat(report.ruleIds()).containsExactly("R2", "R4");
        assertThat(report.violations()).extracting(Violation::path)
                .containsExactly("purpose.livingEnvironment", "purpose.generalInterest", "convention.signatures");
    }

    @Test
    void an_actor_described_two_ways_is_found_among_many_actors() {
        List<Actor> crowd = new java.util.ArrayList<>(EmileBaslyPlayground.closed().applicants());
        for (int i = 0; i < 40; i++) {
            crowd.add(Actor.of("neighbour-" + i, "Neighbour " + i, ActorKind.RESIDENT));
        }
        Initiative crowded = Initiative.builder().from(EmileBaslyPlayground.closed()).withApplicants(crowd).build();
        Initiative broken = Breaks.commitment(crowded, "parents-asphalt", c -> Commitment.builder().from(c)
                .withResponsible(Actor.of(PARENTS.id(), "Somebody else", ActorKind.RESIDENT_GROUP)).build());

        // The fortieth neighbour is far past the first actors met: a second, different description of them is still found.
        Initiative brokenLate = Breaks.commitment(crowded, "parents-asphalt", c -> Commitment.builder().from(c)
                .withResponsible(Actor.of("neighbour-39", "Somebody else", ActorKind.RESIDENT)).build());

        assertThat(crowded.validate(EnumSet.of(Rule.M1)).violations()).isEmpty();
        assertThat(broken.validate(EnumSet.of(Rule.M1)).violations()).extracting(Violation::path)
                .containsExactly("convention.commitments[3].responsible");
        assertThat(brokenLate.validate(EnumSet.of(Rule.M1)).violations()).extracting(Violation::path)
                .containsExactly("convention.commitments[3].responsible");
    }
}
