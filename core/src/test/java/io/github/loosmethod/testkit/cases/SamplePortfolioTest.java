package io.github.loosmethod.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.validation.Rule;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample portfolio is stable: demonstrations, reports and documents built on a seed show the
 * same figures from one version to the next. A change to the generator must change these on purpose.
 */
class SamplePortfolioTest {

    @Test
    void the_same_seed_gives_the_same_portfolio() {
        assertThat(SamplePortfolio.generate(5, 30).initiatives()).isEqualTo(SamplePortfolio.generate(5, 30).initiatives());
        assertThat(SamplePortfolio.generate(5, 30).evaluations()).isEqualTo(SamplePortfolio.generate(5, 30).evaluations());
        assertThat(SamplePortfolio.generate(6, 30).initiatives()).isNotEqualTo(SamplePortfolio.generate(5, 30).initiatives());
        assertThat(SamplePortfolio.generate(5, 0).initiatives()).isEmpty();
        assertThatThrownBy(() -> SamplePortfolio.generate(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_record_of_the_sample_has_no_error_and_every_kind_and_status_occurs() {
        SamplePortfolio sample = SamplePortfolio.generate(1, 200);

        for (Initiative initiative : sample.initiatives()) {
            assertThat(initiative.validate().errors()).as(initiative.id()).isEmpty();
            assertThat(initiative.validate().violations()).as(initiative.id()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.P2));
        }
        assertThat(sample.initiatives().stream().map(Initiative::kind).distinct()).containsExactlyInAnyOrder(InitiativeKind.values());
        assertThat(sample.initiatives().stream().map(Initiative::status).distinct()).containsExactlyInAnyOrder(InitiativeStatus.values());
        assertThat(sample.initiatives().stream().map(i -> i.territory().name()).distinct())
                .containsExactlyInAnyOrder("Loos-en-Gohelle", "Grenay", "Liévin");
        assertThat(sample.initiatives().stream().filter(i -> !i.history().isEmpty())
                .map(i -> i.history().get(0).at().atZone(i.territory().zone()).getYear()))
                .allSatisfy(year -> assertThat(year).isBetween(2018, 2024));
        assertThat(sample.evaluations()).allSatisfy(e -> assertThat(e.framework().id()).isEqualTo(
                EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES).id()));
    }

    @Test
    void seed_1_gives_the_documented_figures() {
        SamplePortfolio sample = SamplePortfolio.generate(1, 200);
        PortfolioIndicators indicators = PortfolioIndicators.of(sample.initiatives(), sample.evaluations());

        assertThat(indicators.countByStatus()).isEqualTo(Map.ofEntries(Map.entry(InitiativeStatus.DRAFT, 16L),
                Map.entry(InitiativeStatus.SUBMITTED, 7L), Map.entry(InitiativeStatus.UNDER_ASSESSMENT, 4L),
                Map.entry(InitiativeStatus.ACCEPTED, 15L), Map.entry(InitiativeStatus.REJECTED, 21L),
                Map.entry(InitiativeStatus.AGREED, 10L), Map.entry(InitiativeStatus.IN_PROGRESS, 23L),
                Map.entry(InitiativeStatus.DELIVERED, 12L), Map.entry(InitiativeStatus.IN_STEWARDSHIP, 7L),
                Map.entry(InitiativeStatus.CLOSED, 23L), Map.entry(InitiativeStatus.SUSPENDED, 6L),
                Map.entry(InitiativeStatus.TERMINATED, 7L), Map.entry(InitiativeStatus.WITHDRAWN, 6L),
                Map.entry(InitiativeStatus.IN_FORCE, 8L), Map.entry(InitiativeStatus.SUPERSEDED, 9L),
                Map.entry(InitiativeStatus.REPEALED, 10L), Map.entry(InitiativeStatus.ABANDONED, 16L)));
        assertThat(indicators.countByKind()).isEqualTo(Map.of(InitiativeKind.FIFTY_FIFTY, 93L, InitiativeKind.MUNICIPAL_PROJECT, 30L,
                InitiativeKind.CITIZEN_LED, 30L, InitiativeKind.CO_CONSTRUCTED_POLICY, 47L));
        assertThat(indicators.countByYear()).isEqualTo(Map.of(2018, 24L, 2019, 32L, 2020, 27L, 2021, 25L, 2022, 23L, 2023, 27L,
                2024, 26L));
        assertThat(indicators.undatedCount()).isEqualTo(16);
        assertThat(indicators.countByDomain()).containsEntry(TransitionDomain.ENERGY, 28L).containsEntry(TransitionDomain.HOUSING, 17L)
                .hasSize(TransitionDomain.values().length);
        assertThat(indicators.commitments().get(Side.TOWN).total()).isEqualTo(171);
        assertThat(indicators.commitments().get(Side.TOWN).fulfilled()).isEqualTo(63);
        assertThat(indicators.commitments().get(Side.TOWN).breached()).isEqualTo(16);
        assertThat(indicators.commitments().get(Side.APPLICANTS).total()).isEqualTo(257);
        assertThat(indicators.commitments().get(Side.APPLICANTS).fulfilled()).isEqualTo(91);
        assertThat(indicators.commitments().get(Side.APPLICANTS).breached()).isEqualTo(15);
        assertThat(indicators.contributions().get(Side.TOWN)).isEqualTo(Map.of(QuantityUnit.EUROS, new BigDecimal("4839016.0139"),
                QuantityUnit.HOURS, new BigDecimal("25393.601"), QuantityUnit.ITEMS, new BigDecimal("3422"),
                QuantityUnit.SQUARE_METRES, new BigDecimal("20681.229"), QuantityUnit.METRES, new BigDecimal("11130.303"),
                QuantityUnit.TREES, new BigDecimal("1837")));
        assertThat(indicators.contributions().get(Side.APPLICANTS)).isEqualTo(Map.of(QuantityUnit.HOURS, new BigDecimal("45282.1108"),
                QuantityUnit.SQUARE_METRES, new BigDecimal("42573.9735"), QuantityUnit.KILOWATTS_PEAK, new BigDecimal("6832.9117"),
                QuantityUnit.KILOWATT_HOURS, new BigDecimal("1606126.1838"), QuantityUnit.METRES, new BigDecimal("33728.0063"),
                QuantityUnit.PARTICIPANTS, new BigDecimal("5126"), QuantityUnit.TREES, new BigDecimal("5629")));
        assertThat(indicators.evaluationCount()).isEqualTo(44);
        assertThat(indicators.criteria().get("LP_PRIDE").mean()).isEqualByComparingTo("2.4615");
        assertThat(indicators.involvementProfile().get(io.github.loosmethod.involvement.ProjectPhase.IMPLEMENTATION))
                .containsEntry(io.github.loosmethod.involvement.CoConstructionLevel.CO_PRODUCTION, 56L)
                .containsEntry(io.github.loosmethod.involvement.CoConstructionLevel.CITIZEN_LED, 13L);
        assertThat(sample.initiatives().get(0).id()).isEqualTo("62386-1");
    }
}
