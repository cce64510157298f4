package io.github.loosmethod.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CrosswalkTest {

    static Stream<Arguments> ladder() {
        return Stream.of(
                Arguments.of(CoConstructionLevel.INFORMATION, 1, Iap2Level.INFORM, EnumSet.of(ArnsteinRung.INFORMING), Holder.TOWN, Holder.TOWN),
                Arguments.of(CoConstructionLevel.CONSULTATION, 2, Iap2Level.CONSULT, EnumSet.of(ArnsteinRung.CONSULTATION), Holder.TOWN, Holder.TOWN),
                Arguments.of(CoConstructionLevel.CONCERTATION, 3, Iap2Level.INVOLVE, EnumSet.of(ArnsteinRung.PLACATION), Holder.TOWN, Holder.TOWN),
                Arguments.of(CoConstructionLevel.CO_CONSTRUCTION, 4, Iap2Level.COLLABORATE, EnumSet.of(ArnsteinRung.PARTNERSHIP),
                        Holder.TOWN, Holder.TOWN_AND_RESIDENTS),
                Arguments.of(CoConstructionLevel.CO_PRODUCTION, 5, Iap2Level.COLLABORATE, EnumSet.of(ArnsteinRung.PARTNERSHIP),
                        Holder.TOWN_AND_RESIDENTS, Holder.TOWN_AND_RESIDENTS),
                Arguments.of(CoConstructionLevel.CITIZEN_LED, 6, Iap2Level.EMPOWER,
                        EnumSet.of(ArnsteinRung.DELEGATED_POWER, ArnsteinRung.CITIZEN_CONTROL), Holder.RESIDENTS, Holder.RESIDENTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ladder")
    void each_loos_level_maps_to_iap2_and_arnstein_as_in_the_brief(CoConstructionLevel level, int rank, Iap2Level iap2,
            Set<ArnsteinRung> rungs, Holder decides, Holder acts) {
        assertThat(level.rank()).isEqualTo(rank);
        assertThat(level.toIap2()).isEqualTo(iap2);
        assertThat(level.toArnstein()).containsExactlyElementsOf(rungs);
        assertThat(level.whoDecides()).isEqualTo(decides);
        assertThat(level.whoActs()).isEqualTo(acts);
    }

    @Test
    void iap2_levels_map_back_to_the_ladder_and_say_when_they_cannot_decide() {
        assertThat(Iap2Level.INFORM.toLoos().level()).contains(CoConstructionLevel.INFORMATION);
        assertThat(Iap2Level.CONSULT.toLoos().level()).contains(CoConstructionLevel.CONSULTATION);
        assertThat(Iap2Level.INVOLVE.toLoos().level()).contains(CoConstructionLevel.CONCERTATION);
        assertThat(Iap2Level.EMPOWER.toLoos().level()).contains(CoConstructionLevel.CITIZEN_LED);

        LevelMapping collaborate = Iap2Level.COLLABORATE.toLoos();
        assertThat(collaborate.isAmbiguous()).isTrue();
        assertThat(collaborate.isDecided()).isFalse();
        assertThat(collaborate.level()).isEmpty();
        assertThat(collaborate.candidates()).containsExactly(CoConstructionLevel.CO_CONSTRUCTION, CoConstructionLevel.CO_PRODUCTION);
    }

    @Test
    void arnstein_rungs_map_back_and_non_participation_has_no_counterpart() {
        assertThat(ArnsteinRung.MANIPULATION.toLoos().isUnmapped()).isTrue();
        assertThat(ArnsteinRung.THERAPY.toLoos().candidates()).isEmpty();
        assertThat(ArnsteinRung.INFORMING.toLoos().level()).contains(CoConstructionLevel.INFORMATION);
        assertThat(ArnsteinRung.CONSULTATION.toLoos().level()).contains(CoConstructionLevel.CONSULTATION);
        assertThat(ArnsteinRung.PLACATION.toLoos().level()).contains(CoConstructionLevel.CONCERTATION);
        assertThat(ArnsteinRung.PARTNERSHIP.toLoos().candidates())
                .containsExactly(CoConstructionLevel.CO_CONSTRUCTION, CoConstructionLevel.CO_PRODUCTION);
        assertThat(ArnsteinRung.DELEGATED_POWER.toLoos().level()).contains(CoConstructionLevel.CITIZEN_LED);
        assertThat(ArnsteinRung.CITIZEN_CONTROL.toLoos().level()).contains(CoConstructionLevel.CITIZEN_LED);
        assertThat(ArnsteinRung.CITIZEN_CONTROL.rung()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(CoConstructionLevel.class)
    void the_two_directions_agree(CoConstructionLevel level) {
        assertThat(level.toIap2().toLoos().candidates()).contains(level);
        for (ArnsteinRung rung : level.toArnstein()) {
            assertThat(rung.toLoos().candidates()).contains(level);
        }
    }

    @ParameterizedTest
    @EnumSource(Iap2Level.class)
    void every_iap2_level_round_trips_to_itself(Iap2Level iap2) {
        assertThat(iap2.toLoos().candidates()).isNotEmpty().allSatisfy(level -> assertThat(level.toIap2()).isEqualTo(iap2));
    }

    @ParameterizedTest
    @EnumSource(ArnsteinRung.class)
    void every_arnstein_rung_maps_to_levels_that_map_back_to_it(ArnsteinRung rung) {
        assertThat(rung.toLoos().candidates()).allSatisfy(level -> assertThat(level.toArnstein()).contains(rung));
    }

    @Test
    void the_ladder_is_ordered_and_comparable() {
        assertThat(CoConstructionLevel.CO_PRODUCTION.isAtLeast(CoConstructionLevel.CO_CONSTRUCTION)).isTrue();
        assertThat(CoConstructionLevel.CONSULTATION.isAtLeast(CoConstructionLevel.CONCERTATION)).isFalse();
        assertThat(CoConstructionLevel.CITIZEN_LED.isAtLeast(CoConstructionLevel.CITIZEN_LED)).isTrue();
        assertThat(CoConstructionLevel.INFORMATION).isLessThan(CoConstructionLevel.CONSULTATION);
    }

    @Test
    void an_involvement_plan_holds_one_level_per_phase_in_phase_order() {
        InvolvementPlan plan = InvolvementPlan.empty()
                .with(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION)
                .with(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                .with(ProjectPhase.DECISION, CoConstructionLevel.CO_CONSTRUCTION);

        assertThat(plan.levels().keySet()).containsExactly(ProjectPhase.DECISION, ProjectPhase.STEWARDSHIP);
        assertThat(plan.levelFor(ProjectPhase.DECISION)).contains(CoConstructionLevel.CO_CONSTRUCTION);
        assertThat(plan.levelFor(ProjectPhase.DIAGNOSIS)).isEmpty();
        assertThat(plan.highestLevel()).contains(CoConstructionLevel.CO_PRODUCTION);
        assertThat(InvolvementPlan.empty().highestLevel()).isEmpty();
    }
}
