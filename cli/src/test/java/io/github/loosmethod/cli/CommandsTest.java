package io.github.loosmethod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run in this JVM, as {@code loos} runs them, with their output and exit status
 * checked; {@code LoosJarIT} runs the built jar as a process.
 */
class CommandsTest {

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {
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

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Run runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Loos.run(args, new Loos.Streams(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }


    @Test
    void the_portfolio_report_reads_a_json_lines_file_and_reports_bad_lines(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("portfolio.jsonl");
        LoosJson json = LoosJson.strict();
        Files.writeString(file, json.writeAsString(StreetFlowerBoxes.closed()) + "\n{\"formatVersion\":2}\n"
                + json.writeAsString(EmileBaslyPlayground.closed()) + "\n");

        Run run = run("report", "--lang", "fr", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.startsWith(file + ":2: /"));
        assertThat(run.out()).contains("Rapport de portefeuille", "(1 ligne refusée)", "== Totaux");
        assertThat(run.out().lines()).anyMatch(line -> line.matches(" +initiatives +2"));
    }

    @Test
    void the_validator_reads_a_portfolio_on_several_threads_with_the_same_results(@TempDir Path folder) throws Exception {
        LoosJson json = LoosJson.strict();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append(json.writeAsString(i % 2 == 0 ? StreetFlowerBoxes.closed() : EmileBaslyPlayground.closed())).append('\n');
            if (i % 7 == 3) {
                lines.append(i % 14 == 3 ? "{\"formatVersion\":2}\n" : "\n");
            }
        }
        Path portfolio = folder.resolve("portfolio.jsonl");
        Files.writeString(portfolio, lines);

        Run one = run("validate", "--format", "json", portfolio.toString());
        Run three = run("validate", "--format", "json", "--threads", "3", portfolio.toString());

        assertThat(one.status()).isEqualTo(1);
        assertThat(one.out()).contains(portfolio + "\",\"line\":5");
        assertThat(three).isEqualTo(one);
        for (String refused : new String[] {"0", "-2", "two", "257"}) {
            Run wrong = run("validate", "--threads", refused, portfolio.toString());
            assertThat(wrong.status()).as(refused).isEqualTo(2);
            assertThat(wrong.err()).contains("'" + refused + "' is not a number of threads: a whole number from 1 to 256");
        }
    }

    @Test
    void the_validator_lists_every_problem_by_file_line_and_pointer_and_fails_on_any(@TempDir Path folder) throws Exception {
        LoosJson json = LoosJson.strict();
        Path good = folder.resolve("good.json");
        Files.write(good, json.write(EmileBaslyPlayground.narrativeEvaluation()));
        Path portfolio = folder.resolve("towns.jsonl");
        Files.writeString(portfolio, json.writeAsString(StreetFlowerBoxes.agreed()) + "\n"
                + json.writeAsString(StreetFlowerBoxes.agreed()).replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"fifty\"") + "\n");

        Run clean = run("validate", good.toString());
        Run dirty = run("validate", good.toString(), portfolio.toString());
        Run missing = run("validate", folder.resolve("nope.json").toString());

        assertThat(clean.status()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(dirty.status()).isEqualTo(1);
        assertThat(dirty.out().strip()).startsWith(portfolio + ":2: /kind unknown code \"fifty\"");
        assertThat(dirty.err()).contains("1 refused, 1 problem(s)");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("loos: no such file:");
    }

    @Test
    void the_crosswalk_maps_iap2_levels_onto_the_ladder_and_flags_what_it_cannot_decide(@TempDir Path folder) throws Exception {
        Run sample = run("crosswalk", "../docs/examples/recorded.csv");
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\nA-2,Park,design,iap2,colaborate\n");
        Run file = run("crosswalk", "--lang", "fr", csv.toString());

        assertThat(sample.status()).isZero();
        assertThat(sample.out()).contains("iap2:collaborate", "? co-construction or co-production", "UNDECIDED",
                "arnstein:therapy", "NO COUNTERPART", "decided: 5", "undecided, to check by a person: 2", "without counterpart: 1");
        assertThat(file.status()).isEqualTo(1);
        assertThat(file.err()).contains(csv + ":3: colonne 5 (level) : niveau inconnu « colaborate » du référentiel « iap2 »");
        assertThat(file.out()).contains("3. concertation", "décidés : 1");
    }

    @Test
    void the_help_speaks_french_on_request() throws Exception {
        Run run = run("validate", "--lang", "fr", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Utilisation : loos validate ");
    }

    @Test
    void the_validator_takes_lang_like_every_program(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.json");
        Files.write(good, LoosJson.strict().write(EmileBaslyPlayground.narrativeEvaluation()));

        Run french = run("validate", "--lang", "fr", good.toString());

        assertThat(french.status()).isZero();
        assertThat(french.err()).contains("1 fichier(s) vérifié(s)");
    }

    @Test
    void the_validator_prints_every_problem_of_a_document_in_the_language_asked(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, LoosJson.strict().writeAsString(EmileBaslyPlayground.narrativeEvaluation())
                .replaceFirst("\"formatVersion\":2,", "\"formatVersion\":2,\"colour\":1,\"size\":2,"));

        Run french = run("validate", "--lang", "fr", bad.toString());
        Run english = run("validate", "--lang", "en", bad.toString());

        assertThat(french.status()).isEqualTo(1);
        assertThat(french.out().lines()).containsExactly(bad + ": /colour champ inconnu", bad + ": /size champ inconnu");
        assertThat(english.out().lines()).containsExactly(bad + ": /colour unknown field", bad + ": /size unknown field");
    }

    @Test
    void the_validator_reports_missing_and_unreadable_files_and_never_counts_them_as_checked(@TempDir Path folder)
            throws Exception {
        Path good = folder.resolve("good.json");
        Files.write(good, LoosJson.strict().write(EmileBaslyPlayground.narrativeEvaluation()));
        Path missing = folder.resolve("missing.json");
        Path directory = Files.createDirectory(folder.resolve("folder.jsonl"));

        Run run = run("validate", good.toString(), missing.toString(), directory.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("loos: no such file: " + missing, "loos: cannot read " + directory + ": ")
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

        Run run = run("validate", broken.toString(), malformed.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).contains(broken + ": /purpose/generalInterest [R2] "
                + "The purpose does not say why the initiative serves the general interest.");
        assertThat(run.out().lines()).anyMatch(line -> line.startsWith(malformed + ":2: "));
        assertThat(run.out() + run.err()).doesNotContain("[Source:", "REDACTED", "Exception", "com.fasterxml");
    }

    @Test
    void the_crosswalk_reads_csv_as_spreadsheets_write_it(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "\uFEFFinitiative,title,phase,framework,level\r\n"
                + "A-1,\"Jardin partagé, rue du Maroc\",Implementation,IAP2,Collaborate\r\n"
                + "A-2,\"Le \"\"grand\"\" square\",DESIGN,iap2,INVOLVE\r\n"
                + "A-3,Fête des voisins,implementation,Arnstein,Citizen_Control\r\n");

        Run run = run("crosswalk", "--lang", "en", csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("A-1 Jardin partagé, rue du Maroc", "A-2 Le \"grand\" square", "iap2:collaborate",
                "iap2:involve", "arnstein:citizen_control", "decided: 2", "undecided, to check by a person: 1");
    }

    @Test
    void the_crosswalk_names_the_line_of_a_file_that_is_not_utf_8(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("latin1.csv");
        Files.write(csv, ("initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\n"
                + "A-2,Fête des voisins,implementation,iap2,empower\n").getBytes(StandardCharsets.ISO_8859_1));

        Run run = run("crosswalk", "--lang", "en", csv.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith(csv + ":3: ").contains("UTF-8")
                .doesNotContain("Input length");
    }

    @Test
    void the_crosswalk_stops_at_badly_formed_csv_and_shows_the_rows_before(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2,involve\n"
                + "A-2,\"Unclosed,design,iap2,involve\nA-3,Park,design,iap2,inform\n");

        Run run = run("crosswalk", "--lang", "en", csv.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(csv + ":3: badly formed CSV: a quoted field is not closed, "
                + "or text follows its closing quote");
        assertThat(run.out()).contains("A-1 Square", "decided: 1");
    }

    @Test
    void the_crosswalk_names_file_line_and_column_of_a_bad_row(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("recorded.csv");
        Files.writeString(csv, "initiative,title,phase,framework,level\nA-1,Square,design,iap2\n"
                + "A-2,Park,design,iap2,colaborate\nA-3,Lane,desing,iap2,inform\nA-4,Hall,design,iap3,inform\n"
                + "A-5,Yard,design,iap2,inform\n");

        Run run = run("crosswalk", "--lang", "en", csv.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                csv + ":2: expected 5 columns (initiative,title,phase,framework,level), found 4",
                csv + ":3: column 5 (level): unknown level \"colaborate\" of framework \"iap2\"; expected one of "
                        + "inform, consult, involve, collaborate, empower",
                csv + ":4: column 3 (phase): unknown phase \"desing\"; expected one of "
                        + "diagnosis, design, decision, implementation, stewardship, evaluation",
                csv + ":5: column 4 (framework): unknown framework \"iap3\"; expected one of iap2, arnstein");
        assertThat(run.out()).contains("A-5 Yard", "decided: 1");
    }

    @Test
    void the_usage_speaks_the_language_asked_for_even_after_an_error() throws Exception {
        Run run = run("report", "--lang", "fr", "--nonsense", "portfolio.jsonl");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("loos: erreur : option inconnue : « --nonsense »", "Essayez « loos report --help ».");
    }

    private static final String[] TOWN = {"--territory", "62528", "--territory-name", "Loos-en-Gohelle"};

    private static String[] with(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void an_import_or_export_needs_a_file_to_write_its_loss_report_beside() {
        Run toStdout = run(with(new String[] {"import", "decidim-results", "../docs/examples/decidim-results.csv", "-o", "-"}, TOWN));
        Run french = run(with(new String[] {"export", "--lang", "fr", "scdl-subventions", "../docs/examples/portfolio.jsonl", "-o", "-",
                "--siret", "21620528600018"}, TOWN));

        assertThat(toStdout.status()).isEqualTo(2);
        assertThat(toStdout.err()).isEqualTo("loos: the output must be a file: the loss report is written beside it\n");
        assertThat(toStdout.out()).isEmpty();
        assertThat(french.err()).isEqualTo("loos: la sortie doit être un fichier : le rapport de pertes est écrit à côté\n");
    }

    @Test
    void values_of_options_are_refused_in_words_not_in_java_s(@TempDir Path folder) {
        String out = folder.resolve("out.jsonl").toString();
        String[] base = {"import", "decidim-results", "../docs/examples/decidim-results.csv", "-o", out};

        assertThat(run(with(with(base, TOWN), "--time-zone", "Mars/Base")).err())
                .startsWith("loos: error: Invalid value for option '--time-zone': 'Mars/Base' is not a time zone such as Europe/Paris\n");
        assertThat(run(with(with(base, TOWN), "--imported-at", "yesterday")).err())
                .startsWith("loos: error: Invalid value for option '--imported-at': 'yesterday' is not an instant such as 2026-12-01T09:00:00Z\n");
        assertThat(run(with(with(base, TOWN), "--charset", "latin-9000")).err()).contains("'latin-9000' is not a charset");
        assertThat(run(with(with(base, TOWN), "--separator", ";;")).err()).contains("';;' is not a separator");
        assertThat(run(with(with(base, TOWN), "--kind", "fifty")).err()).contains("'fifty' is none of fifty-fifty, municipal-project");
        assertThat(run(with(new String[] {"import", "decidim-result", "x.csv", "-o", out}, TOWN)).err())
                .contains("'decidim-result' is none of scdl-subventions, scdl-deliberations, decidim-results");
        assertThat(run(with(with(new String[] {"--lang", "fr"}, with(base, TOWN)), "--time-zone", "Mars/Base")).err())
                .startsWith("loos: erreur : valeur refusée pour l'option « --time-zone » : « Mars/Base » n'est pas un fuseau horaire comme "
                        + "Europe/Paris\n");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void a_file_is_written_whole_or_not_at_all_and_nothing_of_it_is_left_on_a_refusal(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("converted.jsonl");
        Files.writeString(target, "what was there\n");

        Run refused = run("convert", "../docs/examples/portfolio-with-problems.jsonl", "-o", target.toString());
        String afterRefusal = Files.readString(target);
        Run noFolder = run("convert", "../docs/examples/flower-boxes-agreed.json", "-o", folder.resolve("none/x.json").toString());
        Run written = run("convert", "../docs/examples/portfolio.jsonl", "-o", target.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(afterRefusal).isEqualTo("what was there\n");
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("loos: cannot write " + folder.resolve("none/x.json") + ": no such folder " + folder.resolve("none")
                + "\n");
        assertThat(written.status()).isZero();
        assertThat(Files.readAllLines(target)).hasSize(60);
        // No temporary file is left beside it.
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("converted.jsonl");
        }
    }

    @Test
    void the_options_before_the_command_are_the_command_s() {
        Run french = run("--lang", "fr", "validate", "missing.json");
        Run own = run("--lang", "fr", "validate", "--lang", "en", "missing.json");

        assertThat(french.err()).startsWith("loos: fichier introuvable : missing.json\n");
        assertThat(own.err()).startsWith("loos: no such file: missing.json\n");
    }

    @Test
    void each_source_builds_its_own_kinds_and_another_is_refused_naming_them(@TempDir Path folder) throws Exception {
        Path deliberations = folder.resolve("deliberations.csv");
        Run export = run(with(new String[] {"export", "scdl-deliberations", "../docs/examples/portfolio.jsonl", "-o", deliberations.toString(),
                "--siret", "21620528600018"}, TOWN));
        Run defaultKind = run(with(new String[] {"import", "scdl-deliberations", deliberations.toString(), "-o",
                folder.resolve("projects.jsonl").toString()}, TOWN));
        Run wrongKind = run(with(new String[] {"import", "decidim-results", "../docs/examples/decidim-results.csv", "-o",
                folder.resolve("x.jsonl").toString(), "--kind", "municipal-project"}, TOWN));

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(defaultKind.status()).as(defaultKind.err()).isZero();
        try (var lines = Files.lines(folder.resolve("projects.jsonl"))) {
            // The deliberations' own first kind: a municipal project approved by the council.
            assertThat(lines.map(line -> LoosJson.strict().readInitiative(line.getBytes(StandardCharsets.UTF_8)).kind()))
                    .hasSize(10).containsOnly(io.github.loosmethod.initiative.InitiativeKind.MUNICIPAL_PROJECT);
        }
        assertThat(wrongKind.status()).isEqualTo(2);
        assertThat(wrongKind.err()).isEqualTo("loos: the decidim-results adapter builds fifty-fifty, not municipal-project (--kind)\n");
    }

    @Test
    void refusals_are_said_on_stderr_with_a_hint_and_a_portfolio_is_kept_when_nothing_was_built(@TempDir Path folder) throws Exception {
        Path portfolio = folder.resolve("results.jsonl");
        Files.writeString(portfolio, "kept\n");
        String results = "../docs/examples/decidim-results.csv";

        Run run = run(with(new String[] {"import", "decidim-results", results, "-o", portfolio.toString()}, TOWN));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                results + ":2: The result names no applicant and the town allows no applicant to stand in: an initiative has at least one applicant.",
                results + ":3: The result names no applicant and the town allows no applicant to stand in: an initiative has at least one applicant.",
                results + ":4: The result names no applicant and the town allows no applicant to stand in: an initiative has at least one applicant.",
                "hint: --stand-in NAME lets a residents' group carry the records whose source names no applicant",
                "no record could be built: the portfolio is not written; the loss report says why: " + folder.resolve("results.losses.jsonl"));
        assertThat(Files.readString(portfolio)).isEqualTo("kept\n");
        // The report says why, every refusal of it, with its summary last.
        assertThat(Files.readAllLines(folder.resolve("results.losses.jsonl"))).hasSize(4).last().asString()
                .startsWith("{\"kind\":\"summary\",\"records\":3,\"built\":0,\"refused\":3");
    }

    @Test
    void an_output_that_would_replace_the_input_is_refused(@TempDir Path folder) throws Exception {
        Path input = Files.copy(Path.of("../docs/examples/decidim-results.csv"), folder.resolve("in.csv"));
        byte[] before = Files.readAllBytes(input);

        Run run = run(with(new String[] {"import", "decidim-results", input.toString(), "-o", input.toString(), "--stand-in", "Habitants"}, TOWN));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("loos: the output would replace the input: " + input + "\n");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void a_word_where_a_command_is_expected_is_an_unknown_command_in_either_language() {
        assertThat(run("bogus").err().lines()).first().isEqualTo("loos: error: unknown command 'bogus'; the commands: validate, report, "
                + "crosswalk, import, export, convert, schema, generate-completion");
        assertThat(run("--lang", "fr", "validate", "--bogus", "x.json").err().lines()).first()
                .isEqualTo("loos: erreur : option inconnue : « --bogus »");
        assertThat(run(with(new String[] {"--lang", "fr", "import", "decidim-results", "x.csv", "-o", "x.jsonl"}, TOWN)).status()).isEqualTo(2);
        assertThat(run("--lang", "fr", "import", "decidim-results", "x.csv", "-o", "x.jsonl").err().lines()).first().asString()
                .startsWith("loos: erreur : option obligatoire manquante : « --territory=INSEE »");
    }

    @Test
    void an_unknown_option_before_the_command_is_an_unknown_option() {
        assertThat(run("--bogus").err().lines()).first().isEqualTo("loos: error: Unknown option: '--bogus'");
        assertThat(run("--lang", "fr", "--bogus").err().lines()).first().isEqualTo("loos: erreur : option inconnue : « --bogus »");
    }

    @Test
    void an_option_a_source_does_not_read_is_refused_not_ignored(@TempDir Path folder) {
        String out = folder.resolve("out.jsonl").toString();

        Run separator = run(with(new String[] {"import", "participedia-cases", "case.json", "-o", out, "--separator", ";"}, TOWN));
        Run kind = run(with(new String[] {"import", "decidim-processes", "processes.json", "-o", out, "--kind", "citizen-led"}, TOWN));

        assertThat(separator.status()).isEqualTo(2);
        assertThat(separator.err()).isEqualTo("loos: --charset and --separator are for a table; participedia-cases is JSON, in UTF-8\n");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).isEqualTo("loos: --kind is for the sources that give initiatives; decidim-processes gives none\n");
    }

    @Test
    void completion_offers_the_values_the_options_take() {
        Run script = run("generate-completion");

        assertThat(script.out()).contains("_option_args=(\"en\" \"fr\") # --lang values").doesNotContain("ENGLISH", "FRENCH");
        assertThat(script.out()).contains("(\"scdl-subventions\" \"scdl-deliberations\" \"decidim-results\" \"decidim-initiatives\" "
                + "\"decidim-proposals\" \"decidim-processes\" \"paris-budget\" \"participedia-cases\")");
    }

    @Test
    void the_help_names_the_sources_interop_lists_in_either_language() {
        // The help's words are written by hand; what they list is held to the one list of sources.
        List<String> codes = java.util.Arrays.stream(io.github.loosmethod.interop.ImportSource.values())
                .map(io.github.loosmethod.interop.ImportSource::code).toList();
        // The command line reads a source by the rule it reads every choice by: the same codes.
        assertThat(java.util.Arrays.stream(io.github.loosmethod.interop.ImportSource.values()).map(Codes::code)).containsExactlyElementsOf(codes);
        for (Locale language : List.of(Locale.ROOT, Locale.FRENCH)) {
            String help = java.util.ResourceBundle.getBundle(Loos.MESSAGES, language,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("import.source");
            assertThat(java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)+").matcher(help).results().map(found -> found.group()))
                    .as("import.source in %s", language).containsExactlyElementsOf(codes);
        }
    }
}
