/**
 * Who takes part: residents, their groups and associations, schools, elected officials, the
 * municipality and its services, partners (<em>les acteurs</em>), and the territory
 * (<em>territoire</em>) where an initiative takes place.
 *
 * <p>A territory and two actors:
 * <pre>{@code
 * Territory loos = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
 * Actor association = Actor.of("voisins-rue-des-ecoles", "Les Voisins de la rue des Écoles", ActorKind.ASSOCIATION);
 * Actor deputyMayor = Actor.of("adjoint-cadre-de-vie", "Adjoint au cadre de vie", ActorKind.ELECTED_OFFICIAL);
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.actor;

import io.github.loosmethod.LoosStyle;
