package io.github.loosmethod.evaluation;

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
     * @return {@code assessedCount / criteriaCount} between 0 and 1 with 4 decimal places; 0 when
     *         the line has no criterion
     */
    public abstract BigDecimal coverage();

    /**
     * Returns the weighted score out of 100 over the assessed criteria that can be compared.
     *
     * @return the score with 2 decimal places, or empty when nothing comparable with a positive
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
}
