package io.github.loosmethod.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's reports are values a host system writes and reads back: each refuses at
 * construction what could not be read back (a count of nothing, a mean beyond its scores, a decimal
 * finer than 4 places or of more than 11 integer digits, more outcomes than commitments, a year of
 * five digits, a key that is no criterion code), and keeps its decimals canonical, so that two
 * reports of the same figures are equal.
 */
class ReportValuesTest {

    private static ImmutableCriterionStatistics.Builder statistics() {
        return CriterionStatistics.builder().withCount(3).withMean(new BigDecimal("2.5")).withStandardDeviation(new BigDecimal("0.5"))
                .withMin(new BigDecimal("2")).withMax(new BigDecimal("3"));
    }

    private static PortfolioIndicators indicators() {
        return PortfolioIndicators.of(List.of(EmileBaslyPlayground.closed()), List.of(EmileBaslyPlayground.narrativeEvaluation()));
    }

    @Test
    void statistics_of_no_score_are_refused() {
        assertRefused(statistics().withCount(0)::build, "count");
        assertRefused(statistics().withCount(-3)::build, "count");
        assertThat(statistics().withCount(1).withMin(new BigDecimal("2.5")).withMax(new BigDecimal("2.5")).withStandardDeviation(
                BigDecimal.ZERO).build().count()).isEqualTo(1);
    }

    @Test
    void a_mean_outside_the_lowest_and_highest_score_is_refused() {
        assertRefused(statistics().withMean(new BigDecimal("3.0001"))::build, "mean");
        assertRefused(statistics().withMean(new BigDecimal("1.9999"))::build, "mean");
        assertRefused(statistics().withMin(new BigDecimal("3")).withMax(new BigDecimal("2"))::build, "mean");
        assertThat(statistics().withMean(new BigDecimal("3")).build().mean()).isEqualTo(new BigDecimal("3"));
        assertThat(statistics().withMean(new BigDecimal("2")).build().mean()).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void statistics_refuse_decimals_the_format_cannot_carry() {
        assertRefused(statistics().withMean(new BigDecimal("2.50001"))::build, "mean");
        assertRefused(statistics().withStandardDeviation(new BigDecimal("0.00001"))::build, "standardDeviation");
        assertRefused(statistics().withStandardDeviation(new BigDecimal("-0.5"))::build, "standardDeviation");
        assertRefused(statistics().withMax(new BigDecimal("1E+40"))::build, "max");
        assertRefused(statistics().withMin(new BigDecimal("-100000000000"))::build, "min");
        assertThat(statistics().withMax(new BigDecimal("99999999999.9999")).build().max()).isEqualTo(new BigDecimal("99999999999.9999"));
    }

    @Test
    void statistics_of_the_same_figures_are_equal_whatever_their_spelling() {
        CriterionStatistics exponent = statistics().withMean(new BigDecimal("1E+3")).withMin(new BigDecimal("1E+3"))
                .withMax(new BigDecimal("1.0E+3")).build();
        CriterionStatistics plain = statistics().withMean(new BigDecimal("1000")).withMin(new BigDecimal("1000"))
                .withMax(new BigDecimal("1000")).build();
        CriterionStatistics padded = statistics().withMean(new BigDecimal("40.00")).withMin(new BigDecimal("40.0"))
                .withMax(new BigDecimal("40")).withStandardDeviation(new BigDecimal("0.0000")).build();

        assertThat(exponent).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(exponent.mean().toString()).isEqualTo("1000");
        assertThat(padded.mean().toString()).isEqualTo("40");
        assertThat(padded.min().toString()).isEqualTo("40");
        assertThat(padded.standardDeviation().toString()).isEqualTo("0");
    }

    @Test
    void more_fulfilled_and_breached_commitments_than_counted_are_refused() {
        assertRefused(CommitmentOutcomes.builder().withTotal(5).withFulfilled(4).withBreached(2)::build, "total");
        assertRefused(CommitmentOutcomes.builder().withTotal(5).withFulfilled(-1).withBreached(2)::build, "fulfilled");
        assertRefused(CommitmentOutcomes.builder().withTotal(5).withFulfilled(1).withBreached(-2)::build, "breached");
        assertRefused(CommitmentOutcomes.builder().withTotal(-1).withFulfilled(0).withBreached(0)::build, "total");
        CommitmentOutcomes full = CommitmentOutcomes.builder().withTotal(5).withFulfilled(3).withBreached(2).build();
        assertThat(full.fulfilledShare()).contains(new BigDecimal("0.6"));
        assertThat(full.breachedShare()).contains(new BigDecimal("0.4"));
    }

    @Test
    void indicators_refuse_a_year_of_more_than_four_digits() {
        assertRefused(PortfolioIndicators.builder().from(indicators()).putCountByYear(10_000, 1L)::build, "countByYear");
        assertRefused(PortfolioIndicators.builder().from(indicators()).putCountByYear(-1, 1L)::build, "countByYear");
        assertThat(PortfolioIndicators.builder().from(indicators()).putCountByYear(0, 1L).putCountByYear(9999, 1L).build()
                .countByYear()).containsKeys(0, 9999);
    }

    @Test
    void indicators_are_keyed_by_criterion_codes_only() {
        CriterionStatistics any = statistics().build();
        for (String key : List.of("lp_pride", "", "1ST", "LP PRIDE", "LP-PRIDE", "LP\n")) {
            assertRefused(PortfolioIndicators.builder().from(indicators()).putCriterion(key, any)::build, "criteria");
        }
        assertThat(PortfolioIndicators.builder().from(indicators()).putCriterion("OWN_SHARE_1", any).build().criteria())
                .containsKey("OWN_SHARE_1");
    }

    @Test
    void indicators_keep_their_contributions_canonical() {
        PortfolioIndicators base = indicators();
        java.util.SortedMap<io.github.loosmethod.commitment.QuantityUnit, BigDecimal> padded = new java.util.TreeMap<>(
                base.contributions().get(Side.TOWN));
        padded.replaceAll((unit, total) -> total.setScale(4));
        PortfolioIndicators rebuilt = PortfolioIndicators.builder().from(base).putContribution(Side.TOWN, padded).build();

        assertThat(padded).isNotEmpty();
        assertThat(rebuilt).isEqualTo(base).hasSameHashCodeAs(base);
    }

    @Test
    void statistics_make_each_figure_canonical_even_when_it_is_the_only_one_padded() {
        assertThat(statistics().withMean(new BigDecimal("2.50")).build().mean()).hasToString("2.5");
        assertThat(statistics().withStandardDeviation(new BigDecimal("0.50")).build().standardDeviation()).hasToString("0.5");
        assertThat(statistics().withMin(new BigDecimal("2.0")).build().min()).hasToString("2");
        assertThat(statistics().withMax(new BigDecimal("3.00")).build().max()).hasToString("3");
    }

    @Test
    void a_negative_count_of_commitments_is_refused_for_itself() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> CommitmentOutcomes.builder().withTotal(-1).withFulfilled(0).withBreached(0).build());

