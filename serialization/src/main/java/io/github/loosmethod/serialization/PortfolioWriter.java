package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.loosmethod.initiative.Initiative;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a JSON Lines portfolio (<em>portefeuille</em>): one canonical initiative document per
 * line, each ended by a line feed. Memory use does not grow with the number of lines.
 *
 * <p>Not thread-safe: one writer per stream.
 */
public final class PortfolioWriter implements Closeable, Flushable {

    private final OutputStream out;
    private final JsonGenerator generator;
    private long lines;

    PortfolioWriter(JsonFactory factory, OutputStream out) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        try {
            this.generator = factory.createGenerator(this.out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setRootValueSeparator(null);
    }

    /**
     * Writes one initiative as one line.
     *
     * @param initiative the initiative, not null
     * @throws UncheckedIOException if the stream cannot be written
     * @throws NullPointerException if {@code initiative} is null
     */
    public void write(Initiative initiative) {
        Objects.requireNonNull(initiative, "initiative");
        try {
            InitiativeCodecs.INITIATIVE.write(generator, initiative);
            generator.writeRaw('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the number of lines written so far.
     *
     * @return the count, zero or more
     */
    public long lines() {
        return lines;
    }

    /**
     * Flushes what was written to the stream.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void flush() {
        try {
            generator.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be written or closed
     */
    @Override
    public void close() {
        try (OutputStream closing = out) {
            generator.close();
            closing.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
