package io.github.loosmethod.portfolio;

import java.util.Set;
import java.util.HashMap;
import java.util.EnumMap;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.ThemeDomains;
import io.github.loosmethod.Decimals;
import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Indicators over any collection of initiatives and their evaluations — one town or many, one
 * year or thirty (<em>indicateurs de portefeuille</em>): counts per year, kind and status; the
 * involvement profile (how many initiatives declare each level in each phase); the share of
 * commitments fulfilled and breached per side; what each side contributed; and the mean and
 * spread of each criterion's scores. {@link #byTerritory} and {@link #byYear} give the same
 * broken down for comparison.
 *
 * <p>Computed in one pass with running sums ({@link PortfolioTally}), so a portfolio read as a
 * stream is never held in memory. The year of an initiative is the year of its first event (its submission) in its
 * territory's time zone; drafts never submitted are counted in {@link #undatedCount()} and left
 * out of {@link #byYear}. The year of an evaluation is the year of its date. Criterion statistics
 * count the values that are on the criterion's scale in the evaluation's own framework.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioIndicators {

    PortfolioIndicators() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutablePortfolioIndicators.Builder builder() {
        return ImmutablePortfolioIndicators.builder();
    }

    /**
     * Computes the indicators of a portfolio.
     *
     * @param initiatives the initiatives, iterated once, not null
     * @param evaluations the evaluations, iterated once, not null
     * @return the indicators, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public static PortfolioIndicators of(Iterable<Initiative> initiatives, Iterable<Evaluation> evaluations) {
        return of(initiatives, evaluations, ThemeDomains.none());
    }

    /**
     * Computes the indicators of a portfolio, counting initiatives by domain through a town's
     * mapping of its themes.
     *
     * @param initiatives the initiatives, iterated once, not null
     * @param evaluations the evaluations, iterated once, not null
     * @param themeDomains the town's themes mapped onto the domains, not null
     * @return the indicators, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public static PortfolioIndicators of(Iterable<Initiative> initiatives, Iterable<Evaluation> evaluations,
            ThemeDomains themeDomains) {
        PortfolioTally accumulator = new PortfolioTally(themeDomains);
        Objects.requireNonNull(initiatives, "initiatives").forEach(accumulator::add);
        Objects.requireNonNull(evaluations, "evaluations").forEach(accumulator::add);
        return accumulator.indicators();
    }

    /**
     * Computes the indicators of each territory of a portfolio, by official code; an evaluation
     * counts for its subject's territory.
     *
     * @param initiatives the initiatives, iterated once, not null
     * @param evaluations the evaluations, iterated once, not null
     * @return the indicators per territory code, unmodifiable, in code order
     * @throws NullPointerException if an argument or an element is null
     */
    public static SortedMap<String, PortfolioIndicators> byTerritory(Iterable<Initiative> initiatives,
            Iterable<Evaluation> evaluations) {
        return grouped(initiatives, evaluations, i -> i.territory().code(), e -> e.subject().territory().code());
    }

    /**
     * Computes the indicators of each year of a portfolio; undated drafts are left out.
     *
     * @param initiatives the initiatives, iterated once, not null
     * @param evaluations the evaluations, iterated once, not null
     * @return the indicators per year, unmodifiable, in year order
     * @throws NullPointerException if an argument or an element is null
     */
    public static SortedMap<Integer, PortfolioIndicators> byYear(Iterable<Initiative> initiatives,
            Iterable<Evaluation> evaluations) {
        return grouped(initiatives, evaluations, i -> PortfolioTally.year(i).orElse(null), e -> e.date().getYear());
    }

    /**
     * Computes the indicators of each domain of the transition, so that peer towns compare like
     * with like: an initiative counts in each of its domains (declared or mapped from its themes),
     * an evaluation in the domains of the initiative it evaluates, when that initiative is in the
     * portfolio; initiatives of no domain are left out.
     *
     * @param initiatives the initiatives, iterated once before the evaluations, not null
     * @param evaluations the evaluations, iterated once, not null
     * @param themeDomains the town's themes mapped onto the domains, not null
     * @return the indicators per domain, unmodifiable, in enum order
     * @throws NullPointerException if an argument or an element is null
     */
    public static SortedMap<TransitionDomain, PortfolioIndicators> byDomain(Iterable<Initiative> initiatives,
            Iterable<Evaluation> evaluations, ThemeDomains themeDomains) {
        Objects.requireNonNull(themeDomains, "themeDomains");
        Map<TransitionDomain, PortfolioTally> groups = new EnumMap<>(TransitionDomain.class);
        Map<String, Set<TransitionDomain>> domainsById = new HashMap<>();
        for (Initiative initiative : Objects.requireNonNull(initiatives, "initiatives")) {
            Set<TransitionDomain> domains = themeDomains.domainsOf(initiative);
            domainsById.put(initiative.id(), domains);
            for (TransitionDomain domain : domains) {
                groups.computeIfAbsent(domain, d -> new PortfolioTally(themeDomains)).add(initiative);
            }
        }
        for (Evaluation evaluation : Objects.requireNonNull(evaluations, "evaluations")) {
            for (TransitionDomain domain : domainsById.getOrDefault(evaluation.subject().reference(), Set.of())) {
                groups.computeIfAbsent(domain, d -> new PortfolioTally(themeDomains)).add(evaluation);
            }
        }
        SortedMap<TransitionDomain, PortfolioIndicators> result = new TreeMap<>();
        groups.forEach((domain, accumulator) -> result.put(domain, accumulator.indicators()));
        return Collections.unmodifiableSortedMap(result);
    }

    private static <K extends Comparable<K>> SortedMap<K, PortfolioIndicators> grouped(Iterable<Initiative> initiatives,
            Iterable<Evaluation> evaluations, Function<Initiative, K> initiativeKey, Function<Evaluation, K> evaluationKey) {
        Map<K, PortfolioTally> groups = new TreeMap<>();
        for (Initiative initiative : Objects.requireNonNull(initiatives, "initiatives")) {
            K key = initiativeKey.apply(initiative);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new PortfolioTally()).add(initiative);
            }
        }
        for (Evaluation evaluation : Objects.requireNonNull(evaluations, "evaluations")) {
            groups.computeIfAbsent(evaluationKey.apply(evaluation), k -> new PortfolioTally()).add(evaluation);
        }
        SortedMap<K, PortfolioIndicators> result = new TreeMap<>();
        groups.forEach((key, accumulator) -> result.put(key, accumulator.indicators()));
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the number of initiatives.
     *
     * @return the count, zero or more
     */
    public abstract long initiativeCount();

    /**
     * Returns the number of drafts never submitted, which have no year.
     *
     * @return the count, zero or more
     */
    public abstract long undatedCount();

    /**
     * Returns the number of initiatives per year of submission.
     *
     * @return the counts, unmodifiable, in year order
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Long> countByYear();

    /**
     * Returns the number of initiatives per kind; kinds with none are left out.
     *
     * @return the counts, unmodifiable, in enum order
     */
    @Value.NaturalOrder
    public abstract SortedMap<InitiativeKind, Long> countByKind();

    /**
     * Returns the number of initiatives per current status; statuses with none are left out.
     *
     * @return the counts, unmodifiable, in enum order
     */
    @Value.NaturalOrder
    public abstract SortedMap<InitiativeStatus, Long> countByStatus();

    /**
     * Returns the number of initiatives per domain of the transition, those they declare and
     * those their themes map to ({@link io.github.loosmethod.initiative.ThemeDomains}); an initiative counts once in each of its
     * domains, so the counts may add up to more than {@link #initiativeCount()}. Domains with none
     * are left out.
     *
     * @return the counts, unmodifiable, in enum order
     */
    @Value.NaturalOrder
    public abstract SortedMap<TransitionDomain, Long> countByDomain();

    /**
     * Returns the involvement profile: for each phase, how many initiatives declare each level.
     *
     * @return phase → level → count, unmodifiable at both depths, in enum order
     */
    @Value.NaturalOrder
    public abstract SortedMap<ProjectPhase, SortedMap<CoConstructionLevel, Long>> involvementProfile();

    /**
     * Returns how the commitments of each side fared; both sides are always present.
     *
     * @return the outcomes per side, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedMap<Side, CommitmentOutcomes> commitments();

    /**
     * Returns the sum of the quantified commitments of each side, per unit; both sides are always
     * present.
     *
     * @return side → unit → total, unmodifiable at both depths
     */
    @Value.NaturalOrder
    public abstract SortedMap<Side, SortedMap<QuantityUnit, BigDecimal>> contributions();

    /**
     * Returns the number of evaluations.
     *
     * @return the count, zero or more
     */
    public abstract long evaluationCount();

    /**
     * Returns the statistics of each criterion scored at least once, by criterion code.
     *
     * @return the statistics, unmodifiable, in code order
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, CriterionStatistics> criteria();

    @Value.Check
    final PortfolioIndicators normalize() {
        requireCount("initiativeCount", initiativeCount());
        requireCount("undatedCount", undatedCount());
        requireCount("evaluationCount", evaluationCount());
        countByYear().forEach((year, count) -> {
            InvalidValueException.requireThat(year >= 0 && year <= 9999, "countByYear", year, "invariant.year");
            requireCount("countByYear[" + year + "]", count);
        });
        countByKind().forEach((kind, count) -> requireCount("countByKind[" + kind + "]", count));
        countByStatus().forEach((status, count) -> requireCount("countByStatus[" + status + "]", count));
        countByDomain().forEach((domain, count) -> requireCount("countByDomain[" + domain + "]", count));
        involvementProfile().forEach((phase, levels) -> levels.forEach((level, count) ->
                requireCount("involvementProfile[" + phase + "][" + level + "]", count)));
        criteria().keySet().forEach(code -> InvalidValueException.requireThat(EvaluationCriterion.isCode(code), "criteria", code,
                "invariant.criterionKeys"));
        SortedMap<Side, SortedMap<QuantityUnit, BigDecimal>> contributions = new TreeMap<>();
        boolean changed = false;
        for (Side side : Side.values()) {
            InvalidValueException.requireThat(commitments().containsKey(side), "commitments", commitments().keySet(),
                    "invariant.bothSides");
            SortedMap<QuantityUnit, BigDecimal> totals = contributions().get(side);
            InvalidValueException.requireThat(totals != null, "contributions", contributions().keySet(), "invariant.bothSides");
            SortedMap<QuantityUnit, BigDecimal> canonical = Decimals.nonNegativeValues("contributions[" + side + "]", totals);
            changed |= canonical != totals;
            contributions.put(side, Collections.unmodifiableSortedMap(canonical));
        }
        return changed ? builder().from(this).withContributions(contributions).build() : this;
    }

    private static void requireCount(String field, long count) {
        InvalidValueException.requireThat(count >= 0, field, count, "invariant.negative");
    }
}
