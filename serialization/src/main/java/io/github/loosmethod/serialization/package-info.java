/**
 * JSON interchange of the Loos method model (<em>format d'échange</em>), version 1: the
 * {@link io.github.loosmethod.serialization.LoosJson} facade for reading and writing documents and
 * JSON Lines portfolios, strictly and safely; the
 * {@link io.github.loosmethod.serialization.LoosMethodModule} for Jackson
 * {@code ObjectMapper}s; and the published JSON Schema at
 * {@value io.github.loosmethod.serialization.Schemas#RESOURCE}.
 */
package io.github.loosmethod.serialization;
