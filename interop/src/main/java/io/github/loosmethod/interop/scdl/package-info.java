/**
 * The French local open-data formats of the SCDL (<em>socle commun des données locales</em>),
 * imported and published: subsidies (<em>subventions</em>, a town's side of a convention) and
 * deliberations (<em>délibérations</em>, decisions of an elected body).
 *
 * <p>A subsidies table imported, each row a record with its losses:
 * <pre>{@code
 * ImportSummary summary = ScdlImport.subventions(context).read(file, StandardCharsets.UTF_8, ',', records::add);
 * }</pre>
 */
package io.github.loosmethod.interop.scdl;
