/**
 * Who takes part: residents, their groups and associations, schools, elected officials, the
 * municipality and its services, partners (<em>les acteurs</em>), and the territory
 * (<em>territoire</em>) where an initiative takes place.
 */
@LoosStyle
package io.github.loosmethod.actor;

import io.github.loosmethod.LoosStyle;
