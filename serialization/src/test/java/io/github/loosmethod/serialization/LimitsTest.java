package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each limit of the default envelope holds exactly: a document at the limit is read, one past it is refused. */
class LimitsTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final LoosJson LENIENT = LoosJson.strict().lenient();
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
    private static final Initiative AGREED = StreetFlowerBoxes.agreed();
    private static final String VALID = STRICT.writeAsString(AGREED);

    private static Initiative withTitle(String title) {
        return Initiative.builder().from(AGREED).withTitle(title).build();
    }

    private static String withExtraField(String name, String value) {
        return VALID.replaceFirst("\\{\"formatVersion\":2,", "{\"formatVersion\":2,\"" + name + "\":" + value + ",");
    }

    /** A document at a limit is read, and is the record written, whatever was added to reach the limit. */
    private static void readable(LoosJson json, String document, Initiative expected) {
        assertThat(json.read(document.getBytes(StandardCharsets.UTF_8), Initiative.class)).isEqualTo(expected);
    }

    /** A document one past a limit is refused with one problem, at the place and in the words given. */
    private static void refusedForLimit(LoosJson json, String document, String pointer, String message) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> json.read(document.getBytes(StandardCharsets.UTF_8), Initiative.class));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).map(EnglishOnly::of).containsExactly(new Problem(pointer, message, java.util.Optional.empty()));
    }

    @Test
    void nesting_depth() {
        int arrays = LIMITS.maxNestingDepth() - 1; // the document's own object is the first level
        readable(LENIENT, withExtraField("deep", "[".repeat(arrays) + "]".repeat(arrays)), AGREED);
        refusedForLimit(LENIENT, withExtraField("deep", "[".repeat(arrays + 1) + "]".repeat(arrays + 1)),
                "/deep" + "/0".repeat(arrays), "nests objects and arrays deeper than the limit of 32 levels");
    }

    @Test
    void string_length() {
        String title = "t".repeat(LIMITS.maxStringLength());
        readable(STRICT, VALID.replace("Flower boxes in the rue des Écoles", title), withTitle(title));
        refusedForLimit(STRICT, VALID.replace("Flower boxes in the rue des Écoles", title + "t"), "/title",
                "is longer than the limit of 65536 characters");
        // Characters, as the schema counts them: a sunflower is one, though it takes two UTF-16 units.
        String sunflowers = "\uD83C\uDF3B".repeat(LIMITS.maxStringLength());
        readable(STRICT, VALID.replace("Flower boxes in the rue des Écoles", sunflowers), withTitle(sunflowers));
        refusedForLimit(STRICT, VALID.replace("Flower boxes in the rue des Écoles", sunflowers + "t"), "/title",
                "is longer than the limit of 65536 characters");
    }

    @Test
    void name_length() {
        String name = "n".repeat(LIMITS.maxNameLength());
        readable(LENIENT, withExtraField(name, "1"), AGREED);
        refusedForLimit(LENIENT, withExtraField(name + "n", "1"), "", "a field name is longer than the limit of 64 characters");
    }

    @Test
    void number_length() {
        String digits = "1".repeat(LIMITS.maxNumberLength());
        readable(LENIENT, withExtraField("big", digits), AGREED);
        refusedForLimit(LENIENT, withExtraField("big", digits + "1"), "/big", "is a number longer than the limit of 32 characters");
    }

    @Test
    void document_length() {
        int padding = (int) LIMITS.maxDocumentLength() - VALID.getBytes(StandardCharsets.UTF_8).length;
        readable(STRICT, VALID + " ".repeat(padding), AGREED);
        refusedForLimit(STRICT, VALID + " ".repeat(padding + 1), "", "the document is longer than the limit of 4194304 bytes");
    }

    @Test
    void limits_can_be_tightened_and_are_refused_when_absurd() {
        LoosJson tight = STRICT.withLimits(new ReadLimits(16, 10, 64, 32, 100_000));

        refusedForLimit(tight, VALID, "/id", "is longer than the limit of 10 characters");
        assertThat(tight.limits()).isEqualTo(new ReadLimits(16, 10, 64, 32, 100_000));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(3, 1, 1, 1, 1)))
                .hasMessage("read limits out of range: 3, 1, 1, 1, 1, 100");
    }
}
