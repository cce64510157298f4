package io.github.loosmethod.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of a report (<em>tableau</em>), shown three ways: as text with aligned columns for people
 * ({@link #print}), as rows of a long CSV for spreadsheets and data tools ({@link #printCsv}), and as
 * a JSON object ({@link #writeJson}). As text, figures go to the right, words to the left; columns
 * are measured in the columns a terminal shows, not in UTF-16 units: a combining accent takes
 * none, a character outside the BMP one, a wide (East Asian) character two; a cell is one line:
 * line breaks and tabs in it are shown as spaces. As CSV and JSON, a cell keeps its value: a number
 * is a number, a share a fraction ({@link Share}), a missing value empty or {@code null}. The example
 * programs print their tables with it too.
 */
public final class Table {

    /** A share of a whole, shown as a percentage with one decimal, or {@code —} when there is none. */
    record Share(java.util.Optional<BigDecimal> value) {
        @Override
        public String toString() {
            return value.map(s -> s.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %").orElse("—");
        }
    }

    private static final Pattern FIGURE = Pattern.compile("[-+]?[0-9][0-9.,/]*( %)?|—");
    private static final Pattern BREAK = Pattern.compile("\\R|\\t");

    private final String id;
    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private final int columns;

    /**
     * Starts a table without id or title, as a part of a larger text.
     *
     * @param headers the names of the columns
     */
    public Table(String... headers) {
        this("", "", headers);
    }

    /**
     * Starts a table of a report.
     *
     * @param id its name for machines, stable across languages ({@code status}, {@code towns})
     * @param title its title for people, in the run's language
     * @param headers the names of the columns
     */
    static Table titled(String id, String title, String... headers) {
        return new Table(id, title, headers);
    }

    private Table(String id, String title, String[] headers) {
        this.id = id;
        this.title = title;
        this.columns = headers.length;
        rows.add(cells(headers));
    }

    /**
     * Adds a row.
     *
     * @param cells the cells, shown with {@link String#valueOf(Object)}; missing ones are empty
     * @return this table
     */
    public Table row(Object... cells) {
        String[] row = new String[columns];
        Object[] kept = new Object[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length ? String.valueOf(cells[i]) : "";
            kept[i] = i < cells.length ? cells[i] : null;
        }
        rows.add(cells(row));
        values.add(kept);
        return this;
    }

    String title() {
        return title;
    }

    private static String[] cells(String[] row) {
        return Arrays.stream(row).map(cell -> BREAK.matcher(cell).replaceAll(" ")).toArray(String[]::new);
    }

    /**
     * Returns how many terminal columns a text takes: zero for combining marks, format and control
     * characters, two for wide and full-width characters, one for any other code point.
     *
     * @param text the text, not null
     * @return its width in terminal columns
     */
    public static int width(String text) {
        return text.codePoints().map(Table::width).sum();
    }

    private static int width(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.CONTROL:
                return 0;
            default:
                return wide(codePoint) ? 2 : 1;
        }
    }

    /** East Asian Wide and Fullwidth characters (Unicode UAX #11), and the emoji shown two columns wide. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F                  // Hangul leading consonants
                || c >= 0x2E80 && c <= 0x303E              // CJK radicals, Kangxi, CJK symbols and punctuation
                || c >= 0x3041 && c <= 0x33FF              // kana, Bopomofo, Hangul compatibility, CJK compatibility
                || c >= 0x3400 && c <= 0x4DBF              // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF              // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF              // Yi
                || c >= 0xAC00 && c <= 0xD7A3              // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF              // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F              // CJK compatibility forms
                || c >= 0xFF00 && c <= 0xFF60              // full-width forms
                || c >= 0xFFE0 && c <= 0xFFE6              // full-width signs
                || c >= 0x1F300 && c <= 0x1F64F            // pictographs and emoticons
                || c >= 0x1F900 && c <= 0x1F9FF            // supplemental pictographs
                || c >= 0x20000 && c <= 0x3FFFD;           // CJK extensions B and beyond
    }

    /**
     * Prints the table as text with aligned columns, indented by two spaces, its header underlined.
     *
     * @param out where to print it
     */
    public void print(PrintStream out) {
        int[] widths = new int[columns];
        boolean[] right = new boolean[columns];
        Arrays.fill(right, rows.size() > 1);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
                right[i] &= r == 0 || FIGURE.matcher(row[i]).matches();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("  ");
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - width(row[i]));
                line.append(right[i] ? pad + row[i] : row[i] + pad).append(i + 1 < columns ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("  " + "-".repeat(Arrays.stream(widths).sum() + 2 * (columns - 1)));
            }
        }
    }

    /**
     * Prints the rows as records of a long CSV table: {@code table,row,column,value}, one record per
     * cell after the first of its row, which names the row; the header of the CSV is the caller's.
     */
    void printCsv(CSVPrinter csv) throws IOException {
        String[] headers = rows.get(0);
        for (Object[] row : values) {
            for (int i = 1; i < columns; i++) {
                csv.printRecord(id, String.valueOf(row[0]), headers[i], plain(row[i]));
            }
        }
    }

    /** Writes the table as {@code {"id", "title", "columns": [...], "rows": [[...], ...]}}. */
    void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("title", title);
        json.writeArrayFieldStart("columns");
        for (String header : rows.get(0)) {
            json.writeString(header);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (Object[] row : values) {
            json.writeStartArray();
            for (Object cell : row) {
                Object value = plain(cell);
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Number number) {
                    json.writeNumber(number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString());
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A cell's value for machines: a number as a number, a share as its fraction, none as null. */
    private static Object plain(Object cell) {
        if (cell instanceof Share share) {
            return share.value().map(BigDecimal::stripTrailingZeros).orElse(null);
        }
        if (cell instanceof Number || cell == null) {
            return cell;
        }
        return cell.toString();
    }
}
