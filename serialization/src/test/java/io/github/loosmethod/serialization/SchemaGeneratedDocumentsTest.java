package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loosmethod.testkit.Seeds;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema is the contract for systems not written in Java, so the reader must agree with it:
 * documents made from the schema alone ({@link SchemaDocuments}, which knows nothing of the model)
 * and accepted by an independent validator are read, or refused only for what a schema cannot say —
 * a rule of the method, or an invariant that ties fields together (a history that must chain, a
 * status that must follow from it) or that depends on data outside the document (the time-zone
 * database). Any other refusal is a disagreement between schema and reader, and fails here.
 */
class SchemaGeneratedDocumentsTest {

    private static final int DOCUMENTS = Integer.getInteger("loos.property.cases", 400);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LoosJson JSON = LoosJson.strict();

    /**
     * What only a reader can tell, each a refusal the schema cannot express, as the message says
     * it. Keep this list short: every entry is a promise that the schema cannot say more.
     */
    private static final List<Pattern> BEYOND_THE_SCHEMA = Stream.of(
            // Chains and orders across elements of a list.
            "must be [a-z' -]+, the status reached by the previous (event|change)",
            "must not be before the previous (event|change)",
            "a resumption returns to the status suspended",
            "[a-z' -]+ does not lead from [a-z' -]+ to [a-z' -]+",
            "a commitment cannot move from [a-z' -]+ to [a-z' -]+",
            "\"[a-z_]+\" does not follow from the history, which ends in \"[a-z_]+\"",
            // Fields compared with one another.
            "must not be before the start date",
            "a convention cannot be signed after it ends",
            "a minor cannot be responsible for itself",
            "must not repeat an identifier",
            "must be on the criterion's scale",
            "point values must increase strictly",
            "an ordinal scale has at least two points",
            "must lie between the lowest and the highest score",
            "must count at least the \\d+ fulfilled and \\d+ breached commitments",
            "must be between 0 and the number of criteria",
            "must not exceed the \\d+ voters",
            "must not be fewer than the \\d+ voters",
            "a record does not replace itself",
            // Check digits, and what a URL parser knows of a host.
            "is not a valid (siret|siren): its (Luhn )?check digit is wrong",
            "is an absolute http or https address",
            "is not a URL: ",
            "has no white space at either end",
            "rule [A-Z0-9]+ has severity",
            // Data outside the document: the time-zone database the reader's JVM holds.
            "must be a region of the IANA time-zone database")
            .map(Pattern::compile).collect(java.util.stream.Collectors.toList());

    static Stream<Shape<?>> codecs() {
        return Shapes.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void documents_the_schema_accepts_are_read_or_refused_only_for_what_the_schema_cannot_say(Shape<?> codec) throws Exception {
        long seed = Seeds.seed() + codec.type().getSimpleName().hashCode();
        SchemaDocuments documents = new SchemaDocuments(SchemaCheck.root(), seed);
        String definition = SchemaCheck.definitionOf(codec.type());
        int valid = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            ObjectNode document = documents.document(definition);
            if (!SchemaCheck.errors(definition, document).isEmpty()) {
                continue;
            }
            valid++;
            byte[] bytes = MAPPER.writeValueAsBytes(document);
            try {
                JSON.read(bytes, codec.type());
            } catch (InterchangeException refused) {
                for (Problem problem : refused.problems()) {
                    boolean explained = problem.ruleId().isPresent()
                            || BEYOND_THE_SCHEMA.stream().anyMatch(p -> p.matcher(problem.message()).find());
                    assertThat(explained).as("the schema accepts what the reader refuses (%s, replay with -Dloos.seed=%d):%n%s%n%s",
                            codec.type().getSimpleName(), Seeds.seed(), problem, document).isTrue();
                }
            }
        }
        // About one in eight evaluations the generator makes is schema-valid (39 of 400 with seed
        // -5853090740495187696): one in twenty keeps the check that it makes enough, without flaking.
        assertThat(valid).as("schema-valid documents made for %s (seed %d)", definition, Seeds.seed()).isGreaterThan(DOCUMENTS / 20);
    }
}
