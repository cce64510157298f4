/**
 * What every part of the Loos method model shares: the one domain exception for impossible
 * values ({@link io.github.loosmethod.InvalidValueException}), the bilingual vocabulary
 * ({@link io.github.loosmethod.Vocabulary}, {@link io.github.loosmethod.Labelled}) and the
 * Immutables style of all value types.
 *
 * <p>The concepts of the method each have their own package: {@code actor}, {@code involvement},
 * {@code initiative}, {@code commitment} and {@code validation}.
 */
package io.github.loosmethod;
