package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, each breaking one thing in an otherwise valid document, are refused with the
 * library's exception, at the place of the damage and for its reason — from bytes, from a stream
 * and from text alike, unless decoding the bytes into text repairs them, in which case the text
 * reads as the repaired document.
 */
class HostileInputTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final Initiative AGREED = StreetFlowerBoxes.agreed();
    private static final String VALID = JSON.writeAsString(AGREED);
    private static final String TITLE = "\"title\":\"Flower boxes in the rue des Écoles\"";
    private static final String DRAFT = JSON.writeAsString(StreetFlowerBoxes.draft());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What a refusal must say: the pointer of the damage and words of its reason; the text refused at the same place. */
    private static Arguments hostile(String what, Supplier<byte[]> input, String pointer, String reason) {
        return Arguments.of(what, input, pointer, reason, pointer);
    }

    /**
     * The same, for damage to bytes that decoding them into text replaces with U+FFFD: the text
     * is then refused at {@code textPointer}, or read as a valid document when it is null.
     */
    private static Arguments repairedAsText(String what, Supplier<byte[]> input, String pointer, String reason, String textPointer) {
        return Arguments.of(what, input, pointer, reason, textPointer);
    }

    /** The valid document with its first {@code target} replaced by {@code before}, the bytes, then {@code after}. */
    private static byte[] withBytes(String target, String before, byte[] bytes, String after) {
        int at = VALID.indexOf(target);
        assertThat(at).as("the document holds " + target).isNotNegative();
        return concat(utf8(VALID.substring(0, at) + before), bytes, utf8(after + VALID.substring(at + target.length())));
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                hostile("deep nesting", () -> utf8("[".repeat(100_000) + "]".repeat(100_000)), "", "must be an object, not an array"),
                hostile("deep nesting inside a document", () -> utf8(VALID.replace("\"themes\":[", "\"themes\":["
                        + "[".repeat(5_000) + "]".repeat(5_000) + ",")), "/themes/0", "must be a string, not an array"),
                hostile("a string one character past the limit", () -> utf8(VALID.replace(TITLE, "\"title\":\"" + "x".repeat(65_537)
                        + "\"")), "/title", "is longer than the limit of 65536 characters"),
                hostile("a document larger than the limit", () -> utf8(VALID.replace(TITLE, "\"title\":\"" + "x".repeat(10_000_000)
                        + "\"")), "", "the document is longer than the limit of 4194304 bytes"),
                hostile("a huge number", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":" + "9".repeat(1_000))),
                        "/convention/commitments/0/quantity/amount", "is a number longer than the limit of 32 characters"),
                hostile("a huge exponent", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":1e999999999")),
                        "/convention/commitments/0/quantity/amount", "at most 11 digits before the point"),
                hostile("an exponent beyond an int", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":1e2147483648")),
                        "/convention/commitments/0/quantity/amount", "out of the range of the format"),
                hostile("a negative exponent beyond an int", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":1e-2147483649")),
                        "/convention/commitments/0/quantity/amount", "out of the range of the format"),
                hostile("duplicate keys", () -> utf8(VALID.replace("\"title\":", "\"title\":\"x\",\"title\":")), "/title",
                        "is repeated"),
                hostile("UTF-16 big endian", () -> VALID.getBytes(StandardCharsets.UTF_16BE), "", "is UTF-16 or UTF-32, it seems"),
                hostile("UTF-16 little endian", () -> VALID.getBytes(StandardCharsets.UTF_16LE), "", "is UTF-16 or UTF-32, it seems"),
                hostile("UTF-16 with its byte order mark", () -> VALID.getBytes(StandardCharsets.UTF_16), "", "is UTF-16 or UTF-32"),
                hostile("UTF-32", () -> VALID.getBytes(Charset.forName("UTF-32")), "", "is UTF-16 or UTF-32, it seems"),
                hostile("the bytes that make charset detection throw", () -> new byte[] {0x00, 0x05, 0x00, 0x00, (byte) 0xFF}, "",
                        "is UTF-16 or UTF-32, it seems"),
                repairedAsText("a byte that is never UTF-8", () -> withBytes("\"title\":\"Flower boxes", "\"title\":\"Flower",
                        new byte[] {(byte) 0xFF}, " boxes"), "", "is not valid UTF-8: a malformed or overlong byte sequence at byte "
                        + (utf8(VALID.substring(0, VALID.indexOf(TITLE))).length + "\"title\":\"Flower".length()) + " (line 1)", null),
                repairedAsText("invalid UTF-8: a lead byte without its continuation", () -> withBytes(TITLE, "\"title\":\"Flower",
                        new byte[] {(byte) 0xC3, 0x28}, " boxes in the rue des Écoles\""), "", "is not valid UTF-8", null),
                repairedAsText("an overlong quote in a value", () -> withBytes(TITLE, "\"title\":\"Flower", new byte[] {(byte) 0xC0,
                        (byte) 0xA2}, " boxes in the rue des Écoles\""), "", "overlong byte sequence", null),
                repairedAsText("an overlong letter in a field name", () -> withBytes(TITLE, "\"titl", new byte[] {(byte) 0xC1,
                        (byte) 0xA5}, "\":\"Flower boxes in the rue des Écoles\""), "", "overlong byte sequence", "/titl\ufffd\ufffd"),
                repairedAsText("an overlong slash of three bytes", () -> withBytes("\"zone\":\"Europe/Paris\"", "\"zone\":\"Europe",
                        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, "Paris\""), "", "overlong byte sequence", "/territory/zone"),
                repairedAsText("an overlong underscore in a code", () -> withBytes("\"kind\":\"fifty_fifty\"", "\"kind\":\"fifty",
                        new byte[] {(byte) 0xC1, (byte) 0x9F}, "fifty\""), "", "overlong byte sequence", "/kind"),
                repairedAsText("an encoded surrogate", () -> withBytes(TITLE, "\"title\":\"Flower", new byte[] {(byte) 0xED,
                        (byte) 0xA0, (byte) 0x80}, " boxes in the rue des Écoles\""), "", "is not valid UTF-8", null),
                hostile("a UTF-8 byte order mark", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID)), "",
                        "a byte order mark is not allowed"),
                hostile("a truncated document", () -> utf8(VALID.substring(0, VALID.indexOf("Flower boxes") + 6)), "/title",
                        "the document ends before every object, array or string it opens is closed"),
                hostile("an empty input", () -> new byte[0], "", "the document is empty"),
                hostile("only white space", () -> utf8("   \n\t "), "", "the document is empty"),
                hostile("content after the document", () -> utf8(VALID + " {}"), "", "unexpected content after the end"),
                hostile("an array at the root", () -> utf8("[" + VALID + "]"), "", "must be an object, not an array"),
                hostile("a string at the root", () -> utf8("\"initiative\""), "", "must be an object, not a string"),
                hostile("a number at the root", () -> utf8("42"), "", "must be an object, not a number"),
                hostile("null at the root", () -> utf8("null"), "", "must be an object, not null"),
                hostile("an object where an array is expected", () -> utf8(VALID.replace("\"themes\":[\"flowers\",\"street\"]",
                        "\"themes\":{\"a\":[]}")), "/themes", "must be an array, not an object"),
                hostile("a string where an object is expected", () -> utf8(VALID.replaceFirst("\"territory\":\\{[^}]*}",
                        "\"territory\":\"62528\"")), "/territory", "must be an object, not a string"),
                hostile("a number where a string is expected", () -> utf8(VALID.replace("\"id\":\"loos-2023-ff-jardinieres\"",
                        "\"id\":7")), "/id", "must be a string, not a number"),
                hostile("a fraction where a whole number is expected", () -> utf8(VALID.replace("\"formatVersion\":2",
                        "\"formatVersion\":2.5")), "/formatVersion", "unsupported format version 2.5"),
                hostile("null where a value is required", () -> utf8(VALID.replace(TITLE, "\"title\":null")), "/title",
                        "must be a string, not null"),
                hostile("null for an optional value", () -> utf8(DRAFT.replace("\"history\":[]", "\"convention\":null,\"history\":[]")),
                        "/convention", "must be an object, not null"),
                hostile("null in a list", () -> utf8(VALID.replace("\"themes\":[", "\"themes\":[null,")), "/themes/0",
                        "must be a string, not null"),
                hostile("NaN", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":NaN")),
                        "/convention/commitments/0/quantity/amount", "NaN and Infinity are not JSON numbers"),
                hostile("a comment", () -> utf8("/* hello */" + VALID), "", "unexpected character \"/\" (U+002F)"),
                hostile("single quotes", () -> utf8(VALID.replace("\"title\"", "'title'")), "",
                        "unexpected character \"'\" (U+0027)"),
                hostile("a leading zero", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":0640.5")),
                        "/convention/commitments/0/quantity/amount", "malformed number"),
                hostile("a control character in a string", () -> utf8(VALID.replace("Flower boxes", "Flower\u0001boxes")), "/title",
                        "a control character inside a string must be written as an escape"),
                hostile("a record separator between values (found by fuzzing)", () -> utf8(VALID.replace("{\"formatVersion\"",
                        "{\u001e\"formatVersion\"")), "", "a control character (U+001E) where only spaces, tabs and line breaks may"),
                hostile("a plus sign before a number (found by fuzzing)", () -> utf8(VALID.replace("\"amount\":640.5",
                        "\"amount\":+640.5")), "/convention/commitments/0/quantity/amount",
                        "unexpected character \"+\" (U+002B); in numeric value: JSON spec does not allow numbers to have plus signs"),
                hostile("a lone surrogate escape", () -> utf8(VALID.replace("Flower boxes", "Flower\\ud800boxes")), "/title",
                        "must be well-formed Unicode text"),
                hostile("an instant at hour 24", () -> utf8(VALID.replace("\"at\":\"2023-03-01T18:00:00Z\"",
                        "\"at\":\"2023-03-01T24:00:00Z\"")), "/history/0/at", "hours 00 to 23"),
                hostile("an instant at hour 24 with a fraction", () -> utf8(VALID.replace("\"at\":\"2023-03-01T18:00:00Z\"",
                        "\"at\":\"2023-03-01T24:00:00.0Z\"")), "/history/0/at", "hours 00 to 23"),
                hostile("a leap second", () -> utf8(VALID.replace("\"at\":\"2023-03-01T18:00:00Z\"",
                        "\"at\":\"2023-03-01T23:59:60Z\"")), "/history/0/at", "seconds 00 to 59"),
                hostile("a leap second with a fraction", () -> utf8(VALID.replace("\"at\":\"2023-03-01T18:00:00Z\"",
                        "\"at\":\"2023-03-01T23:59:60.5Z\"")), "/history/0/at", "seconds 00 to 59"),
                hostile("a day that does not exist", () -> utf8(VALID.replace("\"startDate\":\"2023-04-03\"",
                        "\"startDate\":\"2023-02-30\"")), "/convention/startDate", "must be a date written yyyy-mm-dd"),
                hostile("a year with a sign", () -> utf8(VALID.replace("\"startDate\":\"2023-04-03\"",
                        "\"startDate\":\"+2023-04-03\"")), "/convention/startDate", "four-digit year"),
                hostile("a time zone in lower case", () -> utf8(VALID.replace("Europe/Paris", "europe/paris")), "/territory/zone",
                        "must be a region of the IANA time-zone database"),
                hostile("a time zone that is an offset", () -> utf8(VALID.replace("Europe/Paris", "GMT+1")), "/territory/zone",
                        "not an offset"),
                hostile("a text that is only a no-break space", () -> utf8(VALID.replace(TITLE, "\"title\":\"\u00a0\"")), "/title",
                        "must not be blank"),
                hostile("an unknown code with terminal escapes", () -> utf8(VALID.replace("\"kind\":\"fifty_fifty\"",
                        "\"kind\":\"\\u001b[31m" + "x".repeat(60_000) + "\"")), "/kind", "unknown code \"\\u001B[31mxxx"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void hostile_input_is_refused_at_the_damage_for_its_reason(String what, Supplier<byte[]> input, String pointer, String reason,
            String textPointer) {
        byte[] bytes = input.get();

        InterchangeException fromBytes = catchThrowableOfType(InterchangeException.class, () -> JSON.read(bytes, Initiative.class));
        InterchangeException fromStream = catchThrowableOfType(InterchangeException.class,
                () -> JSON.read(new ByteArrayInputStream(bytes), Initiative.class));
        for (InterchangeException refused : new InterchangeException[] {fromBytes, fromStream}) {
            assertThat(refused).as(what).isNotNull();
            // The first problem is the damage; what follows from it (a field left missing by a name
            // that cannot be read, a nesting past the limit further in) may follow.
            assertThat(refused.problems()).as(what).first().satisfies(problem -> {
                assertThat(problem.pointer()).as(what).isEqualTo(pointer);
                assertThat(problem.message()).as(what).contains(reason);
                assertThat(problem.ruleId()).as(what).isEmpty();
            });
            // What comes back to people names nothing of Jackson's and never echoes the input raw or whole.
            assertThat(refused.getMessage()).as(what).doesNotContain("Source:", "StreamReadConstraints", "\u001b")
                    .hasSizeLessThan(600);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (textPointer == null) {
            // Decoding replaced the damage with U+FFFD: the text is a valid document holding that character.
            assertThat(text).contains("\ufffd");
            assertThat(JSON.read(text, Initiative.class).title()).contains("\ufffd");
        } else {
            InterchangeException fromText = catchThrowableOfType(InterchangeException.class, () -> JSON.read(text, Initiative.class));
            assertThat(fromText).as(what).isNotNull();
            assertThat(fromText.problems()).as(what).first().extracting(Problem::pointer).isEqualTo(textPointer);
        }
    }
}
