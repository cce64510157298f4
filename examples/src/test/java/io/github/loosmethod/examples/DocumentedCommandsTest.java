package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The commands of the example programs' page ({@code docs/example-programs.md}, which the README
 * links) run as a new user runs them: from the root of a fresh clone, so every file they name must
 * be committed.
 */
class DocumentedCommandsTest {

    /** Tests run in the examples module; the page's commands run from the repository's root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern COMMAND = Pattern.compile("exec:java@([\\w-]+)(?: -Dexec\\.args=\"([^\"]*)\")?");

    @FunctionalInterface
    private interface Program {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    private static final Map<String, Program> PROGRAMS = Map.of("refusals", Refusals::run, "municipal", MunicipalProjectWalkthrough::run,
            "scdl-export", ScdlPublication::run, "decidim-import", DecidimResultsImport::run);

    /** What each documented command shows: all are clean. */
    private static final Map<String, Integer> STATUS = Map.of("refusals", 0, "municipal", 0, "scdl-export", 0, "decidim-import", 0);

    private static String examplePrograms() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/example-programs.md"));
        assertThat(page).startsWith("# Example programs\n");
        return page;
    }

    @Test
    void every_documented_command_runs_on_the_files_of_a_fresh_clone() throws Exception {
        Matcher command = COMMAND.matcher(examplePrograms());
        List<String> seen = new ArrayList<>();
        while (command.find()) {
            String id = command.group(1);
            seen.add(id);
            assertThat(Files.readString(ROOT.resolve("examples/pom.xml"))).contains("<id>" + id + "</id>");
            List<String> args = new ArrayList<>();
            if (command.group(2) != null) {
                for (String arg : command.group(2).split(" +")) {
                    if (arg.startsWith("-")) {
                        args.add(arg);
                    } else {
                        Path file = ROOT.resolve(arg);
                        assertThat(file).as(command.group()).exists();
                        args.add(file.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = PROGRAMS.get(id).run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as(command.group() + "\n" + err.toString(StandardCharsets.UTF_8)).isEqualTo(STATUS.get(id));
            assertThat(out.size()).as(command.group()).isPositive();
        }
        assertThat(seen).containsExactlyInAnyOrder("refusals", "municipal", "scdl-export", "decidim-import");
    }
}
