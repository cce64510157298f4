package io.github.loosmethod.interchange.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pieces of the wire that need no parser: pointers from the model's paths, instants as text. */
class WirePartsTest {
    @Test
    void a_path_of_the_model_becomes_a_json_pointer_segment_by_segment() {
        assertThat(Codes.pointer("", "convention.commitments[2].dueDate")).isEqualTo("/convention/commitments/2/dueDate");
        assertThat(Codes.pointer("/involvementPlan", "levels[DIAGNOSIS]")).isEqualTo("/involvementPlan/levels/diagnosis");
        assertThat(Codes.pointer("", "scores[LP_PRIDE].value")).isEqualTo("/scores/lp_pride/value");
        assertThat(Codes.pointer("", "grid[1][12]")).isEqualTo("/grid/1/12");
        assertThat(Codes.pointer("/history", "[3]")).isEqualTo("/history/3");
        assertThat(Codes.pointer("/title", "")).isEqualTo("/title");
        assertThat(Codes.pointer("", "")).isEmpty();
    }

    @Test
    void a_path_segment_is_escaped_and_an_unclosed_bracket_ends_the_segment() {
        assertThat(Codes.pointer("", "a/b~c.d")).isEqualTo("/a~1b~0c/d");
        assertThat(Codes.pointer("", "levels[5")).isEqualTo("/levels/5");
        assertThat(Codes.pointer("", "levels[A/B]")).isEqualTo("/levels/a~1b");
        assertThat(Codes.escape("~/")).isEqualTo("~0~1");
    }

    @Test
    void an_instant_is_written_as_the_iso_text_at_the_edges_of_four_digit_years() {
        assertThat(WireOut.instantText(Instant.parse("2023-03-01T18:04:07Z"))).isEqualTo("2023-03-01T18:04:07Z");
        assertThat(WireOut.instantText(Instant.parse("2023-03-01T18:04:07.000000001Z"))).isEqualTo("2023-03-01T18:04:07.000000001Z");
        assertThat(WireOut.instantText(Instant.ofEpochSecond(-62_167_219_200L))).isEqualTo("0000-01-01T00:00:00Z");
        assertThat(WireOut.instantText(Instant.ofEpochSecond(-62_167_219_201L))).isEqualTo("-0001-12-31T23:59:59Z");
        assertThat(WireOut.instantText(Instant.ofEpochSecond(253_402_300_799L))).isEqualTo("9999-12-31T23:59:59Z");
        assertThat(WireOut.instantText(Instant.ofEpochSecond(253_402_300_800L))).isEqualTo("+10000-01-01T00:00:00Z");
    }

    @Test
    void a_log_line_names_the_kind_of_document_with_its_article() {
        assertThat(Documents.documentOf(Shapes.INITIATIVE)).isEqualTo("an initiative document");
        assertThat(Documents.documentOf(Shapes.EVALUATION)).isEqualTo("an evaluation document");
        assertThat(Documents.documentOf(Shapes.ACTOR)).isEqualTo("an actor document");
        assertThat(Documents.documentOf(Shapes.SCORECARD)).isEqualTo("a scorecard document");
    }
}
