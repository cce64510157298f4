package io.github.loosmethod.interop.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table read strictly, row by row (<em>table CSV</em>), as RFC 4180 writes it: the first
 * record is the header; fields may be quoted and then hold separators and line breaks. The charset
 * and the separator are the caller's, never guessed: bytes the charset does not have stop the
 * reading with a {@link CsvEncodingException} naming their line and byte offset. A byte order mark
 * at the start is skipped (spreadsheets write one); an empty line is a row of one empty cell, for
 * the adapter to report rather than skip. Streams: memory holds one record, of at most
 * {@link #MAX_RECORD_CHARACTERS} characters — a quote left open near the top of a large file stops
 * the reading there, rather than the rest of the file being read into one field.
 *
 * <p>Not thread-safe; one instance per file.
 */
public final class CsvTable implements Closeable, Iterable<CsvRow> {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The most characters one record may hold: a quote left open reads no further than this. */
    public static final int MAX_RECORD_CHARACTERS = 1 << 20;

    private final StrictReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long nextLine;

    private CsvTable(InputStream in, Charset charset, char separator) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        this.reader = new StrictReader(in, charset, MAX_RECORD_CHARACTERS);
        java.io.PushbackReader start = new java.io.PushbackReader(reader, 1);
        int mark = start.read();
        if (mark >= 0 && mark != BYTE_ORDER_MARK) {
            // Skipped before the parser sees it, so that a quoted first name is read as quoted.
            start.unread(mark);
        }
        this.parser = CSVParser.builder().setReader(start).setFormat(format).get();
        this.records = parser.iterator();
        List<String> names = new ArrayList<>();
        boolean headed;
        try {
            headed = hasNextRecord();
        } catch (UncheckedIOException e) {
            parser.close();
            throw e.getCause();
        }
        if (headed) {
            CSVRecord first = nextRecord();
            first.forEach(names::add);
            reader.recordStarted();
        }
        this.header = List.copyOf(names);
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    /**
     * Opens a table on a stream, reading its header.
     *
     * @param in the bytes, closed with the table, not null
     * @param charset the charset the file is written in, not null
     * @param separator the separator of fields, such as {@code ','} or {@code ';'}
     * @return the table, never null
     * @throws CsvEncodingException if the header, or what the parser reads ahead of it, holds
     *         bytes the charset does not have
     * @throws IOException if the stream fails or the header is malformed (an unterminated quote)
     */
    public static CsvTable open(InputStream in, Charset charset, char separator) throws IOException {
        return new CsvTable(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"), separator);
    }

    /**
     * Reads a whole file to check that every byte belongs to its charset, without keeping it: an
     * import makes this check first, so that a file in another charset imports nothing.
     *
     * @param file the file, not null
     * @param charset the charset it is declared in, not null
     * @throws CsvEncodingException at the first bytes the charset does not have
     * @throws IOException if the file cannot be read
     */
    public static void checkEncoding(Path file, Charset charset) throws IOException {
        try (StrictReader reader = new StrictReader(Files.newInputStream(file), charset, 0)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // Decoding is the check.
            }
        }
    }

    /**
     * Returns the names of the columns, as the header has them.
     *
     * @return the names, empty for an empty file, unmodifiable
     */
    public List<String> header() {
        return header;
    }

    /**
     * Returns the rows after the header, read as they are iterated. Reading fails with an
     * {@link UncheckedIOException} whose cause is a {@link CsvEncodingException} at bytes the
     * charset does not have, or an {@link IOException} at a malformed record (an unterminated
     * quote), and stops there.
     *
     * @return the rows, once
     */
    @Override
    public Iterator<CsvRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hasNextRecord();
            }

            @Override
            public CsvRow next() {
                if (!hasNextRecord()) {
                    throw new NoSuchElementException("no more rows");
                }
                long line = nextLine;
                CSVRecord record = nextRecord();
                nextLine = parser.getCurrentLineNumber() + 1;
                reader.recordStarted();
                return new CsvRow(line, header, record.toList());
            }
        };
    }

    /**
     * Returns the line the next record starts on: where a failure of the next read is.
     *
     * @return the line, from 1
     */
    public long nextLine() {
        return nextLine;
    }

    private boolean hasNextRecord() {
        return records.hasNext();
    }

    private CSVRecord nextRecord() {
        return records.next();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
