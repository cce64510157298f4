package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.initiative.Initiative;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile inputs are each refused with the library's exception, and nothing else escapes. */
class HostileInputTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final String VALID = JSON.writeAsString(StreetFlowerBoxes.agreed());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Arguments hostile(String what, Supplier<byte[]> input) {
        return Arguments.of(what, input);
    }

    private static String repeat(String text, int times) {
        return text.repeat(times);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                hostile("deep nesting", () -> utf8(repeat("[", 100_000) + repeat("]", 100_000))),
                hostile("deep nesting inside a document", () -> utf8(VALID.replace("\"themes\":[", "\"themes\":["
                        + repeat("[", 5_000) + repeat("]", 5_000) + ","))),
                hostile("a huge string", () -> utf8(VALID.replace("\"title\":\"", "\"title\":\"" + repeat("x", 10_000_000)))),
                hostile("a huge number", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":" + repeat("9", 1_000)))),
                hostile("a huge exponent", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":1e999999999"))),
                hostile("duplicate keys", () -> utf8(VALID.replace("\"title\":", "\"title\":\"x\",\"title\":"))),
                hostile("UTF-16 big endian", () -> VALID.getBytes(StandardCharsets.UTF_16BE)),
                hostile("UTF-16 little endian", () -> VALID.getBytes(StandardCharsets.UTF_16LE)),
                hostile("UTF-16 with its byte order mark", () -> VALID.getBytes(StandardCharsets.UTF_16)),
                hostile("UTF-32", () -> VALID.getBytes(Charset.forName("UTF-32"))),
                hostile("the bytes that make charset detection throw", () -> new byte[] {0x00, 0x05, 0x00, 0x00, (byte) 0xFF}),
                hostile("invalid UTF-8", () -> {
                    byte[] bytes = utf8(VALID.replace("\"title\":\"Flower", "\"title\":\"\u00e9Flower"));
                    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u00c3\u00a9Flower");
                    bytes[at + 1] = 0x28;
                    return bytes;
                }),
                hostile("an overlong UTF-8 encoding", () -> utf8(VALID).length > 0
                        ? concat(utf8("{\"formatVersion\":1,\"id\":\""), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\"}"))
                        : null),
                hostile("a UTF-8 byte order mark", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID))),
                hostile("a truncated document", () -> Arrays.copyOf(utf8(VALID), VALID.length() / 2)),
                hostile("an empty input", () -> new byte[0]),
                hostile("only white space", () -> utf8("   \n\t ")),
                hostile("content after the document", () -> utf8(VALID + " {}")),
                hostile("an array at the root", () -> utf8("[" + VALID + "]")),
                hostile("a string at the root", () -> utf8("\"initiative\"")),
                hostile("a number at the root", () -> utf8("42")),
                hostile("null at the root", () -> utf8("null")),
                hostile("an object where an array is expected", () -> utf8(VALID.replace("\"themes\":[", "\"themes\":{\"a\":[").replace(
                        "\"involvementPlan\"", "},\"involvementPlan\""))),
                hostile("a string where an object is expected", () -> utf8(VALID.replaceFirst("\"territory\":\\{[^}]*}",
                        "\"territory\":\"62528\""))),
                hostile("a number where a string is expected", () -> utf8(VALID.replace("\"id\":\"loos-2023-ff-jardinieres\"", "\"id\":7"))),
                hostile("a float where a count is expected", () -> utf8(VALID.replace("\"formatVersion\":1", "\"formatVersion\":1.0"))),
                hostile("null where a value is required", () -> utf8(VALID.replace("\"title\":\"Flower boxes in the rue des Écoles\"",
                        "\"title\":null"))),
                hostile("null for an optional value", () -> utf8(VALID.replace("\"history\":[", "\"assessment\":null,\"history\":["))),
                hostile("null in a list", () -> utf8(VALID.replace("\"themes\":[", "\"themes\":[null,"))),
                hostile("NaN", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":NaN"))),
                hostile("a comment", () -> utf8("/* hello */" + VALID)),
                hostile("single quotes", () -> utf8(VALID.replace("\"title\"", "'title'"))),
                hostile("a leading zero", () -> utf8(VALID.replace("\"amount\":640.5", "\"amount\":0640.5"))),
                hostile("a control character in a string", () -> utf8(VALID.replace("Flower boxes", "Flower\u0001boxes"))),
                hostile("a lone surrogate escape", () -> utf8(VALID.replace("Flower boxes", "Flower\\ud800boxes"))));
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
    void hostile_input_is_refused_with_the_library_exception(String what, Supplier<byte[]> input) {
        byte[] bytes = input.get();

        Throwable fromBytes = catchThrowable(() -> JSON.read(bytes, Initiative.class));
        Throwable fromStream = catchThrowable(() -> JSON.read(new ByteArrayInputStream(bytes), Initiative.class));
        Throwable fromText = catchThrowable(() -> JSON.read(new String(bytes, StandardCharsets.UTF_8), Initiative.class));

        for (Throwable thrown : new Throwable[] {fromBytes, fromStream}) {
            assertThat(thrown).as(what).isExactlyInstanceOf(InterchangeException.class);
            assertThat(((InterchangeException) thrown).problems()).isNotEmpty();
        }
        // Decoding bad bytes into text may repair them (a lone surrogate becomes U+FFFD), so text input is
        // either refused with the library exception or read into a valid initiative - never anything else.
        assertThat(fromText == null || fromText instanceof InterchangeException).as(what + ": " + fromText).isTrue();
    }
}
