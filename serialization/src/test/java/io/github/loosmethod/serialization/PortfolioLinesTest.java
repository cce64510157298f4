package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.Initiative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        List<Initiative> initiatives = Samples.generated(400).initiatives();

        byte[] written = write(initiatives);

        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(initiatives.size());
        assertThat(text).endsWith("}\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"formatVersion\":1,"));
        assertThat(readAll(written, OnBadLine.stop())).isEqualTo(initiatives);
    }

    @Test
    void the_reader_feeds_portfolio_indicators_as_a_stream() {
        List<Initiative> initiatives = Samples.generated(200).initiatives();

        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(write(initiatives)), OnBadLine.stop())) {
            assertThat(PortfolioIndicators.of(reader, List.of())).isEqualTo(PortfolioIndicators.of(initiatives, List.of()));
            assertThat(reader.summary()).isEqualTo(new PortfolioSummary(200, 200, 0, 0));
        }
    }

    @Test
    void stop_at_first_reports_the_bad_line_by_its_number() {
        String good = JSON.writeAsString(StreetFlowerBoxes.closed());
        byte[] portfolio = lines(good, good, "{\"formatVersion\":1,", good);

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
}
