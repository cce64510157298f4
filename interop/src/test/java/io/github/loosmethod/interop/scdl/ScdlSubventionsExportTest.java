package io.github.loosmethod.interop.scdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subsidies table a town publishes from its portfolio: one row per applicant of each convention
 * both sides signed, the town's commitments in euros, and what the table cannot hold reported.
 */
class ScdlSubventionsExportTest {

    static final String LOOS_SIRET = "21620528600018";
    static final Publisher LOOS = new Publisher(io.github.loosmethod.testkit.cases.LoosEnGohelle.TERRITORY, "Commune de Loos-en-Gohelle",
            LOOS_SIRET);
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static byte[] export(List<Initiative> portfolio, List<ImportedRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScdlExport.subventions(LOOS, NOW).write(portfolio, out, records::add);
        return out.toByteArray();
    }

    static List<CSVRecord> rows(byte[] table) throws Exception {
        return CSVFormat.RFC4180.parse(new java.io.StringReader(new String(table, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void a_signed_convention_gives_a_row_per_applicant_with_the_towns_euros_and_the_rest_reported() throws Exception {
        List<ImportedRecord> records = new ArrayList<>();
        Initiative agreed = withRna(StreetFlowerBoxes.agreed());

        List<CSVRecord> rows = rows(export(List.of(agreed, StreetFlowerBoxes.draft()), records));

        assertThat(rows.get(0).toList()).containsExactlyElementsOf(
                Arrays.stream(SubventionColumn.values()).map(SubventionColumn::column).collect(Collectors.toList()));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).containsExactly("Commune de Loos-en-Gohelle", LOOS_SIRET, "2023-04-03", "",
                "Les Voisins de la rue des Écoles", "", "W623001234", "Flower boxes in the rue des Écoles", "640.5", "aide en nature",
                "unique", "2023-04-20", "", "non", "1.00", "");
        assertThat(records).extracting(ImportedRecord::built).containsExactly(true, false);
        assertThat(records.get(0).losses()).extracting(loss -> loss.target(), loss -> loss.category()).contains(
                org.assertj.core.groups.Tuple.tuple("/convention/commitments/1", LossCategory.DROPPED),
                org.assertj.core.groups.Tuple.tuple("/convention/commitments/2", LossCategory.DROPPED),
                org.assertj.core.groups.Tuple.tuple("/involvementPlan/levels/stewardship", LossCategory.DROPPED),
                org.assertj.core.groups.Tuple.tuple("", LossCategory.DEFAULTED));
        assertThat(records.get(1).losses()).singleElement()
                .satisfies(loss -> assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD));
    }

    @Test
    void the_sample_portfolio_exports_deterministically_and_imports_back_with_the_same_amounts(@TempDir Path folder) throws Exception {
        List<Initiative> portfolio = SamplePortfolio.generate(20221114, 1000).initiatives();
        List<ImportedRecord> exported = new ArrayList<>();

        byte[] table = export(portfolio, exported);

        assertThat(export(portfolio, new ArrayList<>())).isEqualTo(table);
        List<CSVRecord> rows = rows(table);
        assertThat(rows.size() - 1).as("rows written").isPositive();
        assertThat(exported).hasSize(portfolio.size());
        Path file = Files.write(folder.resolve("subventions.csv"), table);
        List<ImportedRecord> imported = new ArrayList<>();
        ImportSummary summary = ScdlImport.subventions(ScdlSubventionsImportTest.CONTEXT).read(file, StandardCharsets.UTF_8, ',',
                imported::add);
        assertThat(summary.built()).isEqualTo(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            java.math.BigDecimal granted = new java.math.BigDecimal(rows.get(i).get(8))
                    .multiply(new java.math.BigDecimal(rows.get(i).get(14))).setScale(2, java.math.RoundingMode.HALF_EVEN);
            assertThat(imported.get(i - 1).initiative().orElseThrow().assessment().orElseThrow().object().orElseThrow())
                    .startsWith("Subvention de " + granted.toPlainString() + " €");
        }
    }

    @Test
    void the_tables_pass_every_constraint_of_the_published_schema(@TempDir Path folder) throws Exception {
        List<Initiative> portfolio = new ArrayList<>(SamplePortfolio.generate(20221114, 1000).initiatives());
        portfolio.add(withRna(StreetFlowerBoxes.agreed()));
        portfolio.add(io.github.loosmethod.testkit.cases.TownHallSquare.closed());
        Path subventions = Files.write(folder.resolve("subventions.csv"), export(portfolio, new ArrayList<>()));
        Path deliberations = Files.write(folder.resolve("deliberations.csv"),
                ScdlDeliberationsExportTest.export(portfolio, new ArrayList<>()));

        assertThat(rows(Files.readAllBytes(subventions))).hasSizeGreaterThan(4);
        assertThat(rows(Files.readAllBytes(deliberations))).hasSizeGreaterThan(100);
        assertThat(io.github.loosmethod.interop.tableschema.TableSchemaCheck.problems(
                io.github.loosmethod.interop.Samples.require("scdl/scdl-subventions-2.1.1.schema.json"), subventions,
                StandardCharsets.UTF_8)).isEmpty();
        assertThat(io.github.loosmethod.interop.tableschema.TableSchemaCheck.problems(
                io.github.loosmethod.interop.Samples.require("scdl/scdl-deliberations-2.1.5.schema.json"), deliberations,
                StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void the_towns_siret_is_checked_once() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new Publisher(io.github.loosmethod.testkit.cases.LoosEnGohelle.TERRITORY, "Commune", "21620528600019")))
                .hasMessageStartingWith("not a valid SIRET: 21620528600019");
    }

    /** The flower boxes' association, known by its RNA number as the table needs it. */
    private static Initiative withRna(Initiative initiative) {
        String json = io.github.loosmethod.serialization.LoosJson.strict().writeAsString(initiative).replace(
                "\"id\":\"voisins-rue-des-ecoles\",\"name\":\"Les Voisins de la rue des Écoles\",\"kind\":\"association\"",
                "\"id\":\"voisins-rue-des-ecoles\",\"name\":\"Les Voisins de la rue des Écoles\",\"kind\":\"association\","
                        + "\"identifiers\":[{\"scheme\":\"rna\",\"value\":\"W623001234\"}]");
        return io.github.loosmethod.serialization.LoosJson.strict().read(json, Initiative.class);
    }
}
