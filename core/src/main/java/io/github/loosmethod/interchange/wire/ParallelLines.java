package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import java.io.InputStream;
import java.util.Objects;

/**
 * Opens the parallel portfolio reader of {@link Interchange#portfolioReader(InputStream, OnBadLine,
 * OnRuleBreak, int)} with batches of a chosen size: tests use tiny batches, so that a short
 * portfolio crosses many of them, and benchmarks may try other sizes. Internal, like its package.
 *
 * <p>This class is thread-safe; it holds nothing.
 */
public final class ParallelLines {

    /** The most lines in a batch, by default. */
    public static final int BATCH_LINES = 256;
    /** The bytes past which a batch takes no more lines, by default: 64 KiB. */
    public static final int BATCH_BYTES = 1 << 16;

    private ParallelLines() {
    }

    /**
     * Opens a portfolio reader on {@code threads} worker threads, with batches of at most
     * {@code batchLines} lines, cut once they hold {@code batchBytes} bytes; with one thread, the
     * sequential reader (batches play no part in it).
     *
     * @param json the backend that reads each line, not null
     * @param in the stream, closed with the reader, not null
     * @param onBadLine what to do with a refused line, not null
     * @param onRuleBreak what to do with a line that breaks a rule, not null
     * @param threads the number of worker threads, at least 1
     * @param batchLines the most lines in a batch, at least 1
     * @param batchBytes the bytes past which a batch takes no more lines, at least 1
     * @return the reader, never null
     * @throws IllegalArgumentException if a number is less than 1
     * @throws NullPointerException if an argument is null
     */
    public static PortfolioReader open(Documents json, InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak, int threads,
            int batchLines, int batchBytes) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onBadLine, "onBadLine");
        Objects.requireNonNull(onRuleBreak, "onRuleBreak");
        if (threads < 1) {
            throw new IllegalArgumentException("a portfolio is read on at least 1 thread, not " + threads);
        }
        if (threads == 1) {
            return new LineReader(json, in, onBadLine, onRuleBreak == OnRuleBreak.REFUSE);
        }
        return new ParallelLineReader(json, in, onBadLine, onRuleBreak, threads, batchLines, batchBytes);
    }
}
