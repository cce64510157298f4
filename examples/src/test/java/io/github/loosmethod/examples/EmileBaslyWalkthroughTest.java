package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmileBaslyWalkthroughTest {

    private static String run(Locale locale) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new EmileBaslyWalkthrough(new PrintStream(buffer, true, StandardCharsets.UTF_8), locale).run();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_walkthrough_tells_the_whole_case_in_english() {
        String output = run(Locale.ENGLISH);

        assertThat(output).contains("Greening the École Émile-Basly playground", "INSEE 62528")
                .contains("== Involvement plan", "implementation", "5. co-production")
                .contains("== Lifecycle", "submit", "Pascale Eslan", "close")
                .contains("== Convention FF-2022-03", "Break and remove the asphalt", "equipment loan")
                .contains("== Contributions", "120 hours")
                .contains("== Evaluation: Ch'ti TAIDx", "narrative session", "Lesson: ", "Negative externality: ")
                .contains("== Scorecard", "durability", "66.67/100", "overall", "86.67/100", "5/6 criteria assessed")
                .contains("No violation");
        assertThat(output.lines().filter(l -> l.startsWith("  20")).count()).isEqualTo(12);
    }

    /**
     * The cells of a line as code point spans {start, end}: a cell starts after the indent or after
     * two spaces or more, so a single space stays inside a cell.
     */
    private static List<int[]> cells(String line) {
        List<int[]> cells = new ArrayList<>();
        int[] points = line.codePoints().toArray();
        int i = 0;
        while (i < points.length) {
            while (i < points.length && points[i] == ' ') {
                i++;
            }
            int start = i;
            while (i < points.length && !(points[i] == ' ' && (i + 1 == points.length || points[i + 1] == ' '))) {
                i++;
            }
            if (i > start) {
                cells.add(new int[] {start, i});
            }
        }
        return cells;
    }

    /** The lines of a section, from its heading to the next blank line, the heading and rules left out. */
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

    @Test
    void the_french_tables_keep_their_columns_aligned() {
        String output = run(Locale.FRENCH);

        for (String heading : new String[] {"Plan d'implication", "Tableau de bord (principes de la méthode de Loos)"}) {
            List<String> table = section(output, heading);
            assertThat(table).as(heading).hasSizeGreaterThan(2);
            int columns = cells(table.get(0)).size();
            for (int column = 0; column < columns; column++) {
                Set<Integer> starts = new TreeSet<>();
                Set<Integer> ends = new TreeSet<>();
                for (String row : table) {
                    List<int[]> cells = cells(row);
                    assertThat(cells).as(heading + ": " + row).hasSize(columns);
                    starts.add(cells.get(column)[0]);
                    ends.add(cells.get(column)[1]);
                }
                // Words are aligned on their left edge, figures on their right edge.
                assertThat(starts.size() == 1 || ends.size() == 1).as(heading + ", column " + column + ": " + starts + " " + ends)
                        .isTrue();
            }
        }
    }

    @Test
    void the_walkthrough_speaks_french_on_request() {
        String output = run(Locale.FRENCH);

        assertThat(output).contains("== Plan d'implication", "pérennité", "== Cycle de vie", "déposer", "prêt de matériel",
                "Aucun manquement");
    }
}
