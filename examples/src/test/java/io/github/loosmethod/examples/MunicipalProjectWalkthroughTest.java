package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.cli.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The municipal project walkthrough prints the planned-versus-practised report row by row, with
 * the vocabulary's labels, aligned, in English and in French, and the one P1 warning its design
 * phase earns; its command line prints both languages by default and one on request.
 */
class MunicipalProjectWalkthroughTest {

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {
    }

    private static String account(Locale locale) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new MunicipalProjectWalkthrough(new PrintStream(buffer, true, StandardCharsets.UTF_8), locale).run();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MunicipalProjectWalkthrough.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of a section, from its heading to the next blank line, the heading and the rule under the header left out. */
    private static List<String> section(String output, String heading) {
        List<String> lines = output.lines().collect(Collectors.toList());
        int from = lines.indexOf("== " + heading) + 1;
        assertThat(from).as(heading).isPositive();
        List<String> section = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).isBlank(); i++) {
            if (!lines.get(i).strip().matches("-+")) {
                section.add(lines.get(i));
            }
        }
        return section;
    }

    /** The cells of a table's line: cells are apart by two spaces or more; an empty last cell is left out. */
    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" {2,}"));
    }

    /** The rows of a table, header first, as lists of cells. */
    private static List<List<String>> rows(String output, String heading) {
        return section(output, heading).stream().map(MunicipalProjectWalkthroughTest::cells).collect(Collectors.toList());
    }

    /** Every column of a table starts at one position (words) or ends at one (figures), in terminal columns. */
    private static void assertAligned(String output, String heading) {
        List<String> table = section(output, heading);
        int columns = cells(table.get(0)).size();
        for (int column = 0; column < columns; column++) {
            Set<Integer> starts = new TreeSet<>();
            Set<Integer> ends = new TreeSet<>();
            for (String row : table) {
                List<String> cells = cells(row);
                if (column >= cells.size()) {
                    continue;       // an empty last cell
                }
                // The cells in order, each found after the one before it: a cell's text may occur earlier in the row.
                int start = 0;
                for (int i = 0; i <= column; i++) {
                    start = row.indexOf(cells.get(i), i == 0 ? 0 : start + cells.get(i - 1).length());
                }
                starts.add(Table.width(row.substring(0, start)));
                ends.add(Table.width(row.substring(0, start + cells.get(column).length())));
            }
            assertThat(starts.size() == 1 || ends.size() == 1).as(heading + ", column " + column + ": " + starts + " " + ends).isTrue();
        }
    }

    @Test
    void the_english_account_shows_each_phase_planned_beside_practised_and_the_design_shortfall() {
        String output = account(Locale.ENGLISH);

        assertThat(rows(output, "Planned versus practised")).containsExactly(
                List.of("phase", "planned", "practised", "activities", "people", "who took part", "note"),
                List.of("diagnosis", "2. consultation", "2. consultation", "2", "246",
                        "residents, minors, elected officials, municipal services"),
                List.of("design", "4. co-construction", "3. concertation", "2", "46", "residents, associations",
                        "✗ below the plan (P1)"),
                List.of("decision", "3. concertation", "3. concertation", "1", "58", "residents, elected officials"),
                List.of("implementation", "1. information", "1. information", "1", "41", "residents"),
                List.of("evaluation", "2. consultation", "—", "0", "—", "—", "no activity recorded yet"));
        assertAligned(output, "Planned versus practised");
        assertThat(section(output, "Warnings of the rules of the method")).containsExactly(
                "  ⚠ P1 — Participation reaches the level the plan claims",
                "      The plan claims \"co-construction\" for the design phase, but its activities practised \"concertation\" at most.",
                "      where: involvementPlan.levels[DESIGN]");
    }

    @Test
    void the_english_account_tells_the_approval_and_every_step_to_the_closing() {
        String output = account(Locale.ENGLISH);

        assertThat(output).contains("== Redesign of the town-hall square — Loos-en-Gohelle (INSEE 62528)", "Kind: municipal project",
                "Carried by: Commune de Loos-en-Gohelle (municipality)", "Domains of the transition: biodiversity, mobility",
                "Decision: Conseil municipal de Loos-en-Gohelle, DCM 2024-014, accepted — 23 for, 2 against, 4 abstentions",
                "Status: closed");
        assertThat(rows(output, "Lifecycle").stream().map(row -> row.subList(1, 5)).collect(Collectors.toList())).containsExactly(
                List.of("operation", "from", "to", "who: why"),
                List.of("accept", "draft", "→", "accepted"),
                List.of("start the works", "accepted", "→", "in progress"),
                List.of("deliver", "in progress", "→", "delivered"),
                List.of("close", "delivered", "→", "closed"));
        assertThat(rows(output, "Participation activities")).hasSize(7).element(3)
                .isEqualTo(List.of("2023-11-18", "workshop", "design", "3. concertation", "27", "Three layouts discussed"));
        assertAligned(output, "Participation activities");
    }

    @Test
    void the_french_account_uses_the_french_labels_and_messages() {
        String output = account(Locale.FRENCH);

        assertThat(rows(output, "Implication annoncée et pratiquée")).containsExactly(
                List.of("phase", "annoncé", "pratiqué", "temps", "personnes", "qui a participé", "remarque"),
                List.of("diagnostic", "2. consultation", "2. consultation", "2", "246", "habitants, mineurs, élus, services municipaux"),
                List.of("conception", "4. co-construction", "3. concertation", "2", "46", "habitants, associations",
                        "✗ en deçà du plan (P1)"),
                List.of("décision", "3. concertation", "3. concertation", "1", "58", "habitants, élus"),
                List.of("réalisation", "1. information", "1. information", "1", "41", "habitants"),
                List.of("évaluation", "2. consultation", "—", "0", "—", "—", "aucun temps enregistré pour l'instant"));
        assertAligned(output, "Implication annoncée et pratiquée");
        assertThat(section(output, "Avertissements des règles de la méthode")).containsExactly(
                "  ⚠ P1 — La participation atteint le niveau annoncé",
                "      Le plan annonce « co-construction » pour la phase « conception », mais ses temps de participation ont pratiqué "
                        + "« concertation » au plus.",
                "      où : involvementPlan.levels[DESIGN]");
        assertThat(output).contains("Type : projet municipal", "23 pour, 2 contre, 4 abstentions", "État : clôturée", "commencer les travaux");
    }

    @Test
    void the_command_prints_both_languages_by_default_and_one_on_request() {
        Run both = command();
        Run french = command("--lang", "fr");
        Run english = command("--lang", "en");
        Run bad = command("--lang", "de");

        assertThat(both.status()).isZero();
        assertThat(both.out()).contains("== Planned versus practised", "== Implication annoncée et pratiquée");
        assertThat(both.out().indexOf("== Planned versus practised")).isLessThan(both.out().indexOf("== Implication annoncée"));
        assertThat(both.out()).isEqualTo(account(Locale.ENGLISH) + System.lineSeparator() + account(Locale.FRENCH));
        assertThat(french.status()).isZero();
        assertThat(french.out()).isEqualTo(account(Locale.FRENCH));
        assertThat(english.out()).isEqualTo(account(Locale.ENGLISH));
        assertThat(bad.status()).isEqualTo(Cli.USAGE);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("'de' is not a language");
    }

    @Test
    void the_help_says_that_both_languages_are_the_default() {
        // Without --lang the help follows the JVM's locale, like every program's: pinned here.
        Locale jvmLocale = Locale.getDefault();
        Run english;
        Run french;
        try {
            Locale.setDefault(Locale.ENGLISH);
            english = command("--help");
            french = command("--help", "--lang", "fr");
        } finally {
            Locale.setDefault(jvmLocale);
        }

        assertThat(english.status()).isZero();
        assertThat(english.out()).contains("Usage: MunicipalProjectWalkthrough", "(default: both, English");
        assertThat(french.out()).contains("Utilisation : MunicipalProjectWalkthrough", "(par défaut : les deux");
    }
}
