package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.loosmethod.actor.Actor;
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
    void a_codec_is_made_of_its_parts() {
        Fields fields = Fields.of("id");
        Wire.ValueWriter<Actor> writer = (out, actor) -> { };
        JsonIn.Element<Actor> reader = in -> null;

        TypeCodec<Actor> codec = TypeCodec.of(Actor.class, fields, writer, reader);

        assertThat(codec.type()).isEqualTo(Actor.class);
        assertThat(codec.fields()).isSameAs(fields);
        assertThat(codec.writer()).isSameAs(writer);
        assertThat(codec.reader()).isSameAs(reader);
    }

    @Test
    void the_code_of_a_constant_is_its_name_in_lower_case() {
        assertThat(Codes.code(Sample.SECOND)).isEqualTo("second");
        assertThat(Codes.code(Sample.FIRST_ONE)).isEqualTo("first_one");
        assertThat(Wire.code(Sample.FIRST_ONE).getValue()).isEqualTo("first_one");
    }

    @Test
    void names_encoded_once_stay_right_for_keys_that_share_a_slot_or_are_other_instances() {
        // "Aa" and "BB" have the same hash code, hence the same slot.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(Wire.name("Aa").getValue()).isEqualTo("Aa");
        assertThat(Wire.name("BB").getValue()).isEqualTo("BB");
        assertThat(Wire.name("Aa").getValue()).isEqualTo("Aa");
        String unusual = new String("a name no codec writes".toCharArray());
        assertThat(Wire.name(unusual).getValue()).isEqualTo("a name no codec writes");
        assertThat(Wire.name(new String(unusual.toCharArray())).getValue()).isEqualTo("a name no codec writes");
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
        assertThat(new ReadLimits(16, 1, 1, 1, 1)).isNotNull();
        refused(15, 1, 1, 1, 1);
        refused(16, 0, 1, 1, 1);
        refused(16, 1, 0, 1, 1);
        refused(16, 1, 1, 0, 1);
        refused(16, 1, 1, 1, 0);
    }

    private static void refused(int depth, int string, int name, int number, long document) {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(depth, string, name, number, document)))
                .hasMessage("read limits out of range: " + depth + ", " + string + ", " + name + ", " + number + ", " + document);
    }

    @Test
    void the_parser_is_given_room_for_two_units_a_character_in_texts_and_four_bytes_in_names() {
        StreamReadConstraints constraints = new ReadLimits(20, 300, 40, 50, 6000).constraints();

        assertThat(constraints.getMaxNestingDepth()).isEqualTo(20);
        assertThat(constraints.getMaxStringLength()).isEqualTo(600);
        assertThat(constraints.getMaxNameLength()).isEqualTo(160);
        assertThat(constraints.getMaxNumberLength()).isEqualTo(50);
        assertThat(constraints.getMaxDocumentLength()).isEqualTo(6000);
        StreamReadConstraints widest = new ReadLimits(16, Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1).constraints();
        assertThat(widest.getMaxStringLength()).isEqualTo(Integer.MAX_VALUE);
        assertThat(widest.getMaxNameLength()).isEqualTo(Integer.MAX_VALUE);
    }
}
