package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static EvaluationCriterion criterion(String code, Dimension dimension, Scale scale, BigDecimal target) {
        var builder = EvaluationCriterion.builder().withCode(code).withName(LocalizedText.of(code, code))
                .withQuestion(LocalizedText.of(code + "?", code + " ?")).withOrigin("TEST").withSource("test")
                .withDimension(dimension).withScale(scale);
        if (target != null) {
            builder.withTarget(target);
        }
        return builder.build();
    }

    private static EvaluationFramework framework(WeightedCriterion... criteria) {
        return EvaluationFramework.builder().withId("test").withName("Test").withVersion("1").addCriteria(criteria).build();
    }

    private static WeightedCriterion weighted(EvaluationCriterion criterion, String weight) {
        return WeightedCriterion.of(criterion, new BigDecimal(weight));
    }

    private static Evaluation evaluation(EvaluationFramework framework, CriterionScore... scores) {
        return Evaluation.builder().withId("e").withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, "i",
                        LoosEnGohelle.TERRITORY, LocalDate.of(2022, 1, 1)))
                .withFramework(framework).withMethod(EvaluationMethod.SELF_ASSESSMENT)
                .addEvaluator(EmileBaslyPlayground.SCHOOL).withDate(LocalDate.of(2023, 1, 1)).addScores(scores).build();
    }

    private static final EvaluationCriterion ORDINAL = criterion("A_ORDINAL", Dimension.PROCESS, Scale.fourPoints(), null);
    private static final EvaluationCriterion YES_NO = criterion("B_YES_NO", Dimension.PROCESS, Scale.yesNo(), null);
    private static final EvaluationCriterion PERCENT = criterion("C_PERCENT", Dimension.OUTCOME, Scale.percentage(), null);
    private static final EvaluationCriterion COUNT_TARGET = criterion("D_COUNT", Dimension.OUTCOME, Scale.count(), new BigDecimal("10"));
    private static final EvaluationCriterion COUNT_BARE = criterion("E_COUNT", Dimension.CAPACITY, Scale.count(), null);

    @Test
    void mixed_scales_are_weighed_on_a_common_range() {
        EvaluationFramework framework = framework(weighted(ORDINAL, "2"), weighted(YES_NO, "1"), weighted(PERCENT, "1"),
                weighted(COUNT_TARGET, "1"));

        Scorecard card = evaluation(framework, CriterionScore.scored("A_ORDINAL", 3), CriterionScore.scored("B_YES_NO", 0),
                CriterionScore.scored("C_PERCENT", new BigDecimal("80")), CriterionScore.scored("D_COUNT", 5)).scorecard();

        // (0.6667 * 2 + 0 + 0.8 + 0.5) / 5 = 0.52668 -> 52.67
        assertThat(card.overall().score()).contains(new BigDecimal("52.67"));
        assertThat(card.overall().coverage()).isEqualByComparingTo("1");
        // process: (0.6667 * 2 + 0) / 3 = 44.45 ; outcome: (0.8 + 0.5) / 2 = 65
        assertThat(card.dimensions().get(Dimension.PROCESS).score()).contains(new BigDecimal("44.45"));
        assertThat(card.dimensions().get(Dimension.OUTCOME).score()).contains(new BigDecimal("65"));
        assertThat(card.dimensions()).containsOnlyKeys(Dimension.PROCESS, Dimension.OUTCOME);
        assertThat(card.frameworkId()).isEqualTo("test");
    }

    @Test
    void missing_and_not_assessed_scores_lower_the_coverage_and_never_count_as_zero() {
        EvaluationFramework framework = framework(weighted(ORDINAL, "1"), weighted(YES_NO, "1"), weighted(PERCENT, "1"),
                weighted(COUNT_TARGET, "1"));

        Scorecard card = evaluation(framework, CriterionScore.scored("A_ORDINAL", 4),
                CriterionScore.notAssessed("B_YES_NO", "Nobody could tell")).scorecard();

        assertThat(card.overall().score()).contains(new BigDecimal("100"));
        assertThat(card.overall().assessedCount()).isEqualTo(1);
        assertThat(card.overall().criteriaCount()).isEqualTo(4);
        assertThat(card.overall().coverage()).isEqualByComparingTo("0.25");
        assertThat(card.dimensions().get(Dimension.OUTCOME).score()).isEmpty();
        assertThat(card.dimensions().get(Dimension.OUTCOME).coverage()).isEqualByComparingTo("0");
    }

    @Test
    void weights_summing_to_zero_give_no_score_but_keep_the_coverage() {
        EvaluationFramework framework = framework(weighted(ORDINAL, "0"), weighted(YES_NO, "0"));

        Scorecard card = evaluation(framework, CriterionScore.scored("A_ORDINAL", 4), CriterionScore.scored("B_YES_NO", 1))
                .scorecard();

        assertThat(card.overall().score()).isEmpty();
        assertThat(card.overall().coverage()).isEqualByComparingTo("1");
    }

    @Test
    void a_zero_weight_criterion_counts_in_the_coverage_not_in_the_score() {
        EvaluationFramework framework = framework(weighted(ORDINAL, "1"), weighted(YES_NO, "0"));

        Scorecard card = evaluation(framework, CriterionScore.scored("A_ORDINAL", 2), CriterionScore.scored("B_YES_NO", 1))
                .scorecard();

        assertThat(card.overall().score()).contains(new BigDecimal("33.33"));
        assertThat(card.overall().assessedCount()).isEqualTo(2);
    }

    @Test
    void out_of_scale_values_are_not_assessed() {
        EvaluationFramework framework = framework(weighted(ORDINAL, "1"), weighted(PERCENT, "1"));

        Scorecard card = evaluation(framework, CriterionScore.scored("A_ORDINAL", 7),
                CriterionScore.scored("C_PERCENT", new BigDecimal("40"))).scorecard();

        assertThat(card.overall().assessedCount()).isEqualTo(1);
        assertThat(card.overall().score()).contains(new BigDecimal("40"));
    }

    @Test
    void a_count_without_target_is_assessed_but_not_comparable() {
        EvaluationFramework framework = framework(weighted(COUNT_BARE, "1"), weighted(ORDINAL, "1"));

        Scorecard card = evaluation(framework, CriterionScore.scored("E_COUNT", 14), CriterionScore.scored("A_ORDINAL", 1))
                .scorecard();

        assertThat(card.overall().assessedCount()).isEqualTo(2);
        assertThat(card.overall().notComparable()).containsExactly("E_COUNT");
        assertThat(card.overall().score()).contains(new BigDecimal("0"));
        assertThat(card.dimensions().get(Dimension.CAPACITY).score()).isEmpty();
        assertThat(card.dimensions().get(Dimension.CAPACITY).coverage()).isEqualByComparingTo("1");
    }

    @Test
    void an_empty_framework_has_nothing_to_cover() {
        Scorecard card = evaluation(framework()).scorecard();

        assertThat(card.overall().criteriaCount()).isZero();
        assertThat(card.overall().coverage()).isEqualByComparingTo("0");
        assertThat(card.overall().score()).isEmpty();
        assertThat(card.dimensions()).isEmpty();
        assertThat(card.overall().notComparable()).isEqualTo(List.of());
    }
}
