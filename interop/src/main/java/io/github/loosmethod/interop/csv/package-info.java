/**
 * Real-world CSV read strictly (<em>fichiers CSV</em>): an explicit charset and separator, bytes
 * that do not decode reported with their line and byte offset, ragged rows reported and never
 * re-aligned, one bad row never stopping the others.
 */
package io.github.loosmethod.interop.csv;
