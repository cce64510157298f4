package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.validation.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The versioning page ({@code docs/versioning.md}) says the numbers of the code: the format versions
 * written and read ({@link Schemas#CURRENT_VERSION}, {@link Schemas#OLDEST_VERSION}), the rule
 * catalogue's ({@link Rule#CATALOGUE_VERSION}) and the rules each catalogue version introduced
 * ({@link Rule#since()}), the library's version, and the Jackson versions the build uses and CI
 * tests ({@code pom.xml}, {@code jackson3/pom.xml}, {@code .ci/run}).
 */
class VersioningPageTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String page() throws IOException {
        return Files.readString(ROOT.resolve("docs/versioning.md"), StandardCharsets.UTF_8);
    }

    /** The cells of the row of a table whose second cell is {@code key}. */
    private static List<String> row(String page, String key) {
        Matcher row = Pattern.compile("(?m)^\\| [^|]+ \\| " + Pattern.quote(key) + " \\| ([^|]+) \\|").matcher(page);
        assertThat(row.find()).as("the row of " + key).isTrue();
        return List.of(row.group(1).strip());
    }

    private static String property(String pom, String name) throws IOException {
        Matcher value = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(Files.readString(ROOT.resolve(pom)));
        assertThat(value.find()).as(name + " in " + pom).isTrue();
        return value.group(1);
    }

    @Test
    void the_page_states_the_versions_of_the_code() throws IOException {
        String page = page();
        assertThat(row(page, "`Schemas.CURRENT_VERSION`")).containsExactly(String.valueOf(Schemas.CURRENT_VERSION));
        assertThat(row(page, "`Schemas.OLDEST_VERSION`")).containsExactly(String.valueOf(Schemas.OLDEST_VERSION));
        assertThat(row(page, "`Rule.CATALOGUE_VERSION`")).containsExactly(String.valueOf(Rule.CATALOGUE_VERSION));
        String release = property("pom.xml", "version").replace("-SNAPSHOT", "");
        assertThat(row(page, "the Maven version").get(0)).startsWith(release + " ");
        assertThat(page).contains("`\"formatVersion\": " + Schemas.CURRENT_VERSION + "`");
    }

    @Test
    void the_rules_of_each_catalogue_version_are_those_of_the_code() throws IOException {
        StringBuilder expected = new StringBuilder("| catalogue version | rules it introduced |\n|---|---|\n");
        for (int version = 1; version <= Rule.CATALOGUE_VERSION; version++) {
            int v = version;
            expected.append("| ").append(version).append(" | ")
                    .append(Arrays.stream(Rule.values()).filter(rule -> rule.since() == v).map(Rule::id).collect(Collectors.joining(" ")))
                    .append(" |\n");
        }
        String page = page();
        String begin = "<!-- rules by catalogue version: generated from Rule.since(); see VersioningPageTest -->\n";
        int from = page.indexOf(begin);
        int to = page.indexOf("<!-- end of the rules by catalogue version -->");
        assertThat(from).isNotNegative();
        assertThat(page.substring(from + begin.length(), to)).isEqualTo(expected.toString());
    }

    @Test
    void the_jackson_versions_are_those_the_build_uses_and_ci_tests() throws IOException {
        String page = page();
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        List<String> tested = new ArrayList<>();
        Matcher version = Pattern.compile("-Djackson\\.version=([0-9.]+)").matcher(ci);
        while (version.find()) {
            tested.add(version.group(1));
        }
        assertThat(tested).as("the Jackson 2 versions .ci/run tests").isNotEmpty();
        for (String v : tested) {
            assertThat(page).contains("**" + v + "**");
        }
        assertThat(page).contains("the build's **" + property("pom.xml", "jackson.version") + "**");
        assertThat(page).contains("`tools.jackson` **" + property("jackson3/pom.xml", "jackson3.version") + "**");
    }
}
