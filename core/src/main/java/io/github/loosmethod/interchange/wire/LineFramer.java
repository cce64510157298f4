package io.github.loosmethod.interchange.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a JSON Lines stream into lines, for the sequential reader and the parallel one alike, so
 * that both see the same lines: a line ends at a line feed or at the end of the stream, a carriage
 * return before the line feed is not part of it, and a line longer than the limit is drained rather
 * than held. Lines are appended one after the other to an array ({@link #bytes()}): the sequential
 * reader {@linkplain #reset() reuses} it for every line, the parallel one {@linkplain #take() hands
 * it over} with a batch of lines. Not thread-safe; one per stream, used by the thread that reads it.
 */
final class LineFramer {

    /** No line: the stream has ended. */
    static final int NO_LINE = 0;
    /** A line, between {@link #start()} and {@link #end()}. */
    static final int LINE = 1;
    /** A line longer than the limit, drained; none of its bytes are held. */
    static final int TOO_LONG = 2;
    /** The longest array the JVM allocates. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private final long maxLine;
    private final int capacity;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] out;
    private int start;
    private int end;
    private boolean ended;

    /**
     * @param maxLine the longest line, at most {@link #MAX_ARRAY} - 1
     * @param capacity the first size of the array lines are appended to
     */
    LineFramer(InputStream in, long maxLine, int capacity) {
        this.in = in;
        this.maxLine = maxLine;
        this.capacity = capacity;
        this.out = new byte[capacity];
    }

    /** Whether the stream has ended: no line follows. */
    boolean ended() {
        return ended;
    }

    /** The array the lines are appended to. */
    byte[] bytes() {
        return out;
    }

    /** Where the last line framed starts. */
    int start() {
        return start;
    }

    /** Where the last line framed ends, its line feed and carriage return left out; the next one is appended there. */
    int end() {
        return end;
    }

    /** Appends the next line at the start of the array again. */
    void reset() {
        start = 0;
        end = 0;
    }

    /** Hands over the array with the lines appended so far, and appends the next one to a new array. */
    byte[] take() {
        byte[] taken = out;
        out = new byte[capacity];
        reset();
        return taken;
    }

    /**
     * Frames the next line, appended after the previous one. A failure of the stream drops the part
     * of the line read so far, as a sequential reader always did: the next call starts a new line.
     *
     * @return {@link #NO_LINE}, {@link #LINE} or {@link #TOO_LONG}
     * @throws UncheckedIOException if the stream cannot be read
     */
    int next() {
        start = end;
        if (ended) {
            return NO_LINE;
        }
        boolean tooLong = false;
        boolean complete = false;
        while (!complete) {
            if (position == limit && !fill()) {
                ended = true;
                if (end == start && !tooLong) {
                    return NO_LINE;
                }
                break;
            }
            int stop = position;
            while (stop < limit && buffer[stop] != '\n') {
                stop++;
            }
            int chunk = stop - position;
            if (!tooLong && end - start + (long) chunk <= maxLine + 1) {
                append(position, chunk);
            } else {
                // Nothing of a line over the limit is kept: it is drained to its line feed.
                tooLong = true;
                end = start;
            }
            complete = stop < limit;
            position = complete ? stop + 1 : stop;
        }
        if (end > start && out[end - 1] == '\r') {
            end--;
        }
        if (tooLong || end - start > maxLine) {
            end = start;
            return TOO_LONG;
        }
        return LINE;
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            while (read == 0) {
                read = in.read(buffer);
            }
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            end = start;
            throw new UncheckedIOException(e);
        }
    }

    private void append(int from, int count) {
        if (end + count > out.length) {
            // Never more than the line's limit past its start: a line over it is drained, not held.
            long most = Math.min(start + maxLine + 1, MAX_ARRAY);
            out = Arrays.copyOf(out, (int) Math.min(Math.max(out.length * 2L, end + (long) count), most));
        }
        System.arraycopy(buffer, from, out, end, count);
        end += count;
    }
}
