package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@link PortfolioReader} of every backend: lines split here, each read by the backend's {@link Documents}. */
final class LineReader implements PortfolioReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortfolioReader.class);

    private final Documents json;
    private final InputStream in;
    private final OnBadLine onBadLine;
    /** Whether a line breaking a rule of the method is refused (strict interchange) or read (a host keeping its drafts). */
    private final boolean checkRules;
    /** The longest line: the document limit, or what one array can hold if that is less. */
    private final long maxLine;
    private final Ignored ignored = new Ignored();
    private boolean ignoredLogged;
    private final LineFramer framer;
    private long lineNumber;
    private long badLines;
    private long initiatives;
    private boolean finished;
    private Initiative next;

    LineReader(Documents json, InputStream in, OnBadLine onBadLine, boolean checkRules) {
        this.json = json;
        this.in = Objects.requireNonNull(in, "in");
        this.onBadLine = Objects.requireNonNull(onBadLine, "onBadLine");
        this.checkRules = checkRules;
        this.maxLine = maxLine(json);
        this.framer = new LineFramer(in, maxLine, 8192);
    }

    /** The longest line: the document limit, or what one array can hold if that is less. */
    static long maxLine(Documents json) {
        return Math.min(json.limits().maxDocumentLength(), LineFramer.MAX_ARRAY - 1L);
    }

    /**
     * Returns this reader, to use it in a for-each loop once.
     *
     * @return this reader, never null
     */
    @Override
    public Iterator<Initiative> iterator() {
        return this;
    }

    /**
     * Tells whether another initiative follows, reading ahead past refused lines.
     *
     * @return true if {@link #next()} will return an initiative
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readLine().orElse(null);
        }
        if (finished) {
            logIgnored();
        }
        return next != null;
    }

    /** One summary of the fields a lenient read skipped, for the whole portfolio. */
    private void logIgnored() {
        if (!ignoredLogged) {
            ignoredLogged = true;
            ignored.log(LOG, "a portfolio");
        }
    }

    /**
     * Returns the next initiative.
     *
     * @return the initiative, valid, never null
     * @throws NoSuchElementException if there is none
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    public Initiative next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more initiatives in the portfolio");
        }
        Initiative result = next;
        next = null;
        return result;
    }

    /**
     * Reads every remaining initiative and hands each to a consumer.
     *
     * @param each receives the initiatives in line order, not null
     * @return what was read, never null
     * @throws InterchangeException if a line is refused and the policy stops
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if {@code each} is null
     */
    public PortfolioSummary readAll(Consumer<? super Initiative> each) {
        Objects.requireNonNull(each, "each");
        while (hasNext()) {
            each.accept(next());
        }
        return summary();
    }

    /**
     * Returns what was read so far.
     *
     * @return the counts of lines, initiatives, refused lines and skipped fields, never null
     */
    public PortfolioSummary summary() {
        return new PortfolioSummary(lineNumber, initiatives, badLines, ignored.count());
    }

    /** Reads one line; empty when the line was refused or the stream ended. */
    private Optional<Initiative> readLine() {
        framer.reset();
        int framed = framer.next();
        finished = framer.ended();
        if (framed == LineFramer.NO_LINE) {
            return Optional.empty();
        }
        lineNumber++;
        try {
            Initiative initiative = read(json, framed, framer.bytes(), framer.start(), framer.end(), maxLine, ignored, lineNumber,
                    checkRules);
            initiatives++;
            return Optional.of(initiative);
        } catch (InterchangeException e) {
            badLines++;
            onBadLine.badLine(e.onLine(lineNumber));
            return Optional.empty();
        }
    }

    /**
     * Reads one framed line of a portfolio, the same way whatever the thread: a line over the limit
     * and a blank line are refused, anything else is read as a document.
     *
     * @param framed what {@link LineFramer#next()} said of the line
     * @param ignored where the fields a lenient read skips are counted, placed on this line
     * @throws InterchangeException if the line is refused, without its line number
     */
    static Initiative read(Documents json, int framed, byte[] bytes, int start, int end, long maxLine, Ignored ignored,
            long lineNumber, boolean checkRules) {
        if (framed == LineFramer.TOO_LONG) {
            throw new InterchangeException(List.of(Documents.problem("", Message.of("read.lineTooLong", maxLine))));
        }
        if (end == start) {
            throw new InterchangeException(List.of(Documents.problem("", Message.of("read.lineEmpty"))));
        }
        ignored.atLine(lineNumber);
        return json.read(bytes, start, end - start, Shapes.INITIATIVE, ignored, checkRules);
    }

    /**
     * Closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be closed
     */
    @Override
    public void close() {
        logIgnored();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
