package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.loosmethod.actor.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parser's errors reach a reader in the format's words: where (line and column), what is
 * wrong, and Jackson's own remarks without its internal names and settings. Each kind of error is
 * read from a small document; the kinds a document cannot produce are built directly.
 */
class JacksonErrorsTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final String ACTOR = "{\"formatVersion\":2,\"id\":\"a\",\"name\":\"A\",\"kind\":\"resident\"";
    private static final String VALUE = "(a value is a string in double quotes, a number, true, false, null, an object or an array)";

    private static Problem refusal(String document) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> JSON.read(document.getBytes(StandardCharsets.UTF_8), Actor.class));
        assertThat(refused).as("refused: %s", document).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }

    private static Problem problem(String pointer, String message) {
        return new Problem(pointer, message, Optional.empty());
    }

    private static String malformed(String message) {
        return malformed(new JsonParseException(null, message));
    }

    @Test
    void an_unknown_word_is_quoted_with_what_a_value_may_be() {
        assertThat(refusal(ACTOR + ",\"minor\":tru}")).isEqualTo(problem("/minor", "malformed JSON at line 1, column 66: unknown word \"tru\" " + VALUE));
        assertThat(refusal(ACTOR + "} x")).isEqualTo(problem("", "malformed JSON at line 1, column 59: unknown word \"x\" " + VALUE));
    }

    @Test
    void an_unexpected_character_is_quoted_with_its_code_point_and_what_was_expected() {
        assertThat(refusal(ACTOR + ",\"minor\" true}")).isEqualTo(problem("/minor",
                "malformed JSON at line 1, column 66: unexpected character \"t\" (U+0074); was expecting a colon to separate field name and value"));
        // The parser's advice to enable one of its settings is cut: a reader of the format has none.
        assertThat(refusal(ACTOR + ",\"minor\":+1}")).isEqualTo(problem("/minor", "malformed JSON at line 1, column 66: unexpected"
                + " character \"+\" (U+002B); in numeric value: JSON spec does not allow numbers to have plus signs"));
        assertThat(malformed("Unexpected character ('x' (code 120))")).isEqualTo("malformed JSON: unexpected character \"x\" (U+0078)");
        // Past U+00FF the parser adds the code in hexadecimal: the character is still told in the format's words.
        assertThat(refusal("{\u20ac}")).isEqualTo(problem("", "malformed JSON at line 1, column 2:"
                + " unexpected character \"\u20ac\" (U+20AC); was expecting double-quote to start field name"));
    }

    @Test
    void a_line_ends_at_a_line_feed_a_carriage_return_or_both() {
        for (String breakOfLine : new String[] {"\n", "\r", "\r\n"}) {
            assertThat(refusal("{" + breakOfLine + "\"id\":x}").message()).as(breakOfLine.replace("\r", "CR").replace("\n", "LF"))
                    .startsWith("malformed JSON at line 2, column 6:");
        }
    }

    @Test
    void a_character_outside_ascii_is_named_as_the_input_holds_it_whatever_bytes_the_parser_names() {
        // Jackson 2 names the first byte of é and the low 16 bits of U+10352: the input tells the character.
        assertThat(refusal("{ \"a\" \u00e9}").message()).contains("unexpected character \"\u00e9\" (U+00E9)");
        assertThat(refusal("{\"id\":\"a\" \uD800\uDF52}").message()).contains("unexpected character \"\uD800\uDF52\" (U+10352)");
        assertThat(refusal("{   \uD800\uDF52}").message()).contains("unexpected character \"\uD800\uDF52\" (U+10352)");
    }

    @Test
    void a_control_character_is_named_by_its_code_point_between_values_and_refused_raw_in_a_string() {
        assertThat(refusal(ACTOR + ",\u0001\"minor\":true}")).isEqualTo(problem("", "malformed JSON at line 1, column 58:"
                + " a control character (U+0001) where only spaces, tabs and line breaks may stand between values"));
        assertThat(refusal(ACTOR.replace("\"A\"", "\"A\u0007\"") + "}")).isEqualTo(problem("/name", "malformed JSON at line 1,"
                + " column 38: a control character inside a string must be written as an escape, such as \\n or \\u0007"));
    }

    @Test
    void brackets_escapes_numbers_and_the_end_of_the_document_are_explained() {
        assertThat(refusal(ACTOR + "]")).isEqualTo(problem("",
                "malformed JSON at line 1, column 57: a closing bracket or brace does not match the one opened"));
        assertThat(refusal(ACTOR.replace("\"A\"", "\"A\\q\"") + "}")).isEqualTo(problem("/name",
                "malformed JSON at line 1, column 39: unknown escape in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"));
        assertThat(refusal(ACTOR + ",\"minor\":01}")).isEqualTo(problem("/minor",
                "malformed JSON at line 1, column 67: malformed number: Invalid numeric value: Leading zeroes not allowed"));
        assertThat(refusal(ACTOR + ",\"minor\":NaN}")).isEqualTo(problem("/minor",
                "malformed JSON at line 1, column 69: NaN and Infinity are not JSON numbers"));
        assertThat(refusal(ACTOR)).isEqualTo(problem("",
                "malformed JSON at line 1, column 57: the document ends before every object, array or string it opens is closed"));
        assertThat(refusal(ACTOR + ",\n\"minor\":tru}").message()).startsWith("malformed JSON at line 2, column ");
        // The words of earlier versions of the parser, without the "Invalid numeric value" before them.
        assertThat(malformed("Leading zeroes not allowed")).isEqualTo("malformed JSON: malformed number: Leading zeroes not allowed");
    }

    @Test
    void the_end_of_the_document_is_told_by_the_kind_of_error_or_by_its_words() {
        String ends = "malformed JSON: the document ends before every object, array or string it opens is closed";

        assertThat(malformed(new JsonEOFException(null, JsonToken.START_OBJECT, "within an object"))).isEqualTo(ends);
        assertThat(malformed("Unexpected end-of-input in a comment")).isEqualTo(ends);
        assertThat(malformed("Unexpected character ('x' (code 120)): end-of-input")).doesNotContain("ends before");
    }

    @Test
    void an_error_of_another_kind_keeps_jacksons_words_without_its_source_and_settings() {
        assertThat(malformed("Something new happened\n at [Source: REDACTED; line: 1, column: 2]"))
                .isEqualTo("malformed JSON: Something new happened");
        assertThat(malformed("Odd value (`StreamReadFeature.X` disabled) here")).isEqualTo("malformed JSON: Odd value");
        assertThat(malformed("`JsonReadFeature.X` must be enabled")).isEqualTo("malformed JSON: ");
        assertThat(malformed("a line\nand its rest")).isEqualTo("malformed JSON: a line");
        assertThat(malformed((String) null)).isEqualTo("malformed JSON: ");
    }

    @Test
    void a_place_is_given_only_when_the_parser_knows_its_line() {
        JsonLocation lineOne = new JsonLocation(ContentReference.unknown(), 4L, 1, 5);
        JsonLocation noLine = new JsonLocation(ContentReference.unknown(), 4L, 0, 5);

        assertThat(malformed(new JsonParseException(null, "Unexpected close marker ']'", lineOne)))
                .isEqualTo("malformed JSON at line 1, column 5: a closing bracket or brace does not match the one opened");
        assertThat(malformed(new JsonParseException(null, "Unexpected close marker ']'", noLine)))
                .isEqualTo("malformed JSON: a closing bracket or brace does not match the one opened");
        assertThat(malformed("Unexpected close marker ']'")).isEqualTo("malformed JSON: a closing bracket or brace does not match the one opened");
    }

    @Test
    void each_limit_is_told_with_the_value_this_reader_enforces() {
        ReadLimits limits = new ReadLimits(20, 300, 40, 50, 6000);

        assertThat(limit("Document nesting depth (21) exceeds the maximum allowed (20, from `StreamReadConstraints.getMaxNestingDepth()`)",
                limits)).isEqualTo("nests objects and arrays deeper than the limit of 20 levels");
        assertThat(limit("String value length (601) exceeds the maximum allowed (600, from `StreamReadConstraints.getMaxStringLength()`)",
                limits)).isEqualTo("is longer than the limit of 300 characters");
        assertThat(limit("Number value length (51) exceeds the maximum allowed (50, from `StreamReadConstraints.getMaxNumberLength()`)",
                limits)).isEqualTo("is a number longer than the limit of 50 characters");
        assertThat(limit("Name length (161) exceeds the maximum allowed (160, from `StreamReadConstraints.getMaxNameLength()`)",
                limits)).isEqualTo("a field name is longer than the limit of 40 characters");
        assertThat(limit("Document length (6001) exceeds the maximum allowed (6000, from `StreamReadConstraints.getMaxDocumentLength()`)",
                limits)).isEqualTo("the document is longer than the limit of 6000 bytes");
        assertThat(limit("Token count (9) exceeds the maximum allowed (8, from `StreamReadConstraints.getMaxTokenCount()`)", limits))
                .isEqualTo("exceeds a read limit of the format (Token count (9) exceeds the maximum allowed (8)");
        assertThat(limit(null, limits)).isEqualTo("exceeds a read limit of the format ()");
    }

    private static String limit(String message, ReadLimits limits) {
        return LoosJson.parseError(new StreamConstraintsException(message), limits).orElseThrow().english();
    }

    private static String malformed(com.fasterxml.jackson.core.JsonProcessingException e) {
        return LoosJson.parseError(e, ReadLimits.DEFAULT).orElseThrow().english();
    }
}
