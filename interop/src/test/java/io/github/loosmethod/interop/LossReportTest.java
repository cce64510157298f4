package io.github.loosmethod.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The loss report as a host or a partner reads it: JSON Lines that its published schema accepts,
 * one line per loss then the summary, the same bytes for the same records.
 */
class LossReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Source SOURCE = Source.builder().withSystem("paris-bp").withFile("bp.csv").withLine(2).withId("2205").build();
    private static final Loss CAPPED = new Loss(SOURCE, Optional.of("avancement_projet"), "/status", LossCategory.CAPPED_STATUS,
            Optional.of("FIN"), List.of("delivered"), Optional.of("R4"),
            LocalizedText.of("Works finished, no signed convention: imported as accepted.",
                    "Travaux finis sans convention signée : importé comme accepté."));
    private static final ImportedRecord REFUSED = new ImportedRecord(SOURCE, Optional.empty(), ValidationReport.of(List.of()),
            List.of(new Loss(SOURCE, Optional.empty(), "", LossCategory.REFUSED_RECORD, Optional.empty(), List.of(), Optional.empty(),
                    LocalizedText.of("No title.", "Pas de titre."))));

    private static byte[] report(List<ImportedRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            records.forEach(report::add);
        }
        return out.toByteArray();
    }

    private static Schema schema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                        .build()));
        try (InputStream in = LossReport.schema()) {
            return registry.getSchema(MAPPER.readTree(in));
        }
    }

    @Test
    void each_loss_is_a_line_then_the_summary_and_the_schema_accepts_every_line() throws Exception {
        ImportedRecord capped = new ImportedRecord(SOURCE, Optional.empty(), ValidationReport.of(List.of()), List.of(CAPPED,
                REFUSED.losses().get(0)));

        String[] lines = new String(report(List.of(capped, REFUSED)), StandardCharsets.UTF_8).split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("{\"kind\":\"loss\",\"source\":{\"system\":\"paris-bp\",\"file\":\"bp.csv\",\"line\":2,"
                + "\"column\":\"avancement_projet\",\"id\":\"2205\"},\"target\":\"/status\",\"category\":\"capped_status\",\"value\":\"FIN\","
                + "\"candidates\":[\"delivered\"],\"rule\":\"R4\",\"message\":{\"en\":\"Works finished, no signed convention: imported as"
                + " accepted.\",\"fr\":\"Travaux finis sans convention signée : importé comme accepté.\"}}");
        assertThat(lines[3]).isEqualTo("{\"kind\":\"summary\",\"records\":2,\"built\":0,\"refused\":2,\"byCategory\":{\"dropped\":0,"
                + "\"ambiguous\":0,\"unmapped\":0,\"defaulted\":0,\"degraded\":0,\"capped_status\":1,\"refused_record\":2}}");
        Schema schema = schema();
        for (String line : lines) {
            assertThat(schema.validate(MAPPER.readTree(line))).as(line).isEmpty();
        }
        JsonNode broken = MAPPER.readTree(lines[0].replace("capped_status", "lost"));
        assertThat(schema.validate(broken)).as("the schema refuses an unknown category, at it")
                .anySatisfy(error -> assertThat(error.getInstanceLocation().toString()).contains("category"));
    }

    @Test
    void the_same_records_give_the_same_bytes_and_a_closed_report_takes_no_more() {
        assertThat(report(List.of(REFUSED, REFUSED))).isEqualTo(report(List.of(REFUSED, REFUSED)));

        LossReport report = LossReport.writer(new ByteArrayOutputStream());
        report.close();
        report.close();
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> report.add(REFUSED))).hasMessage("the loss report is closed");
    }

    @Test
    void a_record_refused_says_why_and_a_loss_points_into_the_record() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new ImportedRecord(SOURCE, Optional.empty(), ValidationReport.of(List.of()), List.of(CAPPED))))
                .hasMessage("a record refused says why, with a refused_record entry");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new Loss(SOURCE, Optional.empty(), "status",
                LossCategory.DROPPED, Optional.empty(), List.of(), Optional.empty(), LocalizedText.of("a", "b"))))
                .hasMessage("target must be a JSON Pointer, not status");
    }
}
