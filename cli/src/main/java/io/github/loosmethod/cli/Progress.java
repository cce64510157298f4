package io.github.loosmethod.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for a long run (<em>barre de progression</em>): how far through the
 * input (in bytes, or in lines for a file an adapter reads itself), the rate and the time left when
 * the input's size is known, the records and their rate otherwise; redrawn at most five times a second on one line, erased at the end. Drawn only when
 * stderr is a terminal ({@link #none()} otherwise), so that logs and pipes never hold one.
 */
abstract class Progress implements AutoCloseable {

    /** What the size of an input and a position in it count. */
    enum Unit {
        /** Bytes: the rate is said in MiB/s. */
        BYTES,
        /** Lines of a text file, counted before the run: the rate is said in lines/s. */
        LINES
    }

    /**
     * Notes that one more record was read.
     *
     * @param position how far through the input, in the bar's unit
     */
    abstract void record(LongSupplier position);

    /** Erases the bar, so that a line can be printed on the terminal; the next record draws it again. */
    abstract void clear();

    /** Erases the bar. */
    @Override
    public final void close() {
        clear();
    }

    /** The progress of a run that draws none. */
    static Progress none() {
        return new Progress() {
            @Override
            void record(LongSupplier position) {
            }

            @Override
            void clear() {
            }
        };
    }

    /**
     * The progress bar of a run.
     *
     * @param err the terminal
     * @param texts the run's language
     * @param label what is read, said first
     * @param size the input's size, or negative when unknown (stdin)
     * @param unit what the size counts
     */
    static Progress drawn(PrintStream err, Texts texts, String label, long size, Unit unit) {
        return new Drawn(err, texts, label, size, unit);
    }

    private static final class Drawn extends Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private static final int WIDTH = 24;
        private static final String ERASE = "\r\033[K";

        private final PrintStream err;
        private final Texts texts;
        private final String label;
        private final long size;
        private final Unit unit;
        private final long start = System.nanoTime();
        private long lastDrawn = start;
        private long records;
        private boolean drawnOnce;

        Drawn(PrintStream err, Texts texts, String label, long size, Unit unit) {
            this.err = err;
            this.texts = texts;
            this.label = label;
            this.size = size;
            this.unit = unit;
        }

        @Override
        void record(LongSupplier position) {
            records++;
            // The clock is read every 256 records only: a record is read in a few microseconds.
            if ((records & 0xFF) != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastDrawn >= EVERY_NANOS) {
                lastDrawn = now;
                draw(position.getAsLong(), now);
            }
        }

        private void draw(long position, long now) {
            double seconds = Math.max((now - start) / 1e9, 1e-3);
            StringBuilder line = new StringBuilder(ERASE).append(label).append(' ');
            if (size > 0) {
                double done = Math.min(1.0, (double) position / size);
                int filled = (int) Math.round(done * WIDTH);
                line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                        .append(String.format(Locale.ROOT, "%3d%%  ", (int) Math.floor(done * 100)));
                double rate = position / seconds;
                line.append(unit == Unit.BYTES ? String.format(Locale.ROOT, "%.1f MiB/s  ", rate / (1 << 20))
                        : String.format(texts.french() ? Locale.FRENCH : Locale.ENGLISH, "%,.0f %s/s  ", rate, texts.text("lines", "lignes")));
                long left = rate > 0 ? (long) ((size - position) / rate) : -1;
                line.append(texts.text("ETA ", "reste ")).append(left < 0 ? "?" : duration(left)).append("  ");
            }
            line.append(String.format(texts.french() ? Locale.FRENCH : Locale.ENGLISH, "%,d %s  %,.0f/s", records,
                    texts.text("records", "fiches"), records / seconds));
            err.print(line);
            err.flush();
            drawnOnce = true;
        }

        private static String duration(long seconds) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }

        @Override
        void clear() {
            if (drawnOnce) {
                err.print(ERASE);
                err.flush();
                drawnOnce = false;
            }
        }
    }
}