        assertThat(refused).hasMessage("total: must not be negative (was -1)");
    }

    @Test
    void indicators_refuse_every_negative_count_by_its_place() {
        PortfolioIndicators base = indicators();
        java.util.SortedMap<io.github.loosmethod.involvement.CoConstructionLevel, Long> negativeLevel = new java.util.TreeMap<>(
                java.util.Map.of(io.github.loosmethod.involvement.CoConstructionLevel.CONSULTATION, -1L));

        assertRefused(PortfolioIndicators.builder().from(base).withInitiativeCount(-1)::build, "initiativeCount");
        assertRefused(PortfolioIndicators.builder().from(base).withUndatedCount(-1)::build, "undatedCount");
        assertRefused(PortfolioIndicators.builder().from(base).withEvaluationCount(-1)::build, "evaluationCount");
        assertRefused(PortfolioIndicators.builder().from(base).putCountByYear(2023, -1L)::build, "countByYear[2023]");
        assertRefused(PortfolioIndicators.builder().from(base).putCountByKind(
                io.github.loosmethod.initiative.InitiativeKind.CITIZEN_LED, -1L)::build, "countByKind[CITIZEN_LED]");
        assertRefused(PortfolioIndicators.builder().from(base).putCountByStatu(
                io.github.loosmethod.initiative.InitiativeStatus.DRAFT, -1L)::build, "countByStatus[DRAFT]");
        assertRefused(PortfolioIndicators.builder().from(base).putInvolvementProfile(
                io.github.loosmethod.involvement.ProjectPhase.DECISION, negativeLevel)::build,
                "involvementProfile[DECISION][CONSULTATION]");
        assertThat(PortfolioIndicators.builder().from(base).withInitiativeCount(0).withUndatedCount(0).withEvaluationCount(0).build()
                .initiativeCount()).isZero();
    }

    @Test
    void indicators_hold_the_commitments_and_contributions_of_both_sides() {
        PortfolioIndicators base = indicators();

        assertRefused(PortfolioIndicators.builder().from(base).withCommitments(java.util.Map.of(Side.TOWN,
                base.commitments().get(Side.TOWN)))::build, "commitments");
        assertRefused(PortfolioIndicators.builder().from(base).withContributions(java.util.Map.of(Side.TOWN,
                base.contributions().get(Side.TOWN)))::build, "contributions");
    }

    private static void assertRefused(ThrowingCallable construction, String field) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, construction);

        assertThat(refused).as(field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
    }
}
