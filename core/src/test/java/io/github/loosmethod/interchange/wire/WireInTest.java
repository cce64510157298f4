package io.github.loosmethod.interchange.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import java.io.IOException;
import io.github.loosmethod.interchange.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cursor itself, where the codecs cannot take it: objects nested deeper than its first stack,
 * a parser standing on no value, and a refusal of the model that names no field.
 */
class WireInTest {


    private static final Fields A = Fields.of("a");

    /** Reads {"a": {"a": ... "x" ...}} level by level; returns the pointer and text of the innermost value. */
    private static String nested(TokensIn in) throws IOException {
        in.beginObject(A);
        String innermost = null;
        while (in.nextField()) {
            innermost = in.currentToken() == WireIn.START_OBJECT ? nested(in) : in.pointer() + "=" + in.string();
        }
        return innermost;
    }

    @Test
    void objects_nested_deeper_than_the_first_stack_are_read_and_each_level_is_restored() throws IOException {
        int depth = 40;
        String json = "{\"a\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
        TokensIn in = new TokensIn(json, false);
        in.start();

        assertThat(nested(in)).isEqualTo("/a".repeat(depth) + "=x");
        in.end();
    }

    @Test
    void a_field_repeated_at_the_outermost_level_is_still_found_after_deep_nesting() throws IOException {
        int depth = 40;
        String json = "{\"a\":".repeat(depth) + "\"x\"" + "}".repeat(depth - 1) + ",\"a\":1}";
        TokensIn in = new TokensIn(json, false);
        in.start();

        ReadFailure repeated = catchThrowableOfType(ReadFailure.class, () -> nested(in));

        assertThat(repeated.problem()).isEqualTo(new Problem("/a", "is repeated: a field may appear only once in an object", Optional.empty(),
                "est répété : un champ ne peut figurer qu'une fois dans un objet"));
    }

    @Test
    void a_parser_standing_on_nothing_or_on_no_value_is_named_for_it() throws IOException {
        TokensIn nothing = new TokensIn("", false);
        assertThat(catchThrowableOfType(ReadFailure.class, nothing::string)).hasMessage("must be a string, not nothing");

        TokensIn atEnd = new TokensIn("[]", false);
        atEnd.nextToken();
        atEnd.nextToken();
        assertThat(catchThrowableOfType(ReadFailure.class, atEnd::string)).hasMessage("must be a string, not the end of an array");
    }

    @Test
    void a_refusal_of_the_model_is_placed_at_its_field_or_kept_whole_when_it_names_none() throws IOException {
        TokensIn in = new TokensIn("{\"convention\":1}", false);
        in.start();
        in.beginObject(Fields.of("convention"));
        in.nextField();

        ReadFailure whole = catchThrowableOfType(ReadFailure.class, () -> in.build(() -> {
            throw new InvalidValueException("Cannot build Convention, some of required attributes are not set [town]");
        }));
        ReadFailure placed = catchThrowableOfType(ReadFailure.class, () -> in.build(() -> {
            throw InvalidValueException.of("commitments[2].dueDate", "2020-01-01", "invariant.negative");
        }));

        assertThat(whole.problem()).isEqualTo(new Problem("/convention",
                "Cannot build Convention, some of required attributes are not set [town]", Optional.empty()));
        assertThat(placed.problem()).isEqualTo(new Problem("/convention/commitments/2/dueDate",
                "must not be negative (was 2020-01-01)", Optional.empty(), "ne doit pas être négatif (valeur : 2020-01-01)"));
    }
}
