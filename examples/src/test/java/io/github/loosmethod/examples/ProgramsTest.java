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

    @Test
    void the_portfolio_report_prints_aligned_tables_of_the_built_in_sample() throws Exception {
        Run run = run(PortfolioReport::run);

        assertThat(run.status).isZero();
        assertThat(run.out).contains("== Portfolio report: built-in sample (2000 initiatives, 3 towns)",
                "== Initiatives per year of submission and town", "Loos-en-Gohelle", "Grenay", "Liévin",
                "== Involvement profile", "== Commitments and contributions per side", "LP_RECIPROCITY", "== Towns compared");
        assertThat(run.out.lines().filter(l -> l.startsWith("  2018 ")).count()).isEqualTo(1);
    }

    @Test
    void the_portfolio_report_reads_a_json_lines_file_and_reports_bad_lines(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("portfolio.jsonl");
        LoosJson json = LoosJson.strict();
        Files.writeString(file, json.writeAsString(StreetFlowerBoxes.closed()) + "\n{\"formatVersion\":2}\n"
                + json.writeAsString(EmileBaslyPlayground.closed()) + "\n");

        Run run = run(PortfolioReport::run, "--lang", "fr", file.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err.lines()).isNotEmpty().allMatch(line -> line.startsWith(file + ":2: /"));
        assertThat(run.out).contains("Rapport de portefeuille", "(1 ligne refusée)", "initiatives: 2");
    }

    @Test
    void the_validator_lists_every_problem_by_file_line_and_pointer_and_fails_on_any(@TempDir Path folder) throws Exception {
        LoosJson json = LoosJson.strict();
        Path good = folder.resolve("good.json");
        Files.write(good, json.write(EmileBaslyPlayground.narrativeEvaluation()));
        Path portfolio = folder.resolve("towns.jsonl");
        Files.writeString(portfolio, json.writeAsString(StreetFlowerBoxes.agreed()) + "\n"
                + json.writeAsString(StreetFlowerBoxes.agreed()).replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"fifty\"") + "\n");

        Run clean = run(ValidateFiles::run, good.toString());
        Run dirty = run(ValidateFiles::run, good.toString(), portfolio.toString());
        Run missing = run(ValidateFiles::run, folder.resolve("nope.json").toString());

        assertThat(clean.status).isZero();
        assertThat(clean.out).isEmpty();
        assertThat(dirty.status).isEqualTo(1);
        assertThat(dirty.out.strip()).startsWith(portfolio + ":2: /kind unknown code \"fifty\"");
        assertThat(dirty.err).contains("1 refused, 1 problem(s)");
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).contains("error: no such file:");
    }

    @Test
    void the_crosswalk_maps_iap2_levels_onto_the_ladder_and_flags_what_it_cannot_decide(@TempDir Path folder) throws Exception {
        Run sample = run(Iap2Crosswalk::run);
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\nA-2,Park,design,iap2,colaborate\n");
        Run file = run(Iap2Crosswalk::run, "--lang", "fr", csv.toString());

        assertThat(sample.status).isZero();
        assertThat(sample.out).contains("iap2:collaborate", "? co-construction or co-production", "UNDECIDED",
                "arnstein:therapy", "NO COUNTERPART", "decided: 5", "undecided, to check by a person: 2", "without counterpart: 1");
        assertThat(file.status).isEqualTo(1);
        assertThat(file.err).contains(csv + ":3: colonne 5 (level) : niveau inconnu « colaborate » du référentiel « iap2 »");
        assertThat(file.out).contains("3. concertation", "décidés: 1");
    }

    /** The programs taking {@code run(args, out, err)}, by the name their usage shows. */
    private static final Map<String, Program> PROGRAMS = programs();

    private static Map<String, Program> programs() {
        Map<String, Program> programs = new LinkedHashMap<>();
        programs.put("EmileBaslyWalkthrough", EmileBaslyWalkthrough::run);
        programs.put("Refusals", Refusals::run);
        programs.put("PortfolioReport", PortfolioReport::run);
        programs.put("ValidateFiles", ValidateFiles::run);
        programs.put("Iap2Crosswalk", Iap2Crosswalk::run);
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
    void the_help_speaks_french_on_request() throws Exception {
        Run run = run(ValidateFiles::run, "--lang", "fr", "--help");

        assertThat(run.status).isZero();
        assertThat(run.out).startsWith("Utilisation : ValidateFiles ");
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
    void the_validator_takes_lang_like_every_program(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.json");
        Files.write(good, LoosJson.strict().write(EmileBaslyPlayground.narrativeEvaluation()));

        Run french = run(ValidateFiles::run, "--lang", "fr", good.toString());

        assertThat(french.status).isZero();
        assertThat(french.err).contains("1 fichier(s) vérifié(s)");
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
    void the_validator_prints_every_problem_of_a_document_in_the_language_asked(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, LoosJson.strict().writeAsString(EmileBaslyPlayground.narrativeEvaluation())
                .replaceFirst("\"formatVersion\":2,", "\"formatVersion\":2,\"colour\":1,\"size\":2,"));

        Run french = run(ValidateFiles::run, "--lang", "fr", bad.toString());
        Run english = run(ValidateFiles::run, "--lang", "en", bad.toString());

        assertThat(french.status).isEqualTo(1);
        assertThat(french.out.lines()).containsExactly(bad + ": /colour champ inconnu", bad + ": /size champ inconnu");
        assertThat(english.out.lines()).containsExactly(bad + ": /colour unknown field", bad + ": /size unknown field");
    }

    @Test
    void the_validator_reports_missing_and_unreadable_files_and_never_counts_them_as_checked(@TempDir Path folder)
            throws Exception {
        Path good = folder.resolve("good.json");
        Files.write(good, LoosJson.strict().write(EmileBaslyPlayground.narrativeEvaluation()));
        Path missing = folder.resolve("missing.json");
        Path directory = Files.createDirectory(folder.resolve("folder.jsonl"));

        Run run = run(ValidateFiles::run, good.toString(), missing.toString(), directory.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("error: no such file: " + missing, "error: cannot read " + directory + ": ")
                .contains("1 file(s) checked, 2 could not be read, 1 document(s) or line(s), 0 refused, 0 problem(s)")
                .doesNotContain("Exception", "java.");
    }

    @Test
    void the_validator_prints_the_problems_of_the_library_never_a_raw_parser_message(@TempDir Path folder)
            throws Exception {
        String agreed = LoosJson.strict().writeAsString(EmileBaslyPlayground.agreed());
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, agreed.replaceFirst("\"generalInterest\":\"[^\"]*\"", "\"generalInterest\":\"\""));
        Path malformed = folder.resolve("malformed.jsonl");
        Files.writeString(malformed, agreed + "\n{\"formatVersion\":2,\n");

        Run run = run(ValidateFiles::run, broken.toString(), malformed.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out.lines()).contains(broken + ": /purpose/generalInterest [R2] "
                + "The purpose does not say why the initiative serves the general interest.");
        assertThat(run.out.lines()).anyMatch(line -> line.startsWith(malformed + ":2: "));
        assertThat(run.out + run.err).doesNotContain("[Source:", "REDACTED", "Exception", "com.fasterxml");
    }

    @Test
    void the_crosswalk_reads_csv_as_spreadsheets_write_it(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "\uFEFFinitiative,title,phase,framework,level\r\n"
                + "A-1,\"Jardin partagé, rue du Maroc\",Implementation,IAP2,Collaborate\r\n"
                + "A-2,\"Le \"\"grand\"\" square\",DESIGN,iap2,INVOLVE\r\n"
                + "A-3,Fête des voisins,implementation,Arnstein,Citizen_Control\r\n");

        Run run = run(Iap2Crosswalk::run, "--lang", "en", csv.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        assertThat(run.out).contains("A-1 Jardin partagé, rue du Maroc", "A-2 Le \"grand\" square", "iap2:collaborate",
                "iap2:involve", "arnstein:citizen_control", "decided: 2", "undecided, to check by a person: 1");
    }

    @Test
    void the_crosswalk_names_the_line_of_a_file_that_is_not_utf_8(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("latin1.csv");
        Files.write(csv, ("initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\n"
                + "A-2,Fête des voisins,implementation,iap2,empower\n").getBytes(StandardCharsets.ISO_8859_1));

        Run run = run(Iap2Crosswalk::run, "--lang", "en", csv.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).hasSize(1).first().asString().startsWith(csv + ":3: ").contains("UTF-8")
                .doesNotContain("Input length");
    }

    @Test
    void the_crosswalk_stops_at_badly_formed_csv_and_shows_the_rows_before(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\n"
                + "A-2,\"Unclosed,design,iap2,involve\nA-3,Park,design,iap2,inform\n");

        Run run = run(Iap2Crosswalk::run, "--lang", "en", csv.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err.lines()).containsExactly(csv + ":3: badly formed CSV: a quoted field is not closed, "
                + "or text follows its closing quote");
        assertThat(run.out).contains("A-1 Square", "decided: 1");
    }

    @Test
    void the_crosswalk_names_file_line_and_column_of_a_bad_row(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2\n"
                + "A-2,Park,design,iap2,colaborate\nA-3,Lane,desing,iap2,inform\nA-4,Hall,design,iap3,inform\n"
                + "A-5,Yard,design,iap2,inform\n");

        Run run = run(Iap2Crosswalk::run, "--lang", "en", csv.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err.lines()).containsExactly(
                csv + ":2: expected 5 columns (initiative,title,phase,framework,level), found 4",
                csv + ":3: column 5 (level): unknown level \"colaborate\" of framework \"iap2\"; expected one of "
                        + "inform, consult, involve, collaborate, empower",
                csv + ":4: column 3 (phase): unknown phase \"desing\"; expected one of "
                        + "diagnosis, design, decision, implementation, stewardship, evaluation",
                csv + ":5: column 4 (framework): unknown framework \"iap3\"; expected one of iap2, arnstein");
        assertThat(run.out).contains("A-5 Yard", "decided: 1");
    }

    @Test
    void bad_arguments_print_one_line_and_the_usage_and_exit_with_status_2() throws Exception {
        for (Map.Entry<String, Program> program : PROGRAMS.entrySet()) {
            for (String[] bad : new String[][] {{"--nonsense"}, {"--lang", "de"}, {"--lang"}}) {
                // The validator needs a file: without one, that is the error it would report first.
                List<String> args = new ArrayList<>(List.of(bad));
                if (program.getKey().equals("ValidateFiles") && bad.length == 2) {
                    args.add("x.json");
                } else if (program.getKey().equals("ValidateFiles")) {
                    args.add(0, "x.json");
                }
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
        assertThat(run(ValidateFiles::run).err).startsWith("error: Missing required parameter: 'FILE'");
        assertThat(run(MillionLinePortfolio::run, "0").err).startsWith("error: count must be at least 1, not 0");
        assertThat(run(MillionLinePortfolio::run, "many").err).startsWith("error: Invalid value for positional parameter");
    }

    @Test
    void the_usage_speaks_the_language_asked_for_even_after_an_error() throws Exception {
        Run run = run(PortfolioReport::run, "--lang", "fr", "--nonsense");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).startsWith("erreur : Unknown option: '--nonsense'").contains("Utilisation : PortfolioReport ",
                "Langue de la sortie");
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
