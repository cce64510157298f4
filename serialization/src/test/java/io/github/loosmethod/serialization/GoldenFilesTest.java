package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written by format version 1, kept as they were written (src/test/resources/golden/v1),
 * stay readable: each is valid against the version 1 schema, is read into the current model, and is
 * written as a version 2 document that reads back equal and is valid against the version 2 schema.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/v1");
    private static final LoosJson JSON = LoosJson.strict();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(GOLDEN)) {
            listed.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).as("the golden files of format version 1").hasSizeGreaterThan(40);
        return files.stream();
    }

    /** The type a golden file holds, from its name: 07-Decision.json holds a decision (a version 1 request assessment). */
    private static Shape<?> shapeOf(Path file) {
        String type = file.getFileName().toString().replaceAll("^\\d+-|\\.json$", "");
        String name = type.equals("RequestAssessment") ? "Decision" : type;
        return Shapes.ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no type of the format is called " + name));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void a_version_1_document_is_valid_against_its_schema_and_reads_into_the_current_model(Path file) throws IOException {
        byte[] v1 = Files.readAllBytes(file);
        Shape<?> shape = shapeOf(file);
        JsonNode tree = MAPPER.readTree(v1);
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(1);
        String v1Definition = shape.type() == Decision.class ? "requestAssessment" : SchemaCheck.definitionOf(shape.type());
        assertThat(SchemaCheck.errorsV1(v1Definition, tree)).as("v1 schema").isEmpty();

        Object value = JSON.read(v1, shape.type());
        byte[] v2 = JSON.write(value);
        assertThat(new String(v2, StandardCharsets.UTF_8)).startsWith("{\"formatVersion\":2");
        assertThat(JSON.read(v2, shape.type())).isEqualTo(value);
        assertThat(SchemaCheck.errors(SchemaCheck.definitionOf(shape.type()), v2)).as("v2 schema").isEmpty();
    }

    @Test
    void the_assessment_of_a_version_1_initiative_becomes_its_one_decision() throws IOException {
        byte[] v1 = Files.readAllBytes(GOLDEN.resolve("16-Initiative.json"));
        JsonNode assessment = MAPPER.readTree(v1).get("assessment");
        Initiative initiative = JSON.readInitiative(v1);

        assertThat(initiative.decisions()).hasSize(1);
        Decision decision = initiative.decisions().get(0);
        assertThat(decision.decidedBy().id()).isEqualTo(assessment.get("decidedBy").get("id").asText());
        assertThat(decision.outcome().name().toLowerCase()).isEqualTo(assessment.get("outcome").asText());
        assertThat(initiative.assessment()).contains(decision);
        assertThat(JSON.writeAsString(initiative)).contains("\"decisions\":[{").doesNotContain("\"assessment\"");
    }

    @Test
    void a_version_2_document_holding_the_version_1_assessment_is_refused_where_it_is() throws IOException {
        String v1 = Files.readString(GOLDEN.resolve("16-Initiative.json"), StandardCharsets.UTF_8);
        String declaredV2 = v1.replaceFirst("\\{\"formatVersion\":1,", "{\"formatVersion\":2,");

        InterchangeException refusal = catchThrowableOfType(InterchangeException.class,
                () -> JSON.readInitiative(declaredV2.getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal).isNotNull();
        assertThat(refusal.problems()).extracting(Problem::pointer, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/assessment", "is a field of format version 1, not of version 2 that this document declares"));
    }

    @Test
    void a_version_1_portfolio_reads_line_by_line() throws IOException {
        List<Initiative> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(GOLDEN.resolve("portfolio.jsonl"));
                PortfolioReader reader = JSON.portfolioReader(in, OnBadLine.stop())) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).hasSize(25);
        // Judged by the current catalogue, they break only rules that came after them: reported, never refused.
        List<Violation> errors = new ArrayList<>();
        read.forEach(initiative -> errors.addAll(initiative.validate().errors()));
        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.rule().since()).as(error.toString()).isEqualTo(2));
    }

    @Test
    void a_record_of_catalogue_1_is_read_written_and_read_again_without_loss_its_newer_breaks_reported() throws IOException {
        List<Initiative> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(GOLDEN.resolve("portfolio.jsonl"));
                PortfolioReader reader = JSON.portfolioReader(in, OnBadLine.stop())) {
            reader.forEachRemaining(read::add);
        }
        for (Initiative initiative : read) {
            assertThat(initiative.rulesVersion()).isEqualTo(1);
            byte[] stored = JSON.write(initiative);
            assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"rulesVersion\":1");
            // Stored again in version 2 and reloaded strictly: still judged by its own catalogue, so nothing is lost.
            assertThat(JSON.readInitiative(stored)).isEqualTo(initiative);
            io.github.loosmethod.interchange.Checked<Initiative> checked = JSON.readChecked(stored, Initiative.class);
            assertThat(checked.value()).isEqualTo(initiative);
            assertThat(checked.report()).isEqualTo(initiative.validate());
            assertThat(initiative.validateAsOf(1).errors()).isEmpty();
        }
        // The catalogue of version 2 added rules; the records of version 1 that break them are reported, not refused.
        assertThat(read).anySatisfy(initiative -> assertThat(initiative.validate().errors())
                .extracting(error -> error.rule().since()).contains(2));
    }

    @Test
    void a_version_1_record_of_another_kind_is_judged_by_the_rules_of_version_1_for_its_kind() throws IOException {
        // A citizen-led initiative in version 1: the fifty-fifty's rules (R1, R2, R5-R8) did not apply to it then.
        String v1 = Files.readString(GOLDEN.resolve("16-Initiative.json"), StandardCharsets.UTF_8)
                .replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"citizen_led\"")
                .replace("\"generalInterest\":\"", "\"generalInterest\":\" \",\"x\":\"");
        String withoutGeneralInterest = v1.replaceAll("\"generalInterest\":\" \",\"x\":\"[^\"]*\"", "\"generalInterest\":\" \"");

        Initiative initiative = JSON.readInitiative(withoutGeneralInterest.getBytes(StandardCharsets.UTF_8));

        assertThat(initiative.kind()).isEqualTo(io.github.loosmethod.initiative.InitiativeKind.CITIZEN_LED);
        assertThat(initiative.validateAsOf(1).errors()).isEmpty();
        assertThat(initiative.validate().violations()).extracting(Violation::ruleId).contains("M7", "M10");
    }

    @Test
    void a_version_1_document_holding_what_version_2_brought_is_refused_at_it() throws IOException {
        String v1 = Files.readString(GOLDEN.resolve("16-Initiative.json"), StandardCharsets.UTF_8);

        String withDomains = v1.replace("\"themes\":[", "\"domains\":[\"energy\"],\"themes\":[");
        InterchangeException field = catchThrowableOfType(InterchangeException.class,
                () -> JSON.readInitiative(withDomains.getBytes(StandardCharsets.UTF_8)));
        assertThat(field.problems()).extracting(Problem::pointer, Problem::message).containsExactly(org.assertj.core.groups.Tuple
                .tuple("/domains", "came with format version 2: a document of version 1 cannot hold it"));

        String withCode = v1.replaceFirst("\"kind\":\"association\"", "\"kind\":\"citizen_company\"");
        InterchangeException code = catchThrowableOfType(InterchangeException.class,
                () -> JSON.readInitiative(withCode.getBytes(StandardCharsets.UTF_8)));
        assertThat(code.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).endsWith("/kind");
            assertThat(problem.message()).isEqualTo("came with format version 2: a document of version 1 cannot hold it");
        });
    }
}
