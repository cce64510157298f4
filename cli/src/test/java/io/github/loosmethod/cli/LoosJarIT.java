package io.github.loosmethod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the build produces, run as a separate process as a town's data team or another
 * platform's CI runs it: each command on clean input, bad input, a missing file, {@code --help},
 * {@code --lang fr} and stdin, with its exit status; the progress bar under a terminal (tmux) and
 * none without one; and the examples of the command line's page ({@code docs/command-line.md}, which
 * the README links), whose output must be what the page shows.
 */
class LoosJarIT {

    private static final Path JAR = Path.of(System.getProperty("loos.jar", "target/loos.jar")).toAbsolutePath();
    /** The repository's root: the tests run in the cli module. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXAMPLES = ROOT.resolve("docs/examples").toString();
    private static final String TOWN = "--territory=62528 --territory-name=Loos-en-Gohelle";

    /** What a process printed and returned. */
    record Run(int status, String out, String err) {
    }

    private static Run loos(byte[] stdin, Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // The command may end without reading its input (--help): nothing to give it then.
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("loos %s ended", String.join(" ", args)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Run loos(Path folder, String... args) throws Exception {
        return loos(new byte[0], folder, args);
    }

    private static String example(String name) {
        return EXAMPLES + "/" + name;
    }

    private static String[] args(String line) {
        return line.trim().split(" +");
    }

    @Test
    void the_jar_runs_with_no_class_path_of_its_own(@TempDir Path folder) throws Exception {
        Run version = loos(folder, "--version");
        Run nothing = loos(folder);
        Run unknown = loos(folder, "frobnicate");

        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("loos ").contains("interchange format 2");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("Usage: loos ").contains("validate", "report", "crosswalk", "import", "export", "convert",
                "schema", "generate-completion");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines()).first().asString().startsWith("loos: error: unknown command 'frobnicate'; the commands: validate, ");
        assertThat(version.err() + nothing.out() + unknown.out()).isEmpty();
    }

    @Test
    void every_command_prints_its_help_in_english_or_french_and_exits_0(@TempDir Path folder) throws Exception {
        for (String command : List.of("validate", "report", "crosswalk", "import", "export", "convert", "schema", "generate-completion")) {
            Run english = loos(folder, command, "--help");
            assertThat(english.status()).as(command).isZero();
            assertThat(english.out()).as(command).startsWith("Usage: loos " + command);
            assertThat(english.err()).as(command).isEmpty();
            if (!command.equals("generate-completion")) {
                Run french = loos(folder, "--lang", "fr", command, "--help");
                assertThat(french.out()).as(command).startsWith("Utilisation : loos " + command).contains("Code de sortie");
            }
        }
    }

    @Test
    void validate_clean_bad_missing_french_and_stdin(@TempDir Path folder) throws Exception {
        Run clean = loos(folder, "validate", example("flower-boxes-agreed.json"), example("portfolio.jsonl"));
        Run bad = loos(folder, "validate", example("portfolio-with-problems.jsonl"));
        Run json = loos(folder, "validate", "--format", "json", example("portfolio-with-problems.jsonl"));
        Run missing = loos(folder, "validate", "missing.json");
        Run french = loos(folder, "validate", "--lang", "fr", example("portfolio-with-problems.jsonl"));
        Run stdin = loos(Files.readAllBytes(Path.of(example("portfolio-with-problems.jsonl"))), folder, "validate", "-");

        assertThat(clean.status()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).isEqualTo("2 file(s) checked, 0 could not be read, 61 document(s) or line(s), 0 refused, 0 problem(s)\n");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out().lines()).containsExactly(
                example("portfolio-with-problems.jsonl") + ":2: /purpose/generalInterest [R2] The purpose does not say why the initiative "
                        + "serves the general interest.",
                example("portfolio-with-problems.jsonl") + ":3: /kind unknown code \"municipal\"; expected one of: fifty_fifty, "
                        + "municipal_project, citizen_led, co_constructed_policy");
        assertThat(json.out().lines()).hasSize(2).first().asString().startsWith("{\"file\":\"" + example("portfolio-with-problems.jsonl")
                + "\",\"line\":2,\"pointer\":\"/purpose/generalInterest\",\"rule\":\"R2\",\"message\":\"The purpose");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("loos: no such file: missing.json\n");
        assertThat(french.out()).contains("[R2] L'objet ne dit pas en quoi l'initiative sert l'intérêt général.");
        assertThat(french.err()).contains("1 fichier(s) vérifié(s)");
        assertThat(stdin.status()).isEqualTo(1);
        assertThat(stdin.out().lines()).hasSize(2).allMatch(line -> line.startsWith("-:"));
    }

