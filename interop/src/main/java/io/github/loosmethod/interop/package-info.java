/**
 * What every adapter shares (<em>interopérabilité</em>): the caller's {@link
 * io.github.loosmethod.interop.ImportContext} (what a source does not say), each source record
 * imported ({@link io.github.loosmethod.interop.ImportedRecord}: where it came from, the initiative
 * built or why none, its validation report, its losses), and the loss report written as JSON
 * Lines ({@link io.github.loosmethod.interop.LossReport}).
 *
 * <p>An import with the context of the town and its loss report (here of the SCDL subsidies table; every adapter reads alike):
 * <pre>{@code
 * ImportContext context = ImportContext.of(loos, town, Instant.parse("2026-12-01T09:00:00Z"))
 *         .withDecidingBody(council);                     // what the source does not say
 * try (LossReport losses = LossReport.writer(out)) {     // JSON Lines: one entry per value not kept as it was
 *     ImportSummary summary = ScdlImport.subventions(context).read(file, StandardCharsets.UTF_8, ',', record -> {
 *         losses.add(record);
 *         record.initiative().ifPresent(imported::add);   // or record.validation(), record.losses()
 *     });
 *     System.out.println(summary.built() + " built, " + summary.refused() + " refused");
 * }
 * }</pre>
 */
package io.github.loosmethod.interop;
