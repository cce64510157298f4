/**
 * What every adapter shares (<em>interopérabilité</em>): the caller's {@link
 * io.github.loosmethod.interop.ImportContext} (what a source does not say), each source record
 * imported ({@link io.github.loosmethod.interop.ImportedRecord}: where it came from, the initiative
 * built or why none, its validation report, its losses), and the loss report written as JSON
 * Lines ({@link io.github.loosmethod.interop.LossReport}).
 */
package io.github.loosmethod.interop;
