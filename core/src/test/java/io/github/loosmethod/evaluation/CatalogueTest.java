package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.involvement.Iap2Level;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void the_catalogues_are_listable_at_run_time_each_criterion_with_its_source() {
        assertThat(Catalogue.values()).containsExactly(Catalogue.LOOS_2016, Catalogue.LOOS_PRINCIPLES, Catalogue.OECD_2021,
                Catalogue.IAP2);
        for (Catalogue catalogue : Catalogue.values()) {
            assertThat(catalogue.criteria()).as(catalogue.name()).isNotEmpty().allSatisfy(criterion -> {
                assertThat(criterion.origin()).isEqualTo(catalogue.name());
                assertThat(criterion.source()).isEqualTo(catalogue.source()).isNotBlank();
                assertThat(criterion.name().in(Locale.FRENCH)).isNotEqualTo(criterion.name().in(Locale.ENGLISH));
                assertThat(criterion.question().in(Locale.ENGLISH)).endsWith("?");
                assertThat(criterion.question().in(Locale.FRENCH)).endsWith("?");
            });
            assertThat(catalogue.title().english()).isNotBlank();
            assertThat(catalogue.criteria()).isSameAs(catalogue.criteria());
        }
        List<String> codes = Arrays.stream(Catalogue.values()).flatMap(c -> c.criteria().stream())
                .map(EvaluationCriterion::code).collect(Collectors.toList());
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void loos_2016_holds_the_three_expected_effects_and_the_limits_it_observed() {
        assertThat(Catalogue.LOOS_2016.criteria()).extracting(EvaluationCriterion::code)
                .containsExactly("L16_POSTURE", "L16_BETTER_PUBLIC_ACTION", "L16_KNOCK_ON");
        assertThat(Catalogue.LOOS_2016.limits()).hasSize(2)
                .anySatisfy(limit -> assertThat(limit.english()).contains("poverty"))
                .anySatisfy(limit -> assertThat(limit.english()).contains("town hall"));
    }

    @Test
    void loos_principles_cover_the_six_principles_of_the_method() {
        assertThat(Catalogue.LOOS_PRINCIPLES.criteria()).extracting(c -> c.name().english()).containsExactly(
                "Reciprocity kept", "General interest", "Capacitation (power to act)", "Pride", "Durability",
                "Transversality");
        assertThat(Catalogue.LOOS_PRINCIPLES.criteria()).extracting(c -> c.dimension())
                .contains(Dimension.DURABILITY, Dimension.CAPACITY);
    }

    @Test
    void oecd_criteria_sit_under_the_three_headings_of_the_guidelines() {
        assertThat(Catalogue.OECD_2021.criteria()).extracting(c -> c.name().english().substring(0, c.name().english().indexOf(':')))
                .containsOnly("Design integrity", "Sound deliberation", "Influential outcomes")
                .contains("Design integrity", "Sound deliberation", "Influential outcomes");
    }

    @Test
    void iap2_has_one_yes_no_promise_per_level() {
        assertThat(Catalogue.IAP2.criteria()).extracting(c -> c.iap2Level().orElseThrow())
                .containsExactly(Iap2Level.values());
        assertThat(Catalogue.IAP2.criteria()).allSatisfy(c -> assertThat(c.scale()).isEqualTo(Scale.yesNo()));
        assertThat(Catalogue.LOOS_2016.criteria()).allSatisfy(c -> assertThat(c.iap2Level()).isEmpty());
    }

    @Test
    void a_framework_of_a_catalogue_weighs_every_criterion_one_and_towns_can_combine_catalogues() {
        EvaluationFramework principles = EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES);
        EvaluationFramework combined = EvaluationFramework.builder().withId("loos-2024").withName("Loos 2024")
                .withVersion("1").addAllCriteria(principles.criteria())
                .addAllCriteria(EvaluationFramework.of(Catalogue.LOOS_2016).criteria()).build();

        assertThat(principles.id()).isEqualTo("LOOS_PRINCIPLES");
        assertThat(principles.version()).isEqualTo("2020");
        assertThat(principles.criteria()).allSatisfy(c -> assertThat(c.weight()).isEqualByComparingTo("1"));
        assertThat(combined.criteria()).hasSize(9);
        assertThat(combined.criterion("L16_KNOCK_ON")).isPresent();
        assertThat(combined.criterion("NOPE")).isEmpty();
    }
}
