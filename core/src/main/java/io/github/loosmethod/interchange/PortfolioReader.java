package io.github.loosmethod.interchange;

import io.github.loosmethod.initiative.Initiative;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines portfolio (<em>portefeuille</em>) one initiative at a time, in constant
 * memory: only the current line is held, and a line longer than the document limit is not even
 * kept — it is drained and reported. Each line is read like a single document, under the same
 * rules and limits, and a refused line goes to the {@link OnBadLine} policy with its line number.
 * Blank lines are refused like any other bad line; a final line feed is optional, and a carriage
 * return before a line feed is accepted. A lenient reader reports the fields it skipped once for the
 * whole portfolio, at WARN through the SLF4J logger named after this interface, when the stream ends
 * or the reader is closed: how many, on how many lines, and the first few.
 *
 * <p>Opened by {@link Interchange#portfolioReader}. Use it as an {@link Iterator} (for example to
 * feed {@link io.github.loosmethod.portfolio.PortfolioIndicators#of}) or call {@link #readAll}. Not
 * thread-safe; one reader per stream. A reader opened on several threads
 * ({@link Interchange#portfolioReader(java.io.InputStream, OnBadLine, OnRuleBreak, int)}) behaves
 * exactly alike, and is used by one thread too; it holds a bounded window of lines ahead instead of
 * one line, and its own worker threads, which {@link #close()} ends.
 */
public interface PortfolioReader extends Iterator<Initiative>, Iterable<Initiative>, Closeable {

    /**
     * Returns this reader, to use it in a for-each loop once.
     *
     * @return this reader, never null
     */
    @Override
    Iterator<Initiative> iterator();

    /**
     * Tells whether another initiative follows, reading ahead past refused lines.
     *
     * @return true if {@link #next()} will return an initiative
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    boolean hasNext();

    /**
     * Returns the next initiative.
     *
     * @return the initiative, valid, never null
     * @throws NoSuchElementException if there is none
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    Initiative next();

    /**
     * Reads every remaining initiative and hands each to a consumer.
     *
     * @param each receives the initiatives in line order, not null
     * @return what was read, never null
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if {@code each} is null
     */
    PortfolioSummary readAll(Consumer<? super Initiative> each);

    /**
     * Reads every remaining initiative with the report of the rules of the method it breaks; with
     * {@link OnRuleBreak#REPORT}, the lines breaking rules are among them.
     *
     * @param each receives each initiative and its report, not null
     * @return the summary of the whole stream, never null
     * @throws NullPointerException if {@code each} is null
     */
    default PortfolioSummary readAllChecked(Consumer<? super Checked<Initiative>> each) {
        java.util.Objects.requireNonNull(each, "each");
        return readAll(initiative -> each.accept(Checked.of(initiative, initiative.validate())));
    }

    /**
     * Returns what was read so far.
     *
     * @return the counts of lines, initiatives, refused lines and skipped fields, never null
     */
    PortfolioSummary summary();

    /**
     * Closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be closed
     */
    @Override
    void close();
}
