package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Lifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The French page of the lifecycles ({@code docs/fr/cycles-de-vie.md}) draws each kind's lifecycle
 * from the data, {@link Lifecycle#all()}, with the library's French labels of statuses, transitions
 * and kinds. A drift fails here; {@code -Dloos.regenerate=true} rewrites the diagrams.
 */
class FrenchLifecyclesTest {

    private static final Path PAGE = Path.of("..", "docs", "fr", "cycles-de-vie.md");
    private static final String BEGIN = "<!-- cycles de vie : générés depuis Lifecycle.all() ; voir FrenchLifecyclesTest -->\n";
    private static final String END = "<!-- fin des cycles de vie -->";

    /** One section per kind, in the order of the kinds: its French name, then a Mermaid state diagram in French. */
    static String lifecycles() {
        StringBuilder out = new StringBuilder();
        for (Lifecycle lifecycle : Lifecycle.all()) {
            String kind = lifecycle.kind().label(Locale.FRENCH);
            out.append("\n## ").append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1)).append(" (`")
                    .append(lifecycle.kind().name()).append("`)\n\n```mermaid\nstateDiagram-v2\n");
            for (InitiativeStatus status : lifecycle.statuses()) {
                out.append("    state \"").append(status.label(Locale.FRENCH)).append("\" as ").append(status.name()).append('\n');
            }
            out.append("    [*] --> ").append(InitiativeStatus.DRAFT.name()).append('\n');
            Set<String> arrows = new LinkedHashSet<>();
            for (Lifecycle.Step step : lifecycle.steps()) {
                arrows.add("    " + step.from().name() + " --> " + step.to().name() + " : " + step.transition().label(Locale.FRENCH) + "\n");
            }
            arrows.forEach(out::append);
            for (InitiativeStatus status : lifecycle.statuses()) {
                if (status.isTerminal()) {
                    out.append("    ").append(status.name()).append(" --> [*]\n");
                }
            }
            out.append("```\n");
        }
        return out.append('\n').toString();
    }

    @Test
    void the_french_diagrams_are_those_of_the_data() throws IOException {
        String expected = lifecycles();
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int from = page.indexOf(BEGIN);
        int to = page.indexOf(END);
        assertThat(from).as("the marker " + BEGIN.strip() + " in " + PAGE).isNotNegative();
        assertThat(to).isGreaterThan(from);
        String written = page.substring(from + BEGIN.length(), to);
        if (Boolean.getBoolean("loos.regenerate") && !written.equals(expected)) {
            Files.writeString(PAGE, page.substring(0, from + BEGIN.length()) + expected + page.substring(to), StandardCharsets.UTF_8);
            written = expected;
        }
        assertThat(written).as("the diagrams of " + PAGE + "; rewrite them with -Dloos.regenerate=true").isEqualTo(expected);
        assertThat(expected).doesNotContain("\"\"");
    }
}
