package io.github.loosmethod.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan beside what happened, phase by phase, as a town publishes it. */
class PlannedVersusPractisedTest {

    private static ParticipationActivity activity(String id, ProjectPhase phase, CoConstructionLevel level, Integer participants,
            ParticipantCategory... categories) {
        var builder = ParticipationActivity.builder().withId(id).withKind(ActivityKind.WORKSHOP).withTitle("Workshop " + id)
                .withHeldOn(LocalDate.of(2023, 11, 18)).withPhase(phase).withLevel(level).addParticipantCategories(categories);
        return participants == null ? builder.build() : builder.withParticipants(participants).build();
    }

    @Test
    void each_phase_of_the_plan_or_of_an_activity_shows_planned_practised_activities_people_and_who() {
        InvolvementPlan plan = InvolvementPlan.empty().with(ProjectPhase.DESIGN, CoConstructionLevel.CO_CONSTRUCTION)
                .with(ProjectPhase.EVALUATION, CoConstructionLevel.CONSULTATION);
        List<ParticipationActivity> activities = List.of(
                activity("a", ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION, 20, ParticipantCategory.RESIDENTS),
                activity("b", ProjectPhase.DESIGN, CoConstructionLevel.CONSULTATION, 26, ParticipantCategory.ASSOCIATIONS),
                activity("c", ProjectPhase.DESIGN, CoConstructionLevel.INFORMATION, null),
                activity("d", ProjectPhase.DIAGNOSIS, CoConstructionLevel.INFORMATION, 0));

        PlannedVersusPractised report = PlannedVersusPractised.of(plan, activities);

        assertThat(report.phases()).extracting(PlannedVersusPractised.Phase::phase)
                .containsExactly(ProjectPhase.DIAGNOSIS, ProjectPhase.DESIGN, ProjectPhase.EVALUATION);
        PlannedVersusPractised.Phase diagnosis = report.phases().get(0);
        assertThat(diagnosis.planned()).isEmpty();
        assertThat(diagnosis.practised()).contains(CoConstructionLevel.INFORMATION);
        assertThat(diagnosis.fallsShort()).isFalse();
        PlannedVersusPractised.Phase design = report.phases().get(1);
        assertThat(design.planned()).contains(CoConstructionLevel.CO_CONSTRUCTION);
        assertThat(design.practised()).contains(CoConstructionLevel.CONCERTATION);
        assertThat(design.activities()).isEqualTo(3);
        assertThat(design.participants()).isEqualTo(46);
        assertThat(design.categories()).containsExactly(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS);
        assertThat(design.fallsShort()).isTrue();
        PlannedVersusPractised.Phase evaluation = report.phases().get(2);
        assertThat(evaluation.practised()).isEmpty();
        assertThat(evaluation.activities()).isZero();
        assertThat(evaluation.fallsShort()).isFalse();
        assertThat(report.shortfalls()).containsExactly(design);
    }

    @Test
    void an_activity_at_the_planned_level_meets_the_plan_and_a_higher_one_too() {
        InvolvementPlan plan = InvolvementPlan.empty().with(ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION);

        assertThat(PlannedVersusPractised.of(plan, List.of(activity("a", ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION, 1)))
                .shortfalls()).isEmpty();
        assertThat(PlannedVersusPractised.of(plan, List.of(activity("a", ProjectPhase.DESIGN, CoConstructionLevel.CONSULTATION, 1),
                activity("b", ProjectPhase.DESIGN, CoConstructionLevel.CO_PRODUCTION, 1))).phases().get(0).practised())
                .contains(CoConstructionLevel.CO_PRODUCTION);
        assertThat(PlannedVersusPractised.of(InvolvementPlan.empty(), List.of()).phases()).isEmpty();
    }

    @Test
    void reports_are_values_and_a_phase_keeps_its_own_copy_of_the_categories() {
        InvolvementPlan plan = InvolvementPlan.empty().with(ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION);
        List<ParticipationActivity> activities = List.of(activity("a", ProjectPhase.DESIGN, CoConstructionLevel.CONSULTATION, 3));
        PlannedVersusPractised one = PlannedVersusPractised.of(plan, activities);
        PlannedVersusPractised same = PlannedVersusPractised.of(plan, activities);
        PlannedVersusPractised other = PlannedVersusPractised.of(plan, List.of());

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("a report");
        assertThat(one.toString()).contains("DESIGN").contains("CONSULTATION");

        Set<ParticipantCategory> given = EnumSet.of(ParticipantCategory.MINORS);
        PlannedVersusPractised.Phase phase = new PlannedVersusPractised.Phase(ProjectPhase.DESIGN, Optional.empty(), Optional.empty(), 0,
                0, given);
        given.add(ParticipantCategory.PARTNERS);
        assertThat(phase.categories()).containsExactly(ParticipantCategory.MINORS);
        assertThatThrownBy(() -> phase.categories().add(ParticipantCategory.SERVICES)).isInstanceOf(UnsupportedOperationException.class);
        PlannedVersusPractised.Phase none = new PlannedVersusPractised.Phase(ProjectPhase.DESIGN, Optional.empty(), Optional.empty(), 0,
                0, Set.of());
        assertThat(none.categories()).isEmpty();
        assertThatThrownBy(() -> none.categories().add(ParticipantCategory.SERVICES)).isInstanceOf(UnsupportedOperationException.class);
    }
}
