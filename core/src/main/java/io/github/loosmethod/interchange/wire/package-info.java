/**
 * Internal: the wire contract of the format and the machinery the Jackson backends share. Every
 * type of the format declares its fields once ({@link io.github.loosmethod.interchange.wire.Shapes});
 * one reader and one writer follow the declarations over an abstract cursor
 * ({@link io.github.loosmethod.interchange.wire.WireIn}) and generator
 * ({@link io.github.loosmethod.interchange.wire.WireOut}) that each backend implements in a few
 * lines over its own Jackson. Exported to the backends' modules only; not an API — it changes
 * without notice.
 */
package io.github.loosmethod.interchange.wire;
