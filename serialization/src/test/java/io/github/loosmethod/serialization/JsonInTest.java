package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cursor itself, where the codecs cannot take it: objects nested deeper than its first stack,
 * a parser standing on no value, and a refusal of the model that names no field.
 */
class JsonInTest {

    private static JsonParser parser(String json) throws IOException {
        return LoosJson.factory(new ReadLimits(100, 100, 100, 100, 100_000)).createParser(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final Fields A = Fields.of("a");

    /** Reads {"a": {"a": ... "x" ...}} level by level; returns the pointer and text of the innermost value. */
    private static String nested(JsonIn in, JsonParser parser) throws IOException {
        in.beginObject(A);
        String innermost = null;
        while (in.nextField()) {
            innermost = parser.currentToken() == JsonToken.START_OBJECT ? nested(in, parser) : in.pointer() + "=" + in.string();
        }
        return innermost;
    }

    @Test
    void objects_nested_deeper_than_the_first_stack_are_read_and_each_level_is_restored() throws IOException {
        int depth = 40;
        String json = "{\"a\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
        JsonParser parser = parser(json);
        JsonIn in = new JsonIn(parser, false);
        in.start();

        assertThat(nested(in, parser)).isEqualTo("/a".repeat(depth) + "=x");
        in.end();
    }

    @Test
    void a_field_repeated_at_the_outermost_level_is_still_found_after_deep_nesting() throws IOException {
        int depth = 40;
        String json = "{\"a\":".repeat(depth) + "\"x\"" + "}".repeat(depth - 1) + ",\"a\":1}";
        JsonParser parser = parser(json);
        JsonIn in = new JsonIn(parser, false);
        in.start();

        ReadFailure repeated = catchThrowableOfType(ReadFailure.class, () -> nested(in, parser));

        assertThat(repeated.problem()).isEqualTo(new Problem("/a", "is repeated: a field may appear only once in an object", Optional.empty()));
    }

    @Test
    void a_parser_standing_on_nothing_or_on_no_value_is_named_for_it() throws IOException {
        JsonIn nothing = new JsonIn(parser(""), false);
        assertThat(catchThrowableOfType(ReadFailure.class, nothing::string)).hasMessage("must be a string, not nothing");

        JsonParser end = parser("[]");
        JsonIn atEnd = new JsonIn(end, false);
        end.nextToken();
        end.nextToken();
        assertThat(catchThrowableOfType(ReadFailure.class, atEnd::string)).hasMessage("must be a string, not END_ARRAY");
    }

    @Test
    void a_refusal_of_the_model_is_placed_at_its_field_or_kept_whole_when_it_names_none() throws IOException {
        JsonParser parser = parser("{\"convention\":1}");
        JsonIn in = new JsonIn(parser, false);
        in.start();
        in.beginObject(Fields.of("convention"));
        in.nextField();

        ReadFailure whole = catchThrowableOfType(ReadFailure.class, () -> in.build(() -> {
            throw new InvalidValueException("Cannot build Convention, some of required attributes are not set [town]");
        }));
        ReadFailure placed = catchThrowableOfType(ReadFailure.class, () -> in.build(() -> {
            throw new InvalidValueException("commitments[2].dueDate", "2020-01-01", "must fall within the convention");
        }));

        assertThat(whole.problem()).isEqualTo(new Problem("/convention",
                "Cannot build Convention, some of required attributes are not set [town]", Optional.empty()));
        assertThat(placed.problem()).isEqualTo(new Problem("/convention/commitments/2/dueDate",
                "must fall within the convention (was 2020-01-01)", Optional.empty()));
    }
}
