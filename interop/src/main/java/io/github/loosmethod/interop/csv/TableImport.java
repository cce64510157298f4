package io.github.loosmethod.interop.csv;

import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.provenance.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The import of a CSV table, whatever its format (<em>import de table</em>): what every table
 * adapter does the same way, so that each says only what its format means. The file is decoded
 * once before any row is imported (bytes of another charset import nothing: one refused record
 * naming the line and byte offset); an empty file, a header that names a column twice or lacks the
 * format's required columns (with the separator it seems to hold, when that is not the one given)
 * are each one refused record and nothing is imported; a malformed record (a quote left open,
 * text after a closing quote, a record past {@link CsvTable#MAX_RECORD_CHARACTERS}) stops the
 * reading there, one refused record saying that the rows after it are not read; a ragged row is refused at its line and never
 * re-aligned; columns the format does not know are dropped, once per file, with the first row; each
 * other row is the format's to import. Nothing throws for bad input; only a file that cannot be
 * opened or read throws {@link UncheckedIOException}.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class TableImport {

    private static final char[] SEPARATORS = {';', ',', '\t', '|'};

    private TableImport() {
    }

    /**
     * What a table's format says, for one file.
     *
     * @param missing gives the columns the format requires that a header (not empty) lacks, as
     *        they are named to people; empty when none
     * @param rows starts reading the rows of a header the format accepts, given the file's name
     *        (for the sources) and the header
     * @param source gives where a problem of the file, or of a row that is not aligned with the
     *        header, is: from the file's name and the line (from 1)
     */
    public record Format(Function<List<String>, List<String>> missing, BiFunction<String, List<String>, Rows> rows,
            BiFunction<String, Long, Source> source) {

        /**
         * Creates a format.
         *
         * @param missing gives the columns the format requires that a header (not empty) lacks, as
         *        they are named to people; empty when none
         * @param rows starts reading the rows of a header the format accepts, given the file's name
         *        (for the sources) and the header
         * @param source gives where a problem of the file, or of a row that is not aligned with the
         *        header, is: from the file's name and the line (from 1)
         * @throws NullPointerException if an argument is null
         */
        public Format {
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The rows of one table, as its format reads them.
     *
     * @param unknown the columns of the header the format does not know, in the header's order
     * @param source gives where a row aligned with the header was read: its line and what
     *        identifies it
     * @param record imports a row aligned with the header, given its losses so far (which the
     *        record carries)
     */
    public record Rows(List<String> unknown, Function<CsvRow, Source> source, BiFunction<CsvRow, Losses, ImportedRecord> record) {

        /**
         * Creates the rows of a table.
         *
         * @param unknown the columns of the header the format does not know, in the header's order
         * @param source gives where a row aligned with the header was read: its line and what
         *        identifies it
         * @param record imports a row aligned with the header, given its losses so far (which the
         *        record carries)
         * @throws NullPointerException if an argument is null
         */
        public Rows {
            unknown = List.copyOf(unknown);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * Reads a table, giving each record to {@code each} in the order of the file.
     *
     * @param file the CSV file, not null
     * @param charset its charset, never guessed, not null
     * @param separator its separator of fields, never guessed
     * @param format what the table means, not null
     * @param each receives each record, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public static ImportSummary read(Path file, Charset charset, char separator, Format format, Consumer<ImportedRecord> each) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(each, "each");
        String name = file.getFileName().toString();
        ImportSummary.Tally tally = new ImportSummary.Tally();
        Consumer<ImportedRecord> counted = record -> {
            tally.add(record);
            each.accept(record);
        };
        try {
            CsvTable.checkEncoding(file, charset);
        } catch (CsvEncodingException e) {
            counted.accept(encoding(format, name, e));
            return tally.summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(file); CsvTable table = CsvTable.open(in, charset, separator)) {
            read(name, table, separator, format, counted);
        } catch (CsvEncodingException e) {
            // Checked before; a file that changed since is reported all the same.
            counted.accept(encoding(format, name, e));
        } catch (IOException e) {
            counted.accept(refused(format.source().apply(name, 1L), "interop.csv.malformed", e.getMessage()));
        }
        return tally.summary();
    }

    private static void read(String name, CsvTable table, char separator, Format format, Consumer<ImportedRecord> each) {
        List<String> header = table.header();
        if (header.isEmpty()) {
            each.accept(refused(format.source().apply(name, 1L), "interop.csv.empty"));
            return;
        }
        List<String> repeated = header.stream().filter(column -> header.indexOf(column) != header.lastIndexOf(column)).distinct()
                .collect(java.util.stream.Collectors.toList());
        if (!repeated.isEmpty()) {
            // Which of the two a value belongs to cannot be told: neither is taken.
            each.accept(refused(format.source().apply(name, 1L), "interop.csv.repeatedColumns", String.join(", ", repeated)));
            return;
        }
        List<String> missing = format.missing().apply(header);
        if (!missing.isEmpty()) {
            String other = header.size() == 1 ? otherSeparator(header.get(0), separator) : null;
            each.accept(other != null
                    ? refused(format.source().apply(name, 1L), "interop.csv.separator", String.join(", ", missing), other, separator)
                    : refused(format.source().apply(name, 1L), "interop.csv.missingColumns", String.join(", ", missing)));
            return;
        }
        Rows rows = format.rows().apply(name, header);
        Iterator<CsvRow> iterator = table.iterator();
        boolean first = true;
        while (true) {
            long line = table.nextLine();
            CsvRow row;
            try {
                if (!iterator.hasNext()) {
                    return;
                }
                row = iterator.next();
            } catch (UncheckedIOException e) {
                Throwable cause = e.getCause();
                each.accept(cause instanceof CsvEncodingException ? encoding(format, name, (CsvEncodingException) cause)
                        : refused(format.source().apply(name, line), "interop.csv.malformed", cause.getMessage()));
                return;
            }
            Losses losses = new Losses(row.isAligned() ? rows.source().apply(row) : format.source().apply(name, row.line()));
            if (first) {
                rows.unknown().forEach(column -> losses.add(column, "", LossCategory.DROPPED, null, "interop.csv.extraColumn", column));
                first = false;
            }
            if (row.isAligned()) {
                each.accept(rows.record().apply(row, losses));
            } else {
                losses.add(null, "", LossCategory.REFUSED_RECORD, null, "interop.csv.ragged", row.cells().size(), row.header().size());
                each.accept(losses.refused());
            }
        }
    }

    /** Names the separator a one-column header holds, when it is another than the one given. */
    private static String otherSeparator(String header, char separator) {
        for (char candidate : SEPARATORS) {
            if (candidate != separator && header.indexOf(candidate) >= 0) {
                return candidate == '\t' ? "\\t" : String.valueOf(candidate);
            }
        }
        return null;
    }

    private static ImportedRecord encoding(Format format, String name, CsvEncodingException e) {
        return refused(format.source().apply(name, e.line()), "interop.csv.encoding", e.charset(), e.byteOffset(), e.line());
    }

    private static ImportedRecord refused(Source source, String key, Object... arguments) {
        return new Losses(source).add(null, "", LossCategory.REFUSED_RECORD, null, key, arguments).refused();
    }
}
