package io.github.loosmethod.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
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
    void seed_1_gives_the_documented_figures() {
        SamplePortfolio sample = SamplePortfolio.generate(1, 200);
        PortfolioIndicators indicators = PortfolioIndicators.of(sample.initiatives(), sample.evaluations());

        assertThat(indicators.countByStatus()).isEqualTo(Map.ofEntries(Map.entry(InitiativeStatus.DRAFT, 22L),
                Map.entry(InitiativeStatus.SUBMITTED, 14L), Map.entry(InitiativeStatus.UNDER_ASSESSMENT, 12L),
                Map.entry(InitiativeStatus.ACCEPTED, 8L), Map.entry(InitiativeStatus.REJECTED, 15L),
                Map.entry(InitiativeStatus.AGREED, 10L), Map.entry(InitiativeStatus.IN_PROGRESS, 12L),
                Map.entry(InitiativeStatus.DELIVERED, 15L), Map.entry(InitiativeStatus.IN_STEWARDSHIP, 11L),
                Map.entry(InitiativeStatus.CLOSED, 34L), Map.entry(InitiativeStatus.SUSPENDED, 17L),
                Map.entry(InitiativeStatus.TERMINATED, 17L), Map.entry(InitiativeStatus.WITHDRAWN, 13L)));
        assertThat(indicators.countByKind()).isEqualTo(Map.of(InitiativeKind.FIFTY_FIFTY, 151L, InitiativeKind.MUNICIPAL_PROJECT, 14L,
                InitiativeKind.CITIZEN_LED, 24L, InitiativeKind.CO_CONSTRUCTED_POLICY, 11L));
        assertThat(indicators.countByYear()).isEqualTo(Map.of(2018, 27L, 2019, 26L, 2020, 19L, 2021, 27L, 2022, 27L, 2023, 25L,
                2024, 27L));
        assertThat(indicators.commitments().get(Side.TOWN).total()).isEqualTo(226);
        assertThat(indicators.commitments().get(Side.TOWN).fulfilled()).isEqualTo(97);
        assertThat(indicators.commitments().get(Side.TOWN).breached()).isEqualTo(49);
        assertThat(indicators.commitments().get(Side.APPLICANTS).total()).isEqualTo(288);
        assertThat(indicators.commitments().get(Side.APPLICANTS).fulfilled()).isEqualTo(108);
        assertThat(indicators.commitments().get(Side.APPLICANTS).breached()).isEqualTo(14);
        assertThat(indicators.contributions().get(Side.TOWN)).isEqualTo(Map.of(QuantityUnit.EUROS, new BigDecimal("20912.78"),
                QuantityUnit.HOURS, new BigDecimal("48611.95"), QuantityUnit.ITEMS, new BigDecimal("53611.25")));
        assertThat(indicators.contributions().get(Side.APPLICANTS)).isEqualTo(Map.of(QuantityUnit.HOURS, new BigDecimal("13020"),
                QuantityUnit.SQUARE_METRES, new BigDecimal("10634")));
        assertThat(indicators.evaluationCount()).isEqualTo(40);
        assertThat(indicators.criteria().get("LP_PRIDE").mean()).isEqualByComparingTo("2.2778");
        assertThat(indicators.involvementProfile().get(io.github.loosmethod.involvement.ProjectPhase.IMPLEMENTATION))
                .containsEntry(io.github.loosmethod.involvement.CoConstructionLevel.CO_PRODUCTION, 81L);
        assertThat(sample.initiatives().get(0).id()).isEqualTo("62528-1");
    }
}
