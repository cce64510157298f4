package io.github.loosmethod.portfolio;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The spread of one criterion's scores across a portfolio's evaluations (<em>statistiques d'un
 * critère</em>): how many, mean, population standard deviation, lowest and highest, in the
 * criterion's own scale.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionStatistics {

    CriterionStatistics() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCriterionStatistics.Builder builder() {
        return ImmutableCriterionStatistics.builder();
    }

    /**
     * Returns how many scores were counted.
     *
     * @return the count, one or more
     */
    public abstract long count();

    /**
     * Returns the mean score.
     *
     * @return the mean, rounded to 4 decimal places, in canonical form
     */
    public abstract BigDecimal mean();

    /**
     * Returns the population standard deviation of the scores.
     *
     * @return the standard deviation, rounded to 4 decimal places, in canonical form, zero or more
     */
    public abstract BigDecimal standardDeviation();

    /**
     * Returns the lowest score.
     *
     * @return the minimum, never null
     */
    public abstract BigDecimal min();

    /**
     * Returns the highest score.
     *
     * @return the maximum, never null
     */
    public abstract BigDecimal max();

    @Value.Check
    final CriterionStatistics normalize() {
        InvalidValueException.requireThat(count() >= 1, "count", count(), "invariant.statisticsCount");
        BigDecimal mean = Decimals.canonical("mean", mean());
        BigDecimal deviation = Decimals.nonNegative("standardDeviation", standardDeviation());
        BigDecimal min = Decimals.canonical("min", min());
        BigDecimal max = Decimals.canonical("max", max());
        InvalidValueException.requireThat(min.compareTo(mean) <= 0 && mean.compareTo(max) <= 0, "mean", mean.toPlainString(),
                "invariant.meanBetween");
        if (mean.equals(mean()) && deviation.equals(standardDeviation()) && min.equals(min()) && max.equals(max())) {
            return this;
        }
        return builder().withCount(count()).withMean(mean).withStandardDeviation(deviation).withMin(min).withMax(max).build();
    }
}
