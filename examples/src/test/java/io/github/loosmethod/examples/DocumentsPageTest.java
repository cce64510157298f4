package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.commitment.ContributionReport;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.MineDeSoleil;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code docs/documents.md}, one of every kind of document, are what the library
 * writes for the worked cases of the testkit, and read back strictly as those records. A drift fails
 * here; {@code -Dloos.regenerate=true} rewrites the page's blocks.
 */
class DocumentsPageTest {

    private static final Path PAGE = Path.of("..", "docs", "documents.md");
    private static final LoosJson JSON = LoosJson.strict();
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Object LOCK = new Object();

    /** One example of the page: its marker's key, the type it is read as, the record it shows. */
    record Example(String key, Class<?> type, Supplier<Object> record) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Arguments> examples() {
        List<Initiative> closed = List.of(StreetFlowerBoxes.closed(), EmileBaslyPlayground.closed());
        return Stream.of(
                new Example("initiative", Initiative.class, LivingEnvironmentCharter::inForce),
                new Example("evaluation", Evaluation.class, EmileBaslyPlayground::narrativeEvaluation),
                new Example("portfolio", List.class, () -> List.of(StreetFlowerBoxes.draft(), MineDeSoleil.draft())),
                new Example("validation-report", ValidationReport.class, () -> StreetFlowerBoxes.draft().validate()),
                new Example("contribution-report", ContributionReport.class, () -> StreetFlowerBoxes.convention().contributions()),
                new Example("scorecard", Scorecard.class, () -> EmileBaslyPlayground.narrativeEvaluation().scorecard()),
                new Example("portfolio-indicators", PortfolioIndicators.class,
                        () -> PortfolioIndicators.of(closed, List.of(EmileBaslyPlayground.narrativeEvaluation()))))
                .map(Arguments::of);
    }

    /** What the page shows of a record: the library's bytes pretty-printed, or a portfolio's lines as written. */
    @SuppressWarnings("unchecked")
    static String shown(Example example) throws IOException {
        Object record = example.record().get();
        if (example.type() == List.class) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PortfolioWriter writer = JSON.portfolioWriter(out)) {
                ((List<Initiative>) record).forEach(writer::write);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(pretty).writeValueAsString(MAPPER.readTree(JSON.write(record))) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_example_is_what_the_library_writes_and_reads_back_as_its_record(Example example) throws IOException {
        String expected = shown(example);
        String written;
        synchronized (LOCK) {
            String page = Files.readString(PAGE, StandardCharsets.UTF_8);
            String marker = "<!-- document: " + example.key() + "; see DocumentsPageTest -->\n```json\n";
            int from = page.indexOf(marker);
            assertThat(from).as("the marker of " + example.key() + " in " + PAGE).isNotNegative();
            from += marker.length();
            int to = page.indexOf("```\n", from);
            written = page.substring(from, to);
            if (Boolean.getBoolean("loos.regenerate") && !written.equals(expected)) {
                Files.writeString(PAGE, page.substring(0, from) + expected + page.substring(to), StandardCharsets.UTF_8);
                written = expected;
            }
        }
        assertThat(written).as("the example " + example.key() + " of " + PAGE + "; rewrite it with -Dloos.regenerate=true")
                .isEqualTo(expected);

        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        if (example.type() == List.class) {
            List<Initiative> read = new ArrayList<>();
            try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(bytes), OnBadLine.stop())) {
                reader.readAll(read::add);
            }
            assertThat(read).isEqualTo(example.record().get());
        } else {
            assertThat(JSON.read(bytes, example.type())).isEqualTo(example.record().get());
        }
    }
}
