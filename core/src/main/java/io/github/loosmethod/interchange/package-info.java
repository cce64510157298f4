/**
 * The interchange format of the Loos method (<em>format d'échange</em>), whatever the JSON library
 * that reads and writes it: the {@link io.github.loosmethod.interchange.Interchange} contract that
 * both Jackson backends implement, refusals with their problems, read limits, JSON Lines
 * portfolios, and the published JSON Schema ({@link io.github.loosmethod.interchange.Schemas}).
 * The wire contract itself — every type and field of the format, declared once — is in the
 * internal package {@code io.github.loosmethod.interchange.wire}, exported to the backends only.
 */
package io.github.loosmethod.interchange;
