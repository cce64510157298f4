package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.evaluation.ScalePoint;
import io.github.loosmethod.evaluation.ScoreLine;
import io.github.loosmethod.portfolio.CriterionStatistics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole numbers are read in any spelling the schema's "integer" admits (12, 12.0, 1.2e1) and only
 * within their range, checked on both sides of each bound; a value of the wrong type is named for
 * what it is. An int ({@link ScalePoint#value()}), a count from 0 ({@link ScoreLine#criteriaCount()})
 * and a long count ({@link CriterionStatistics#count()}) stand for the three ranges.
 */
class WholeNumbersTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final String INT_RANGE = "must be a whole number from -2147483648 to 2147483647, not ";
    private static final String COUNT_RANGE = "must be a whole number from 0 to 2147483647, not ";
    private static final String LONG_COUNT_RANGE = "must be a whole number from 0 to 9223372036854775807, not ";

    private static String scalePoint(String value) {
        return "{\"formatVersion\":2,\"value\":" + value + ",\"label\":{\"english\":\"a\",\"french\":\"b\"}}";
    }

    private static String scoreLine(String criteria) {
        return "{\"formatVersion\":2,\"criteriaCount\":" + criteria + ",\"assessedCount\":0,\"coverage\":0,\"notComparable\":[]}";
    }

    private static String statistics(String count) {
        return "{\"formatVersion\":2,\"count\":" + count + ",\"mean\":1,\"standardDeviation\":0,\"min\":1,\"max\":1}";
    }

    private static int value(String spelling) {
        return JSON.read(scalePoint(spelling), ScalePoint.class).value();
    }

    private static int criteria(String spelling) {
        return JSON.read(scoreLine(spelling), ScoreLine.class).criteriaCount();
    }

    private static long count(String spelling) {
        return JSON.read(statistics(spelling), CriterionStatistics.class).count();
    }

    private static Problem refusal(String document, Class<?> type) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> JSON.read(document, type));
        assertThat(refused).as("refused: %s", document).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }

    private static Problem problem(String pointer, String message) {
        return new Problem(pointer, message, Optional.empty());
    }

    @Test
    void an_int_is_read_up_to_each_bound_and_refused_one_past_it() {
        assertThat(value("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(value("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(refusal(scalePoint("2147483648"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "2147483648"));
        assertThat(refusal(scalePoint("-2147483649"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "-2147483649"));
    }

    @Test
    void an_int_spelled_with_a_point_or_an_exponent_is_read_up_to_each_bound_and_refused_one_past_it() {
        assertThat(value("5.0")).isEqualTo(5);
        assertThat(value("-5.00")).isEqualTo(-5);
        assertThat(value("1.2e1")).isEqualTo(12);
        assertThat(value("0.0")).isZero();
        assertThat(value("2147483647.0")).isEqualTo(Integer.MAX_VALUE);
        assertThat(value("-2147483648.0")).isEqualTo(Integer.MIN_VALUE);
        assertThat(refusal(scalePoint("2147483648.0"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "2147483648.0"));
        assertThat(refusal(scalePoint("-2147483649.0"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "-2147483649.0"));
        assertThat(refusal(scalePoint("1e10"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "1E+10"));
    }

    @Test
    void a_number_with_a_fraction_is_no_whole_number() {
        assertThat(refusal(scalePoint("1.5"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "1.5"));
        assertThat(refusal(scalePoint("-0.1"), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "-0.1"));
        assertThat(refusal(scoreLine("1.5"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "1.5"));
        assertThat(refusal(scoreLine("12e-1"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "1.2"));
    }

    @Test
    void a_count_starts_at_zero() {
        assertThat(criteria("0")).isZero();
        assertThat(criteria("0.0")).isZero();
        assertThat(criteria("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(refusal(scoreLine("-1"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "-1"));
        assertThat(refusal(scoreLine("-1.0"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "-1.0"));
        assertThat(refusal(scoreLine("2147483648"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "2147483648"));
    }

    @Test
    void a_long_count_is_read_up_to_the_largest_long_in_any_spelling() {
        assertThat(count("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(count("9223372036854775807.0")).isEqualTo(Long.MAX_VALUE);
        assertThat(count("3.0")).isEqualTo(3);
        assertThat(refusal(statistics("9223372036854775808"), CriterionStatistics.class))
                .isEqualTo(problem("/count", LONG_COUNT_RANGE + "9223372036854775808"));
        assertThat(refusal(statistics("-1"), CriterionStatistics.class)).isEqualTo(problem("/count", LONG_COUNT_RANGE + "-1"));
    }

    @Test
    void a_value_of_another_type_is_named_for_what_it_is() {
        assertThat(refusal(scalePoint("\"1\""), ScalePoint.class)).isEqualTo(problem("/value", INT_RANGE + "a string"));
        assertThat(refusal(scoreLine("true"), ScoreLine.class)).isEqualTo(problem("/criteriaCount", COUNT_RANGE + "a boolean"));
        assertThat(refusal(statistics("null"), CriterionStatistics.class)).isEqualTo(problem("/count", LONG_COUNT_RANGE + "null"));
        assertThat(refusal(scoreLine("1").replace("\"coverage\":0", "\"coverage\":\"0\""), ScoreLine.class))
                .isEqualTo(problem("/coverage", "must be a number, not a string"));
    }

    @Test
    void a_boolean_is_true_or_false_and_nothing_else() {
        String actor = "{\"formatVersion\":2,\"id\":\"a\",\"name\":\"A\",\"kind\":\"resident\",\"minor\":%s%s}";
        String responsible = ",\"responsibleActorId\":\"b\"";

        assertThat(JSON.read(String.format(actor, "true", responsible), Actor.class).minor()).isTrue();
        assertThat(JSON.read(String.format(actor, "false", ""), Actor.class).minor()).isFalse();
        for (String other : new String[] {"\"true\"", "1", "0", "null", "{}"}) {
            assertThat(refusal(String.format(actor, other, ""), Actor.class)).as(other).extracting(Problem::pointer, Problem::message)
                    .containsExactly("/minor", "must be true or false, not " + (other.startsWith("\"") ? "a string"
                            : other.equals("null") ? "null" : other.equals("{}") ? "an object" : "a number"));
        }
    }

    @Test
    void a_code_must_be_a_string() {
        assertThat(refusal("{\"formatVersion\":2,\"id\":\"a\",\"name\":\"A\",\"kind\":1}", Actor.class))
                .isEqualTo(problem("/kind", "must be a string, not a number"));
    }

    @Test
    void the_format_version_is_1_or_2_in_any_spelling_and_nothing_else() {
        String actor = "{\"formatVersion\":%s,\"id\":\"a\",\"name\":\"A\",\"kind\":\"resident\"}";

        for (String readable : new String[] {"1", "1.0", "1e0", "2", "2.0", "0.2e1"}) {
            assertThat(JSON.read(String.format(actor, readable), Actor.class).id()).as(readable).isEqualTo("a");
        }
        assertThat(refusal(String.format(actor, "\"2\""), Actor.class))
                .isEqualTo(problem("/formatVersion", "must be the whole number 2, not a string"));
        for (String unknown : new String[] {"3", "0", "1.5", "-1"}) {
            assertThat(refusal(String.format(actor, unknown), Actor.class)).as(unknown)
                    .isEqualTo(problem("/formatVersion", "unsupported format version " + unknown + ": this library reads versions 1 to 2"));
        }
    }
}
