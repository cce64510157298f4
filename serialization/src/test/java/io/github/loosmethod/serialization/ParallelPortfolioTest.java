package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.wire.Documents;
import io.github.loosmethod.interchange.wire.ParallelLines;
import io.github.loosmethod.testkit.RuleBreaks;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.validation.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parallel portfolio reader gives what the sequential one gives, step by step: generated
 * portfolios (the testkit's records, of many sizes) with bad lines mixed in — malformed JSON, broken
 * invariants, broken rules, blank and over-long lines, invalid UTF-8, unknown fields, CRLF, with or
 * without a final line feed — read on 2 to 4 threads in batches down to one line or one byte, with
 * the policies that stop and that collect, refusing or reporting rule breaks, strict and lenient:
 * the same initiatives, refusals (line numbers and problems) and summaries, in the same order. And
 * its threads end when it is closed, early or after a throwing policy or consumer.
 */
class ParallelPortfolioTest {

    private static final LoosJson JSON = LoosJson.strict();
    /** Small enough that a line of padding goes past it; large enough for every generated record. */
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxProblems(5);
    private static final long MAX_LINE = 256 * 1024;
    private static final String WORKER = "loos-portfolio-reader-";

    /** One way of reading: the backend, the policies and, for the parallel reader, its threads and batches. */
    record Way(boolean lenient, OnRuleBreak onRuleBreak, boolean stop, int threads, int batchLines, int batchBytes, long maxLine) {

        Way(boolean lenient, OnRuleBreak onRuleBreak, boolean stop, int threads, int batchLines, int batchBytes) {
            this(lenient, onRuleBreak, stop, threads, batchLines, batchBytes, MAX_LINE);
        }

        Documents json() {
            LoosJson json = JSON.withLimits(new ReadLimits(LIMITS.maxNestingDepth(), LIMITS.maxStringLength(), LIMITS.maxNameLength(),
                    LIMITS.maxNumberLength(), maxLine, LIMITS.maxProblems()));
            return (lenient ? json.lenient() : json).documents();
        }

        Way sequential() {
            return new Way(lenient, onRuleBreak, stop, 1, 1, 1, maxLine);
        }
    }

    /** A portfolio and a way to read it, named after the seed that made them. */
    record Case(String name, byte[] portfolio, Way way) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Everything a reading shows, in order: each initiative, each refusal with its line and problems,
     * each exception that left the reader, and the summary after each of them.
     */
    static List<String> events(byte[] portfolio, Way way) {
        List<String> events = new ArrayList<>();
        OnBadLine collect = OnBadLine.collectAndContinue(refused -> events.add("refused " + refused.line() + " " + problems(refused)));
        try (PortfolioReader reader = ParallelLines.open(way.json(), new ByteArrayInputStream(portfolio), way.stop() ? OnBadLine.stop() : collect,
                way.onRuleBreak(), way.threads(), way.batchLines(), way.batchBytes())) {
            boolean more = true;
            while (more) {
                try {
                    more = reader.hasNext();
                    if (more) {
                        events.add("read " + JSON.writeAsString(reader.next()));
                    }
                } catch (InterchangeException stopped) {
                    // OnBadLine.stop() threw: the reading goes on after it, as a caller may.
                    events.add("stopped " + stopped.line() + " " + problems(stopped));
                }
                events.add("summary " + reader.summary());
            }
        }
        return events;
    }

    /** The problems of a refusal, in both languages. */
    static String problems(InterchangeException refused) {
        return refused.problems().stream().map(p -> p + " | " + p.toString(Locale.FRENCH)).collect(Collectors.joining("; "));
    }

    static Stream<Case> portfolios() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        int[] sizes = {0, 1, 2, 3, 5, 8, 20, 60, 150};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            long portfolioSeed = random.nextLong();
            int size = sizes[i % sizes.length];
            Way way = new Way(random.nextInt(3) == 0, random.nextBoolean() ? OnRuleBreak.REFUSE : OnRuleBreak.REPORT, random.nextInt(3) == 0,
                    2 + random.nextInt(3), List.of(1, 2, 3, 7, 256).get(random.nextInt(5)), List.of(1, 100, 4096, 65_536).get(random.nextInt(4)));
            cases.add(new Case("seed " + seed + ", portfolio " + i + " of " + size + " records, " + way, portfolio(portfolioSeed, size), way));
        }
        return cases.stream();
    }

    /** Generated records, one per line, with bad lines of every kind mixed in at random places. */
    static byte[] portfolio(long seed, int size) {
        Random random = new Random(seed);
        List<Initiative> records = ValidRecords.withSeed(seed).initiatives(size);
        List<Rule> rules = RuleBreaks.rules();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = size + random.nextInt(size / 2 + 3);
        int next = 0;
        for (int line = 0; line < lines; line++) {
            String text;
            int kind = random.nextInt(16);
            Initiative valid = records.isEmpty() ? StreetFlowerBoxes.closed() : records.get(Math.min(next, records.size() - 1));
            if (next < records.size() && kind < 8) {
                text = JSON.writeAsString(records.get(next++));
            } else {
                text = switch (kind % 8) {
                    case 0 -> "{\"formatVersion\":2,";
                    case 1 -> JSON.writeAsString(valid).replaceFirst("^\\{\"formatVersion\":2,\"id\":\"[^\"]*\"", "{\"formatVersion\":2,\"id\":\" \"");
                    case 2 -> RuleBreaks.breaking(rules.get(random.nextInt(rules.size())), valid).map(JSON::writeAsString).orElse("[]");
                    case 3 -> random.nextBoolean() ? "" : "   ";
                    case 4 -> "{\"formatVersion\":2,\"title\":\"" + "x".repeat((int) MAX_LINE + random.nextInt(3) - 1) + "\"}";
                    case 5 -> JSON.writeAsString(valid).replace("{\"formatVersion\":2,", "{\"formatVersion\":2,\"colour\":" + line + ",");
                    case 6 -> "{\"formatVersion\":2,\"title\":\"\u00e9\"}".replace("\u00e9", "\u00c3");
                    default -> "{\"formatVersion\":2,\"id\":\"a\",\"id\":\"b\"}";
                };
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (kind % 8 == 6) {
                bytes[bytes.length - 3] = (byte) 0xC3; // a lone lead byte: invalid UTF-8
            }
            out.writeBytes(bytes);
            if (line < lines - 1 || random.nextBoolean()) {
                out.writeBytes(random.nextInt(4) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portfolios")
    void reads_as_the_sequential_reader(Case c) {
        List<String> sequential = events(c.portfolio(), c.way().sequential());

        assertThat(events(c.portfolio(), c.way())).as(c.name()).isEqualTo(sequential);
    }

    /** Every kind of bad line appears in the generated portfolios, so the comparison above is not of good lines only. */
    @Test
    void the_generated_portfolios_hold_every_kind_of_bad_line() {
        String all = portfolios().map(c -> String.join("\n", events(c.portfolio(), new Way(false, OnRuleBreak.REFUSE, false, 1, 1, 1))))
                .collect(Collectors.joining("\n"));

        assertThat(all).contains("malformed JSON", "line is empty", "longer than", "not valid UTF-8", "unknown field", "read {")
                .containsPattern(" \\[[A-Z][0-9]+\\]: ");
    }

    @Test
    void one_batch_of_everything_and_one_line_per_batch_give_the_same_on_every_thread_count() {
        byte[] portfolio = portfolio(Seeds.seed(), 120);
        for (OnRuleBreak onRuleBreak : OnRuleBreak.values()) {
            List<String> sequential = events(portfolio, new Way(true, onRuleBreak, false, 1, 1, 1));
            for (int threads = 2; threads <= 4; threads++) {
                for (int[] batch : new int[][] {{1, 1}, {1_000, 1 << 20}, {5, 1}, {256, 65_536}}) {
                    assertThat(events(portfolio, new Way(true, onRuleBreak, false, threads, batch[0], batch[1])))
                            .as("seed %s, %s threads, batches of %s lines, %s bytes", Seeds.seed(), threads, batch[0], batch[1]).isEqualTo(sequential);
                }
            }
        }
    }

    @Test
    void the_public_overload_reads_as_the_sequential_reader_on_both_backends() {
        byte[] portfolio = portfolio(Seeds.seed(), 300);
        for (Interchange json : List.of(JSON, io.github.loosmethod.jackson3.LoosJson.strict())) {
            List<Object> sequential = new ArrayList<>();
            PortfolioSummary expected;
            try (PortfolioReader reader = json.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(sequential::add),
                    OnRuleBreak.REPORT)) {
                expected = reader.readAll(sequential::add);
            }
            List<Object> parallel = new ArrayList<>();
            try (PortfolioReader reader = json.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(parallel::add),
                    OnRuleBreak.REPORT, 3)) {
                assertThat(reader.readAll(parallel::add)).isEqualTo(expected);
            }
            assertThat(describe(parallel)).isEqualTo(describe(sequential));
        }
    }

    private static List<String> describe(List<Object> read) {
        return read.stream().map(o -> o instanceof InterchangeException ? ((InterchangeException) o).line() + " " + problems((InterchangeException) o)
                : o.toString()).collect(Collectors.toList());
    }

    @Test
    void one_thread_is_the_sequential_reader_and_fewer_are_refused() {
        PortfolioReader one = JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), OnBadLine.stop(), OnRuleBreak.REFUSE, 1);
        assertThat(one.getClass()).isEqualTo(JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), OnBadLine.stop()).getClass());
        for (int threads : new int[] {0, -1}) {
            assertThatThrownBy(() -> JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), OnBadLine.stop(), OnRuleBreak.REFUSE, threads))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(threads));
        }
        assertThatThrownBy(() -> JSON.portfolioReader(null, OnBadLine.stop(), OnRuleBreak.REFUSE, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("in");
        assertThatThrownBy(() -> JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), null, OnRuleBreak.REFUSE, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("onBadLine");
        assertThatThrownBy(() -> JSON.portfolioReader(new ByteArrayInputStream(new byte[0]), OnBadLine.stop(), null, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("onRuleBreak");
    }

    @Test
    void a_lenient_parallel_reader_warns_of_skipped_fields_as_the_sequential_one() {
        byte[] portfolio = portfolio(Seeds.seed() + 1, 80);
        Function<Integer, String> warning = threads -> stderrOf(() -> {
            try (PortfolioReader reader = ParallelLines.open(JSON.lenient().documents(), new ByteArrayInputStream(portfolio),
                    OnBadLine.collectAndContinue(refused -> { }), OnRuleBreak.REPORT, threads, 3, 1)) {
                reader.readAll(initiative -> { });
            }
        }).lines().filter(line -> line.contains("Ignored ")).collect(Collectors.joining("\n"));

        String sequential = warning.apply(1);
        assertThat(sequential).contains("unknown field");
        assertThat(warning.apply(2)).isEqualTo(sequential);
        assertThat(warning.apply(4)).isEqualTo(sequential);
    }

    @Test
    void a_failure_of_the_stream_is_thrown_after_the_lines_before_it_and_reading_may_go_on() {
        byte[] portfolio = portfolio(Seeds.seed() + 2, 40);
        for (int failAt : new int[] {0, 1, portfolio.length / 3, portfolio.length - 1}) {
            List<String> sequential = eventsOfFailing(portfolio, failAt, new Way(false, OnRuleBreak.REPORT, false, 1, 1, 1));
            assertThat(sequential).anyMatch(event -> event.startsWith("failed"));
            for (int[] batch : new int[][] {{1, 1}, {4, 500}, {256, 65_536}}) {
                assertThat(eventsOfFailing(portfolio, failAt, new Way(false, OnRuleBreak.REPORT, false, 2, batch[0], batch[1])))
                        .as("failing at byte %s, batches of %s lines", failAt, batch[0]).isEqualTo(sequential);
            }
        }
    }

    /** The events of a reading whose stream fails once, on its first read past byte {@code failAt}. */
    private static List<String> eventsOfFailing(byte[] portfolio, int failAt, Way way) {
        List<String> events = new ArrayList<>();
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(portfolio)) {
            private int position;
            private boolean failed;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (!failed && position + len > failAt) {
                    if (position < failAt) {
                        // Up to the failure first, so that it falls within a line.
                        int read = super.read(b, off, failAt - position);
                        position += Math.max(read, 0);
                        return read;
                    }
                    failed = true;
                    throw new IOException("disk gone at byte " + position);
                }
                int read = super.read(b, off, Math.min(len, 7));
                position += Math.max(read, 0);
                return read;
            }
        };
        try (PortfolioReader reader = ParallelLines.open(way.json(), failing, OnBadLine.collectAndContinue(r -> events.add("refused " + r.line())),
                way.onRuleBreak(), way.threads(), way.batchLines(), way.batchBytes())) {
            boolean more = true;
            while (more) {
                try {
                    more = reader.hasNext();
                    if (more) {
                        events.add("read " + reader.next().id());
                    }
                } catch (UncheckedIOException failed) {
                    events.add("failed " + failed.getCause().getMessage());
                }
                events.add("summary " + reader.summary());
            }
        }
        return events;
    }

    @Test
    void the_lines_read_ahead_stay_within_the_window_whatever_the_portfolio_length() {
        // Without the lines over the limit: those are drained as they are read, held by no batch,
        // so they would be read ahead without counting against the window.
        byte[] portfolio = new String(portfolio(Seeds.seed() + 6, 1_000), StandardCharsets.ISO_8859_1).lines()
                .filter(line -> line.length() <= MAX_LINE).collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.ISO_8859_1);
        long[] taken = new long[1];
        InputStream counted = new FilterInputStream(new ByteArrayInputStream(portfolio)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int read = super.read(b, off, len);
                taken[0] += Math.max(read, 0);
                return read;
            }
        };
        int threads = 2;
        int batchBytes = 4096;
        long longest = new String(portfolio, StandardCharsets.ISO_8859_1).lines().mapToLong(String::length).max().orElse(0);
        // The window's batches, the one being framed, a line at most, and the framing's buffer of 64 KiB.
        long bound = 2L * threads * batchBytes + batchBytes + longest + (1 << 16);
        long[] replayed = new long[1];
        long[] ahead = new long[1];
        Way way = new Way(false, OnRuleBreak.REPORT, false, threads, 256, batchBytes);
        try (PortfolioReader reader = ParallelLines.open(way.json(), counted, OnBadLine.collectAndContinue(refused -> { }), way.onRuleBreak(),
                threads, 256, batchBytes)) {
            reader.readAll(initiative -> {
                replayed[0] = offsetAfterLine(portfolio, reader.summary().lines());
                ahead[0] = Math.max(ahead[0], taken[0] - replayed[0]);
            });
        }
        assertThat(portfolio.length).as("a portfolio much longer than the window").isGreaterThan((int) (4 * bound));
        assertThat(ahead[0]).as("bytes read ahead of the line replayed").isPositive().isLessThanOrEqualTo(bound);
    }

    /** Where line {@code line} (counted from 1) ends, its line feed included. */
    private static long offsetAfterLine(byte[] portfolio, long line) {
        long seen = 0;
        for (int i = 0; i < portfolio.length; i++) {
            if (portfolio[i] == '\n' && ++seen == line) {
                return i + 1;
            }
        }
        return portfolio.length;
    }

    @Test
    void closing_early_ends_every_worker_thread() {
        // Batches long enough that the workers are busy when the reader is closed.
        byte[] portfolio = portfolio(Seeds.seed() + 3, 1_500);
        Set<Thread> before = workers();
        for (int threads = 2; threads <= 4; threads++) {
            PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(refused -> { }),
                    OnRuleBreak.REPORT, threads);
            reader.next();
            Set<Thread> mine = workers();
            mine.removeAll(before);
            assertThat(mine).as("workers while reading").isNotEmpty();
            reader.close();
            // At once: close() returns once its workers have ended.
            assertThat(mine).as("workers after closing, %s threads", threads).noneMatch(Thread::isAlive);
            assertThat(workers()).isEqualTo(before);
            assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_throwing_policy_or_consumer_leaves_no_worker_once_closed_and_reading_may_go_on() {
        byte[] portfolio = portfolio(Seeds.seed() + 4, 100);
        Set<Thread> before = workers();
        Way way = new Way(false, OnRuleBreak.REFUSE, true, 3, 2, 1);
        List<String> expected = events(portfolio, way.sequential());
        // Stopped at every bad line and resumed: the same events (the comparison of the parameterized suite, on this portfolio).
        assertThat(events(portfolio, way)).isEqualTo(expected);

        List<Initiative> seen = new ArrayList<>();
        try (PortfolioReader reader = ParallelLines.open(way.json(), new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(r -> { }),
                OnRuleBreak.REPORT, 3, 2, 1)) {
            RuntimeException boom = new IllegalStateException("the consumer fails");
            assertThatThrownBy(() -> reader.readAll(initiative -> {
                seen.add(initiative);
                if (seen.size() == 3) {
                    throw boom;
                }
            })).isSameAs(boom);
            // The workers have been told to stop; going on still reads the rest, in order.
            reader.readAll(seen::add);
        }
        List<Initiative> all = new ArrayList<>();
        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(r -> { }),
                OnRuleBreak.REPORT)) {
            reader.readAll(all::add);
        }
        assertThat(seen).isEqualTo(all);
        assertThat(workers()).isEqualTo(before);
    }

    @Test
    void at_the_end_of_the_stream_the_workers_end_without_being_closed() throws InterruptedException {
        byte[] portfolio = portfolio(Seeds.seed() + 5, 60);
        Set<Thread> before = workers();
        PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(r -> { }),
                OnRuleBreak.REPORT, 4);
        reader.readAll(initiative -> { });
        // Well before an idle worker's second runs out: they end because the stream has, not because they idle.
        long deadline = System.nanoTime() + 700_000_000L;
        for (Thread worker : workers()) {
            if (!before.contains(worker)) {
                worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        assertThat(workers()).isEqualTo(before);
    }

    /** The worker threads of parallel readers alive now. */
    private static Set<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(WORKER) && t.isAlive())
                .collect(Collectors.toSet());
    }

    /** What is printed on the standard error while {@code use} runs. */
    private static String stderrOf(Runnable use) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            use.run();
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

}
