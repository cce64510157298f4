package io.github.loosmethod.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A text table with aligned columns: figures to the right, words to the left. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... headers) {
        this.columns = headers.length;
        rows.add(headers);
    }

    Table row(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    private static boolean figure(String cell) {
        return cell.matches("[-+]?[0-9][0-9.,]*( %)?|—");
    }

    void print(PrintStream out) {
        int[] widths = new int[columns];
        boolean[] right = new boolean[columns];
        java.util.Arrays.fill(right, rows.size() > 1);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
                right[i] &= r == 0 || figure(row[i]);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("  ");
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(right[i] ? pad + row[i] : row[i] + pad).append(i + 1 < columns ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                char[] rule = new char[Arrays.stream(widths).sum() + 2 * (columns - 1)];
                Arrays.fill(rule, '-');
                out.println("  " + new String(rule));
            }
        }
    }
}
