/**
 * What every part of the Loos method model shares: the one domain exception for impossible
 * values ({@link io.github.loosmethod.InvalidValueException}), the bilingual vocabulary
 * ({@link io.github.loosmethod.Vocabulary}, {@link io.github.loosmethod.Labelled}) and the
 * Immutables style of all value types.
 *
 * <p>The concepts of the method each have their own package: {@code actor}, {@code involvement},
 * {@code initiative}, {@code commitment} and {@code validation}.
 *
 * <p>An impossible value is refused when it is built, naming the field and why, in English and French:
 * <pre>{@code
 * try {
 *     Actor.of("", "Les Voisins de la rue des Écoles", ActorKind.ASSOCIATION);
 * } catch (InvalidValueException refused) {
 *     field = refused.field();                  // "id"
 *     why = refused.reason(Locale.FRENCH);      // in French; refused.getMessage() in English
 * }
 * }</pre>
 */
package io.github.loosmethod;
