package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** A JSON Lines portfolio of 100,000 realistic initiatives streamed from disk, against a token scan of the same file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PortfolioBenchmarks {

    /** Lines in the portfolio. */
    public static final int LINES = 100_000;

    private final JsonFactory factory = new JsonFactory();
    private Path file;

    /**
     * Writes the portfolio once per fork.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup
    public void prepare() throws IOException {
        file = Files.createTempFile("loos-bench-", ".jsonl");
        Initiative template = Inputs.initiative();
        try (OutputStream out = Files.newOutputStream(file); PortfolioWriter writer = LoosJson.strict().portfolioWriter(out)) {
            for (int n = 0; n < LINES; n++) {
                writer.write(Initiative.builder().from(template).withId(template.id() + "-" + n).build());
            }
        }
    }

    /**
     * Deletes the portfolio.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Returns the portfolio's size in bytes. @return the size @throws IOException if unreadable */
    long bytes() throws IOException {
        return Files.size(file);
    }

    /** Streams and validates every line. @param sink the blackhole @throws IOException if unreadable */
    @Benchmark
    public void streamModel(Blackhole sink) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                PortfolioReader reader = LoosJson.strict().portfolioReader(in, OnBadLine.stop())) {
            while (reader.hasNext()) {
                sink.consume(reader.next());
            }
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
}
