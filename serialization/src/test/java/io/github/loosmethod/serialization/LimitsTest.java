package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.initiative.Initiative;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each limit of the default envelope holds exactly: a document at the limit is read, one past it is refused. */
class LimitsTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final LoosJson LENIENT = LoosJson.strict().lenient();
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
    private static final String VALID = STRICT.writeAsString(StreetFlowerBoxes.agreed());

    private static String withExtraField(String name, String value) {
        return VALID.replaceFirst("\\{\"formatVersion\":1,", "{\"formatVersion\":1,\"" + name + "\":" + value + ",");
    }

    private static void readable(LoosJson json, String document) {
        assertThat(json.read(document.getBytes(StandardCharsets.UTF_8), Initiative.class)).isNotNull();
    }

    private static void refusedForLimit(LoosJson json, String document) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> json.read(document.getBytes(StandardCharsets.UTF_8), Initiative.class));
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).containsAnyOf("limit", "longer");
    }

    @Test
    void nesting_depth() {
        int arrays = LIMITS.maxNestingDepth() - 1; // the document's own object is the first level
        readable(LENIENT, withExtraField("deep", "[".repeat(arrays) + "]".repeat(arrays)));
        refusedForLimit(LENIENT, withExtraField("deep", "[".repeat(arrays + 1) + "]".repeat(arrays + 1)));
    }

    @Test
    void string_length() {
        String title = "t".repeat(LIMITS.maxStringLength());
        readable(STRICT, VALID.replace("Flower boxes in the rue des Écoles", title));
        refusedForLimit(STRICT, VALID.replace("Flower boxes in the rue des Écoles", title + "t"));
    }

    @Test
    void name_length() {
        String name = "n".repeat(LIMITS.maxNameLength());
        readable(LENIENT, withExtraField(name, "1"));
        refusedForLimit(LENIENT, withExtraField(name + "n", "1"));
    }

    @Test
    void number_length() {
        String digits = "1".repeat(LIMITS.maxNumberLength());
        readable(LENIENT, withExtraField("big", digits));
        refusedForLimit(LENIENT, withExtraField("big", digits + "1"));
    }

    @Test
    void document_length() {
        int padding = (int) LIMITS.maxDocumentLength() - VALID.getBytes(StandardCharsets.UTF_8).length;
        readable(STRICT, VALID + " ".repeat(padding));
        refusedForLimit(STRICT, VALID + " ".repeat(padding + 1));
    }

    @Test
    void limits_can_be_tightened_and_are_refused_when_absurd() {
        LoosJson tight = STRICT.withLimits(new ReadLimits(16, 10, 64, 32, 100_000));

        refusedForLimit(tight, VALID);
        assertThat(tight.limits().maxStringLength()).isEqualTo(10);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(3, 1, 1, 1, 1))).isNotNull();
    }
}
