/**
 * For host systems' tests (<em>kit de test</em>): seeded generators of valid records
 * ({@link io.github.loosmethod.testkit.ValidRecords}), generators that break one rule of the method
 * ({@link io.github.loosmethod.testkit.RuleBreaks}) or one invariant
 * ({@link io.github.loosmethod.testkit.InvariantBreaks}) at a time, one value of every type of the
 * format ({@link io.github.loosmethod.testkit.EveryType}), and the seed of a run
 * ({@link io.github.loosmethod.testkit.Seeds}). The worked cases of the method are in
 * {@code io.github.loosmethod.testkit.cases}.
 *
 * <p>Valid records drawn from a seed, printed on failure so that a run can be replayed:
 * <pre>{@code
 * ValidRecords records = ValidRecords.withSeed(Seeds.seed());     // -Dloos.seed=... replays a run
 * Initiative any = records.initiative();
 * Initiative agreed = records.initiative(InitiativeStatus.AGREED);
 * }</pre>
 */
package io.github.loosmethod.testkit;
