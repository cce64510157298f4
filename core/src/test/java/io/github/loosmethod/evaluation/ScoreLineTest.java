package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A score line is a report a host system writes and reads back: it refuses at construction what
 * could not be read back (a coverage beyond 0–1, a score beyond 0–100, more criteria assessed than
 * there are), and keeps its decimals canonical.
 */
class ScoreLineTest {

    private static ImmutableScoreLine.Builder line() {
        return ScoreLine.builder().withCriteriaCount(4).withAssessedCount(3).withCoverage(new BigDecimal("0.75"))
                .withScore(new BigDecimal("62.5"));
    }

    @Test
    void a_coverage_outside_zero_to_one_is_refused() {
        assertRefused(line().withCoverage(new BigDecimal("1.0001")), "coverage");
        assertRefused(line().withCoverage(new BigDecimal("-0.0001")), "coverage");
        assertRefused(line().withCoverage(new BigDecimal("0.00001")), "coverage");
        assertThat(line().withCoverage(BigDecimal.ONE).build().coverage()).isEqualTo(BigDecimal.ONE);
        assertThat(line().withCoverage(BigDecimal.ZERO).build().coverage()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void a_score_outside_zero_to_a_hundred_is_refused() {
        assertRefused(line().withScore(new BigDecimal("100.01")), "score");
        assertRefused(line().withScore(new BigDecimal("-1")), "score");
        assertRefused(line().withScore(new BigDecimal("1E+40")), "score");
        assertThat(line().withScore(new BigDecimal("100")).build().score()).contains(new BigDecimal("100"));
        assertThat(line().withScore(BigDecimal.ZERO).build().score()).contains(BigDecimal.ZERO);
    }

    @Test
    void more_criteria_assessed_than_there_are_is_refused() {
        assertRefused(line().withAssessedCount(5), "assessedCount");
        assertRefused(line().withAssessedCount(-1), "assessedCount");
        assertRefused(line().withCriteriaCount(-1).withAssessedCount(0), "criteriaCount");
        assertThat(line().withAssessedCount(4).withCoverage(BigDecimal.ONE).build().assessedCount()).isEqualTo(4);
    }

    @Test
    void decimals_are_kept_in_one_canonical_form() {
        ScoreLine padded = line().withCoverage(new BigDecimal("0.7500")).withScore(new BigDecimal("40.00")).build();
        ScoreLine plain = line().withCoverage(new BigDecimal("0.75")).withScore(new BigDecimal("40")).build();

        assertThat(padded).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(padded.score().orElseThrow().toString()).isEqualTo("40");
        assertThat(padded.coverage().toString()).isEqualTo("0.75");
        assertThat(line().withScore(new BigDecimal("1E+1")).build().score().orElseThrow().toString()).isEqualTo("10");
    }

    private static void assertRefused(ImmutableScoreLine.Builder builder, String field) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, builder::build);

        assertThat(refused).as(field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
    }
}
