package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.SideContribution;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values of evaluations and reports at the edges of what they accept: criterion codes at each
 * bound of their alphabet and length, decimals kept in one canonical form whichever figure is
 * padded, zero counts accepted and blank labels refused.
 */
class EvaluationValuesTest {

    @Test
    void a_criterion_code_starts_with_a_capital_and_holds_capitals_digits_and_underscores() {
        assertThat(EvaluationCriterion.isCode("A")).isTrue();
        assertThat(EvaluationCriterion.isCode("Z")).isTrue();
        assertThat(EvaluationCriterion.isCode("BAZ09_")).isTrue();
        assertThat(EvaluationCriterion.isCode("LOOS_POSTURE_2")).isTrue();
        for (String notACode : List.of("", "@A", "[A", "aA", "0A", "_A", "A@", "A[", "A/", "A:", "A`", "A{", "Aa", "A-", "A B")) {
            assertThat(EvaluationCriterion.isCode(notACode)).as(notACode).isFalse();
        }
    }

    @Test
    void a_criterion_code_is_at_most_64_characters() {
        assertThat(EvaluationCriterion.MAX_CODE_LENGTH).isEqualTo(64);
        assertThat(EvaluationCriterion.isCode("A".repeat(64))).isTrue();
        assertThat(EvaluationCriterion.isCode("A".repeat(65))).isFalse();
    }

    @Test
    void a_score_value_and_a_weight_are_kept_in_canonical_form() {
        CriterionScore padded = CriterionScore.builder().withCriterionCode("LP_PRIDE").withValue(new BigDecimal("2.50")).build();
        EvaluationCriterion criterion = Catalogue.LOOS_PRINCIPLES.criteria().get(0);

        assertThat(padded.value().orElseThrow()).hasToString("2.5");
        assertThat(WeightedCriterion.of(criterion, new BigDecimal("2.50")).weight()).hasToString("2.5");
        assertThat(WeightedCriterion.of(criterion, new BigDecimal("2.5")).weight()).hasToString("2.5");
    }

    @Test
    void a_score_line_refuses_a_blank_criterion_among_those_not_comparable() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> line()
                .withNotComparable(List.of("LP_PRIDE", " ")).build());

        assertThat(refused.field()).isEqualTo("notComparable[1]");
        assertThat(line().withNotComparable(List.of("LP_PRIDE")).build().notComparable()).containsExactly("LP_PRIDE");
    }

    @Test
    void a_score_line_keeps_its_score_or_its_coverage_canonical_when_it_is_the_only_one_padded() {
        assertThat(line().withScore(new BigDecimal("40.00")).build().score().orElseThrow()).hasToString("40");
        assertThat(line().withCoverage(new BigDecimal("0.7500")).build().coverage()).hasToString("0.75");
    }

    @Test
    void a_side_contribution_accepts_counts_of_zero() {
        SideContribution none = SideContribution.builder().withSide(Side.TOWN).withCommitmentCount(0)
                .putCountByKind(CommitmentKind.FUNDING, 0).putCountByStatu(CommitmentStatus.PLANNED, 0).build();

        assertThat(none.count(CommitmentStatus.PLANNED)).isZero();
        assertThat(none.countByKind()).containsEntry(CommitmentKind.FUNDING, 0);
    }

    private static ImmutableScoreLine.Builder line() {
        return ScoreLine.builder().withCriteriaCount(4).withAssessedCount(3).withCoverage(new BigDecimal("0.75"));
    }
}
