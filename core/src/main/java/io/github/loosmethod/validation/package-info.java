/**
 * The rules of the method (<em>règles de la méthode</em>) and what breaking them looks like: the
 * rule catalogue with stable ids, titles, rationales and sources
 * ({@link io.github.loosmethod.validation.Rule}), one breach of a rule
 * ({@link io.github.loosmethod.validation.Violation}) and the report of all of them at once
 * ({@link io.github.loosmethod.validation.ValidationReport}).
 *
 * <p>Rules differ from invariants: an invariant makes a value impossible and is refused at
 * construction; a rule of the method makes a record wrong for the method and is reported, with
 * its id, the path to the offending element and a message in English and French.
 *
 * <p>This package depends on no other concept of the method: each concept checks its own records
 * against the catalogue ({@code Initiative.validate()}, {@code Evaluation.validate()}) and reports
 * here, so that the checks and the lifecycle that runs them never form a cycle.
 *
 * <p>Every rule of the method checked at once, each breach with its rule, path and message:
 * <pre>{@code
 * ValidationReport report = initiative.validate();      // every rule of the method, all at once
 * for (Violation violation : report.violations()) {
 *     System.out.println(violation.ruleId() + " " + violation.path() + ": " + violation.message(Locale.FRENCH));
 * }
 * boolean valid = report.isValid();                     // no error; warnings may remain
 * String title = Rule.byId("R4").orElseThrow().title(Locale.FRENCH);
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.validation;

import io.github.loosmethod.LoosStyle;
