package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    @Test
    void the_walkthrough_speaks_french_on_request() {
        String output = run(Locale.FRENCH);

        assertThat(output).contains("== Plan d'implication", "pérennité", "== Cycle de vie", "déposer", "prêt de matériel",
                "Aucun manquement");
    }
}
