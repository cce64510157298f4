package io.github.loosmethod.evaluation;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The scores of an evaluation summed up (<em>tableau de bord</em>): a weighted score per dimension
 * and overall, each shown with its coverage — the share of the framework actually assessed.
 *
 * <p>How a line is computed: each assessed criterion's value is brought onto 0–1 by its scale
 * ({@link Scale#normalise(BigDecimal, Optional)}); the line's score is the weighted mean of those,
 * times 100. A criterion without a value, explicitly not assessed, or with a value off its scale
 * is not assessed: it lowers the coverage and never counts as zero. A count without a target is
 * assessed but not comparable. Weights summing to zero give no score.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Scorecard() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableScorecard.Builder builder() {
        return ImmutableScorecard.builder();
    }

    /**
     * Builds the scorecard of an evaluation.
     *
     * @param evaluation the evaluation, not null
     * @return the scorecard, never null
     * @throws NullPointerException if {@code evaluation} is null
     */
    public static Scorecard of(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        Map<Dimension, List<WeightedCriterion>> byDimension = new EnumMap<>(Dimension.class);
        for (WeightedCriterion criterion : evaluation.framework().criteria()) {
            byDimension.computeIfAbsent(criterion.criterion().dimension(), d -> new ArrayList<>()).add(criterion);
        }
        ImmutableScorecard.Builder scorecard = builder().withEvaluationId(evaluation.id())
                .withFrameworkId(evaluation.framework().id()).withFrameworkVersion(evaluation.framework().version())
                .withOverall(line(evaluation, evaluation.framework().criteria()));
        byDimension.forEach((dimension, criteria) -> scorecard.putDimension(dimension, line(evaluation, criteria)));
        return scorecard.build();
    }

    private static ScoreLine line(Evaluation evaluation, List<WeightedCriterion> criteria) {
        int assessed = 0;
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal weightTotal = BigDecimal.ZERO;
        List<String> notComparable = new ArrayList<>();
        for (WeightedCriterion weighted : criteria) {
            EvaluationCriterion criterion = weighted.criterion();
            Optional<BigDecimal> value = evaluation.score(criterion.code()).flatMap(CriterionScore::value)
                    .filter(v -> criterion.scale().accepts(v));
            if (value.isEmpty()) {
                continue;
            }
            assessed++;
            Optional<BigDecimal> normalised = criterion.scale().normalise(value.get(), criterion.target());
            if (normalised.isEmpty()) {
                notComparable.add(criterion.code());
            } else if (weighted.weight().signum() > 0) {
                weightedSum = weightedSum.add(normalised.get().multiply(weighted.weight()));
                weightTotal = weightTotal.add(weighted.weight());
            }
        }
        Optional<BigDecimal> score = weightTotal.signum() == 0 ? Optional.empty()
                : Optional.of(Decimals.round("score", weightedSum.multiply(HUNDRED).divide(weightTotal, MathContext.DECIMAL64), 2));
        BigDecimal coverage = criteria.isEmpty() ? BigDecimal.ZERO
                : Decimals.round("coverage", BigDecimal.valueOf(assessed).divide(BigDecimal.valueOf(criteria.size()), MathContext.DECIMAL64), 4);
        return ScoreLine.builder().withCriteriaCount(criteria.size()).withAssessedCount(assessed).withCoverage(coverage)
                .withScore(score).withNotComparable(notComparable).build();
    }

    /**
     * Returns the id of the evaluation summed up.
     *
     * @return the id, never blank
     */
    public abstract String evaluationId();

    /**
     * Returns the id of the framework used.
     *
     * @return the id, never blank
     */
    public abstract String frameworkId();

    /**
     * Returns the version of the framework used.
     *
     * @return the version, never blank
     */
    public abstract String frameworkVersion();

    /**
     * Returns the line of each dimension the framework covers.
     *
     * @return the lines, unmodifiable, in dimension order; dimensions without criteria are left out
     */
    @Value.NaturalOrder
    public abstract SortedMap<Dimension, ScoreLine> dimensions();

    /**
     * Returns the line of the whole framework.
     *
     * @return the overall line, never null
     */
    public abstract ScoreLine overall();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireNonBlank("evaluationId", evaluationId());
        InvalidValueException.requireNonBlank("frameworkId", frameworkId());
        InvalidValueException.requireNonBlank("frameworkVersion", frameworkVersion());
    }
}
