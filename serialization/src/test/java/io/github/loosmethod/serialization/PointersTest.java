package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every problem is placed by a JSON Pointer (RFC 6901) relative to the value read: at the value
 * itself, at the object whose field name could not be read, never at an element that an array or
 * object just opened does not hold yet; and the model's paths of invariants and rules become
 * pointers segment by segment.
 */
class PointersTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final Initiative AGREED = StreetFlowerBoxes.agreed();
    private static final String VALID = STRICT.writeAsString(AGREED);

    private static String replaced(String target, String replacement) {
        assertThat(VALID).contains(target);
        return VALID.replace(target, replacement);
    }

    private static Problem refusal(LoosJson json, String document) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> json.read(document, Initiative.class));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }

    @Test
    void a_value_of_the_wrong_type_is_placed_at_its_field_even_when_it_opens_an_object_or_array() {
        assertThat(refusal(STRICT, replaced("\"name\":\"Loos-en-Gohelle\"", "\"name\":{\"a\":1}")))
                .isEqualTo(new Problem("/territory/name", "must be a string, not an object", Optional.empty()));
        assertThat(refusal(STRICT, replaced("\"name\":\"Loos-en-Gohelle\"", "\"name\":{}")))
                .isEqualTo(new Problem("/territory/name", "must be a string, not an object", Optional.empty()));
        assertThat(refusal(STRICT, replaced("\"name\":\"Loos-en-Gohelle\"", "\"name\":[]")))
                .isEqualTo(new Problem("/territory/name", "must be a string, not an array", Optional.empty()));
        assertThat(refusal(STRICT, replaced("\"themes\":[\"flowers\",\"street\"]", "\"themes\":[\"flowers\",[]]")))
                .isEqualTo(new Problem("/themes/1", "must be a string, not an array", Optional.empty()));
    }

    @Test
    void a_field_name_that_cannot_be_read_is_placed_at_its_object() {
        assertThat(refusal(STRICT, replaced("\"code\":\"62528\",", "\"code\":\"62528\",name:1,"))).isEqualTo(new Problem("/territory",
                "malformed JSON at line 1, column 80: unexpected character \"n\" (U+006E); was expecting double-quote to start field name",
                Optional.empty()));
        // Longer than the parser's own limit (four bytes a character): refused by the parser, in the same words.
        assertThat(refusal(STRICT, replaced("\"code\":\"62528\",", "\"code\":\"62528\",\"" + "n".repeat(300) + "\":1,")))
                .isEqualTo(new Problem("/territory", "a field name is longer than the limit of 64 characters", Optional.empty()));
    }

    @Test
    void a_number_the_parser_refuses_right_after_its_name_is_placed_at_its_field() {
        // The parser stops at the second digit: the column, counted from 1, of the character after the leading zero.
        int column = VALID.indexOf("\"amount\":640.5") + "\"amount\":0".length() + 1;
        assertThat(refusal(STRICT, replaced("\"amount\":640.5", "\"amount\":0640.5"))).isEqualTo(new Problem(
                "/convention/commitments/0/quantity/amount",
                "malformed JSON at line 1, column " + column + ": malformed number: Invalid numeric value: Leading zeroes not allowed",
                Optional.empty()));
        assertThat(refusal(STRICT, replaced("\"amount\":640.5", "\"amount\":" + "1".repeat(33)))).isEqualTo(new Problem(
                "/convention/commitments/0/quantity/amount", "is a number longer than the limit of 32 characters", Optional.empty()));
    }

    @Test
    void malformed_json_inside_a_skipped_field_is_placed_where_it_is() {
        // The skipped object's own field has the name of the field before the skipped one: still placed at it.
        String document = replaced("\"code\":\"62528\",", "\"code\":\"62528\",\"extra\":{\"code\":tru},");

        Problem problem = refusal(STRICT.lenient(), document);

        assertThat(problem.pointer()).isEqualTo("/territory/extra/code");
        assertThat(problem.message()).startsWith("malformed JSON at line 1, column ").contains("unknown word \"tru\"");
    }

    @Test
    void the_format_version_is_required_at_the_root_not_anywhere() {
        String nestedOnly = replaced("{\"formatVersion\":2,", "{").replace("\"country\":\"FR\"", "\"country\":\"FR\",\"formatVersion\":2");

        assertThat(refusal(STRICT, nestedOnly))
                .isEqualTo(new Problem("/formatVersion", "is required: this library reads versions 1 to 2", Optional.empty()));
        assertThat(STRICT.read(VALID.replace("\"country\":\"FR\"", "\"country\":\"FR\",\"formatVersion\":2"), Initiative.class))
                .isEqualTo(AGREED);
    }

    @Test
    void a_value_read_through_a_mapper_is_placed_from_the_value_itself_not_from_its_host() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        String bad = VALID.replace("\"title\":\"Flower boxes in the rue des Écoles\"", "\"title\":1");

        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("[" + VALID + "," + bad + "]", new TypeReference<List<Initiative>>() { }));
        assertThat(refused.getOriginalMessage()).isEqualTo("/title: must be a string, not a number");
        // At the root of the value, the message has no pointer before it.
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue("[]", Initiative.class))
                .getOriginalMessage()).isEqualTo("must be an object, not an array");
    }

    @Test
    void an_actor_repeated_in_a_document_is_read_once() {
        Initiative read = STRICT.read(VALID, Initiative.class);

        assertThat(read.assessment().orElseThrow().decidedBy()).isSameAs(read.convention().orElseThrow().signatures().get(0).signer())
                .isSameAs(read.history().get(1).by());
    }

    @Test
    void a_problem_of_the_whole_document_is_shown_as_such() {
        assertThat(new Problem("", "the document is empty", Optional.empty())).hasToString("(document): the document is empty");
        assertThat(new Problem("/convention/signatures", "needs the town's signature", Optional.of("R4")))
                .hasToString("/convention/signatures [R4]: needs the town's signature");
    }
}
