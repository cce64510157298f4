package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.PortfolioWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The {@link PortfolioWriter} of every backend: each line written by the backend's {@link WireOut}. */
final class LineWriter implements PortfolioWriter {

    private final OutputStream out;
    private final WireOut wire;
    private long lines;

    /**
     * @param out the buffered stream the writer ends in, closed with it
     * @param wire the backend's writer on {@code out}
     */
    LineWriter(OutputStream out, WireOut wire) {
        this.out = out;
        this.wire = wire;
    }

    @Override
    public void write(Initiative initiative) {
        Objects.requireNonNull(initiative, "initiative");
        try {
            Shapes.INITIATIVE.write(wire, initiative);
            wire.endLine();
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long lines() {
        return lines;
    }

    @Override
    public void flush() {
        try {
            wire.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (OutputStream closing = out) {
            wire.close();
            closing.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
