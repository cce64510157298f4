package io.github.loosmethod.serialization;

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
class Utf8DocumentsTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }


    @Test
    void a_document_that_is_not_utf_8_is_refused_at_its_first_bad_byte_and_line() {
        byte[] document = "{\"formatVersion\":2,\n\"id\":\"a\",\"name\":\"A?\",\"kind\":\"resident\"}".getBytes(StandardCharsets.US_ASCII);
        int at = new String(document, StandardCharsets.US_ASCII).indexOf('?');
        document[at] = (byte) 0xC0;

        assertThat(refusal(document)).isEqualTo(new Problem("",
                "is not valid UTF-8: a malformed or overlong byte sequence at byte " + at + " (line 2)", Optional.empty()));
        assertThat(refusal(bytes(0x80, '{', '}'))).isEqualTo(new Problem("",
                "is not valid UTF-8: a malformed or overlong byte sequence at byte 0 (line 1)", Optional.empty()));
    }

    @Test
    void only_the_three_bytes_of_the_byte_order_mark_are_refused_as_one() {
        String bom = "a byte order mark is not allowed: documents are plain UTF-8";

        assertThat(refusal(bytes(0xEF, 0xBB, 0xBF)).message()).isEqualTo(bom);
        assertThat(refusal(bytes(0xEF, 0xBB, 0xBF, '{', '}')).message()).isEqualTo(bom);
        assertThat(refusal(bytes('{', 0xBB, 0xBF)).message()).isEqualTo(
                "is not valid UTF-8: a malformed or overlong byte sequence at byte 1 (line 1)");
        assertThat(refusal(bytes(0xEF, 0xBF, 0xBF, '{', '}')).message()).startsWith("malformed JSON at line 1, column ");
        assertThat(refusal(bytes(0xEF, 0xBB, 0x80, '{', '}')).message()).startsWith("malformed JSON at line 1, column ");
    }

    @Test
    void a_text_with_a_surrogate_without_its_pair_is_refused_wherever_it_is() {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> LoosJson.strict().read("\uDF3B{}", Actor.class));

        assertThat(refused.problems()).map(EnglishOnly::of).containsExactly(new Problem("", "the text holds a surrogate without its pair at index 0:"
                + " it is not Unicode text, and no UTF-8 document can carry it", Optional.empty()));
    }

    private static Problem refusal(byte[] document) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> LoosJson.strict().read(document, Actor.class));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }
}
