package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French pages keep in step with the English ones they translate: the same sections (headings
 * of the same levels, in the same order and number), the same commands and code (every fenced
 * block, byte for byte, in the same order), and each links to the other. And no page of the
 * documentation links to a file the repository does not have.
 */
class FrenchPagesTest {

    /** Tests run in the examples module; the pages are under the repository's root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern HEADING = Pattern.compile("^(#+) ");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```[^\\n]*\\n.*?^```$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static String read(String page) throws IOException {
        return Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
    }

    /** The levels of a page's headings, in order, outside its fenced blocks. */
    static List<Integer> headingLevels(String page) {
        List<Integer> levels = new ArrayList<>();
        boolean fenced = false;
        for (String line : page.lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                Matcher heading = HEADING.matcher(line);
                if (heading.find()) {
                    levels.add(heading.group(1).length());
                }
            }
        }
        return levels;
    }

    /** A page's fenced blocks, fences and language included, in order. */
    static List<String> blocks(String page) {
        List<String> blocks = new ArrayList<>();
        Matcher block = FENCE.matcher(page);
        while (block.find()) {
            blocks.add(block.group());
        }
        return blocks;
    }

    @ParameterizedTest(name = "{1} translates {0}")
    @CsvSource({"README.md, README.fr.md", "docs/getting-started.md, docs/fr/getting-started.md",
            "docs/command-line.md, docs/fr/command-line.md",
            "docs/town-desk.md, docs/fr/town-desk.md"})
    void the_french_page_has_the_sections_and_commands_of_the_english_one(String english, String french) throws IOException {
        String en = read(english);
        String fr = read(french);

        assertThat(headingLevels(fr)).as("the levels of the headings of %s, in order, as in %s", french, english)
                .isEqualTo(headingLevels(en));
        assertThat(blocks(fr)).as("the commands and code of %s, as in %s", french, english).isEqualTo(blocks(en));
        assertThat(blocks(en)).as("the fenced blocks of " + english).isNotEmpty();
        assertThat(en).as("%s links to its French version", english)
                .contains("](" + ROOT.resolve(english).getParent().relativize(ROOT.resolve(french)) + ")");
        assertThat(fr).as("%s links to its English version", french)
                .contains("](" + ROOT.resolve(french).getParent().relativize(ROOT.resolve(english)) + ")");
    }

    @Test
    void every_relative_link_of_the_documentation_names_a_file_of_the_repository() throws IOException {
        List<Path> pages;
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            pages = docs.filter(path -> path.toString().endsWith(".md")).collect(Collectors.toCollection(ArrayList::new));
        }
        pages.add(ROOT.resolve("README.md"));
        pages.add(ROOT.resolve("README.fr.md"));
        pages.add(ROOT.resolve("CHANGELOG.md"));
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains(":")) {
                    continue; // https:, mailto:
                }
                Path file = page.getParent().resolve(target).normalize();
                if (!Files.exists(file)) {
                    broken.add(ROOT.relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files the repository does not have").isEmpty();
    }
}
