package io.github.loosmethod.portfolio;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the commitments of one side fared across a portfolio (<em>engagements tenus et non
 * tenus</em>).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommitmentOutcomes {

    CommitmentOutcomes() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCommitmentOutcomes.Builder builder() {
        return ImmutableCommitmentOutcomes.builder();
    }

    /**
     * Returns the number of commitments of this side.
     *
     * @return the count, zero or more
     */
    public abstract long total();

    /**
     * Returns how many are fulfilled.
     *
     * @return the count, zero or more
     */
    public abstract long fulfilled();

    /**
     * Returns how many are breached.
     *
     * @return the count, zero or more
     */
    public abstract long breached();

    /**
     * Returns the share of commitments fulfilled.
     *
     * @return {@code fulfilled / total} rounded to 4 decimal places, in canonical form, or empty when there is none
     */
    public final Optional<BigDecimal> fulfilledShare() {
        return share(fulfilled());
    }

    /**
     * Returns the share of commitments breached.
     *
     * @return {@code breached / total} rounded to 4 decimal places, in canonical form, or empty when there is none
     */
    public final Optional<BigDecimal> breachedShare() {
        return share(breached());
    }

    private Optional<BigDecimal> share(long count) {
        return total() == 0 ? Optional.empty()
                : Optional.of(Decimals.round("share", BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total()), MathContext.DECIMAL64), 4));
    }

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireThat(total() >= 0, "total", total(), "invariant.negative");
        InvalidValueException.requireThat(fulfilled() >= 0, "fulfilled", fulfilled(), "invariant.negative");
        InvalidValueException.requireThat(breached() >= 0, "breached", breached(), "invariant.negative");
        InvalidValueException.requireThat(fulfilled() + breached() <= total(), "total", total(),
                "invariant.outcomesTotal", fulfilled(), breached());
    }
}
