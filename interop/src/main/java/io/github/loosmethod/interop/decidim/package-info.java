/**
 * Decidim, the participation platform (<em>Decidim</em>): the results of its accountability
 * component, as its open-data and admin exports write them, imported as fifty-fifty initiatives;
 * its proposals (JSON export) as initiatives of the kind the town declares; its participatory
 * processes (JSON export) as {@link io.github.loosmethod.interop.decidim.ImportedProcess processes}
 * whose steps a town's dictionary places in the method's phases — each with a loss report.
 *
 * <p>The results of an accountability component (its CSV export, separated by semicolons):
 * <pre>{@code
 * ImportSummary summary = DecidimImport.results(context).read(file, StandardCharsets.UTF_8, ';', records::add);
 * }</pre>
 */
package io.github.loosmethod.interop.decidim;
