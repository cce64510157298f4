/**
 * Real-world CSV read strictly (<em>fichiers CSV</em>): an explicit charset and separator, bytes
 * that do not decode reported with their line and byte offset, ragged rows reported and never
 * re-aligned, one bad row never stopping the others.
 *
 * <p>A table read row by row, each row with its line:
 * <pre>{@code
 * try (CsvTable table = CsvTable.open(in, StandardCharsets.UTF_8, ',')) {
 *     for (CsvRow row : table) {
 *         lines.add(row.line() + ": " + row.cells().size() + " cells");
 *     }
 * }
 * }</pre>
 */
package io.github.loosmethod.interop.csv;
