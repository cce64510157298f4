package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.Initiative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PortfolioLinesTest {

    private static final LoosJson JSON = LoosJson.strict();

    private static byte[] write(List<Initiative> initiatives) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PortfolioWriter writer = JSON.portfolioWriter(out)) {
            initiatives.forEach(writer::write);
            assertThat(writer.lines()).isEqualTo(initiatives.size());
        }
        return out.toByteArray();
    }

    private static List<Initiative> readAll(byte[] lines, OnBadLine onBadLine) {
        List<Initiative> read = new ArrayList<>();
        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(lines), onBadLine)) {
            reader.readAll(read::add);
        }
        return read;
    }

    private static byte[] lines(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_generated_portfolio_is_written_one_initiative_per_line_and_read_back_equal() {
        List<Initiative> initiatives = io.github.loosmethod.testkit.EveryType.generated(400).initiatives();

        byte[] written = write(initiatives);

        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(initiatives.size());
        assertThat(text).endsWith("}\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"formatVersion\":2,"));
        assertThat(readAll(written, OnBadLine.stop())).isEqualTo(initiatives);
    }

    @Test
    void the_reader_feeds_portfolio_indicators_as_a_stream() {
        List<Initiative> initiatives = io.github.loosmethod.testkit.EveryType.generated(200).initiatives();

        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(write(initiatives)), OnBadLine.stop())) {
            assertThat(PortfolioIndicators.of(reader, List.of())).isEqualTo(PortfolioIndicators.of(initiatives, List.of()));
            assertThat(reader.summary()).isEqualTo(new PortfolioSummary(200, 200, 0, 0));
        }
    }

    @Test
    void stop_at_first_reports_the_bad_line_by_its_number() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        byte[] portfolio = lines(good, good, "{\"formatVersion\":2,", good);

        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> readAll(portfolio, OnBadLine.stop()));

        assertThat(refused.line()).hasValue(3);
        assertThat(refused.getMessage()).startsWith("line 3: ");
    }

    @Test
    void collect_and_continue_reports_every_bad_line_and_reads_the_others() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        String broken = good.replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"unknown\"");
        String unsigned = JSON.writeAsString(EmileBaslyPlayground.agreed()).replace("\"signatures\":[", "\"signatures\":[]X[");
        List<InterchangeException> failures = new ArrayList<>();

        List<Initiative> read = readAll(lines(good, broken, "", good, unsigned, good + "\r"),
                OnBadLine.collectAndContinue(failures::add));

        assertThat(read).hasSize(3);
        assertThat(failures).extracting(f -> f.line().orElseThrow()).containsExactly(2L, 3L, 5L);
        assertThat(failures.get(0).problems().get(0).pointer()).isEqualTo("/kind");
        assertThat(failures.get(1).problems().get(0).message()).contains("empty");
    }

    @Test
    void a_line_past_the_limit_is_drained_and_reported_without_being_kept() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        LoosJson small = JSON.withLimits(new ReadLimits(32, 65_536, 64, 32, good.length() + 10L));
        String huge = "{\"x\":\"" + "y".repeat(100_000) + "\"}";
        List<InterchangeException> failures = new ArrayList<>();
        List<Initiative> read = new ArrayList<>();

        try (PortfolioReader reader = small.portfolioReader(new ByteArrayInputStream(lines(good, huge, good)),
                OnBadLine.collectAndContinue(failures::add))) {
            PortfolioSummary summary = reader.readAll(read::add);
            assertThat(summary).isEqualTo(new PortfolioSummary(3, 2, 1, 0));
        }
        assertThat(read).hasSize(2);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.line()).hasValue(2);
            assertThat(f.getMessage()).contains("longer than the limit");
        });
    }

    @Test
    void an_empty_stream_is_an_empty_portfolio_and_a_last_line_needs_no_line_feed() {
        assertThat(readAll(new byte[0], OnBadLine.stop())).isEmpty();
        String good = JSON.writeAsString(StreetFlowerBoxes.draft());
        assertThat(readAll(good.getBytes(StandardCharsets.UTF_8), OnBadLine.stop())).containsExactly(StreetFlowerBoxes.draft());
    }

    @Test
    void the_iterator_says_when_it_is_done() {
        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), OnBadLine.stop())) {
            assertThat(reader.hasNext()).isFalse();
            assertThat(catchThrowableOfType(java.util.NoSuchElementException.class, reader::next)).isNotNull();
        }
    }

    private static List<InterchangeException> failures(LoosJson json, byte[] lines, List<Initiative> read, PortfolioSummary expected) {
        List<InterchangeException> failures = new ArrayList<>();
        try (PortfolioReader reader = json.portfolioReader(new ByteArrayInputStream(lines), OnBadLine.collectAndContinue(failures::add))) {
            assertThat(reader.readAll(read::add)).isEqualTo(expected);
        }
        return failures;
    }

    private static Problem onlyProblem(InterchangeException failure) {
        assertThat(failure.problems()).hasSize(1);
        return EnglishOnly.of(failure.problems().get(0));
    }

    @Test
    void an_empty_line_with_or_without_a_carriage_return_is_refused_as_empty() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        List<Initiative> read = new ArrayList<>();

        List<InterchangeException> failures = failures(JSON, lines(good, "", "\r", good + "\r", ""), read, new PortfolioSummary(4, 2, 2, 0));

        assertThat(read).hasSize(2);
        assertThat(failures).extracting(f -> f.line().orElseThrow()).containsExactly(2L, 3L);
        assertThat(failures).extracting(PortfolioLinesTest::onlyProblem).containsOnly(
                new Problem("", "the line is empty: a portfolio holds one initiative per line", Optional.empty()));
    }

    @Test
    void a_line_is_read_up_to_the_limit_without_its_carriage_return_and_refused_one_byte_past_it() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        int limit = good.getBytes(StandardCharsets.UTF_8).length;
        LoosJson exact = JSON.withLimits(new ReadLimits(32, 65_536, 64, 32, limit));
        List<Initiative> read = new ArrayList<>();

        List<InterchangeException> failures = failures(exact, lines(good, good + "\r", good + " ", good + " \r"), read,
                new PortfolioSummary(4, 2, 2, 0));

        assertThat(read).containsExactly(StreetFlowerBoxes.closed(), StreetFlowerBoxes.closed());
        assertThat(failures).extracting(f -> f.line().orElseThrow()).containsExactly(3L, 4L);
        assertThat(failures).extracting(PortfolioLinesTest::onlyProblem).containsOnly(
                new Problem("", "the line is longer than the limit of " + limit + " bytes", Optional.empty()));
    }

    @Test
    void a_long_line_arriving_in_one_read_is_read_whole_up_to_the_limit() {
        // Longer than twice the reader's first line buffer, and exactly at the limit.
        String text = "x".repeat(40_000);
        String longLine = JSON.writeAsString(StreetFlowerBoxes.closed()).replace("Request received", text);
        int limit = longLine.getBytes(StandardCharsets.UTF_8).length;
        LoosJson exact = JSON.withLimits(new ReadLimits(32, 65_536, 64, 32, limit));
        List<Initiative> read = new ArrayList<>();

        assertThat(failures(exact, lines(longLine, longLine), read, new PortfolioSummary(2, 2, 0, 0))).isEmpty();
        assertThat(read).hasSize(2).allSatisfy(i -> assertThat(i.history().get(1).reason()).isEqualTo(text));
    }

    @Test
    void a_last_line_past_the_limit_without_a_line_feed_is_reported() {
        LoosJson small = JSON.withLimits(new ReadLimits(32, 65_536, 64, 32, 100));
        List<Initiative> read = new ArrayList<>();

        List<InterchangeException> failures = failures(small, ("x".repeat(1_000)).getBytes(StandardCharsets.UTF_8), read,
                new PortfolioSummary(1, 0, 1, 0));

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.line()).hasValue(1);
            assertThat(f.problems()).map(EnglishOnly::of).containsExactly(new Problem("", "the line is longer than the limit of 100 bytes", Optional.empty()));
        });
    }

    @Test
    void a_stream_that_hands_over_no_bytes_for_a_while_is_read_on() {
        byte[] portfolio = lines(JSON.writeAsString(StreetFlowerBoxes.closed()), JSON.writeAsString(StreetFlowerBoxes.draft()));
        InputStream hesitant = new FilterInputStream(new ByteArrayInputStream(portfolio)) {
            private int calls;

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                return calls++ % 2 == 0 ? 0 : super.read(buffer, offset, Math.min(length, 100));
            }
        };
        List<Initiative> read = new ArrayList<>();

        try (PortfolioReader reader = JSON.portfolioReader(hesitant, OnBadLine.stop())) {
            assertThat(reader.readAll(read::add)).isEqualTo(new PortfolioSummary(2, 2, 0, 0));
        }
        assertThat(read).containsExactly(StreetFlowerBoxes.closed(), StreetFlowerBoxes.draft());
    }

    @Test
    void closing_the_reader_closes_its_stream() {
        boolean[] closed = {false};
        InputStream stream = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.portfolioReader(stream, OnBadLine.stop()).close();

        assertThat(closed[0]).isTrue();
    }

    @Test
    void a_lenient_reader_logs_what_it_skipped_once_at_the_end_of_the_stream_or_when_closed_early() {
        String line = JSON.writeAsString(StreetFlowerBoxes.closed()).replace("{\"formatVersion\":2,", "{\"formatVersion\":2,\"colour\":1,");
        byte[] portfolio = lines(line, line);
        LoosJson lenient = JSON.lenient();
        String warning = "WARN io.github.loosmethod.interchange.PortfolioReader - Ignored ";

        String atEnd = stderrOf(() -> {
            PortfolioReader reader = lenient.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.stop());
            reader.readAll(initiative -> { });
            reader.hasNext();
            return reader;
        });
        assertThat(atEnd.lines().filter(l -> l.contains(warning))).singleElement().asString()
                .endsWith(warning + "2 unknown fields on 2 lines of a portfolio: line 1 \"/colour\", line 2 \"/colour\"");

        PortfolioReader[] early = new PortfolioReader[1];
        String beforeClose = stderrOf(() -> {
            early[0] = lenient.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.stop());
            early[0].next();
            return early[0];
        });
        assertThat(beforeClose).doesNotContain(warning);
        assertThat(stderrOf(() -> {
            early[0].close();
            return early[0];
        }).lines().filter(l -> l.contains(warning))).singleElement().asString()
                .endsWith(warning + "1 unknown field on 1 line of a portfolio: line 1 \"/colour\"");
        assertThat(early[0].summary()).isEqualTo(new PortfolioSummary(1, 1, 0, 1));
    }

    /** What a reader prints on the standard error while {@code use} runs; the reader is left open. */
    private static String stderrOf(Supplier<PortfolioReader> use) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            use.get();
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
