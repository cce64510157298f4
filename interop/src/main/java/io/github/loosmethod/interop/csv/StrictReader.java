package io.github.loosmethod.interop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in one charset and refuses any that do not belong to it, saying where: an
 * {@link java.io.InputStreamReader} would put U+FFFD in their place and a Windows-1252 file read as
 * UTF-8 would import garbled names without a word.
 */
final class StrictReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    /** The bytes read before those now in the buffer. */
    private long before;
    /** The line being decoded, from 1: line feeds decoded so far, plus one. */
    private long line = 1;
    private boolean endOfInput;
    private boolean flushed;
    /** Whether the last character decoded was a carriage return: a line feed after it ends no new line. */
    private boolean afterReturn;
    /** The characters decoded since {@link #recordStarted()}, and the most a record may hold. */
    private long inRecord;
    private final long maxRecord;
    /** A low surrogate decoded for a reader that asked for one character, kept for its next read. */
    private final char[] pair = new char[2];
    private int pending = -1;

    StrictReader(InputStream in, Charset charset, long maxRecord) {
        this.in = in;
        this.charset = charset;
        this.maxRecord = maxRecord;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    /** Starts counting the characters of a new record. */
    void recordStarted() {
        inRecord = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        if (length == 1) {
            // A character outside the Basic Multilingual Plane needs two: decode both, hand one.
            int read = read(pair, 0, 2);
            if (read == 2) {
                pending = pair[1];
            }
            if (read > 0) {
                buffer[offset] = pair[0];
            }
            return read;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                count(buffer, offset, out.position());
                throw new CsvEncodingException(charset, line, before + bytes.position());
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        int read = out.position() - offset;
        count(buffer, offset, out.position());
        inRecord += read;
        if (maxRecord > 0 && inRecord > maxRecord) {
            throw new java.io.IOException("a record longer than " + maxRecord + " characters, from line " + line);
        }
        return read == 0 ? -1 : read;
    }

    private void fill() throws IOException {
        before += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts lines as the CSV parser does: a line ends at a line feed, a carriage return, or both. */
    private void count(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && !afterReturn) {
                line++;
            }
            afterReturn = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
