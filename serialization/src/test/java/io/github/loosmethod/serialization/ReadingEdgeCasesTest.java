package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.ScoreLine;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.portfolio.CriterionStatistics;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edges of reading that users met: where a problem is placed, numbers and texts at the bounds of
 * the format, what a lenient read says about what it skipped, and refusals that travel.
 */
class ReadingEdgeCasesTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final LoosJson LENIENT = STRICT.lenient();
    private static final Initiative AGREED = StreetFlowerBoxes.agreed();
    private static final String VALID = STRICT.writeAsString(AGREED);

    private static String withRootField(String name, String value) {
        return VALID.replace("{\"formatVersion\":2,", "{\"formatVersion\":2," + name + ":" + value + ",");
    }

    private static Problem refusal(LoosJson json, String document, Class<?> type) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> json.read(document.getBytes(StandardCharsets.UTF_8), type));
        assertThat(refused).as("refused: %s", document.length() > 300 ? document.substring(0, 300) : document).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }

    @Test
    void an_unknown_field_holding_an_array_or_object_is_placed_at_the_field() {
        assertThat(refusal(STRICT, withRootField("\"extra\"", "[1,2]"), Initiative.class))
                .isEqualTo(new Problem("/extra", "unknown field", Optional.empty()));
        assertThat(refusal(STRICT, withRootField("\"extra\"", "{\"a\":[]}"), Initiative.class))
                .isEqualTo(new Problem("/extra", "unknown field", Optional.empty()));

        byte[] lenient = VALID.replace("\"code\":\"62528\",", "\"code\":\"62528\",\"codes\":[[1]],").getBytes(StandardCharsets.UTF_8);
        assertThat(warnings(() -> LENIENT.read(lenient, Initiative.class)))
                .containsExactly("Ignored 1 unknown field of an initiative document: \"/territory/codes\"");
    }

    @Test
    void a_field_name_past_the_limit_is_placed_at_its_object_in_the_formats_words() {
        String name = "n".repeat(65);

        assertThat(refusal(LENIENT, withRootField("\"" + name + "\"", "1"), Initiative.class))
                .isEqualTo(new Problem("", "a field name is longer than the limit of 64 characters", Optional.empty()));
        String nested = VALID.replace("\"code\":\"62528\",", "\"code\":\"62528\",\"" + name + "\":1,");
        assertThat(refusal(LENIENT, nested, Initiative.class))
                .isEqualTo(new Problem("/territory", "a field name is longer than the limit of 64 characters", Optional.empty()));
        // A name of 64 characters outside the Basic Multilingual Plane is 128 UTF-16 units, and within the limit.
        String astral = "\uD83C\uDF3B".repeat(64);
        assertThat(LENIENT.read(withRootField("\"" + astral + "\"", "1"), Initiative.class)).isEqualTo(AGREED);
    }

    @Test
    void a_number_beyond_any_decimal_is_a_problem_at_every_entry_point() {
        String huge = VALID.replace("\"amount\":640.5", "\"amount\":1e2147483648");
        String tiny = VALID.replace("\"amount\":640.5", "\"amount\":1e-2147483649");
        byte[] hugeBytes = huge.getBytes(StandardCharsets.UTF_8);
        Problem expected = new Problem("/convention/commitments/0/quantity/amount",
                "is a number out of the range of the format: \"1e2147483648\"", Optional.empty());

        assertThat(refusal(STRICT, huge, Initiative.class)).isEqualTo(expected);
        assertThat(refusal(LENIENT, huge, Initiative.class)).isEqualTo(expected);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.read(huge, Initiative.class)).problems())
                .map(EnglishOnly::of).containsExactly(expected);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.read(new ByteArrayInputStream(hugeBytes),
                Initiative.class)).problems()).map(EnglishOnly::of).containsExactly(expected);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.readDocument(hugeBytes)).problems())
                .map(EnglishOnly::of).containsExactly(expected);
        assertThat(refusal(STRICT, tiny, Initiative.class).message()).startsWith("is a number out of the range of the format");
    }

    @Test
    void a_portfolio_goes_on_past_a_line_whose_number_is_out_of_range() {
        String good = STRICT.writeAsString(EmileBaslyPlayground.closed());
        byte[] lines = String.join("\n", good, VALID.replace("\"amount\":640.5", "\"amount\":1e2147483648"), VALID)
                .getBytes(StandardCharsets.UTF_8);
        List<InterchangeException> bad = new ArrayList<>();
        List<Initiative> read = new ArrayList<>();

        try (PortfolioReader reader = STRICT.portfolioReader(new ByteArrayInputStream(lines), OnBadLine.collectAndContinue(bad::add))) {
            assertThat(reader.readAll(read::add)).isEqualTo(new PortfolioSummary(3, 2, 1, 0));
        }

        assertThat(read).containsExactly(EmileBaslyPlayground.closed(), AGREED);
        assertThat(bad).singleElement().satisfies(failure -> {
            assertThat(failure.line()).hasValue(2);
            assertThat(failure.problems()).extracting(Problem::pointer).containsExactly("/convention/commitments/0/quantity/amount");
        });
    }

    @Test
    void a_lenient_read_says_once_what_it_skipped_escaped_and_bounded() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            names.append("\"note").append(i).append("\":1,");
        }
        // A name holding a line feed and a terminal escape would forge a log line if printed raw.
        String forged = withRootField("\"x\\n[main] WARN forged\\u001b[0m\"", "1").replace("{\"formatVersion\":2,",
                "{\"formatVersion\":2," + names);
        byte[] bytes = forged.getBytes(StandardCharsets.UTF_8);

        List<String> warnings = warnings(() -> LENIENT.read(bytes, Initiative.class));

        assertThat(warnings).hasSize(1);
        String summary = warnings.get(0);
        assertThat(summary).startsWith("Ignored 1001 unknown fields of an initiative document: \"/note0\", \"/note1\"")
                .endsWith(", and 996 more").doesNotContain("\n", "\u001b").hasSizeLessThan(200);
        byte[] forgedFirst = withRootField("\"x\\n[main] WARN forged\\u001b[0m\"", "1").getBytes(StandardCharsets.UTF_8);
        assertThat(warnings(() -> LENIENT.read(forgedFirst, Initiative.class)))
                .containsExactly("Ignored 1 unknown field of an initiative document: \"/x\\n[main] WARN forged\\u001B[0m\"");
    }

    @Test
    void a_lenient_portfolio_counts_what_it_skipped_and_logs_it_once() {
        String line = withRootField("\"colour\"", "\"green\"");
        byte[] lines = String.join("\n", line, line, line).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        PortfolioSummary summary;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (PortfolioReader reader = LENIENT.portfolioReader(new ByteArrayInputStream(lines), OnBadLine.stop())) {
            summary = reader.readAll(initiative -> { });
        } finally {
            System.setErr(original);
        }

        assertThat(summary).isEqualTo(new PortfolioSummary(3, 3, 0, 3));
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("Ignored"))).containsExactly(
                "[main] WARN io.github.loosmethod.interchange.PortfolioReader - Ignored 3 unknown fields on 3 lines of a"
                        + " portfolio: line 1 \"/colour\", line 2 \"/colour\", line 3 \"/colour\"");
    }

    @Test
    void a_refusal_keeps_its_problems_through_java_serialization() throws Exception {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> STRICT.read(VALID.replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"x\""), Initiative.class));
        InterchangeException onLine = refused.onLine(7);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(onLine);
        }
        InterchangeException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (InterchangeException) in.readObject();
        }

        assertThat(back.problems()).isEqualTo(refused.problems()).isNotEmpty();
        assertThat(back.line()).hasValue(7);
        assertThat(back.getMessage()).isEqualTo(onLine.getMessage());
    }

    @Test
    void report_figures_of_any_spelling_read_as_one_canonical_value() {
        String statistics = "{\"formatVersion\":2,\"count\":2,\"mean\":%s,\"standardDeviation\":0,\"min\":%s,\"max\":%s}";
        CriterionStatistics thousand = STRICT.read(String.format(statistics, "1000", "1000", "1000"), CriterionStatistics.class);

        assertThat(STRICT.read(String.format(statistics, "1E+3", "1.0e3", "1000.000"), CriterionStatistics.class)).isEqualTo(thousand);
        assertThat(STRICT.writeAsString(thousand)).contains("\"mean\":1000,");
        assertThat(refusal(STRICT, String.format(statistics, "1e40", "1", "1"), CriterionStatistics.class))
                .isEqualTo(new Problem("/mean", "must have at most 11 digits before the point (less than 10^11) (was 1E+40)",
                        Optional.empty()));
        assertThat(refusal(STRICT, String.format(statistics, "1e999999999", "1", "1"), CriterionStatistics.class).pointer())
                .isEqualTo("/mean");
        assertThat(refusal(STRICT, String.format(statistics, "0.00001", "0", "1"), CriterionStatistics.class).message())
                .startsWith("must have at most 4 decimal places");
    }

    @Test
    void a_score_line_that_could_not_be_read_back_cannot_be_built() {
        assertThatThrownBy(() -> ScoreLine.builder().withCriteriaCount(8).withAssessedCount(1).withCoverage(new BigDecimal("12.5"))
                .build()).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("coverage: must be between 0 and 1");
        ScoreLine line = ScoreLine.builder().withCriteriaCount(8).withAssessedCount(1).withCoverage(new BigDecimal("0.1250")).build();
        assertThat(STRICT.read(STRICT.write(line), ScoreLine.class)).isEqualTo(line);
        assertThat(line.coverage()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void a_year_is_counted_under_one_spelling_only() {
        PortfolioIndicators empty = PortfolioIndicators.of(List.of(StreetFlowerBoxes.closed()), List.<Evaluation>of());
        String written = STRICT.writeAsString(empty);
        assertThat(written).contains("\"countByYear\":{\"2023\":1}");

        for (String spelling : new String[] {"02023", "-0", "00", "+2023", "2023.0", "10000"}) {
            assertThat(refusal(STRICT, written.replace("\"2023\":1", "\"" + spelling + "\":1"), PortfolioIndicators.class))
                    .as(spelling).isEqualTo(new Problem("/countByYear/" + spelling,
                            "must be a year from 0 to 9999 written without leading zeros, such as 2023", Optional.empty()));
        }
        // Two spellings of one year would have merged, losing a count.
        assertThat(refusal(STRICT, written.replace("\"2023\":1", "\"2023\":1,\"02023\":4"), PortfolioIndicators.class).pointer())
                .isEqualTo("/countByYear/02023");
    }

    @Test
    void text_and_bytes_read_alike_even_with_many_colliding_names() {
        // Names that collide in the hash of the parser of characters (h * 33 + c): "Ab" and "BA" are equal.
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 1 << 11; i++) {
            StringBuilder name = new StringBuilder();
            for (int bit = 0; bit < 11; bit++) {
                name.append((i >> bit & 1) == 0 ? "Ab" : "BA");
            }
            names.append('"').append(name).append("\":0,");
        }
        String document = VALID.replace("{\"formatVersion\":2,", "{\"formatVersion\":2," + names);

        assertThat(LENIENT.read(document.getBytes(StandardCharsets.UTF_8), Initiative.class)).isEqualTo(AGREED);
        assertThat(LENIENT.read(document, Initiative.class)).isEqualTo(AGREED);
    }

    @Test
    void a_text_that_is_not_unicode_is_refused_as_text() {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> STRICT.read(VALID.replace("Flower boxes", "Flower\ud800boxes"), Initiative.class));

        assertThat(refused.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("the text holds a surrogate without its pair at index " + (VALID.indexOf("Flower boxes") + 6));
    }

    @Test
    void no_limit_on_document_length_reads_streams_and_portfolios() {
        LoosJson unlimited = STRICT.withLimits(new ReadLimits(32, 65_536, 64, 32, Long.MAX_VALUE));
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);

        assertThat(unlimited.read(new ByteArrayInputStream(bytes), Initiative.class)).isEqualTo(AGREED);
        List<Initiative> read = new ArrayList<>();
        try (PortfolioReader reader = unlimited.portfolioReader(new ByteArrayInputStream((VALID + "\n" + VALID)
                .getBytes(StandardCharsets.UTF_8)), OnBadLine.stop())) {
            reader.readAll(read::add);
        }
        assertThat(read).containsExactly(AGREED, AGREED);
    }

    @Test
    void a_problem_shows_a_field_name_escaped_while_its_pointer_stays_exact() {
        Problem problem = refusal(STRICT, withRootField("\"a\\nb\\u0007\"", "1"), Initiative.class);

        assertThat(problem.pointer()).isEqualTo("/a\nb\u0007");
        assertThat(problem.toString()).isEqualTo("/a\\nb\\u0007: unknown field");
    }

    @Test
    void a_string_limit_counts_characters_as_the_schema_does() {
        LoosJson tight = STRICT.withLimits(new ReadLimits(32, 80, 64, 32, 4 * 1024 * 1024));
        String sunflowers = "\uD83C\uDF3B".repeat(80);

        assertThat(tight.read(VALID.replace("Flower boxes in the rue des Écoles", sunflowers), Initiative.class).title())
                .isEqualTo(sunflowers);
        assertThat(refusal(tight, VALID.replace("Flower boxes in the rue des Écoles", sunflowers + "\uD83C\uDF3B"), Initiative.class))
                .isEqualTo(new Problem("/title", "is longer than the limit of 80 characters", Optional.empty()));
    }

    /** The messages a lenient read logs at WARN through the interchange's logger, read from slf4j-simple's stderr. */
    private static List<String> warnings(Runnable read) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            read.run();
        } finally {
            System.setErr(original);
        }
        String prefix = "WARN io.github.loosmethod.interchange.Interchange - ";
        return err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(prefix))
                .map(line -> line.substring(line.indexOf(prefix) + prefix.length())).collect(java.util.stream.Collectors.toList());
    }
}
