package io.github.loosmethod.commitment;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What one side of a convention contributes (<em>apport d'une partie</em>): how many
 * commitments, of which kinds, in which status, and the sum of their quantities per unit.
 *
 * <p>Instances are immutable and thread-safe; maps iterate in enum order.
 */
@Value.Immutable
public abstract class SideContribution {

    SideContribution() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableSideContribution.Builder builder() {
        return ImmutableSideContribution.builder();
    }

    /**
     * Returns the side reported on.
     *
     * @return the side, never null
     */
    public abstract Side side();

    /**
     * Returns the number of commitments of this side.
     *
     * @return the count, zero or more
     */
    public abstract int commitmentCount();

    /**
     * Returns the number of commitments per kind; kinds with none are left out.
     *
     * @return the counts, unmodifiable, never null
     */
    @Value.NaturalOrder
    public abstract SortedMap<CommitmentKind, Integer> countByKind();

    /**
     * Returns the number of commitments per status; statuses with none are left out.
     *
     * @return the counts, unmodifiable, never null
     */
    @Value.NaturalOrder
    public abstract SortedMap<CommitmentStatus, Integer> countByStatus();

    /**
     * Returns the sum of the quantified commitments per unit; units never used are left out.
     * Commitments without a quantity count in {@link #commitmentCount()} only.
     *
     * @return the totals, unmodifiable, never null
     */
    @Value.NaturalOrder
    public abstract SortedMap<QuantityUnit, BigDecimal> totals();

    /**
     * Returns the total for one unit.
     *
     * @param unit the unit, not null
     * @return the total, zero when no commitment of this side is counted in that unit
     * @throws NullPointerException if {@code unit} is null
     */
    public BigDecimal total(QuantityUnit unit) {
        return totals().getOrDefault(Objects.requireNonNull(unit, "unit"), BigDecimal.ZERO);
    }

    /**
     * Returns the number of commitments in a status.
     *
     * @param status the status, not null
     * @return the count, zero or more
     * @throws NullPointerException if {@code status} is null
     */
    public int count(CommitmentStatus status) {
        Map<CommitmentStatus, Integer> counts = countByStatus();
        return counts.getOrDefault(Objects.requireNonNull(status, "status"), 0);
    }

    @Value.Check
    final SideContribution normalize() {
        InvalidValueException.requireThat(commitmentCount() >= 0, "commitmentCount", commitmentCount(), "invariant.negative");
        countByKind().forEach((kind, count) -> InvalidValueException.requireThat(count >= 0, "countByKind[" + kind + "]", count,
                "invariant.negative"));
        countByStatus().forEach((status, count) -> InvalidValueException.requireThat(count >= 0, "countByStatus[" + status + "]",
                count, "invariant.negative"));
        SortedMap<QuantityUnit, BigDecimal> totals = Decimals.nonNegativeValues("totals", totals());
        return totals == totals() ? this : builder().from(this).withTotals(totals).build();
    }
}
