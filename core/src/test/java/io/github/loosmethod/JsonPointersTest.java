package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A path of the model, as a violation or an invariant names it, is the JSON Pointer a host reports. */
class JsonPointersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|''",
            "status|/status",
            "convention.commitments[2].dueDate|/convention/commitments/2/dueDate",
            "involvementPlan.levels[DIAGNOSIS]|/involvementPlan/levels/diagnosis",
            "themes[a/b~c]|/themes/a~1b~0c",
            "plan.levels[DIAGNOSIS][2]|/plan/levels/diagnosis/2",
            "[3].title|/3/title",
            "levels[DIAGNOSIS|/levels/diagnosis",
            "a.b.c|/a/b/c"})
    void aPathOfTheModelBecomesTheJsonPointerOfTheDocument(String path, String pointer) {
        assertThat(JsonPointers.of(path)).isEqualTo(pointer);
    }

    @Test
    void aPathBelowAPointerIsInsideTheValueThere() {
        assertThat(JsonPointers.below("/3", "convention.commitments[0]")).isEqualTo("/3/convention/commitments/0");
        assertThat(JsonPointers.below("/3", "")).isEqualTo("/3");
    }

    @Test
    void noPathIsRefused() {
        assertThatThrownBy(() -> JsonPointers.of(null)).isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> JsonPointers.below(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("base");
    }
}
