/**
 * Where a record comes from and how other systems name it (<em>provenance et identifiants</em>):
 * the {@link io.github.loosmethod.provenance.Source} of an initiative, an evaluation or an actor
 * (which system, which id there, which file and line), and the official
 * {@link io.github.loosmethod.provenance.Identifier}s of actors and territories (SIRET, SIREN,
 * RNA number, INSEE code of a commune, or a platform's own scheme). Towns keep these records for
 * decades and exchange them; this package lets them say where each came from.
 *
 * <p>Depends on no other package of the model.
 *
 * <p>Where a record comes from, and an official identifier:
 * <pre>{@code
 * Source source = Source.of("decidim", "result-42");              // which system, which id there
 * Identifier commune = Identifier.of(IdentifierScheme.INSEE_COMMUNE, "62528");
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.provenance;

import io.github.loosmethod.LoosStyle;
