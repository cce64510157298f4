package io.github.loosmethod.interop.csv;

import io.github.loosmethod.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a CSV table (<em>ligne</em>): the line it starts on and its cells, in order. A row
 * with another number of cells than the header is kept as it is, never re-aligned: the adapter
 * reports it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param line the line the record starts on, from 1 (the header is line 1)
 * @param header the table's column names, unmodifiable
 * @param cells the cells, unmodifiable
 */
public record CsvRow(long line, List<String> header, List<String> cells) {

    /**
     * Creates a row.
     *
     * @param line the line the record starts on, from 1 (the header is line 1)
     * @param header the table's column names, unmodifiable
     * @param cells the cells, unmodifiable
     * @throws NullPointerException if a list is null
     * @throws IllegalArgumentException if the line is less than 1
     */
    public CsvRow {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        header = List.copyOf(header);
        cells = List.copyOf(cells);
    }

    /**
     * Tells whether the row has as many cells as the header has columns.
     *
     * @return true if it does
     */
    public boolean isAligned() {
        return cells.size() == header.size();
    }

    /**
     * Returns the cell of a column, stripped of surrounding white space, or empty when the column
     * is absent or the cell is blank ({@link Texts#isBlank}: non-breaking spaces included).
     * Meaningful on an aligned row only.
     *
     * @param column the column's name, not null
     * @return the value, never blank
     */
    public Optional<String> cell(String column) {
        int index = header.indexOf(Objects.requireNonNull(column, "column"));
        if (index < 0 || index >= cells.size()) {
            return Optional.empty();
        }
        String value = cells.get(index).strip();
        // Blank as the model means it: a cell of non-breaking spaces is no value either.
        return Texts.isBlank(value) ? Optional.empty() : Optional.of(value);
    }
}
