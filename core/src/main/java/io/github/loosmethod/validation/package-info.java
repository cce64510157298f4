/**
 * The rules of the method (<em>règles de la méthode</em>) and how they are checked: the rule
 * catalogue with stable ids, titles, rationales and sources ({@link io.github.loosmethod.validation.Rule}),
 * the {@link io.github.loosmethod.validation.Validator} that reports every violation at once, and
 * the report itself.
 *
 * <p>Rules differ from invariants: an invariant makes a value impossible and is refused at
 * construction; a rule of the method makes a record wrong for the method and is reported, with
 * its id, the path to the offending element and a message in English and French.
 */
@LoosStyle
package io.github.loosmethod.validation;

import io.github.loosmethod.LoosStyle;
