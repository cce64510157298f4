package io.github.loosmethod.commitment;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What each side of a convention contributes (<em>bilan des apports</em>), reported side by side.
 *
 * <p>The report describes; it never judges. "Fifty-fifty" is a give-and-take relation, not an
 * equal split, and no rule of the library ever requires a ratio between the sides (R9).
 * {@link #shareOf(Side, QuantityUnit)} gives a side's share of a unit for people who want to
 * read it, nothing more.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionReport {

    ContributionReport() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableContributionReport.Builder builder() {
        return ImmutableContributionReport.builder();
    }

    /**
     * Builds the report of a list of commitments.
     *
     * @param commitments the commitments of a convention, not null
     * @return the report, never null
     * @throws NullPointerException if {@code commitments} or an element is null
     */
    public static ContributionReport of(List<Commitment> commitments) {
        Objects.requireNonNull(commitments, "commitments");
        ImmutableContributionReport.Builder report = ImmutableContributionReport.builder();
        for (Side side : Side.values()) {
            int count = 0;
            Map<CommitmentKind, Integer> byKind = new EnumMap<>(CommitmentKind.class);
            Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
            Map<QuantityUnit, BigDecimal> totals = new TreeMap<>();
            for (Commitment commitment : commitments) {
                if (commitment.side() != side) {
                    continue;
                }
                count++;
                byKind.merge(commitment.kind(), 1, Integer::sum);
                byStatus.merge(commitment.status(), 1, Integer::sum);
                commitment.quantity().ifPresent(q -> totals.merge(q.unit(), q.amount(), BigDecimal::add));
            }
            report.putSide(side, ImmutableSideContribution.builder().withSide(side).withCommitmentCount(count)
                    .putAllCountByKind(byKind).putAllCountByStatus(byStatus).putAllTotals(totals).build());
        }
        return report.build();
    }

    /**
     * Returns the contribution of each side; both sides are always present.
     *
     * @return the contributions, unmodifiable, in side order
     */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<Side, SideContribution> sides();

    /**
     * Returns the contribution of one side.
     *
     * @param side the side, not null
     * @return the contribution, never null
     * @throws NullPointerException if {@code side} is null
     */
    public SideContribution of(Side side) {
        return sides().get(Objects.requireNonNull(side, "side"));
    }

    /**
     * Returns a side's share of the total in one unit, for reading only: 0.25 means that side
     * brings a quarter of the hours, say. Never used to accept or refuse anything (R9).
     *
     * @param side the side, not null
     * @param unit the unit, not null
     * @return the share between 0 and 1, rounded to 4 decimal places, in canonical form; empty when neither side
     *         counted anything in that unit
     * @throws NullPointerException if an argument is null
     */
    public Optional<BigDecimal> shareOf(Side side, QuantityUnit unit) {
        BigDecimal mine = of(side).total(unit);
        BigDecimal all = mine.add(of(side.other()).total(unit));
        if (all.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Decimals.round("share", mine.divide(all, MathContext.DECIMAL64), 4));
    }

    @Value.Check
    final void checkInvariants() {
        for (Side side : Side.values()) {
            SideContribution contribution = sides().get(side);
            InvalidValueException.requireThat(contribution != null, "sides", sides().keySet(), "invariant.bothSides");
            InvalidValueException.requireThat(contribution.side() == side, "sides[" + side + "].side", contribution.side(),
                    "invariant.sideFiled", side);
        }
    }
}
