package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.validation.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The key of the source tags ({@code docs/sources.md}) explains every tag a reader meets: the source
 * of each rule ({@link Rule#source()}), the keys each evaluation catalogue cites
 * ({@link Catalogue#source()}), and the tags of the worked cases in the testkit's Javadoc, such as
 * {@code [VP-FF, RUEIL]}.
 */
class SourceKeysTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String BEGIN = "<!-- source keys:";
    private static final String END = "<!-- end of the source keys -->";
    private static final Pattern KEYS = Pattern.compile("^([A-Z][A-Z0-9-]*(?:, [A-Z][A-Z0-9-]*)*):");
    private static final Pattern TAG = Pattern.compile("\\[([A-Z][A-Z0-9-]+(?:, [A-Z][A-Z0-9-]+)*)\\]");

    /** The keys of the table of docs/sources.md, in its first column. */
    private static Set<String> documented() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/sources.md"), StandardCharsets.UTF_8);
        int from = page.indexOf(BEGIN);
        int to = page.indexOf(END);
        assertThat(from).as("the marker of the table of keys").isNotNegative();
        assertThat(to).isGreaterThan(from);
        Set<String> keys = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(page.substring(from, to));
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }

    /** Every key the code and the worked cases name. */
    private static Set<String> cited() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            keys.addAll(Arrays.asList(rule.source().split(", ")));
        }
        for (Catalogue catalogue : Catalogue.values()) {
            Matcher prefix = KEYS.matcher(catalogue.source());
            if (prefix.find()) {
                keys.addAll(Arrays.asList(prefix.group(1).split(", ")));
            }
        }
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("testkit/src/main/java"))) {
            files.filter(path -> path.toString().endsWith(".java")).forEach(cases::add);
        }
        for (Path file : cases) {
            Matcher tag = TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (tag.find()) {
                keys.addAll(Arrays.asList(tag.group(1).split(", ")));
            }
        }
        return keys;
    }

    @Test
    void every_source_the_code_cites_has_its_key_in_the_documentation() throws IOException {
        Set<String> cited = cited();
        assertThat(cited).as("the keys the code cites").contains("VP-FF", "RUEIL", "model", "FDT-EVAL");
        assertThat(documented()).as("the keys of docs/sources.md").containsAll(cited);
    }
}
