package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.Checked;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testing.JavadocExamples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code examples of the Javadoc of serialization, of the Jackson 3 backend and of core's interchange
 * package (which need a backend), compiled and run here; the first test checks that each example of their
 * Javadoc is a copy of code below.
 */
class JavadocExamplesTest {

    private static final Path THIS = Path.of("src/test/java/io/github/loosmethod/serialization/JavadocExamplesTest.java");

    private final Initiative initiative = StreetFlowerBoxes.agreed();
    private final List<Initiative> stored = new ArrayList<>();

    @Test
    void every_example_of_the_javadoc_is_code_of_this_test() throws IOException {
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../jackson3/src/main/java"),
                Path.of("../core/src/main/java/io/github/loosmethod/interchange"))) {
            assertThat(JavadocExamples.untested(sources, THIS)).as("examples of %s not in %s", sources, THIS).isEmpty();
        }
        for (String overview : List.of("src/main/java/io/github/loosmethod/serialization/package-info.java",
                "../jackson3/src/main/java/io/github/loosmethod/jackson3/package-info.java",
                "../core/src/main/java/io/github/loosmethod/interchange/package-info.java")) {
            assertThat(JavadocExamples.count(Path.of(overview))).as("examples of %s", overview).isPositive();
        }
    }

    // io.github.loosmethod.interchange: Interchange, and the package
    @Test
    void a_document_written_read_and_refused() {
        List<String> problems = new ArrayList<>();

        Interchange json = LoosJson.strict();                     // Jackson 2; io.github.loosmethod.jackson3.LoosJson on Jackson 3
        String document = json.writeAsString(initiative);         // canonical, starts with "formatVersion": 2
        Initiative same = json.read(document, Initiative.class);  // strict: unknown fields, broken rules… refused
        try {
            json.read("{\"formatVersion\":2,\"id\":\"\"}", Initiative.class);
        } catch (InterchangeException refused) {
            refused.problems().forEach(problem -> problems.add(problem.pointer() + ": " + problem.message(Locale.FRENCH)));
        }

        assertThat(same).isEqualTo(initiative);
        assertThat(problems).contains("/territory: est obligatoire", "/title: est obligatoire");
    }

    // io.github.loosmethod.interchange: portfolios
    @Test
    void a_portfolio_written_and_read_as_json_lines() throws IOException {
        Interchange json = LoosJson.strict();
        List<InterchangeException> bad = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Initiative> initiatives = List.of(initiative, StreetFlowerBoxes.closed());

        try (PortfolioWriter writer = json.portfolioWriter(out)) {
            initiatives.forEach(writer::write);                   // one line per initiative
        }
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        try (PortfolioReader portfolio = json.portfolioReader(in, OnBadLine.collectAndContinue(bad::add))) {
            PortfolioIndicators indicators = PortfolioIndicators.of(portfolio, List.of());   // streamed, constant memory
            System.out.println(indicators.countByStatus());
        }
        assertThat(bad).isEmpty();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    // io.github.loosmethod.interchange: Checked
    @Test
    void a_draft_read_with_its_report() {
        byte[] bytes = LoosJson.strict().write(StreetFlowerBoxes.draft());
        Locale locale = Locale.FRENCH;

        Checked<Initiative> draft = LoosJson.strict().readChecked(bytes, Initiative.class);
        store(draft.value());
        draft.report().errors().forEach(v -> show(v.ruleId(), v.path(), v.message(locale)));

        assertThat(stored).containsExactly(StreetFlowerBoxes.draft());
    }

    private void store(Initiative value) {
        stored.add(value);
    }

    private static void show(String ruleId, String path, String message) {
        System.out.println(ruleId + " " + path + ": " + message);
    }

    // io.github.loosmethod.serialization: LoosJson, and the package
    @Test
    void loos_json_on_jackson_2() {
        LoosJson json = LoosJson.strict();
        byte[] document = json.write(initiative);                 // UTF-8, canonical
        Initiative same = json.readInitiative(document);          // strict: refuses unknown fields, bad UTF-8, broken rules…
        assertThat(same).isEqualTo(initiative);
        assertThat(new String(document, StandardCharsets.UTF_8)).startsWith("{\"formatVersion\":2");
    }

    // io.github.loosmethod.serialization: LoosMethodModule
    @Test
    void the_module_in_a_jackson_2_mapper() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());   // or findAndRegisterModules()
        String text = mapper.writeValueAsString(initiative);
        Initiative back = mapper.readValue(text, Initiative.class);
        LoosJson.strict().check(back);                            // the rules of the method and the read limits too
        assertThat(back).isEqualTo(initiative);
    }

    // io.github.loosmethod.jackson3: LoosJson, and the package
    @Test
    void loos_json_on_jackson_3() {
        io.github.loosmethod.jackson3.LoosJson json = io.github.loosmethod.jackson3.LoosJson.strict();
        byte[] document = json.write(initiative);                 // the same bytes as the Jackson 2 backend
        Initiative same = json.readInitiative(document);
        assertThat(same).isEqualTo(initiative);
        assertThat(document).isEqualTo(LoosJson.strict().write(initiative));
    }

    // io.github.loosmethod.jackson3: LoosMethodModule
    @Test
    void the_module_in_a_jackson_3_mapper() {
        // Jackson 3's databind needs the 2.20+ annotations, which .ci/run's run on the Jackson 2 floor (2.17) replaces.
        assumeTrue(present("com.fasterxml.jackson.annotation.JsonSerializeAs"), "Jackson 3 databind needs jackson-annotations 2.20+");
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new io.github.loosmethod.jackson3.LoosMethodModule())   // or findAndAddModules()
                .build();
        String text = mapper.writeValueAsString(initiative);
        Initiative back = mapper.readValue(text, Initiative.class);
        io.github.loosmethod.jackson3.LoosJson.strict().check(back);
        assertThat(back).isEqualTo(initiative);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JavadocExamplesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
