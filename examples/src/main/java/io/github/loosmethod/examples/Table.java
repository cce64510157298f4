package io.github.loosmethod.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text table with aligned columns: figures to the right, words to the left. Columns are
 * measured in the columns a terminal shows, not in UTF-16 units: a combining accent takes none, a
 * character outside the BMP one, a wide (East Asian) character two. A cell is one line: line
 * breaks and tabs in it are shown as spaces.
 */
final class Table {

    private static final Pattern FIGURE = Pattern.compile("[-+]?[0-9][0-9.,/]*( %)?|—");
    private static final Pattern BREAK = Pattern.compile("\\R|\\t");

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... headers) {
        this.columns = headers.length;
        rows.add(cells(headers));
    }

    Table row(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length ? String.valueOf(cells[i]) : "";
        }
        rows.add(cells(row));
        return this;
    }

    private static String[] cells(String[] row) {
        return Arrays.stream(row).map(cell -> BREAK.matcher(cell).replaceAll(" ")).toArray(String[]::new);
    }

    /**
     * Returns how many terminal columns a text takes: zero for combining marks, format and control
     * characters, two for wide and full-width characters, one for any other code point.
     */
    static int width(String text) {
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

    void print(PrintStream out) {
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
}
