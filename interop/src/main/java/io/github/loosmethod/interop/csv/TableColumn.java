package io.github.loosmethod.interop.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A column of a table whose schema is published (<em>colonne</em>): its name and whether every row
 * must fill it. The columns of such a format are an enum implementing this; what a header lacks or
 * holds more follows from them, here.
 */
public interface TableColumn {

    /**
     * Returns the column's name in the table.
     *
     * @return the name, never blank
     */
    String column();

    /**
     * Tells whether the schema requires a value in every row.
     *
     * @return true if it does
     */
    boolean required();

    /**
     * Returns the required columns a header lacks.
     *
     * @param header the header, not null
     * @param columns the format's columns, not null
     * @return their names, in the format's order; empty when none
     */
    static List<String> missing(List<String> header, TableColumn[] columns) {
        List<String> missing = new ArrayList<>();
        for (TableColumn column : columns) {
            if (column.required() && !header.contains(column.column())) {
                missing.add(column.column());
            }
        }
        return missing;
    }

    /**
     * Returns the columns of a header that are not the format's.
     *
     * @param header the header, not null
     * @param columns the format's columns, not null
     * @return their names, in the header's order
     */
    static List<String> unknown(List<String> header, TableColumn[] columns) {
        return header.stream().filter(name -> Arrays.stream(columns).noneMatch(known -> known.column().equals(name)))
                .collect(Collectors.toList());
    }
}
