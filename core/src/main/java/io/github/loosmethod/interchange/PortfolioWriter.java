package io.github.loosmethod.interchange;

import io.github.loosmethod.initiative.Initiative;
import java.io.Closeable;
import java.io.Flushable;
import java.io.UncheckedIOException;

/**
 * Writes a JSON Lines portfolio (<em>portefeuille</em>): one canonical initiative document per
 * line, each ended by a line feed. Memory use does not grow with the number of lines.
 *
 * <p>Opened by {@link Interchange#portfolioWriter}. Not thread-safe: one writer per stream.
 */
public interface PortfolioWriter extends Closeable, Flushable {

    /**
     * Writes one initiative as one line.
     *
     * @param initiative the initiative, not null
     * @throws UncheckedIOException if the stream cannot be written
     * @throws NullPointerException if {@code initiative} is null
     */
    void write(Initiative initiative);

    /**
     * Returns the number of lines written so far.
     *
     * @return the count, zero or more
     */
    long lines();

    /**
     * Flushes what was written to the stream.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    void flush();

    /**
     * Flushes and closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be written or closed
     */
    @Override
    void close();
}
