package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.LocalizedText;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void each_kind_accepts_exactly_its_values() {
        Scale four = Scale.fourPoints();
        assertThat(four.accepts(d("1"))).isTrue();
        assertThat(four.accepts(d("4.0"))).isTrue();
        assertThat(four.accepts(d("2.5"))).isFalse();
        assertThat(four.accepts(d("0"))).isFalse();
        assertThat(four.accepts(d("5"))).isFalse();

        assertThat(Scale.yesNo().accepts(d("1"))).isTrue();
        assertThat(Scale.yesNo().accepts(d("0.00"))).isTrue();
        assertThat(Scale.yesNo().accepts(d("0.5"))).isFalse();

        assertThat(Scale.percentage().accepts(d("0"))).isTrue();
        assertThat(Scale.percentage().accepts(d("100"))).isTrue();
        assertThat(Scale.percentage().accepts(d("37.5"))).isTrue();
        assertThat(Scale.percentage().accepts(d("100.01"))).isFalse();
        assertThat(Scale.percentage().accepts(d("-1"))).isFalse();

        assertThat(Scale.count().accepts(d("12"))).isTrue();
        assertThat(Scale.count().accepts(d("1.2E+3"))).isTrue();
        assertThat(Scale.count().accepts(d("12.5"))).isFalse();
        assertThat(Scale.count().accepts(d("-3"))).isFalse();
    }

    @Test
    void values_are_brought_onto_zero_to_one() {
        assertThat(Scale.fourPoints().normalise(d("1"), Optional.empty())).contains(d("0"));
        assertThat(Scale.fourPoints().normalise(d("3"), Optional.empty())).contains(d("0.6667"));
        assertThat(Scale.fourPoints().normalise(d("4"), Optional.empty())).contains(d("1"));
        assertThat(Scale.yesNo().normalise(d("1"), Optional.empty())).contains(d("1"));
        assertThat(Scale.percentage().normalise(d("37.5"), Optional.empty())).contains(d("0.375"));
        assertThat(Scale.count().normalise(d("6"), Optional.of(d("12")))).contains(d("0.5"));
        assertThat(Scale.count().normalise(d("30"), Optional.of(d("12")))).contains(d("1"));
    }

    @Test
    void a_count_without_a_positive_target_or_an_off_scale_value_cannot_be_normalised() {
        assertThat(Scale.count().normalise(d("6"), Optional.empty())).isEmpty();
        assertThat(Scale.count().normalise(d("6"), Optional.of(BigDecimal.ZERO))).isEmpty();
        assertThat(Scale.percentage().normalise(d("120"), Optional.empty())).isEmpty();
    }

    @Test
    void an_ordinal_scale_needs_two_increasing_points_and_others_have_none() {
        ScalePoint one = ScalePoint.of(1, LocalizedText.of("low", "bas"));
        Assertions.assertThatThrownBy(() -> Scale.ordinal(one)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("points:");
        Assertions.assertThatThrownBy(() -> Scale.ordinal(one, ScalePoint.of(1, LocalizedText.of("also low", "bas aussi"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("points[1].value:");
        Assertions.assertThatThrownBy(() -> Scale.builder().withKind(ScaleKind.COUNT).addPoint(one).build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("points:");
    }
}
