/**
 * Participedia, the crowdsourced database of participation cases (<em>Participedia</em>): its case
 * documents imported as evaluation subjects — a programme of public participation, its texts, its
 * themes, its level on the IAP2 spectrum as an involvement plan, its approaches and evaluation
 * reports as evidence — each with a loss report.
 *
 * <p>Case documents imported as evaluation subjects:
 * <pre>{@code
 * List<ImportedCase> cases = new ArrayList<>();
 * ImportSummary summary = ParticipediaImport.cases(context).read(file, cases::add);
 * }</pre>
 */
package io.github.loosmethod.interop.participedia;
