package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.wire.CodeTable;
import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.interchange.wire.Shape;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every type of the format, on the worked cases and on generated portfolios: what is written
 * reads back equal, writing it again gives the same bytes, and the published schema accepts it.
 */
class RoundTripTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final List<Object> SAMPLES = io.github.loosmethod.testkit.EveryType.values();

    static Stream<Object> samples() {
        return SAMPLES.stream();
    }

    private static <T> void roundTrip(T value) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) Shapes.of(value.getClass()).orElseThrow().type();
        byte[] written = JSON.write(value);
        T read = JSON.read(written, type);

        assertThat(read).as(type.getSimpleName()).isEqualTo(value);
        assertThat(new String(JSON.write(read), StandardCharsets.UTF_8)).as("canonical " + type.getSimpleName())
                .isEqualTo(new String(written, StandardCharsets.UTF_8));
        assertThat(SchemaCheck.errors(SchemaCheck.definitionOf(type), written)).as("schema " + type.getSimpleName()
                + "\n" + new String(written, StandardCharsets.UTF_8)).isEmpty();
        assertThat(rootFieldNames(written)).as("fields of %s in the order its writer puts them, the order its codec lists"
                + " (which the reader expects first)", type.getSimpleName())
                .isSubsetOf(codecOrder(Shapes.require(type)));
        List<String> order = codecOrder(Shapes.require(type));
        List<String> names = rootFieldNames(written);
        for (int i = 1; i < names.size(); i++) {
            assertThat(order.indexOf(names.get(i))).as("%s: %s written after %s, but listed before it in the codec",
                    type.getSimpleName(), names.get(i), names.get(i - 1)).isGreaterThan(order.indexOf(names.get(i - 1)));
        }
    }

    /** The codec's list of fields, after the format version every document starts with. */
    private static List<String> codecOrder(Shape<?> codec) {
        List<String> order = new java.util.ArrayList<>();
        order.add(Shapes.FORMAT_VERSION_NAME);
        for (int i = 0; i < codec.fields().size(); i++) {
            order.add(codec.fields().get(i).name());
        }
        return order;
    }

    /** The names of the root object's fields, in the order they are written. */
    private static List<String> rootFieldNames(byte[] written) {
        List<String> names = new java.util.ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(written)) {
            parser.nextToken();
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_type_round_trips_canonically_and_matches_the_schema(Object sample) {
        roundTrip(sample);
    }

    @Test
    void the_samples_cover_every_type_of_the_format() {
        Set<Class<?>> covered = SAMPLES.stream().map(s -> Shapes.of(s.getClass()).orElseThrow().type())
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                Shapes.ALL.stream().map(Shape::type).collect(Collectors.toList()));
    }

    @Test
    void generated_portfolios_round_trip_canonically_and_match_the_schema() {
        ValidRecords.Portfolio portfolio = io.github.loosmethod.testkit.EveryType.generated(500);
        for (Initiative initiative : portfolio.initiatives()) {
            roundTrip(initiative);
        }
        for (Evaluation evaluation : portfolio.evaluations()) {
            roundTrip(evaluation);
        }
        roundTrip(PortfolioIndicators.of(portfolio.initiatives(), portfolio.evaluations()));
        assertThat(portfolio.evaluations()).as("seed " + Seeds.seed()).isNotEmpty();
    }

    @Test
    void the_published_schema_accepts_initiative_and_evaluation_documents() {
        assertThat(SchemaCheck.published().validate(readTree(JSON.write(io.github.loosmethod.testkit.cases.EmileBaslyPlayground
                .closed())))).isEmpty();
        assertThat(SchemaCheck.published().validate(readTree(JSON.write(
                io.github.loosmethod.testkit.cases.EmileBaslyPlayground.narrativeEvaluation())))).isEmpty();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_document_starts_with_its_format_version_and_uses_lower_case_codes_exact_decimals_and_iso_dates() {
        String json = JSON.writeAsString(io.github.loosmethod.testkit.cases.StreetFlowerBoxes.closed());

        assertThat(json).startsWith("{\"formatVersion\":2,\"id\":\"loos-2023-ff-jardinieres\",");
        assertThat(json).contains("\"kind\":\"fifty_fifty\"", "\"status\":\"closed\"", "\"amount\":640.5",
                "\"startDate\":\"2023-04-03\"", "\"at\":\"2023-03-01T18:00:00Z\"", "\"zone\":\"Europe/Paris\"");
        assertThat(json).doesNotContain("null", "E+", "\n");
    }

    @Test
    void the_annotated_example_of_the_format_description_is_what_the_library_writes() throws java.io.IOException {
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/examples/flower-boxes-agreed.json"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(example).get("formatVersion").asInt())
                .as("the example shows the current version").isEqualTo(io.github.loosmethod.interchange.wire.Shapes.FORMAT_VERSION);

        assertThat(JSON.read(example, Initiative.class)).isEqualTo(io.github.loosmethod.testkit.cases.StreetFlowerBoxes.agreed());
    }

    @Test
    void the_generated_records_use_every_code_of_the_format() throws IOException {
        ValidRecords.Portfolio portfolio = io.github.loosmethod.testkit.EveryType.generated(500);
        Set<String> written = new HashSet<>();
        List<Object> documents = new java.util.ArrayList<>(portfolio.initiatives());
        documents.addAll(portfolio.evaluations());
        documents.addAll(SAMPLES);
        for (Object document : documents) {
            collectStrings(new com.fasterxml.jackson.databind.ObjectMapper().readTree(JSON.write(document)), written);
        }
        for (CodeTable<?> codes : CodeTable.ALL) {
            assertThat(written).as("codes of %s written by a portfolio of generated records and the samples (seed %d)",
                    codes.type().getSimpleName(), Seeds.seed()).containsAll(java.util.Arrays.asList(codes.allowed().split(", ")));
        }
    }

    /** Every string value and every field name of a tree: codes are values, or keys of code maps. */
    private static void collectStrings(com.fasterxml.jackson.databind.JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.properties().forEach(field -> {
            into.add(field.getKey());
            collectStrings(field.getValue(), into);
        });
        if (node.isArray()) {
            node.forEach(element -> collectStrings(element, into));
        }
    }
}
