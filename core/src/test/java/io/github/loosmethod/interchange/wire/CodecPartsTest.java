package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.ReadLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The small parts the codecs are made of: the fields of a type, codes of constants, names encoded
 * once, the summary of skipped fields, and the bounds of the read limits.
 */
class CodecPartsTest {

    /** An enum no other test uses, so that its codes are computed here. */
    private enum Sample { FIRST_ONE, SECOND }

    @Test
    void the_fields_of_a_type_are_at_most_64_distinct_names() {
        String[] max = IntStream.range(0, Fields.MAX).mapToObj(i -> "f" + i).toArray(String[]::new);
        String[] tooMany = IntStream.range(0, Fields.MAX + 1).mapToObj(i -> "f" + i).toArray(String[]::new);

        assertThat(Fields.of(max).size()).isEqualTo(64);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Fields.of(tooMany))).hasMessageStartingWith(
                "at most 64 distinct names: f0, f1,");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Fields.of("a", "b", "a")))
                .hasMessage("at most 64 distinct names: a, b, a");
    }

    @Test
    void the_fields_of_a_type_keep_their_order() {
        Fields fields = Fields.of("id", "name", "kind");

        assertThat(fields.size()).isEqualTo(3);
        assertThat(fields.name(1)).isEqualTo("name");
        assertThat(fields.indexOf("kind")).isEqualTo(2);
        assertThat(fields.indexOf("other")).isEqualTo(-1);
        assertThat(fields).hasToString("id, name, kind");
        assertThat(Fields.NONE.size()).isZero();
    }

    @Test
    void the_code_of_a_constant_is_its_name_in_lower_case() {
        assertThat(Codes.code(Sample.SECOND)).isEqualTo("second");
        assertThat(Codes.code(Sample.FIRST_ONE)).isEqualTo("first_one");
        assertThat(WireOut.codeOf(Sample.FIRST_ONE)).isEqualTo("first_one");
    }

    @Test
    void nothing_skipped_is_no_summary() {
        Ignored ignored = new Ignored();

        assertThat(ignored.summary("a document")).isEmpty();
        assertThat(ignored.count()).isZero();
    }

    @Test
    void one_skipped_field_of_a_document_is_named_in_the_singular() {
        Ignored ignored = new Ignored();
        ignored.add("/colour");

        assertThat(ignored.summary("a document")).isEqualTo("Ignored 1 unknown field of a document: \"/colour\"");
    }

    @Test
    void skipped_fields_of_a_portfolio_are_counted_by_line() {
        Ignored one = new Ignored();
        one.atLine(4);
        one.add("/colour");
        assertThat(one.summary("a portfolio")).isEqualTo("Ignored 1 unknown field on 1 line of a portfolio: line 4 \"/colour\"");

        Ignored many = new Ignored();
        many.atLine(1);
        many.add("/a");
        many.add("/b");
        many.atLine(3);
        many.add("/c");
        many.add("/d");
        many.atLine(4);
        many.add("/e");
        many.add("/f");
        many.add("/g");
        assertThat(many.summary("a portfolio")).isEqualTo("Ignored 7 unknown fields on 3 lines of a portfolio: line 1 \"/a\","
                + " line 1 \"/b\", line 3 \"/c\", line 3 \"/d\", line 4 \"/e\", and 2 more");
        assertThat(many.count()).isEqualTo(7);
    }

    @Test
    void each_read_limit_is_accepted_at_its_least_and_refused_below() {
        assertThat(new ReadLimits(16, 1, 1, 1, 1, 1)).extracting(ReadLimits::maxNestingDepth, ReadLimits::maxProblems)
                .containsExactly(16, 1);
        assertThat(new ReadLimits(16, 1, 1, 1, 1).maxProblems()).isEqualTo(ReadLimits.DEFAULT_MAX_PROBLEMS);
        assertThat(ReadLimits.DEFAULT.withMaxProblems(1).maxProblems()).isEqualTo(1);
        refused(15, 1, 1, 1, 1, 1);
        refused(16, 0, 1, 1, 1, 1);
        refused(16, 1, 0, 1, 1, 1);
        refused(16, 1, 1, 0, 1, 1);
        refused(16, 1, 1, 1, 0, 1);
        refused(16, 1, 1, 1, 1, 0);
    }

    private static void refused(int depth, int string, int name, int number, long document, int problems) {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new ReadLimits(depth, string, name, number, document, problems)))
                .hasMessage("read limits out of range: " + depth + ", " + string + ", " + name + ", " + number + ", " + document
                        + ", " + problems);
    }

    @Test
    void the_parser_is_given_room_for_two_units_a_character_in_texts_and_four_bytes_in_names() {
        ReadLimits limits = new ReadLimits(20, 300, 40, 50, 6000);

        assertThat(Parsers.parserStringLength(limits)).isEqualTo(600);
        assertThat(Parsers.parserNameLength(limits)).isEqualTo(160);
        ReadLimits widest = new ReadLimits(16, Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1);
        assertThat(Parsers.parserStringLength(widest)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Parsers.parserNameLength(widest)).isEqualTo(Integer.MAX_VALUE);
    }
}
