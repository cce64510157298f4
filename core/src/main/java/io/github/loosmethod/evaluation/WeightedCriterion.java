package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireThat;

import io.github.loosmethod.Decimals;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A criterion with its weight in a framework (<em>critère pondéré</em>). A weight of zero keeps a
 * criterion in the framework (it must still be scored or explained) without letting it count in
 * the weighted score.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the weight is not negative and is a decimal of the model ({@link Decimals}), kept without
 * trailing zeros. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeightedCriterion {

    WeightedCriterion() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableWeightedCriterion.Builder builder() {
        return ImmutableWeightedCriterion.builder();
    }

    /**
     * Creates a weighted criterion.
     *
     * @param criterion the criterion, not null
     * @param weight its weight, not negative
     * @return the weighted criterion, never null
     * @throws io.github.loosmethod.InvalidValueException if the weight is negative
     * @throws NullPointerException if an argument is null
     */
    public static WeightedCriterion of(EvaluationCriterion criterion, BigDecimal weight) {
        return builder().withCriterion(criterion).withWeight(weight).build();
    }

    /**
     * Returns the criterion.
     *
     * @return the criterion, never null
     */
    public abstract EvaluationCriterion criterion();

    /**
     * Returns the weight.
     *
     * @return the weight, zero or more
     */
    public abstract BigDecimal weight();

    @Value.Check
    final WeightedCriterion normalize() {
        requireThat(weight().signum() >= 0, "weight", weight(), "invariant.negative");
        BigDecimal canonical = Decimals.canonical("weight", weight());
        return canonical.equals(weight()) ? this : of(criterion(), canonical);
    }
}
