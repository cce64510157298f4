package io.github.loosmethod.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.Severity;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkedCasesTest {

    /** The co-production claims of the Émile-Basly plan that await the convention's commitments. */
    private static final List<String> EMILE_BASLY_AWAITING = List.of("involvementPlan.levels[DESIGN]",
            "involvementPlan.levels[IMPLEMENTATION]", "involvementPlan.levels[STEWARDSHIP]");

    static Stream<Arguments> emileBaslyStages() {
        return Stream.of(
                Arguments.of("draft", (Supplier<Initiative>) EmileBaslyPlayground::draft, InitiativeStatus.DRAFT, EMILE_BASLY_AWAITING),
                Arguments.of("submitted", (Supplier<Initiative>) EmileBaslyPlayground::submitted, InitiativeStatus.SUBMITTED,
                        EMILE_BASLY_AWAITING),
                Arguments.of("under assessment", (Supplier<Initiative>) EmileBaslyPlayground::underAssessment,
                        InitiativeStatus.UNDER_ASSESSMENT, EMILE_BASLY_AWAITING),
                Arguments.of("accepted", (Supplier<Initiative>) EmileBaslyPlayground::accepted, InitiativeStatus.ACCEPTED,
                        EMILE_BASLY_AWAITING),
                Arguments.of("convention drafted", (Supplier<Initiative>) EmileBaslyPlayground::conventionDrafted,
                        InitiativeStatus.ACCEPTED, List.of()),
                Arguments.of("agreed", (Supplier<Initiative>) EmileBaslyPlayground::agreed, InitiativeStatus.AGREED, List.of()),
                Arguments.of("in progress", (Supplier<Initiative>) EmileBaslyPlayground::inProgress, InitiativeStatus.IN_PROGRESS,
                        List.of()),
                Arguments.of("delivered", (Supplier<Initiative>) EmileBaslyPlayground::delivered, InitiativeStatus.DELIVERED,
                        List.of()),
                Arguments.of("in stewardship", (Supplier<Initiative>) EmileBaslyPlayground::inStewardship,
                        InitiativeStatus.IN_STEWARDSHIP, List.of()),
                Arguments.of("closed", (Supplier<Initiative>) EmileBaslyPlayground::closed, InitiativeStatus.CLOSED, List.of()));
    }

    @ParameterizedTest(name = "Émile-Basly {0}: expected status, no error, P2 warnings {3}")
    @MethodSource("emileBaslyStages")
    void emile_basly_every_stage_has_no_error_and_warns_only_of_the_commitments_still_to_come(String stage,
            Supplier<Initiative> build, InitiativeStatus expected, List<String> awaiting) {
        Initiative initiative = build.get();
        ValidationReport report = initiative.validate();

        assertThat(initiative.status()).isEqualTo(expected);
        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.violations()).as(report.toString()).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.P2);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.violations()).extracting(Violation::path).containsExactlyElementsOf(awaiting);
    }

    @Test
    void emile_basly_records_the_participation_that_took_place_beside_its_plan() {
        Initiative closed = EmileBaslyPlayground.closed();
        PlannedVersusPractised report = PlannedVersusPractised.of(closed.involvementPlan(), closed.activities());

        assertThat(closed.activities()).extracting(ParticipationActivity::id).containsExactly("tandem-diagnosis",
                "tandem-action-plan", "plan-presented", "asphalt-removal", "planting-day");
        assertThat(closed.domains()).containsExactly(TransitionDomain.LOCAL_DEMOCRACY, TransitionDomain.BIODIVERSITY);
        assertThat(report.shortfalls()).isEmpty();
        assertThat(report.phases()).filteredOn(p -> p.phase() == ProjectPhase.IMPLEMENTATION).singleElement()
                .satisfies(p -> {
                    assertThat(p.activities()).isEqualTo(2);
                    assertThat(p.practised()).contains(CoConstructionLevel.CO_PRODUCTION);
                    assertThat(p.categories()).contains(ParticipantCategory.MINORS, ParticipantCategory.RESIDENTS);
                });
        // Stewardship is planned but no activity served it: neither practised nor short.
        assertThat(report.phases()).filteredOn(p -> p.phase() == ProjectPhase.STEWARDSHIP).singleElement()
                .satisfies(p -> assertThat(p.practised()).isEmpty());
    }

    @Test
    void emile_basly_audit_trail_reads_from_draft_to_closed() {
        Initiative closed = EmileBaslyPlayground.closed();

        List<Transition> transitions = closed.history().stream().map(LifecycleEvent::transition).collect(Collectors.toList());
        assertThat(transitions).containsExactly(Transition.SUBMIT, Transition.START_ASSESSMENT, Transition.ACCEPT,
                Transition.SIGN, Transition.SIGN, Transition.SIGN, Transition.SIGN, Transition.SIGN,
                Transition.START_WORK, Transition.DELIVER, Transition.START_STEWARDSHIP, Transition.CLOSE);
        assertThat(closed.history().get(7).to()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(closed.history().get(6).to()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(closed.history().get(2).by()).isEqualTo(EmileBaslyPlayground.COUNCILLOR);
        assertThat(closed.convention().orElseThrow().commitments())
                .allSatisfy(c -> assertThat(c.status().isOpen()).isFalse());
    }

    @Test
    void flower_boxes_go_from_draft_to_closed_with_warnings_only_before_the_convention() {
        Initiative draft = StreetFlowerBoxes.draft();
        Initiative agreed = StreetFlowerBoxes.agreed();
        Initiative closed = StreetFlowerBoxes.closed();

        assertThat(draft.status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(agreed.status()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(closed.status()).isEqualTo(InitiativeStatus.CLOSED);
        assertThat(draft.validate().errors()).isEmpty();
        assertThat(draft.validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
                tuple("P2", "involvementPlan.levels[IMPLEMENTATION]"), tuple("P2", "involvementPlan.levels[STEWARDSHIP]"));
        for (Initiative stage : List.of(agreed, StreetFlowerBoxes.inStewardship(), closed)) {
            assertThat(stage.validate().violations()).as(stage.status().name()).isEmpty();
        }
        assertThat(closed.history()).extracting(LifecycleEvent::to).containsExactly(InitiativeStatus.SUBMITTED,
                InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.ACCEPTED, InitiativeStatus.ACCEPTED,
                InitiativeStatus.AGREED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED,
                InitiativeStatus.IN_STEWARDSHIP, InitiativeStatus.CLOSED);
        assertThat(closed.activities()).extracting(ParticipationActivity::phase).containsExactly(ProjectPhase.IMPLEMENTATION);
    }

    @Test
    void each_stage_leaves_the_previous_one_untouched() {
        Initiative accepted = EmileBaslyPlayground.accepted();
        Initiative drafted = accepted.draftConvention(EmileBaslyPlayground.convention());

        assertThat(accepted.convention()).isEmpty();
        assertThat(drafted.convention()).isPresent();
        assertThat(drafted.history()).isEqualTo(accepted.history());
    }
}
