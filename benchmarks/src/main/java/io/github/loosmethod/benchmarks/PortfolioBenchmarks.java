package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.serialization.LoosJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A JSON Lines portfolio of {@value #LINES} generated initiatives read from a file: read, validated
 * and summed into the portfolio's indicators on one thread and on {@value #THREADS}, against a token
 * scan of the same file and against the line framing alone (the part the parallel reader keeps on
 * one thread). A score is the time of one pass over the whole file.
 *
 * <p>The page cache is part of the measure, so it is set, and checked, before every iteration:
 * {@code warm} reads the file once and requires every page of it in memory; {@code cold} drops the
 * file's pages ({@code dd iflag=nocache}) and requires none left (see {@link PageCache}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PortfolioBenchmarks {

    /** Lines in the portfolio. */
    public static final int LINES = 50_000;

    /** Threads of the parallel reader: this machine's cores. */
    public static final int THREADS = 2;

    /** Whether the file is in the page cache before each iteration: {@code warm} or {@code cold}. */
    @Param({"warm"})
    public String cache;

    private final JsonFactory factory = new JsonFactory();
    private final LoosJson json = LoosJson.strict();
    private Path file;

    /** Writes the portfolio, if an earlier fork has not. */
    @Setup(Level.Trial)
    public void prepare() {
        file = Inputs.portfolio(LINES);
    }

    /**
     * Puts the file in the page cache, or out of it, and checks that it is so.
     *
     * @throws IOException if the file cannot be read or its pages cannot be dropped
     */
    @Setup(Level.Iteration)
    public void setCache() throws IOException {
        PageCache.set(file, "cold".equals(cache) ? PageCache.State.COLD : PageCache.State.WARM);
    }

    /**
     * Reads, validates and sums every line on the caller's thread.
     *
     * @return the indicators
     * @throws IOException if unreadable
     */
    @Benchmark
    public PortfolioIndicators streamModel() throws IOException {
        try (InputStream in = Files.newInputStream(file);
                PortfolioReader reader = json.portfolioReader(in, OnBadLine.stop(), OnRuleBreak.REFUSE)) {
            return PortfolioIndicators.of(reader, List.of());
        }
    }

    /**
     * Reads, validates and sums every line with the parallel reader: framing on one thread,
     * parsing and validation on {@value #THREADS}, the indicators summed in line order.
     *
     * @return the indicators
     * @throws IOException if unreadable
     */
    @Benchmark
    public PortfolioIndicators streamParallel() throws IOException {
        try (InputStream in = Files.newInputStream(file);
                PortfolioReader reader = json.portfolioReader(in, OnBadLine.stop(), OnRuleBreak.REFUSE, THREADS)) {
            return PortfolioIndicators.of(reader, List.of());
        }
    }

    /** Scans every token of the same file. @param sink the blackhole @throws IOException if unreadable */
    @Benchmark
    public void scanTokens(Blackhole sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser parser = factory.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                sink.consume(token);
            }
        }
    }

    /**
     * Cuts the file into lines, each copied into its own array as a reader hands it on, and does
     * nothing else: the serial part of a reader that parses lines in parallel.
     *
     * @param sink the blackhole
     * @throws IOException if unreadable
     */
    @Benchmark
    public void frameLines(Blackhole sink) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] line = new byte[1 << 16];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        line = append(line, length, buffer, start, i - start);
                        sink.consume(java.util.Arrays.copyOf(line, length + i - start));
                        length = 0;
                        start = i + 1;
                    }
                }
                line = append(line, length, buffer, start, read - start);
                length += read - start;
            }
        }
    }

    private static byte[] append(byte[] line, int length, byte[] buffer, int from, int count) {
        byte[] target = length + count > line.length ? java.util.Arrays.copyOf(line, 2 * (length + count)) : line;
        System.arraycopy(buffer, from, target, length, count);
        return target;
    }
}
