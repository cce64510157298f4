package io.github.loosmethod.portfolio;

import java.util.Objects;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.ThemeDomains;
import io.github.loosmethod.Decimals;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The running sums behind {@link PortfolioIndicators} (<em>décompte</em>): add initiatives and
 * evaluations one at a time, as they are read from a stream, and ask for the indicators at any
 * moment. Memory is bounded by the number of distinct keys (years, criteria), never by the number
 * of records, so several tallies can be fed in one pass — one for the whole, one per town, one per
 * year.
 *
 * <p>Not thread-safe: one tally per thread, or external synchronisation.
 */
public final class PortfolioTally {

    private long initiatives;
    private long undated;
    private long evaluations;
    private final Map<Integer, Long> byYear = new TreeMap<>();
    private final Map<InitiativeKind, Long> byKind = new EnumMap<>(InitiativeKind.class);
    private final Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
    private final Map<TransitionDomain, Long> byDomain = new EnumMap<>(TransitionDomain.class);
    private final ThemeDomains themeDomains;
    private final Map<ProjectPhase, Map<CoConstructionLevel, Long>> profile = new EnumMap<>(ProjectPhase.class);
    private final Map<Side, long[]> commitments = new EnumMap<>(Side.class);
    private final Map<Side, Map<QuantityUnit, BigDecimal>> contributions = new EnumMap<>(Side.class);
    private final Map<String, Running> criteria = new TreeMap<>();

    /** Creates an empty tally, counting initiatives under the domains they declare. */
    public PortfolioTally() {
        this(ThemeDomains.none());
    }

    /**
     * Creates an empty tally, counting initiatives by domain through a town's mapping of its themes.
     *
     * @param themeDomains the mapping, not null
     * @throws NullPointerException if {@code themeDomains} is null
     */
    public PortfolioTally(ThemeDomains themeDomains) {
        this.themeDomains = Objects.requireNonNull(themeDomains, "themeDomains");
        for (Side side : Side.values()) {
            commitments.put(side, new long[3]);
            contributions.put(side, new EnumMap<>(QuantityUnit.class));
        }
    }

    /**
     * Returns the year an initiative counts for: the year of its first event (its submission) in
     * its territory's time zone.
     *
     * @param initiative the initiative, not null
     * @return the year, or empty for a draft never submitted
     * @throws NullPointerException if {@code initiative} is null
     */
    public static Optional<Integer> year(Initiative initiative) {
        if (initiative.history().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(initiative.history().get(0).at().atZone(initiative.territory().zone()).getYear());
    }

    /**
     * Counts an initiative.
     *
     * @param initiative the initiative, not null
     * @return this tally, for chaining
     * @throws NullPointerException if {@code initiative} is null
     */
    public PortfolioTally add(Initiative initiative) {
        initiatives++;
        Optional<Integer> year = year(initiative);
        if (year.isPresent()) {
            byYear.merge(year.get(), 1L, Long::sum);
        } else {
            undated++;
        }
        byKind.merge(initiative.kind(), 1L, Long::sum);
        if (!initiative.domains().isEmpty() || !themeDomains.domainsByTheme().isEmpty()) {
            for (TransitionDomain domain : themeDomains.domainsOf(initiative)) {
                byDomain.merge(domain, 1L, Long::sum);
            }
        }
        byStatus.merge(initiative.status(), 1L, Long::sum);
        initiative.involvementPlan().levels().forEach((phase, level) ->
                profile.computeIfAbsent(phase, p -> new EnumMap<>(CoConstructionLevel.class)).merge(level, 1L, Long::sum));
        initiative.convention().ifPresent(convention -> {
            for (Commitment commitment : convention.commitments()) {
                long[] counts = commitments.get(commitment.side());
                counts[0]++;
                if (commitment.status() == CommitmentStatus.FULFILLED) {
                    counts[1]++;
                } else if (commitment.status() == CommitmentStatus.BREACHED) {
                    counts[2]++;
                }
                commitment.quantity().ifPresent(q ->
                        contributions.get(commitment.side()).merge(q.unit(), q.amount(), BigDecimal::add));
            }
        });
        return this;
    }

    /**
     * Counts an evaluation and its scores.
     *
     * @param evaluation the evaluation, not null
     * @return this tally, for chaining
     * @throws NullPointerException if {@code evaluation} is null
     */
    public PortfolioTally add(Evaluation evaluation) {
        evaluations++;
        for (CriterionScore score : evaluation.scores()) {
            Optional<BigDecimal> value = score.value();
            Optional<WeightedCriterion> criterion = evaluation.framework().criterion(score.criterionCode());
            if (value.isPresent() && criterion.isPresent() && criterion.get().criterion().scale().accepts(value.get())) {
                criteria.computeIfAbsent(score.criterionCode(), c -> new Running()).add(value.get());
            }
        }
        return this;
    }

    /**
     * Returns the indicators of what was counted so far.
     *
     * @return the indicators, never null
     */
    public PortfolioIndicators indicators() {
        ImmutablePortfolioIndicators.Builder result = PortfolioIndicators.builder().withInitiativeCount(initiatives)
                .withUndatedCount(undated).withEvaluationCount(evaluations)
                .putAllCountByYear(byYear).putAllCountByKind(byKind).putAllCountByStatus(byStatus).putAllCountByDomain(byDomain);
        profile.forEach((phase, levels) -> result.putInvolvementProfile(phase, Collections.unmodifiableSortedMap(new TreeMap<>(levels))));
        for (Side side : Side.values()) {
            long[] counts = commitments.get(side);
            result.putCommitment(side, CommitmentOutcomes.builder().withTotal(counts[0]).withFulfilled(counts[1])
                    .withBreached(counts[2]).build());
            SortedMap<QuantityUnit, BigDecimal> totals = new TreeMap<>(contributions.get(side));
            result.putContribution(side, Collections.unmodifiableSortedMap(totals));
        }
        criteria.forEach((code, running) -> result.putCriterion(code, running.statistics()));
        return result.build();
    }

    /** Exact running sums of one criterion's values. */
    private static final class Running {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal sumOfSquares = BigDecimal.ZERO;
        private BigDecimal min;
        private BigDecimal max;

        void add(BigDecimal value) {
            count++;
            sum = sum.add(value);
            sumOfSquares = sumOfSquares.add(value.multiply(value));
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
        }

        CriterionStatistics statistics() {
            BigDecimal n = BigDecimal.valueOf(count);
            BigDecimal mean = sum.divide(n, MathContext.DECIMAL128);
            BigDecimal variance = sumOfSquares.divide(n, MathContext.DECIMAL128).subtract(mean.multiply(mean)).max(BigDecimal.ZERO);
            return CriterionStatistics.builder().withCount(count)
                    .withMean(Decimals.round("mean", mean, 4))
                    .withStandardDeviation(Decimals.round("standardDeviation", variance.sqrt(MathContext.DECIMAL128), 4))
                    .withMin(min).withMax(max).build();
        }
    }
}
