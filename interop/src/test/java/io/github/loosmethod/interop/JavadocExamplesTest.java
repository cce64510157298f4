package io.github.loosmethod.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.budget.BudgetTableImport;
import io.github.loosmethod.interop.budget.ColumnProfile;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.csv.CsvTable;
import io.github.loosmethod.interop.decidim.DecidimImport;
import io.github.loosmethod.interop.participedia.ImportedCase;
import io.github.loosmethod.interop.participedia.ParticipediaImport;
import io.github.loosmethod.interop.scdl.ScdlImport;
import io.github.loosmethod.testing.JavadocExamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code examples of interop's Javadoc, run here on the test samples; the first test checks that each
 * example of the Javadoc is a copy of code below.
 */
class JavadocExamplesTest {

    private static final Path THIS = Path.of("src/test/java/io/github/loosmethod/interop/JavadocExamplesTest.java");

    private final Territory loos = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
    private final Actor town = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    private final Actor council = Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);
    private final Actor residents = Actor.of("habitants-loos", "Habitants de Loos-en-Gohelle", ActorKind.RESIDENT_GROUP);
    private final ImportContext context = ImportContext.of(loos, town, Instant.parse("2026-12-01T09:00:00Z"))
            .withDecidingBody(council).withStandInApplicant(residents);
    private final List<ImportedRecord> records = new ArrayList<>();

    @Test
    void every_example_of_the_javadoc_is_code_of_this_test() throws IOException {
        Path sources = Path.of("src/main/java/io/github/loosmethod/interop");
        for (String pkg : List.of("", "budget", "csv", "decidim", "participedia", "scdl")) {
            Path folder = sources.resolve(pkg);
            List<Path> files = new ArrayList<>();
            try (var list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".java") && !p.endsWith("LossReport.java")).forEach(files::add);
            }
            for (Path file : files) {
                assertThat(JavadocExamples.untested(file, THIS)).as("examples of %s not in %s", file, THIS).isEmpty();
            }
            assertThat(JavadocExamples.count(folder.resolve("package-info.java"))).as("examples of package %s", pkg).isPositive();
        }
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(JavadocExamplesTest.class.getResource(name).toURI());
    }

    // io.github.loosmethod.interop
    @Test
    void an_import_and_its_loss_report() throws URISyntaxException {
        Path file = sample("scdl/subventions-loos.csv");
        OutputStream out = new ByteArrayOutputStream();
        List<Initiative> imported = new ArrayList<>();

        ImportContext context = ImportContext.of(loos, town, Instant.parse("2026-12-01T09:00:00Z"))
                .withDecidingBody(council);                     // what the source does not say
        try (LossReport losses = LossReport.writer(out)) {     // JSON Lines: one entry per value not kept as it was
            ImportSummary summary = ScdlImport.subventions(context).read(file, StandardCharsets.UTF_8, ',', record -> {
                losses.add(record);
                record.initiative().ifPresent(imported::add);   // or record.validation(), record.losses()
            });
            System.out.println(summary.built() + " built, " + summary.refused() + " refused");
        }
        assertThat(imported).isNotEmpty().allSatisfy(initiative -> assertThat(initiative.validate().isValid()).isTrue());
        assertThat(out.toString()).contains("\"kind\":\"summary\"");
    }

    // io.github.loosmethod.interop.scdl
    @Test
    void scdl_subsidies() throws URISyntaxException {
        Path file = sample("scdl/subventions-loos.csv");
        ImportSummary summary = ScdlImport.subventions(context).read(file, StandardCharsets.UTF_8, ',', records::add);
        assertThat(summary.built()).isPositive();
    }

    // io.github.loosmethod.interop.decidim
    @Test
    void decidim_results() throws URISyntaxException {
        Path file = sample("decidim/results-loos.csv");
        ImportSummary summary = DecidimImport.results(context).read(file, StandardCharsets.UTF_8, ';', records::add);
        assertThat(summary.records()).isPositive();
    }

    // io.github.loosmethod.interop.budget
    @Test
    void a_participatory_budget_table() throws URISyntaxException {
        Path file = sample("budget/winners-paris.csv");
        ImportSummary summary = BudgetTableImport.of(ColumnProfile.PARIS, context)
                .read(file, StandardCharsets.UTF_8, ',', records::add);
        assertThat(summary.records()).isPositive();
    }

    // io.github.loosmethod.interop.participedia
    @Test
    void participedia_cases() throws URISyntaxException {
        Path file = sample("participedia/legacy-keys.json");
        List<ImportedCase> cases = new ArrayList<>();
        ImportSummary summary = ParticipediaImport.cases(context).read(file, cases::add);
        assertThat(summary.records()).isEqualTo(cases.size());
    }

    // io.github.loosmethod.interop.csv
    @Test
    void a_csv_table_read_strictly() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = JavadocExamplesTest.class.getResourceAsStream("scdl/subventions-loos.csv")) {
            try (CsvTable table = CsvTable.open(in, StandardCharsets.UTF_8, ',')) {
                for (CsvRow row : table) {
                    lines.add(row.line() + ": " + row.cells().size() + " cells");
                }
            }
        }
        assertThat(lines).isNotEmpty();
    }
}
