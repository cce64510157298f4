package io.github.loosmethod.evaluation;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a scorecard (<em>ligne du tableau de bord</em>): a dimension, or the whole
 * framework, with its weighted score and how much of it was assessed.
 *
 * <p>The score is never a silent average over missing scores: criteria not assessed are left out
 * of it and show in the coverage instead. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreLine {

    ScoreLine() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableScoreLine.Builder builder() {
        return ImmutableScoreLine.builder();
    }

    /**
     * Returns the number of criteria of the framework on this line.
     *
     * @return the count, zero or more
     */
    public abstract int criteriaCount();

    /**
     * Returns how many of them have a value on their scale.
     *
     * @return the count, from zero to {@link #criteriaCount()}
     */
    public abstract int assessedCount();

    /**
     * Returns the share of the criteria assessed (<em>taux de couverture</em>).
     *
     * @return {@code assessedCount / criteriaCount} between 0 and 1, rounded to 4 decimal places, in canonical
     *         form; 0 when
     *         the line has no criterion
     */
    public abstract BigDecimal coverage();

    /**
     * Returns the weighted score out of 100 over the assessed criteria that can be compared.
     *
     * @return the score between 0 and 100, rounded to 2 decimal places, in canonical form, or empty when nothing comparable with a positive
     *         weight was assessed (including when all weights are zero)
     */
    public abstract Optional<BigDecimal> score();

    /**
     * Returns the codes of criteria assessed on a scale that cannot be brought onto 0–1 (a count
     * without a target): they count in the coverage, not in the score.
     *
     * @return the codes, unmodifiable
     */
    public abstract List<String> notComparable();

    @Value.Check
    final ScoreLine normalize() {
        InvalidValueException.requireThat(criteriaCount() >= 0, "criteriaCount", criteriaCount(), "invariant.negative");
        InvalidValueException.requireThat(assessedCount() >= 0 && assessedCount() <= criteriaCount(), "assessedCount",
                assessedCount(), "invariant.assessedCount", criteriaCount());
        for (int i = 0; i < notComparable().size(); i++) {
            InvalidValueException.requireNonBlank("notComparable[" + i + "]", notComparable().get(i));
        }
        BigDecimal coverage = Decimals.between("coverage", coverage(), BigDecimal.ZERO, BigDecimal.ONE);
        Optional<BigDecimal> score = score().isPresent()
                ? Optional.of(Decimals.between("score", score().get(), BigDecimal.ZERO, HUNDRED)) : score();
        if (coverage.equals(coverage()) && score.equals(score())) {
            return this;
        }
        return builder().from(this).withCoverage(coverage).withScore(score).build();
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
