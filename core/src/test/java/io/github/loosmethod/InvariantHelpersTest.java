package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The helpers every value of the model checks its invariants with: rounding to a number of places
 * within the format's scale, canonical maps of decimals, distinct keys, and the vocabulary's keys.
 */
class InvariantHelpersTest {

    @Test
    void a_value_is_rounded_to_zero_up_to_four_places_and_no_other() {
        BigDecimal third = new BigDecimal("0.33335");

        assertThat(Decimals.round("share", third, 0)).isEqualTo(BigDecimal.ZERO);
        assertThat(Decimals.round("share", third, 4)).isEqualTo(new BigDecimal("0.3334"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Decimals.round("share", third, -1)))
                .hasMessage("places must be between 0 and 4: -1");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Decimals.round("share", third, 5)))
                .hasMessage("places must be between 0 and 4: 5");
    }

    @Test
    void every_value_of_a_map_is_made_canonical_not_only_the_first() {
        SortedMap<String, BigDecimal> map = new TreeMap<>();
        map.put("a", new BigDecimal("1.50"));
        map.put("b", new BigDecimal("2"));
        map.put("c", new BigDecimal("3.0"));

        SortedMap<String, BigDecimal> canonical = Decimals.nonNegativeValues("totals", map);

        assertThat(canonical.values()).extracting(BigDecimal::toString).containsExactly("1.5", "2", "3");
        assertThat(map.get("a")).hasToString("1.50");
        SortedMap<String, BigDecimal> already = new TreeMap<>(canonical);
        assertThat(Decimals.nonNegativeValues("totals", already)).isSameAs(already);
    }

    @Test
    void distinct_keys_may_include_one_null_key_but_not_two() {
        InvalidValueException.requireDistinct("ids", List.of("a"), s -> null);
        InvalidValueException.requireDistinct("ids", List.of("a", "b"), s -> s.equals("a") ? null : s);

        assertThat(catchThrowableOfType(InvalidValueException.class,
                () -> InvalidValueException.requireDistinct("ids", List.of("a", "b"), s -> null))).hasMessage(
                "ids: must not repeat an identifier (was null)");
    }

    @Test
    void distinct_keys_are_checked_alike_in_short_and_long_lists() {
        for (int size : new int[] {2, 16, 17, 40}) {
            String[] ids = new String[size];
            Arrays.setAll(ids, i -> "id" + i);
            InvalidValueException.requireDistinct("ids", List.of(ids), s -> s);
            ids[size - 1] = "id0";

            assertThat(catchThrowableOfType(InvalidValueException.class,
                    () -> InvalidValueException.requireDistinct("ids", List.of(ids), s -> s)))
                    .as("%d elements", size).hasMessage("ids: must not repeat an identifier (was \"id0\")");
        }
    }

    @Test
    void the_vocabulary_has_a_key_only_when_it_holds_a_text_for_it() {
        assertThat(Vocabulary.has("Rule.R1.title", Language.ENGLISH)).isTrue();
        assertThat(Vocabulary.has("Rule.R1.title", Language.FRENCH)).isTrue();
        assertThat(Vocabulary.has("Rule.R99.title", Language.ENGLISH)).isFalse();
    }
}
