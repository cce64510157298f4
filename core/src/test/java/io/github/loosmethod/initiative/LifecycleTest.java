package io.github.loosmethod.initiative;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

    /** Later than every event of the fixtures, and after the convention's end. */
    private static final Instant LATER = KindFixtures.LATER;
    private static final Actor STRANGER = KindFixtures.STRANGER;

    private static final Map<InitiativeStatus, Initiative> FIXTURES = KindFixtures.FIXTURES.get(InitiativeKind.FIFTY_FIFTY);

    private static Decision decision(DecisionOutcome outcome, Instant at) {
        return Decision.of(COUNCILLOR, at, outcome, "Decided in the mayor's office");
    }

    private static Initiative breach(Initiative initiative, LocalDate on) {
        return KindFixtures.breach(initiative, on);
    }

    private static Initiative remedy(Initiative initiative, LocalDate on) {
        return KindFixtures.remedy(initiative, on);
    }

    @Test
    void every_status_of_every_kind_has_a_fixture_in_that_status() {
        for (Lifecycle lifecycle : Lifecycle.all()) {
            Map<InitiativeStatus, Initiative> fixtures = KindFixtures.FIXTURES.get(lifecycle.kind());
            assertThat(fixtures.keySet()).as(lifecycle.kind().name()).isEqualTo(lifecycle.statuses());
            fixtures.forEach((status, fixture) -> {
                assertThat(fixture.kind()).isEqualTo(lifecycle.kind());
                assertThat(fixture.status()).isEqualTo(status);
                assertThat(fixture.validate().errors()).as(lifecycle.kind() + " " + status).isEmpty();
            });
        }
    }

    static Stream<Arguments> everyTransitionFromEveryStatusOfEveryKind() {
        List<Arguments> cases = new ArrayList<>();
        for (Lifecycle lifecycle : Lifecycle.all()) {
            for (InitiativeStatus status : lifecycle.statuses()) {
                for (Transition transition : Transition.values()) {
                    boolean allowed = lifecycle.steps().stream()
                            .anyMatch(step -> step.transition() == transition && step.from() == status);
                    cases.add(Arguments.of(lifecycle.kind(), status, transition, allowed));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} from {1}: allowed={3}")
    @MethodSource("everyTransitionFromEveryStatusOfEveryKind")
    void every_transition_is_allowed_exactly_where_the_kinds_lifecycle_has_the_step(InitiativeKind kind, InitiativeStatus from,
            Transition transition, boolean allowed) {
        Initiative initiative = KindFixtures.FIXTURES.get(kind).get(from);
        assertThat(initiative.status()).isEqualTo(from);
        // A copy made before, to tell whether the operation touched the fixture, which every case shares.
        Initiative before = Initiative.builder().from(initiative).build();
        int events = initiative.history().size();

        if (allowed) {
            Initiative next = KindFixtures.attempt(initiative, transition);
            LifecycleEvent last = next.history().get(next.history().size() - 1);
            assertThat(last.transition()).isEqualTo(transition);
            assertThat(last.from()).isEqualTo(from);
            assertThat(Lifecycle.of(kind).step(transition, from, next.status())).as("a step of the kind").isPresent();
            assertThat(next.validate().errors()).as(next.validate().toString()).isEmpty();
        } else {
            TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                    () -> KindFixtures.attempt(initiative, transition));
            assertThat(refused).as("expected a refusal").isNotNull();
            assertThat(refused.report().ruleIds()).contains("L1");
            assertThat(refused.report().of(io.github.loosmethod.validation.Rule.L1)).singleElement()
                    .extracting(Violation::path).isEqualTo("status");
            assertThat(refused.operation()).isEqualTo(transition.name());
        }
        assertThat(initiative).as("the original is never changed").isEqualTo(before).hasSameHashCodeAs(before);
        assertThat(initiative.history()).as("the original's history").hasSize(events);
    }

    /** Each kind, status and transition whose step names a party the lifecycle checks itself (guard L2). */
    static Stream<Arguments> everyStepWithAParty() {
        List<Arguments> cases = new ArrayList<>();
        for (Lifecycle lifecycle : Lifecycle.all()) {
            lifecycle.steps().stream()
                    .filter(step -> step.party() != Lifecycle.Party.DECIDER && step.party() != Lifecycle.Party.SIGNER)
                    .map(step -> Arguments.of(lifecycle.kind(), step.from(), step.transition(), step.party()))
                    .distinct().forEach(cases::add);
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} from {1} by the wrong party, not {3}")
    @MethodSource("everyStepWithAParty")
    void l2_a_step_made_by_the_wrong_party_is_refused_naming_the_party(InitiativeKind kind, InitiativeStatus from,
            Transition transition, Lifecycle.Party party) {
        KindFixtures.Cast cast = KindFixtures.CASTS.get(kind);
        // An actor of the town where applicants are expected; otherwise someone who is neither.
        Actor wrong = party == Lifecycle.Party.APPLICANTS ? cast.town() : STRANGER;
        Initiative initiative = KindFixtures.FIXTURES.get(kind).get(from);

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> KindFixtures.attempt(initiative, transition, wrong));

        assertThat(refused).as("expected a refusal").isNotNull();
        assertThat(refused.report().ruleIds()).as(refused.report().toString()).containsExactly("L2");
        Violation l2 = refused.report().violations().get(0);
        assertThat(l2.path()).isEqualTo("by");
        assertThat(l2.message(Locale.ENGLISH)).startsWith(wrong.id() + " cannot ").endsWith(PARTY_WORDS.get(party));
        assertThat(l2.message(Locale.FRENCH)).startsWith(wrong.id() + " ne peut pas ").endsWith(PARTY_MOTS.get(party));
        // The entitled party makes the same step.
        assertThat(KindFixtures.attempt(initiative, transition, KindFixtures.entitled(cast, party)).history())
                .hasSize(initiative.history().size() + 1);
    }

    private static final Map<Lifecycle.Party, String> PARTY_WORDS = Map.of(
            Lifecycle.Party.APPLICANTS, "only an applicant can.",
            Lifecycle.Party.TOWN, "only an actor of the town can.",
            Lifecycle.Party.APPLICANTS_OR_TOWN, "only an applicant or an actor of the town can.");
    private static final Map<Lifecycle.Party, String> PARTY_MOTS = Map.of(
            Lifecycle.Party.APPLICANTS, "seul un porteur le peut.",
            Lifecycle.Party.TOWN, "seul un acteur de la commune le peut.",
            Lifecycle.Party.APPLICANTS_OR_TOWN, "seul un porteur ou un acteur de la commune le peut.");

    static Stream<Arguments> wrongDeciders() {
        return Stream.of(
                Arguments.of(InitiativeKind.FIFTY_FIFTY, InitiativeStatus.UNDER_ASSESSMENT, Transition.ACCEPT,
                        LoosEnGohelle.TECHNICAL_SERVICES, "R3"),
                Arguments.of(InitiativeKind.FIFTY_FIFTY, InitiativeStatus.UNDER_ASSESSMENT, Transition.REJECT, STRANGER, "R3"),
                Arguments.of(InitiativeKind.MUNICIPAL_PROJECT, InitiativeStatus.DRAFT, Transition.ACCEPT,
                        LoosEnGohelle.TECHNICAL_SERVICES, "R3"),
                Arguments.of(InitiativeKind.CITIZEN_LED, InitiativeStatus.DRAFT, Transition.ACCEPT, LoosEnGohelle.MAYOR, "M7"),
                Arguments.of(InitiativeKind.CITIZEN_LED, InitiativeStatus.DRAFT, Transition.REJECT,
                        LoosEnGohelle.MUNICIPAL_COUNCIL, "M7"),
                Arguments.of(InitiativeKind.CO_CONSTRUCTED_POLICY, InitiativeStatus.DRAFT, Transition.ADOPT, LoosEnGohelle.MAYOR, "M6"),
                Arguments.of(InitiativeKind.CO_CONSTRUCTED_POLICY, InitiativeStatus.IN_FORCE, Transition.REPEAL,
                        LoosEnGohelle.MAYOR, "M6"));
    }

    @ParameterizedTest(name = "{0}: {2} decided by {3} is refused by {4}")
    @MethodSource("wrongDeciders")
    void a_decision_by_someone_the_kind_does_not_let_decide_is_refused_by_its_rule(InitiativeKind kind, InitiativeStatus from,
            Transition transition, Actor decider, String rule) {
        KindFixtures.Cast cast = KindFixtures.CASTS.get(kind);
        Initiative initiative = KindFixtures.FIXTURES.get(kind).get(from);
        DecisionOutcome outcome = java.util.Arrays.stream(DecisionOutcome.values()).filter(o -> o.transition() == transition)
                .findFirst().orElseThrow();
        Decision wrong = cast.decision(decider, outcome, LATER);
        int decided = initiative.decisions().size();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class, () -> decide(initiative, wrong));

        assertThat(refused).as("expected a refusal").isNotNull();
        assertThat(refused.report().ruleIds()).as(refused.report().toString()).containsExactly(rule);
        assertThat(refused.report().violations()).extracting(Violation::path).contains("decisions[" + decided + "].decidedBy");
        assertThat(decide(initiative, cast.decision(outcome, LATER)).decisions()).hasSize(decided + 1);
    }

    private static Initiative decide(Initiative initiative, Decision decision) {
        switch (decision.outcome()) {
            case ACCEPTED:
                return initiative.accept(decision);
            case REJECTED:
                return initiative.reject(decision);
            case ADOPTED:
                return initiative.adopt(decision);
            case REPEALED:
                return initiative.repeal(decision);
            default:
                return initiative.requestRework(decision);
        }
    }

    static Stream<Arguments> wrongSigners() {
        Supplier<Initiative> emileBasly = EmileBaslyPlayground::conventionDrafted;
        Supplier<Initiative> townHall = io.github.loosmethod.testkit.cases.TownHallSquare::agreementDrafted;
        Supplier<Initiative> mineDeSoleil = io.github.loosmethod.testkit.cases.MineDeSoleil::agreementDrafted;
        return Stream.of(
                Arguments.of(InitiativeKind.FIFTY_FIFTY, emileBasly, Side.APPLICANTS, STRANGER, EmileBaslyPlayground.CONVENTION_START),
                Arguments.of(InitiativeKind.FIFTY_FIFTY, emileBasly, Side.TOWN, LoosEnGohelle.TECHNICAL_SERVICES,
                        EmileBaslyPlayground.CONVENTION_START),
                Arguments.of(InitiativeKind.MUNICIPAL_PROJECT, townHall, Side.APPLICANTS, STRANGER,
                        io.github.loosmethod.testkit.cases.TownHallSquare.AGREEMENT_START),
                Arguments.of(InitiativeKind.CITIZEN_LED, mineDeSoleil, Side.TOWN, io.github.loosmethod.testkit.cases.MineDeSoleil.COMPANY,
                        io.github.loosmethod.testkit.cases.MineDeSoleil.AGREEMENT_START));
    }

    @ParameterizedTest(name = "{0}: {3} signs for the {2}")
    @MethodSource("wrongSigners")
    void m4_a_signature_by_someone_who_may_not_sign_for_that_side_is_refused(InitiativeKind kind, Supplier<Initiative> draft,
            Side side, Actor signer, LocalDate day) {
        Initiative drafted = draft.get();
        assertThat(drafted.kind()).isEqualTo(kind);

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> drafted.sign(Signature.of(side, signer, day), LATER, "Signed"));

        assertThat(refused).as("expected a refusal").isNotNull();
        assertThat(refused.report().ruleIds()).as(refused.report().toString()).contains("M4");
        assertThat(refused.report().of(io.github.loosmethod.validation.Rule.M4)).extracting(Violation::path)
                .containsExactly("convention.signatures[0].signer");
    }

    @Test
    void events_record_who_when_and_why() {
        Instant when = at(LocalDate.of(2022, 2, 14), 10);
        Initiative submitted = EmileBaslyPlayground.draft().submit(SCHOOL, when, "Action plan ready");

        assertThat(submitted.history()).singleElement().satisfies(event -> {
            assertThat(event.transition()).isEqualTo(Transition.SUBMIT);
            assertThat(event.from()).isEqualTo(InitiativeStatus.DRAFT);
            assertThat(event.to()).isEqualTo(InitiativeStatus.SUBMITTED);
            assertThat(event.by()).isEqualTo(SCHOOL);
            assertThat(event.at()).isEqualTo(when);
            assertThat(event.reason()).isEqualTo("Action plan ready");
        });
    }

    @Test
    void a_decision_records_its_assessment_and_its_reasons() {
        Initiative accepted = EmileBaslyPlayground.accepted();

        assertThat(accepted.assessment()).contains(EmileBaslyPlayground.assessment());
        LifecycleEvent event = accepted.history().get(accepted.history().size() - 1);
        assertThat(event.by()).isEqualTo(COUNCILLOR);
        assertThat(event.at()).isEqualTo(EmileBaslyPlayground.assessment().decidedAt());
        assertThat(event.reason()).contains("Credible").contains("General interest");
    }

    @Test
    void rework_sends_the_request_back_and_it_can_be_assessed_again() {
        Initiative reworked = EmileBaslyPlayground.underAssessment()
                .requestRework(decision(DecisionOutcome.REWORK_REQUESTED, at(LocalDate.of(2022, 2, 20), 9)));
        Initiative accepted = reworked
                .startAssessment(COUNCILLOR, at(LocalDate.of(2022, 3, 1), 9), "Completed request received")
                .accept(EmileBaslyPlayground.assessment());

        assertThat(reworked.status()).isEqualTo(InitiativeStatus.SUBMITTED);
        assertThat(reworked.assessment().orElseThrow().outcome()).isEqualTo(DecisionOutcome.REWORK_REQUESTED);
        assertThat(accepted.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(accepted.decisions()).extracting(Decision::outcome)
                .containsExactly(DecisionOutcome.REWORK_REQUESTED, DecisionOutcome.ACCEPTED);
        assertThat(accepted.validate().errors()).isEmpty();
        // The co-production claims still await the convention: warnings only.
        assertThat(accepted.validate().ruleIds()).containsExactly("P2");
    }

    @Test
    void the_first_signature_keeps_it_accepted_and_the_second_side_makes_it_agreed() {
        Initiative drafted = EmileBaslyPlayground.conventionDrafted();
        LocalDate day = EmileBaslyPlayground.CONVENTION_START;

        Initiative townSigned = drafted.sign(Signature.of(Side.TOWN, COUNCILLOR, day), at(day, 9), "Signed at the town hall");
        Initiative bothSigned = townSigned.sign(Signature.of(Side.APPLICANTS, SCHOOL, day), at(day, 10), "Signed at the town hall");

        assertThat(townSigned.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(bothSigned.status()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(bothSigned.convention().orElseThrow().signatures()).hasSize(2);
        assertThat(bothSigned.history().get(bothSigned.history().size() - 1).to()).isEqualTo(InitiativeStatus.AGREED);
    }

    @Test
    void resume_returns_to_the_status_that_was_suspended() {
        Initiative inStewardship = EmileBaslyPlayground.inStewardship();
        Initiative suspended = breach(inStewardship, LocalDate.of(2022, 8, 1))
                .suspend(COUNCILLOR, at(LocalDate.of(2022, 8, 2), 9), "Plantings left unwatered");
        Initiative resumed = remedy(suspended, LocalDate.of(2022, 8, 10))
                .resume(COUNCILLOR, at(LocalDate.of(2022, 8, 10), 9), "Watering rota restored");

        assertThat(suspended.status()).isEqualTo(InitiativeStatus.SUSPENDED);
        assertThat(resumed.status()).isEqualTo(InitiativeStatus.IN_STEWARDSHIP);
    }

    @Test
    void l2_only_entitled_actors_perform_an_operation() {
        assertRefused(() -> EmileBaslyPlayground.draft().submit(COUNCILLOR, LATER, "x"), "L2", "by");
        assertRefused(() -> EmileBaslyPlayground.submitted().startAssessment(SCHOOL, LATER, "x"), "L2", "by");
        assertRefused(() -> EmileBaslyPlayground.agreed().startWork(STRANGER, LATER, "x"), "L2", "by");
        assertRefused(() -> EmileBaslyPlayground.inStewardship().close(PARENTS, LATER, "x"), "L2", "by");
        assertRefused(() -> EmileBaslyPlayground.submitted().withdraw(COUNCILLOR, LATER, "x"), "L2", "by");
    }

    @Test
    void l3_events_cannot_go_back_in_time() {
        Instant before = at(LocalDate.of(2022, 2, 15), 9);

        assertRefused(() -> EmileBaslyPlayground.underAssessment().startAssessment(COUNCILLOR, before, "x"), "L1", "status");
        assertRefused(() -> EmileBaslyPlayground.underAssessment()
                .accept(decision(DecisionOutcome.ACCEPTED, before)), "L3", "at");
    }

    @Test
    void a_refusal_names_every_failed_guard_at_once() {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.agreed().suspend(STRANGER, Instant.EPOCH, "x"));

        assertThat(refused.report().ruleIds()).containsExactly("L2", "L3", "L4");
        assertThat(refused.getMessage()).contains("SUSPEND refused").contains("L2").contains("L3").contains("L4");
    }

    @Test
    void a_status_that_does_not_allow_the_step_is_refused_with_the_party_and_the_time_too() {
        // Wherever the kind allows the works to start, one party may start them: told in the same round as L1.
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.submitted().startWork(STRANGER, Instant.EPOCH, "x"));

        assertThat(refused.report().ruleIds()).containsExactly("L1", "L2", "L3");
    }

    @Test
    void l4_suspension_needs_a_breached_commitment() {
        assertRefused(() -> KindFixtures.FIXTURES.get(InitiativeKind.CITIZEN_LED).get(InitiativeStatus.IN_PROGRESS)
                .suspend(LoosEnGohelle.MAYOR, LATER, "x"), "L4", "convention.commitments");
        assertRefused(() -> EmileBaslyPlayground.agreed().suspend(COUNCILLOR, LATER, "x"), "L4", "convention.commitments");
    }

    @Test
    void l5_resumption_needs_every_breach_remedied() {
        assertRefused(() -> FIXTURES.get(InitiativeStatus.SUSPENDED).resume(COUNCILLOR, LATER, "x"), "L5",
                "convention.commitments[0].status");
        assertRefused(() -> KindFixtures.FIXTURES.get(InitiativeKind.CITIZEN_LED).get(InitiativeStatus.SUSPENDED)
                .resume(LoosEnGohelle.MAYOR, LATER, "x"), "L5", "convention.commitments[1].status");
    }

    @Test
    void l6_a_convention_is_signed_once_drafted_and_not_redrafted_once_signed() {
        Signature town = Signature.of(Side.TOWN, COUNCILLOR, EmileBaslyPlayground.CONVENTION_START);
        Initiative townSigned = EmileBaslyPlayground.conventionDrafted().sign(town, LATER, "Signed at the town hall");

        assertRefused(() -> EmileBaslyPlayground.accepted().sign(town, LATER, "Signed at the town hall"), "L6", "convention");
        assertRefused(() -> townSigned.draftConvention(EmileBaslyPlayground.convention()), "L6", "convention.signatures");
        assertRefused(() -> EmileBaslyPlayground.accepted().draftConvention(EmileBaslyPlayground.convention().withSignature(town)),
                "L6", "convention.signatures");
        assertRefused(() -> EmileBaslyPlayground.agreed().draftConvention(EmileBaslyPlayground.convention()), "L1", "status");
    }

    @Test
    void a_draft_nobody_signed_can_be_replaced() {
        Convention shorter = Convention.builder().from(EmileBaslyPlayground.convention())
                .withEndDate(LocalDate.of(2022, 12, 31)).build();

        Initiative redrafted = EmileBaslyPlayground.conventionDrafted().draftConvention(shorter);

        assertThat(redrafted.convention()).contains(shorter);
    }

    @Test
    void l7_a_signature_is_not_dated_after_it_is_recorded() {
        assertRefused(() -> EmileBaslyPlayground.conventionDrafted().sign(
                Signature.of(Side.TOWN, COUNCILLOR, LocalDate.of(2022, 3, 20)), at(LocalDate.of(2022, 3, 19), 9), "Signed at the town hall"),
                "L7", "signature.date");
    }

    @Test
    void a_signature_the_convention_cannot_hold_is_refused_naming_its_field() {
        LocalDate day = EmileBaslyPlayground.CONVENTION_START;
        Initiative townSigned = EmileBaslyPlayground.conventionDrafted().sign(Signature.of(Side.TOWN, COUNCILLOR, day), at(day, 9),
                "Signed at the town hall");
        LocalDate afterTheEnd = EmileBaslyPlayground.CONVENTION_END.plusDays(1);

        InvalidValueException twice = catchThrowableOfType(InvalidValueException.class, () -> townSigned.sign(
                Signature.of(Side.TOWN, COUNCILLOR, day), at(day, 10), "Signed again"));
        InvalidValueException late = catchThrowableOfType(InvalidValueException.class, () -> townSigned.sign(
                Signature.of(Side.APPLICANTS, SCHOOL, afterTheEnd), at(afterTheEnd, 10), "Signed too late"));

        assertThat(twice.field()).isEqualTo("signatures");
        assertThat(twice.value()).isEqualTo("\"TOWN/elue-pascale-eslan\"");
        assertThat(late.field()).isEqualTo("signatures[1].date");
        assertThat(late.value()).isEqualTo(afterTheEnd.toString());
    }

    @Test
    void l8_an_assessment_is_used_only_for_the_decision_it_records() {
        Decision rejection = decision(DecisionOutcome.REJECTED, LATER);

        assertRefused(() -> EmileBaslyPlayground.underAssessment().accept(rejection), "L8", "decision.outcome");
        assertRefused(() -> EmileBaslyPlayground.underAssessment()
                .requestRework(decision(DecisionOutcome.ACCEPTED, LATER)), "L8", "decision.outcome");
        KindFixtures.Cast council = KindFixtures.CASTS.get(InitiativeKind.CO_CONSTRUCTED_POLICY);
        assertRefused(() -> KindFixtures.FIXTURES.get(InitiativeKind.CO_CONSTRUCTED_POLICY).get(InitiativeStatus.DRAFT)
                .adopt(council.decision(DecisionOutcome.ACCEPTED, LATER)), "L8", "decision.outcome");
        assertRefused(() -> KindFixtures.FIXTURES.get(InitiativeKind.CO_CONSTRUCTED_POLICY).get(InitiativeStatus.IN_FORCE)
                .repeal(council.decision(DecisionOutcome.ADOPTED, LATER)), "L8", "decision.outcome");
    }

    @Test
    void r1_r2_r14_submission_checks_the_request() {
        Initiative empty = Initiative.builder().from(EmileBaslyPlayground.draft())
                .withPurpose(Purpose.of(" ", "")).build();
        Initiative withoutSchool = Initiative.builder().from(EmileBaslyPlayground.draft())
                .withApplicants(List.of(EmileBaslyPlayground.PUPILS, PARENTS)).build();

        assertRefused(() -> empty.submit(PARENTS, LATER, "x"), "R2", "purpose.livingEnvironment");
        assertRefused(() -> withoutSchool.submit(PARENTS, LATER, "x"), "R14", "applicants[0]");
    }

    @Test
    void r3_r10_a_decision_is_taken_by_elected_officials_who_are_not_applicants() {
        Decision byServices = Decision.of(LoosEnGohelle.TECHNICAL_SERVICES, LATER,
                DecisionOutcome.ACCEPTED, "Looks fine");
        Initiative councillorApplies = Initiative.builder().from(EmileBaslyPlayground.underAssessment())
                .addApplicant(COUNCILLOR).build();

        assertRefused(() -> EmileBaslyPlayground.underAssessment().accept(byServices), "R3", "decisions[0].decidedBy");
        assertRefused(() -> councillorApplies.accept(decision(DecisionOutcome.ACCEPTED, LATER)), "R10", "decisions[0].decidedBy");
        assertRefused(() -> EmileBaslyPlayground.underAssessment().reject(Decision.of(SCHOOL, LATER,
                DecisionOutcome.REJECTED, "x")), "R3", "decisions[0].decidedBy");
    }

    @Test
    void r6_r8_a_draft_convention_is_checked_commitment_by_commitment() {
        Convention townDoesTheWorks = Convention.builder().from(EmileBaslyPlayground.convention())
                .addCommitment(Commitment.of("town-works", Side.TOWN, LoosEnGohelle.TECHNICAL_SERVICES,
                        CommitmentKind.REALISATION, "The services green the playground"))
                .build();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.accepted().draftConvention(townDoesTheWorks));

        assertThat(refused.report().ruleIds()).containsExactly("R6", "R8");
        assertThat(refused.operation()).isEqualTo("DRAFT_CONVENTION");
    }

    @Test
    void a_convention_without_upkeep_is_refused_when_drafted_and_at_the_agreeing_signature() {
        Convention withoutUpkeep = Convention.builder().from(EmileBaslyPlayground.convention())
                .withCommitments(EmileBaslyPlayground.convention().commitments().stream()
                        .filter(c -> c.kind() != CommitmentKind.STEWARDSHIP).collect(Collectors.toList()))
                .build();
        LocalDate day = EmileBaslyPlayground.CONVENTION_START;
        // Drafting tells at once what the agreeing signature would refuse.
        TransitionRefusedException atDrafting = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.accepted().draftConvention(withoutUpkeep));
        // A record brought from elsewhere with that draft, signed by the applicants, is refused the town's signature.
        Initiative applicantsSigned = Initiative.builder().from(EmileBaslyPlayground.accepted()).withConvention(withoutUpkeep).build()
                .sign(Signature.of(Side.APPLICANTS, SCHOOL, day), at(day, 9), "Signed at the town hall");

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> applicantsSigned.sign(Signature.of(Side.TOWN, COUNCILLOR, day), at(day, 10), "Signed at the town hall"));

        assertThat(atDrafting.report().ruleIds()).containsExactly("R15", "R7");
        assertThat(atDrafting.operation()).isEqualTo("DRAFT_CONVENTION");
        assertThat(refused.report().ruleIds()).containsExactly("R15", "R7");
        assertThat(refused.report().violations()).extracting(Violation::path)
                .containsExactly("convention.commitments", "involvementPlan.levels[STEWARDSHIP]");
        assertThat(applicantsSigned.status()).isEqualTo(InitiativeStatus.ACCEPTED);
    }

    @Test
    void m4_only_an_applicant_signs_for_the_applicants() {
        LocalDate day = EmileBaslyPlayground.CONVENTION_START;

        assertRefused(() -> EmileBaslyPlayground.conventionDrafted().sign(Signature.of(Side.APPLICANTS, STRANGER, day),
                at(day, 9), "Signed at the town hall"), "M4", "convention.signatures[0].signer");
    }

    @Test
    void r11_no_commitment_progresses_before_the_agreement() {
        assertRefused(() -> EmileBaslyPlayground.agreed().recordCommitmentStatus("town-tools",
                CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 3, 1), "Tools lent early"),
                "R11", "convention.commitments[0].history[0].on");
        assertRefused(() -> EmileBaslyPlayground.conventionDrafted().recordCommitmentStatus("town-tools",
                CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 3, 20), "Too soon"), "L1", "status");
    }

    @Test
    void r12_stewardship_runs_until_the_convention_ends() {
        assertRefused(() -> EmileBaslyPlayground.inStewardship().recordCommitmentStatus("school-upkeep",
                CommitmentStatus.FULFILLED, LocalDate.of(2022, 9, 1), "Done"), "R12",
                "convention.commitments[5].history[1].on");
        assertRefused(() -> EmileBaslyPlayground.inStewardship().close(COUNCILLOR, at(LocalDate.of(2023, 1, 10), 9), "x"),
                "R12", "history[11].at");
    }

    @Test
    void m5_closing_needs_every_commitment_but_stewardship_settled() {
        Initiative hasty = EmileBaslyPlayground.agreed()
                .startWork(PARENTS, at(LocalDate.of(2022, 4, 11), 8), "Start")
                .deliver(PARENTS, at(LocalDate.of(2022, 4, 12), 8), "Delivered in a hurry")
                .startStewardship(SCHOOL, at(LocalDate.of(2022, 4, 13), 8), "Upkeep");

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> hasty.close(COUNCILLOR, LATER, "Closing"));

        assertThat(refused.report().ruleIds()).containsExactly("M5");
        assertThat(refused.report().violations()).extracting(Violation::path).containsExactly(
                "convention.commitments[0].status", "convention.commitments[1].status",
                "convention.commitments[2].status", "convention.commitments[3].status",
                "convention.commitments[4].status");
    }

    @Test
    void a_commitment_moves_only_along_its_own_lifecycle() {
        Initiative inProgress = EmileBaslyPlayground.inProgress();

        assertThatThrownBy(() -> inProgress.recordCommitmentStatus("pupils-action-plan", CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2022, 4, 12), "Again")).isInstanceOf(InvalidValueException.class)
                .hasMessage("to: a commitment cannot move from fulfilled to in progress (was IN_PROGRESS)");
        assertThatThrownBy(() -> inProgress.recordCommitmentStatus("no-such-commitment", CommitmentStatus.FULFILLED,
                LocalDate.of(2022, 4, 12), "x")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("commitmentId").hasMessageContaining("no-such-commitment");
        assertThatThrownBy(() -> inProgress.recordCommitmentStatus("parents-asphalt", CommitmentStatus.FULFILLED,
                LocalDate.of(2022, 4, 1), "Back in time")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("history[1].on");
    }

    @Test
    void null_arguments_are_refused_with_the_parameter_name() {
        Initiative draft = EmileBaslyPlayground.draft();

        assertThatThrownBy(() -> draft.submit(null, LATER, "x")).isInstanceOf(NullPointerException.class).hasMessage("by");
        assertThatThrownBy(() -> draft.submit(SCHOOL, null, "x")).isInstanceOf(NullPointerException.class).hasMessage("at");
        assertThatThrownBy(() -> draft.submit(SCHOOL, LATER, null)).isInstanceOf(NullPointerException.class).hasMessage("reason");
        assertThatThrownBy(() -> draft.accept(null)).isInstanceOf(NullPointerException.class).hasMessage("decision");
        assertThatThrownBy(() -> draft.submit(SCHOOL, LATER, " ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason");
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
}
