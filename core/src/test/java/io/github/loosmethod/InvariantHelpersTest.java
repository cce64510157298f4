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

    @Test
    void a_refusal_says_its_reason_in_english_and_in_french_with_the_offending_value() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> InvalidValueException.requireThat(false, "amount", -3, "invariant.negative"));
        InvalidValueException identifier = InvalidValueException.of("value", "123", "invariant.identifier", "siren",
                LocalizedText.of("must be 9 digits", "doit compter 9 chiffres"));

        assertThat(refused.getMessage()).isEqualTo("amount: must not be negative (was -3)");
        assertThat(refused.getMessage(java.util.Locale.ENGLISH)).isEqualTo(refused.getMessage());
        assertThat(refused.getMessage(java.util.Locale.FRENCH)).isEqualTo("amount : ne doit pas être négatif (valeur : -3)");
        assertThat(refused.reason(java.util.Locale.FRENCH)).isEqualTo("ne doit pas être négatif (valeur : -3)");
        assertThat(refused.field()).isEqualTo("amount");
        assertThat(refused.value()).isEqualTo("-3");
        assertThat(identifier.reason(java.util.Locale.ENGLISH)).isEqualTo("is not a valid siren: must be 9 digits (was 123)");
        assertThat(identifier.reason(java.util.Locale.FRENCH)).isEqualTo("n'est pas un siren valide : doit compter 9 chiffres (valeur : 123)");
        InvalidValueException.requireThat(true, "amount", -3, "no such key: never rendered when the condition holds");
    }

    @Test
    void a_refusal_of_a_generated_builder_keeps_its_one_message_in_both_languages() {
        InvalidValueException missing = new InvalidValueException("Cannot build Quantity, some of required attributes are not set [unit]");

        assertThat(missing.getMessage(java.util.Locale.FRENCH)).isEqualTo(missing.getMessage());
        assertThat(missing.reason(java.util.Locale.FRENCH)).isEqualTo(missing.getMessage());
        assertThat(missing.field()).isEmpty();
    }
}