    @Test
    void report_clean_bad_missing_french_stdin_and_its_formats(@TempDir Path folder) throws Exception {
        Run clean = loos(folder, "report", example("portfolio.jsonl"));
        Run csv = loos(folder, "report", "--format", "csv", example("portfolio.jsonl"));
        Run json = loos(folder, "report", "--format=json", example("portfolio.jsonl"));
        Run bad = loos(folder, "report", example("portfolio-with-problems.jsonl"));
        Run missing = loos(folder, "report", "missing.jsonl");
        Run french = loos(folder, "report", "--lang", "fr", example("portfolio.jsonl"));
        Run stdin = loos(Files.readAllBytes(Path.of(example("portfolio.jsonl"))), folder, "report", "--format", "csv", "-");

        assertThat(clean.status()).isZero();
        assertThat(clean.out()).contains("== Totals", "== Towns compared", "Loos-en-Gohelle (62528)");
        assertThat(clean.out().lines()).anyMatch(line -> line.matches(" +initiatives +60"));
        assertThat(csv.out().lines()).first().isEqualTo("table,row,column,value");
        assertThat(csv.out().lines()).contains("totals,initiatives,count,60");
        assertThat(json.out()).startsWith("{\"source\":\"" + example("portfolio.jsonl") + "\",\"tables\":[{\"id\":\"totals\"")
                .contains("[\"initiatives\",60]");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err().lines()).hasSize(2).allMatch(line -> line.startsWith(example("portfolio-with-problems.jsonl") + ":"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("loos: no such file: missing.jsonl\n");
        assertThat(french.out()).contains("== Communes comparées");
        assertThat(stdin.out()).isEqualTo(csv.out());
    }

    @Test
    void crosswalk_clean_bad_missing_french_stdin_and_a_windows_spreadsheet(@TempDir Path folder) throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.csv"), "initiative,title,phase,framework,level\nA-1,Square,design,iap2,colaborate\n");
        Path windows = Files.write(folder.resolve("windows.csv"), "initiative,title,phase,framework,level\r\nA-1,Fête,design,iap2,involve\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        Run clean = loos(folder, "crosswalk", example("recorded.csv"));
        Run wrong = loos(folder, "crosswalk", bad.toString());
        Run missing = loos(folder, "crosswalk", "missing.csv");
        Run french = loos(folder, "crosswalk", "--lang", "fr", example("recorded.csv"));
        Run stdin = loos(Files.readAllBytes(Path.of(example("recorded.csv"))), folder, "crosswalk", "-");
        Run undeclared = loos(folder, "crosswalk", windows.toString());
        Run declared = loos(folder, "crosswalk", "--charset", "windows-1252", windows.toString());

        assertThat(clean.status()).isZero();
        assertThat(clean.out()).contains("? co-construction or co-production", "decided: 5");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains(bad + ":2: column 5 (level): unknown level \"colaborate\"");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(french.out()).contains("décidés : 5");
        assertThat(stdin.out()).isEqualTo(clean.out().replace(example("recorded.csv"), "-"));
        assertThat(undeclared.status()).isEqualTo(2);
        assertThat(undeclared.err()).startsWith(windows + ":2: not UTF-8 (byte 0xEA)");
        assertThat(declared.status()).isZero();
        assertThat(declared.out()).contains("A-1 Fête");
    }

    @Test
    void import_clean_bad_missing_french_and_stdin_with_the_loss_report_beside(@TempDir Path folder) throws Exception {
        String results = example("decidim-results.csv");
        List<String> lines = Files.readAllLines(Path.of(results));
        Path ragged = Files.write(folder.resolve("ragged.csv"), List.of(lines.get(0), lines.get(1), lines.get(2) + ";extra"));
        String context = TOWN + " --deciding-body=Conseil --stand-in=Habitants";

        Run clean = loos(folder, args("import decidim-results " + results + " -o clean.jsonl " + context));
        Run bad = loos(folder, args("import decidim-results " + ragged + " -o bad.jsonl " + context));
        Run missing = loos(folder, args("import decidim-results missing.csv -o missing.jsonl " + context));
        Run french = loos(folder, args("import --lang fr decidim-results " + results + " -o french.jsonl " + context));
        Run stdin = loos(Files.readAllBytes(Path.of(results)), folder, args("import decidim-results - -o stdin.jsonl " + context));
        Run noTown = loos(folder, "import", "decidim-results", results, "-o", "x.jsonl");

        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(clean.out()).startsWith(results + ": 3 record(s) read, 3 built, 0 refused");
        assertThat(ids(folder.resolve("clean.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(folder.resolve("clean.losses.jsonl"))).last().asString().startsWith("{\"kind\":\"summary\",\"records\":3,");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("2 record(s) read, 1 built, 1 refused");
        assertThat(Files.readString(folder.resolve("bad.losses.jsonl"))).contains("\"line\":3", "refused_record");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("loos: no such file: missing.csv\n");
        assertThat(folder.resolve("missing.jsonl")).doesNotExist();
        assertThat(french.out()).contains("3 fiche(s) lue(s), 3 construite(s)");
        assertThat(stdin.status()).isZero();
        assertThat(ids(folder.resolve("stdin.jsonl"))).isEqualTo(ids(folder.resolve("clean.jsonl")));
        assertThat(noTown.status()).isEqualTo(2);
        assertThat(noTown.err()).startsWith("loos: error: Missing required options: '--territory=INSEE', '--territory-name=NAME'");
    }

    @Test
    void export_clean_bad_missing_and_stdin_written_whole_or_not_at_all(@TempDir Path folder) throws Exception {
        String siret = " --siret=21620528600018";
        Run clean = loos(folder, args("export scdl-deliberations " + example("portfolio.jsonl") + " -o deliberations.csv " + TOWN + siret));
        Run bad = loos(folder, args("export scdl-subventions " + example("portfolio-with-problems.jsonl") + " -o bad.csv " + TOWN + siret));
        Run missing = loos(folder, args("export scdl-subventions missing.jsonl -o missing.csv " + TOWN + siret));
        Run badSiret = loos(folder, args("export scdl-subventions " + example("portfolio.jsonl") + " -o x.csv " + TOWN + " --siret=123"));
        Run stdin = loos(Files.readAllBytes(Path.of(example("portfolio.jsonl"))), folder,
                args("export --lang fr scdl-deliberations - -o stdin.csv " + TOWN + siret));

        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(Files.readAllLines(folder.resolve("deliberations.csv")).get(0)).startsWith("COLL_NOM,COLL_SIRET,DELIB_ID,");
        assertThat(folder.resolve("deliberations.losses.jsonl")).exists();
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains(":2: /purpose/generalInterest [R2]", "nothing written");
        assertThat(folder.resolve("bad.csv")).doesNotExist();
        assertThat(folder.resolve("bad.losses.jsonl")).doesNotExist();
        assertThat(missing.status()).isEqualTo(2);
        assertThat(badSiret.status()).isEqualTo(2);
        assertThat(badSiret.err()).isEqualTo("loos: --siret: must be 14 digits\n");
        assertThat(stdin.status()).isZero();
        assertThat(stdin.out()).contains("initiative(s) lue(s)");
        assertThat(Files.readString(folder.resolve("stdin.csv"))).isEqualTo(Files.readString(folder.resolve("deliberations.csv")));
    }

    @Test
    void convert_a_version_1_document_and_portfolio_and_refuse_what_does_not_read(@TempDir Path folder) throws Exception {
        Path v1 = resource("initiative-v1.json");
        Path portfolio = resource("portfolio-v1.jsonl");

        Run document = loos(folder, "convert", v1.toString());
        Run file = loos(folder, "convert", portfolio.toString(), "-o", "v2.jsonl");
        Run stdin = loos(Files.readAllBytes(portfolio), folder, "convert", "-");
        Run bad = loos(folder, "convert", example("portfolio-with-problems.jsonl"), "-o", "bad.jsonl");
        Run missing = loos(folder, "convert", "missing.json");
        Run french = loos(folder, "convert", "--lang", "fr", example("portfolio-with-problems.jsonl"), "-o", "bad.jsonl");

        assertThat(document.status()).as(document.err()).isZero();
        assertThat(document.out()).startsWith("{\"formatVersion\":2,");
        assertThat(LoosJson.strict().readInitiative(document.out().strip().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(LoosJson.strict().readInitiative(Files.readAllBytes(v1)));
        assertThat(file.status()).isZero();
        assertThat(Files.readAllLines(folder.resolve("v2.jsonl"))).allMatch(line -> line.startsWith("{\"formatVersion\":2,"))
                .hasSize((int) Files.lines(portfolio).count());
        assertThat(stdin.out()).isEqualTo(Files.readString(folder.resolve("v2.jsonl")));
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains(":2: /purpose/generalInterest [R2]").endsWith("nothing written: 2 refused\n");
        assertThat(folder.resolve("bad.jsonl")).doesNotExist();
        assertThat(missing.status()).isEqualTo(2);
        assertThat(french.err()).contains("L'objet ne dit pas").endsWith("rien d'écrit : 2 refusé(s)\n");
    }

    @Test
    void schema_prints_each_published_version_and_refuses_another(@TempDir Path folder) throws Exception {
        Run current = loos(folder, "schema");
        Run first = loos(folder, "schema", "--version", "1");
        Run none = loos(folder, "schema", "--version", "9");
        Run french = loos(folder, "schema", "--lang", "fr", "--version", "9");

        try (InputStream schema = io.github.loosmethod.interchange.Schemas.open()) {
            assertThat(current.out()).isEqualTo(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(first.out()).contains("loos-method-v1");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("loos: no schema of format version 9: this library has versions 1 to 2\n");
        assertThat(french.err()).isEqualTo("loos: pas de schéma de la version 9 du format : cette bibliothèque a les versions 1 à 2\n");
    }

    @Test
    void the_completion_script_names_every_command(@TempDir Path folder) throws Exception {
        Run script = loos(folder, "generate-completion");

        assertThat(script.status()).isZero();
        assertThat(script.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_loos", "validate", "scdl-subventions");
    }

    /** A portfolio large enough that validating it takes a few seconds, so that the bar is drawn. */
    private static Path largePortfolio(Path folder) throws IOException {
        Path file = folder.resolve("large.jsonl");
        byte[] sample = Files.readAllBytes(Path.of(example("portfolio.jsonl")));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 2_000; i++) {
                out.write(sample);
            }
        }
        return file;
    }

    @Test
    void a_progress_bar_is_drawn_on_a_terminal_and_none_in_a_pipe(@TempDir Path folder) throws Exception {
        Path large = largePortfolio(folder);
        Path raw = folder.resolve("terminal.raw");
        Path done = folder.resolve("done");
        String session = "loos-it-" + ProcessHandle.current().pid();
        // The command waits for the pane's recording to start before it runs.
        String script = "sleep 1; java -jar " + JAR + " validate " + large + " > /dev/null; echo $? > " + done;
        run("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "10", "sh", "-c", script);
        try {
            run("tmux", "pipe-pane", "-o", "-t", session, "cat > " + raw);
            for (int i = 0; i < 600 && !Files.exists(done); i++) {
                Thread.sleep(200);
            }
        } finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(done).exists();
        assertThat(Files.readString(done).strip()).isEqualTo("0");
        String terminal = Files.readString(raw, StandardCharsets.UTF_8);
        Matcher bar = Pattern.compile("large\\.jsonl \\[#*\\.*\\] +\\d+%  [0-9.]+ MiB/s  ETA \\d:\\d\\d:\\d\\d  [0-9,]+ records").matcher(terminal);
        assertThat(bar.find()).as(terminal).isTrue();
        // The bar is erased before the summary: the line is wiped (\r, then erase to its end) and the summary follows.
        assertThat(terminal).containsPattern("records  [0-9,]+/s\r\u001B\\[K1 file\\(s\\) checked");

        Run piped = loos(folder, "validate", large.toString());
        assertThat(piped.status()).isZero();
        assertThat(piped.err()).isEqualTo("1 file(s) checked, 0 could not be read, 120000 document(s) or line(s), 0 refused, 0 problem(s)\n");
    }

    @Test
    void the_command_line_page_shows_what_the_commands_print(@TempDir Path folder) throws Exception {
        String section = Files.readString(ROOT.resolve("docs/command-line.md"));
        assertThat(section).startsWith("# Command line\n");
        String console = section.substring(section.indexOf("```console\n") + "```console\n".length());
        console = console.substring(0, console.indexOf("```"));
        Files.createSymbolicLink(folder.resolve("docs"), ROOT.resolve("docs"));
        List<String> lines = console.lines().toList();
        int shown = 0;
        Run last = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(line).as("a command of docs/command-line.md").startsWith("$ ");
            List<String> expected = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                expected.add(lines.get(++i));
            }
            if (line.equals("$ echo $?")) {
                assertThat(String.valueOf(last.status())).isEqualTo(expected.get(0));
                continue;
            }
            Matcher head = Pattern.compile(" \\| head -(\\d+)$").matcher(line);
            boolean cut = head.find();
            String command = cut ? line.substring(0, head.start()) : line;
            assertThat(command).startsWith("$ java -jar cli/target/loos.jar ");
            last = loos(folder, shell(command.substring("$ java -jar cli/target/loos.jar ".length())));
            List<String> printed = (last.out() + last.err()).lines().toList();
            assertThat(cut ? printed.subList(0, Integer.parseInt(head.group(1))) : printed).as(line).isEqualTo(expected);
            shown++;
        }
        assertThat(shown).isEqualTo(3);
    }

    /** Splits a command line as a shell would, for the page's simple quoting. */
    private static String[] shell(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words.toArray(new String[0]);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(LoosJarIT.class.getResource(name).toURI());
    }

    private static List<String> ids(Path portfolio) throws IOException {
        List<String> ids = new ArrayList<>();
        try (PortfolioReader reader = LoosJson.strict().portfolioReader(Files.newInputStream(portfolio), OnBadLine.stop())) {
            reader.forEachRemaining(initiative -> ids.add(initiative.id()));
        }
        return ids;
    }
}
