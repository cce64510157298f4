package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program run as its command would run it, with its output and exit status checked. */
class ProgramsTest {

    /** What a run printed and returned. */
    private static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }

    @FunctionalInterface
    private interface Program {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    private Locale jvmLocale;

    /** Pins the JVM's locale, which decides the language when a test gives no --lang. */
    @BeforeEach
    void english_by_default() {
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore_the_locale() {
        Locale.setDefault(jvmLocale);
    }

    private static Run run(Program program, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = program.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_walkthrough_writes_the_case_as_json_documents_the_reader_accepts(@TempDir Path folder) throws Exception {
        Run run = run(EmileBaslyWalkthrough::run, "--lang", "en", "--output", folder.toString());

        assertThat(run.status).isZero();
        Path initiative = folder.resolve("emile-basly-playground.json");
        assertThat(run.out).contains("== JSON documents", initiative.toAbsolutePath().toString());
        assertThat(LoosJson.strict().readInitiative(Files.readAllBytes(initiative))).isEqualTo(EmileBaslyPlayground.closed());
        assertThat(LoosJson.strict().readEvaluation(Files.readAllBytes(folder.resolve("emile-basly-playground-evaluation.json"))))
                .isEqualTo(EmileBaslyPlayground.narrativeEvaluation());
    }

    @Test
    void refusals_show_each_broken_rule_with_its_id_path_and_message() throws Exception {
        Run english = run(Refusals::run, "--lang", "en");
        Run french = run(Refusals::run, "--lang", "fr");

        assertThat(english.status).isZero();
        for (String rule : new String[] {"R1", "R2", "R3", "L1", "R5", "R8", "R12", "R14", "R15", "R6", "L2"}) {
            assertThat(english.out).contains("✗ " + rule + " — ");
        }
        assertThat(english.out).contains("where: convention.signatures[0]", "Minor signer cm2-emile-basly")
                .doesNotContain("(accepted)");
        assertThat(french.out).contains("où : purpose.generalInterest", "L'objet ne dit pas en quoi l'initiative sert l'intérêt général.");
    }

    /** The programs taking {@code run(args, out, err)}, by the name their usage shows. */
    private static final Map<String, Program> PROGRAMS = programs();

    private static Map<String, Program> programs() {
        Map<String, Program> programs = new LinkedHashMap<>();
        programs.put("EmileBaslyWalkthrough", EmileBaslyWalkthrough::run);
        programs.put("Refusals", Refusals::run);
        programs.put("MillionLinePortfolio", MillionLinePortfolio::run);
        return programs;
    }

    @Test
    void every_program_prints_its_usage_on_help_and_exits_0() throws Exception {
        for (Map.Entry<String, Program> program : PROGRAMS.entrySet()) {
            for (String flag : new String[] {"--help", "-h"}) {
                Run run = run(program.getValue(), "--lang", "en", flag);

                assertThat(run.status).as(program.getKey() + " " + flag).isZero();
                assertThat(run.out).as(program.getKey() + " " + flag).startsWith("Usage: " + program.getKey() + " ")
                        .contains("--lang");
                assertThat(run.err).as(program.getKey() + " " + flag).isEmpty();
            }
        }
    }

    @Test
    void a_stray_word_is_refused_not_taken_for_the_walkthrough_folder(@TempDir Path folder) throws Exception {
        Run run = run(EmileBaslyWalkthrough::run, "--lang", "en", folder.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("Usage: EmileBaslyWalkthrough");
        assertThat(run.out).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void the_decidim_import_writes_a_portfolio_and_its_loss_report_and_reports_refused_rows(@TempDir Path folder) throws Exception {
        Path sample = Path.of("../docs/examples/decidim-results.csv");
        List<String> lines = Files.readAllLines(sample);
        Path ragged = Files.write(folder.resolve("ragged.csv"), List.of(lines.get(0), lines.get(1), lines.get(2) + ";extra"));

        Run run = run(DecidimResultsImport::run, "--output", folder.toString(), sample.toString());
        Run refused = run(DecidimResultsImport::run, "--lang", "fr", "--output", folder.resolve("fr").toString(), ragged.toString());
        Run missing = run(DecidimResultsImport::run, folder.resolve("none.csv").toString());

        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).contains("3 records: 3 imported into ");
        List<String> ids = new ArrayList<>();
        try (io.github.loosmethod.interchange.PortfolioReader portfolio = LoosJson.strict()
                .portfolioReader(Files.newInputStream(folder.resolve("portfolio.jsonl")), OnBadLine.stop())) {
            portfolio.forEachRemaining(initiative -> ids.add(initiative.id()));
        }
        assertThat(ids).hasSize(3);
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.out).contains("ragged.csv:3  refusé  La ligne a 29 cellules quand l'en-tête en a 28", "2 fiches : 1 importées dans ");
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).startsWith("error: no such file: ");
    }

    @Test
    void the_scdl_publication_writes_the_table_and_its_loss_report_and_refuses_a_bad_siret(@TempDir Path folder) throws Exception {
        Path portfolio = folder.resolve("portfolio.jsonl");
        Files.writeString(portfolio, LoosJson.strict().writeAsString(EmileBaslyPlayground.closed()) + "\n");

        Run run = run(ScdlPublication::run, "--output", folder.toString(), portfolio.toString());
        Run french = run(ScdlPublication::run, "--lang", "fr", "--output", folder.toString(), portfolio.toString());
        Run badSiret = run(ScdlPublication::run, "--siret", "123", "--output", folder.toString());

        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).startsWith("Loos-en-Gohelle: 1 initiatives read, ");
        assertThat(french.out).startsWith("Loos-en-Gohelle : 1 initiatives lues, ");
        assertThat(Files.readAllLines(folder.resolve("subventions.csv")).get(0)).startsWith("nomAttribuant,idAttribuant,dateConvention,");
        assertThat(Files.readAllLines(folder.resolve("subventions-losses.jsonl"))).last().asString().startsWith("{\"kind\":\"summary\",\"records\":1,");
        assertThat(badSiret.status).isEqualTo(2);
        assertThat(badSiret.err).startsWith("error: not a valid SIRET: 123").doesNotContain("Exception");
    }

    @Test
    void bad_arguments_print_one_line_and_the_usage_and_exit_with_status_2() throws Exception {
        for (Map.Entry<String, Program> program : PROGRAMS.entrySet()) {
            for (String[] bad : new String[][] {{"--nonsense"}, {"--lang", "de"}, {"--lang"}}) {
                List<String> args = new ArrayList<>(List.of(bad));
                Run run = run(program.getValue(), args.toArray(new String[0]));

                String what = program.getKey() + " " + String.join(" ", args);
                assertThat(run.status).as(what).isEqualTo(2);
                assertThat(run.out).as(what).isEmpty();
                List<String> lines = run.err.lines().collect(Collectors.toList());
                assertThat(lines.get(0)).as(what).startsWith("error: ").contains(bad[0]);
                assertThat(lines.get(1)).as(what).startsWith("Usage: " + program.getKey() + " ");
                assertThat(run.err).as(what).doesNotContain("Exception", "\tat ");
            }
        }
        assertThat(run(Refusals::run, "--lang", "de").err).startsWith("error: Invalid value for option '--lang': 'de' is not a language: en or fr");
        assertThat(run(Refusals::run, "too", "many").err).startsWith("error: Unmatched arguments");
        assertThat(run(MillionLinePortfolio::run, "0").err).startsWith("error: count must be at least 1, not 0");
        assertThat(run(MillionLinePortfolio::run, "many").err).startsWith("error: Invalid value for positional parameter");
    }

    @Test
    void without_lang_the_language_follows_the_jvm_s_locale() throws Exception {
        Locale.setDefault(Locale.CANADA_FRENCH);
        Run french = run(Refusals::run);
        Locale.setDefault(Locale.UK);
        Run english = run(Refusals::run);

        assertThat(french.out).startsWith("== Le cas de l'école Émile-Basly");
        assertThat(english.out).startsWith("== The École Émile-Basly case");
    }
}
