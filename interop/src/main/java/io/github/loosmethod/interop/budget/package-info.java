/**
 * Participatory-budget tables (<em>budgets participatifs</em>): a town's table of winning projects
 * read through a {@link io.github.loosmethod.interop.budget.ColumnProfile column profile} — which
 * column is which, what its words mean —, each project imported as a fifty-fifty initiative with a
 * loss report. The Paris table is the first profile.
 *
 * <p>A table of winning projects read through the Paris profile:
 * <pre>{@code
 * ImportSummary summary = BudgetTableImport.of(ColumnProfile.PARIS, context)
 *         .read(file, StandardCharsets.UTF_8, ',', records::add);
 * }</pre>
 */
package io.github.loosmethod.interop.budget;
