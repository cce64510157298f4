package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Well-formed UTF-8 as RFC 3629 defines it (table 3-7 of Unicode): each row of the table is
 * checked at its lowest and highest bytes and one past each; the first bad byte is found where it
 * is, in a range of a larger array too; UTF-16 and UTF-32 are told apart by their first two bytes.
 */
class Utf8Test {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static int firstInvalid(int... values) {
        byte[] bytes = bytes(values);
        return Utf8.firstInvalid(bytes, 0, bytes.length);
    }

    @Test
    void ascii_is_well_formed_from_nul_to_del() {
        assertThat(firstInvalid(0x00, 0x41, 0x7F)).isEqualTo(-1);
        assertThat(firstInvalid()).isEqualTo(-1);
    }

    @Test
    void two_byte_sequences_start_at_c2_and_end_at_df() {
        assertThat(firstInvalid(0xC2, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xDF, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xC1, 0xBF)).as("overlong").isZero();
        assertThat(firstInvalid(0xC0, 0xA2)).as("overlong").isZero();
        assertThat(firstInvalid(0xC2, 0x7F)).isZero();
        assertThat(firstInvalid(0xC2, 0xC0)).isZero();
        assertThat(firstInvalid(0x80)).as("a continuation byte alone").isZero();
        // Followed by continuation bytes, it still begins no sequence, of whatever length.
        assertThat(firstInvalid(0x80, 0x80, 0x80)).isZero();
        assertThat(firstInvalid(0x80, 0x80, 0x80, 0x80)).isZero();
        assertThat(firstInvalid(0xC1, 0xBF, 0xBF, 0xBF)).isZero();
    }

    @Test
    void three_byte_sequences_refuse_overlong_forms_after_e0_and_surrogates_after_ed() {
        assertThat(firstInvalid(0xE0, 0xA0, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xE0, 0x9F, 0xBF)).as("overlong").isZero();
        assertThat(firstInvalid(0xE1, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xEC, 0xBF, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xED, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xED, 0x9F, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xED, 0xA0, 0x80)).as("a surrogate").isZero();
        assertThat(firstInvalid(0xEE, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xEF, 0xBF, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xEF, 0xC0, 0x80)).isZero();
        assertThat(firstInvalid(0xE1, 0x80, 0x7F)).isZero();
        assertThat(firstInvalid(0xE1, 0x80, 0xC0)).isZero();
    }

    @Test
    void four_byte_sequences_refuse_overlong_forms_after_f0_and_code_points_past_10ffff_after_f4() {
        assertThat(firstInvalid(0xF0, 0x90, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xF0, 0x8F, 0xBF, 0xBF)).as("overlong").isZero();
        assertThat(firstInvalid(0xF1, 0x80, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xF3, 0xBF, 0xBF, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xF4, 0x80, 0x80, 0x80)).isEqualTo(-1);
        assertThat(firstInvalid(0xF4, 0x8F, 0xBF, 0xBF)).isEqualTo(-1);
        assertThat(firstInvalid(0xF4, 0x90, 0x80, 0x80)).as("past U+10FFFF").isZero();
        assertThat(firstInvalid(0xF5, 0x80, 0x80, 0x80)).isZero();
        assertThat(firstInvalid(0xFF)).isZero();
        assertThat(firstInvalid(0xF1, 0x80, 0x80, 0x7F)).isZero();
        assertThat(firstInvalid(0xF1, 0x80, 0xC0, 0x80)).isZero();
    }

    @Test
    void the_first_bad_byte_is_found_after_well_formed_ones() {
        assertThat(firstInvalid('a', 'b', 0xC0, 0xA2)).isEqualTo(2);
        assertThat(firstInvalid('a', 0xC3, 0xA9, 0xE0, 0x9F, 0xBF)).isEqualTo(3);
        assertThat(firstInvalid('a', 0xE1, 0x80, 'b')).isEqualTo(1);
        assertThat(firstInvalid('a', 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x8C, 0xBB, 0xED, 0xB0, 0x80)).isEqualTo(8);
    }

    @Test
    void a_sequence_cut_by_the_end_of_the_range_is_refused_even_when_the_array_goes_on() {
        assertThat(firstInvalid('a', 0xC3)).isEqualTo(1);
        assertThat(firstInvalid('a', 0xE2, 0x82)).isEqualTo(1);
        assertThat(firstInvalid('a', 'b', 0xF0, 0x9F, 0x8C)).isEqualTo(2);
        byte[] euro = bytes('x', 'a', 0xE2, 0x82, 0xAC, 'b');
        assertThat(Utf8.firstInvalid(euro, 1, 2)).isEqualTo(2);
        assertThat(Utf8.firstInvalid(euro, 1, 3)).isEqualTo(2);
        assertThat(Utf8.firstInvalid(euro, 1, 4)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(euro, 3, 3)).as("starting on a continuation byte").isEqualTo(3);
    }

    @Test
    void utf_16_and_utf_32_are_told_by_a_zero_byte_or_a_byte_order_mark_in_the_first_two() {
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0x00, '{'), 0, 2)).as("UTF-16BE").isTrue();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', 0x00), 0, 2)).as("UTF-16LE").isTrue();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFE, 0xFF, 0x00, '{'), 0, 4)).isTrue();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFF, 0xFE, '{', 0x00), 0, 4)).isTrue();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0x00), 0, 1)).isTrue();

        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', '}'), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{'), 0, 1)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(), 0, 0)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFE, '{'), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFF, '{'), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', 0xFF), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', 0xFE), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFE, 0xFE), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0xFF, 0xFF), 0, 2)).isFalse();
        // Only the range counts.
        assertThat(Utf8.looksLikeUtf16Or32(bytes(0x00, '{', '}'), 1, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', '}', 0x00), 0, 2)).isFalse();
        assertThat(Utf8.looksLikeUtf16Or32(bytes('{', 0x00), 1, 1)).isTrue();
    }

    @Test
    void a_byte_is_placed_on_its_line_counted_from_the_start_of_the_range() {
        byte[] text = "\n{\n\"a\"\n}".getBytes(StandardCharsets.US_ASCII);

        assertThat(Utf8.lineOf(text, 1, 1)).isEqualTo(1);
        assertThat(Utf8.lineOf(text, 1, 2)).as("a line feed is on the line it ends").isEqualTo(1);
        assertThat(Utf8.lineOf(text, 1, 3)).isEqualTo(2);
        assertThat(Utf8.lineOf(text, 1, 7)).isEqualTo(3);
        assertThat(Utf8.lineOf(text, 0, 7)).isEqualTo(4);
    }

    @Test
    void a_surrogate_without_its_pair_is_found_where_it_is() {
        assertThat(Utf8.unpairedSurrogate("sunflower \uD83C\uDF3B")).isEqualTo(-1);
        assertThat(Utf8.unpairedSurrogate("")).isEqualTo(-1);
        assertThat(Utf8.unpairedSurrogate("ab\uD83C")).as("a high surrogate at the end").isEqualTo(2);
        assertThat(Utf8.unpairedSurrogate("a\uDF3B")).as("a low surrogate alone").isEqualTo(1);
        assertThat(Utf8.unpairedSurrogate("\uDF3B\uDF3B")).isZero();
        assertThat(Utf8.unpairedSurrogate("\uD83Cx")).isZero();
        assertThat(Utf8.unpairedSurrogate("\uD83C\uD83C\uDF3B")).isZero();
    }
}
