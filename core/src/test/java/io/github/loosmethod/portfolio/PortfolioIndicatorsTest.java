package io.github.loosmethod.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.ThemeDomains;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.interchange.wire.CodeTable;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.testkit.EveryType;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.validation.Rule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Portfolio indicators computed on a generated portfolio of thousands of initiatives, checked
 * against a second, independent computation written here with plain streams and two-pass
 * statistics.
 */
class PortfolioIndicatorsTest {

    /** Thousands in the normal build; mutation testing sets a smaller size with {@code -Dloos.portfolio.size}. */
    private static final int SIZE = Integer.getInteger("loos.portfolio.size", 3_000);
    private static ValidRecords.Portfolio portfolio;

    @BeforeAll
    static void generate() {
        portfolio = ValidRecords.withSeed(Seeds.seed()).portfolio(SIZE);
    }

    private static String seedNote() {
        return "seed " + Seeds.seed() + " (replay with -Dloos.seed=" + Seeds.seed() + ")";
    }

    @Test
    void the_generated_portfolio_is_large_varied_and_valid() {
        assertThat(portfolio.initiatives()).hasSize(SIZE);
        assertThat(portfolio.evaluations()).as(seedNote()).hasSizeGreaterThan(SIZE / 10);
        assertThat(portfolio.initiatives().stream().map(Initiative::status).distinct()).as(seedNote())
                .containsExactlyInAnyOrder(InitiativeStatus.values());
        assertThat(portfolio.initiatives().stream().map(Initiative::kind).distinct()).as(seedNote())
                .containsExactlyInAnyOrder(InitiativeKind.values());
        assertThat(portfolio.initiatives().stream().map(Initiative::id).distinct().count()).as("ids are distinct").isEqualTo(SIZE);
        for (Initiative initiative : portfolio.initiatives()) {
            // No error; the one warning is P2, of commitments the convention still to come will bring.
            assertThat(initiative.validate().violations()).as(seedNote() + " " + initiative.id())
                    .allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.P2));
        }
        Map<String, Initiative> byId = portfolio.initiatives().stream().collect(Collectors.toMap(Initiative::id, i -> i));
        for (Evaluation evaluation : portfolio.evaluations()) {
            Initiative subject = byId.get(evaluation.subject().reference());
            assertThat(subject == null ? evaluation.validate().violations() : subject.validateEvaluation(evaluation).violations())
                    .as(seedNote() + " " + evaluation.id()).isEmpty();
        }
    }

    @Test
    void the_generator_reaches_every_status_of_every_kind_on_demand_and_repeats_itself_for_a_seed() {
        ValidRecords records = ValidRecords.withSeed(Seeds.seed() + 2);
        for (io.github.loosmethod.initiative.Lifecycle lifecycle : io.github.loosmethod.initiative.Lifecycle.all()) {
            for (InitiativeStatus status : InitiativeStatus.values()) {
                if (lifecycle.statuses().contains(status)) {
                    Initiative made = records.initiative(lifecycle.kind(), status);
                    assertThat(made.kind()).isEqualTo(lifecycle.kind());
                    assertThat(made.status()).isEqualTo(status);
                    assertThat(made.validate().errors()).as(seedNote() + " " + made.id()).isEmpty();
                    assertThat(records.initiative(status).status()).isEqualTo(status);
                } else {
                    assertThatThrownBy(() -> records.initiative(lifecycle.kind(), status))
                            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no status " + status);
                }
            }
        }
        assertThat(ValidRecords.withSeed(5).portfolio(60)).isEqualTo(ValidRecords.withSeed(5).portfolio(60));
        assertThat(ValidRecords.withSeed(6).initiatives(60)).isNotEqualTo(ValidRecords.withSeed(5).initiatives(60));

        io.github.loosmethod.actor.Territory grenay = portfolio.initiatives().stream().map(Initiative::territory)
                .filter(t -> t.code().equals("62386")).findFirst().orElseThrow();
        List<Initiative> inGrenay = ValidRecords.withSeed(Seeds.seed(), List.of(grenay), 2030, 2031).initiatives(200);
        assertThat(inGrenay).allSatisfy(i -> assertThat(i.territory()).isEqualTo(grenay));
        assertThat(inGrenay.stream().filter(i -> !i.history().isEmpty()).map(i -> firstYear(i)).distinct())
                .as(seedNote()).isSubsetOf(2030, 2031).isNotEmpty();
        assertThatThrownBy(() -> ValidRecords.withSeed(1, List.of(), 2020, 2021)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValidRecords.withSeed(1, List.of(grenay), 2021, 2020)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValidRecords.withSeed(1).initiatives(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_portfolio_of_a_few_hundred_generated_records_uses_every_code_of_the_format() {
        ValidRecords.Portfolio few = ValidRecords.withSeed(Seeds.seed() + 1).portfolio(500);
        Set<Enum<?>> used = new java.util.HashSet<>();
        List<Object> documents = new ArrayList<>(few.initiatives());
        documents.addAll(few.evaluations());
        documents.addAll(EveryType.values());
        documents.forEach(document -> collectCodes(document, used));

        for (CodeTable<?> codes : CodeTable.ALL) {
            assertThat(used).as("codes of %s in 500 generated records and the samples of every type (%s)",
                    codes.type().getSimpleName(), seedNote()).contains(codes.type().getEnumConstants());
        }
    }

    /** Every code a value writes, found through the fields the format declares for its type, as a writer walks them. */
    private static void collectCodes(Object value, Set<Enum<?>> into) {
        if (value instanceof Enum) {
            into.add((Enum<?>) value);
        } else if (value instanceof java.util.Collection) {
            ((java.util.Collection<?>) value).forEach(element -> collectCodes(element, into));
        } else if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((key, element) -> {
                collectCodes(key, into);
                collectCodes(element, into);
            });
        } else if (value instanceof java.util.Optional) {
            ((java.util.Optional<?>) value).ifPresent(element -> collectCodes(element, into));
        } else if (value != null) {
            Shapes.of(value.getClass()).ifPresent(shape -> collectFields(shape, value, into));
        }
    }

    private static <T> void collectFields(Shape<T> shape, Object value, Set<Enum<?>> into) {
        T typed = shape.type().cast(value);
        shape.fields().forEach(field -> field.valueOf(typed).ifPresent(element -> collectCodes(element, into)));
    }

    @Test
    void indicators_match_an_independent_computation() {
        check(PortfolioIndicators.of(portfolio.initiatives(), portfolio.evaluations()), portfolio.initiatives(), portfolio.evaluations());
    }

    @Test
    void indicators_by_territory_match_the_same_computation_on_each_town() {
        Map<String, PortfolioIndicators> byTown = PortfolioIndicators.byTerritory(portfolio.initiatives(), portfolio.evaluations());

        assertThat(byTown.keySet()).containsExactlyElementsOf(portfolio.initiatives().stream().map(i -> i.territory().code())
                .collect(Collectors.toCollection(java.util.TreeSet::new))).hasSizeGreaterThan(2);
        byTown.forEach((code, indicators) -> check(indicators,
                filter(portfolio.initiatives(), i -> i.territory().code().equals(code)),
                filter(portfolio.evaluations(), e -> e.subject().territory().code().equals(code))));
        assertThat(byTown.values().stream().mapToLong(PortfolioIndicators::initiativeCount).sum()).isEqualTo(SIZE);
    }

    @Test
    void indicators_by_year_match_the_same_computation_on_each_year() {
        Map<Integer, PortfolioIndicators> byYear = PortfolioIndicators.byYear(portfolio.initiatives(), portfolio.evaluations());

        byYear.forEach((year, indicators) -> check(indicators,
                filter(portfolio.initiatives(), i -> !i.history().isEmpty() && firstYear(i) == year),
                filter(portfolio.evaluations(), e -> e.date().getYear() == year)));
        long drafts = portfolio.initiatives().stream().filter(i -> i.history().isEmpty()).count();
        assertThat(byYear.values().stream().mapToLong(PortfolioIndicators::initiativeCount).sum()).isEqualTo(SIZE - drafts);
    }

    @Test
    void indicators_by_domain_count_declared_and_mapped_domains_and_match_the_same_computation_on_each() {
        // Each town's own theme "greening" counts as biodiversity, beside the domains an initiative declares.
        ThemeDomains themes = ThemeDomains.of(Map.of("greening", Set.of(TransitionDomain.BIODIVERSITY)));
        Map<TransitionDomain, PortfolioIndicators> byDomain = PortfolioIndicators.byDomain(portfolio.initiatives(),
                portfolio.evaluations(), themes);

        assertThat(byDomain.keySet()).as(seedNote()).containsExactlyInAnyOrder(TransitionDomain.values());
        Map<String, Initiative> byId = portfolio.initiatives().stream().collect(Collectors.toMap(Initiative::id, i -> i));
        byDomain.forEach((domain, indicators) -> {
            Predicate<Initiative> in = i -> mapped(i).contains(domain);
            check(indicators, filter(portfolio.initiatives(), in), filter(portfolio.evaluations(), e -> {
                Initiative subject = byId.get(e.subject().reference());
                return subject != null && in.test(subject);
            }), PortfolioIndicatorsTest::mapped);
        });
        assertThat(PortfolioIndicators.of(portfolio.initiatives(), portfolio.evaluations(), themes).countByDomain())
                .containsEntry(TransitionDomain.BIODIVERSITY, portfolio.initiatives().stream()
                        .filter(i -> mapped(i).contains(TransitionDomain.BIODIVERSITY)).count());
    }

    @Test
    void the_worked_cases_give_the_indicators_a_clerk_would_count_by_hand() {
        PortfolioIndicators indicators = PortfolioIndicators.of(
                List.of(EmileBaslyPlayground.closed(), StreetFlowerBoxes.closed(), StreetFlowerBoxes.draft()),
                List.of(EmileBaslyPlayground.narrativeEvaluation()));

        assertThat(indicators.initiativeCount()).isEqualTo(3);
        assertThat(indicators.undatedCount()).isEqualTo(1);
        assertThat(indicators.countByYear()).containsEntry(2022, 1L).containsEntry(2023, 1L).hasSize(2);
        assertThat(indicators.countByStatus()).containsEntry(InitiativeStatus.CLOSED, 2L).containsEntry(InitiativeStatus.DRAFT, 1L);
        assertThat(indicators.commitments().get(Side.TOWN).total()).isEqualTo(3);
        assertThat(indicators.commitments().get(Side.APPLICANTS).fulfilledShare()).contains(new BigDecimal("1"));
        assertThat(indicators.contributions().get(Side.TOWN)).containsEntry(QuantityUnit.EUROS, new BigDecimal("640.5"));
        assertThat(indicators.criteria().get("LP_PRIDE").mean()).isEqualByComparingTo("4");
        assertThat(indicators.criteria()).doesNotContainKey("LP_TRANSVERSALITY");
        assertThat(indicators.involvementProfile().get(io.github.loosmethod.involvement.ProjectPhase.STEWARDSHIP))
                .containsEntry(io.github.loosmethod.involvement.CoConstructionLevel.CO_PRODUCTION, 3L);
    }

    @Test
    void an_empty_portfolio_has_zero_everywhere_and_no_share() {
        PortfolioIndicators empty = PortfolioIndicators.of(List.of(), List.of());

        assertThat(empty.initiativeCount()).isZero();
        assertThat(empty.commitments().get(Side.TOWN).fulfilledShare()).isEmpty();
        assertThat(empty.contributions().get(Side.APPLICANTS)).isEmpty();
        assertThat(empty.criteria()).isEmpty();
    }

    /** An initiative's domains: those it declares, and biodiversity for the theme "greening", written here again. */
    private static Set<TransitionDomain> mapped(Initiative initiative) {
        Set<TransitionDomain> domains = new java.util.HashSet<>(initiative.domains());
        if (initiative.themes().contains("greening")) {
            domains.add(TransitionDomain.BIODIVERSITY);
        }
        return domains;
    }

    private static <T> List<T> filter(List<T> all, Predicate<T> keep) {
        return all.stream().filter(keep).collect(Collectors.toList());
    }

    private static int firstYear(Initiative initiative) {
        return initiative.history().get(0).at().atZone(initiative.territory().zone()).getYear();
    }

    private static void check(PortfolioIndicators actual, List<Initiative> initiatives, List<Evaluation> evaluations) {
        check(actual, initiatives, evaluations, Initiative::domains);
    }

    /** Checks indicators computed with a mapping of themes, which {@code domainsOf} applies here again. */
    private static void check(PortfolioIndicators actual, List<Initiative> initiatives, List<Evaluation> evaluations,
            java.util.function.Function<Initiative, Set<TransitionDomain>> domainsOf) {
        assertThat(actual.initiativeCount()).isEqualTo(initiatives.size());
        assertThat(actual.evaluationCount()).isEqualTo(evaluations.size());
        assertThat(actual.undatedCount()).isEqualTo(initiatives.stream().filter(i -> i.history().isEmpty()).count());
        assertThat(actual.countByYear()).isEqualTo(initiatives.stream().filter(i -> !i.history().isEmpty())
                .collect(Collectors.groupingBy(PortfolioIndicatorsTest::firstYear, Collectors.counting())));
        assertThat(actual.countByKind()).isEqualTo(initiatives.stream()
                .collect(Collectors.groupingBy(Initiative::kind, Collectors.counting())));
        assertThat(actual.countByStatus()).isEqualTo(initiatives.stream()
                .collect(Collectors.groupingBy(Initiative::status, Collectors.counting())));
        assertThat(actual.countByDomain()).isEqualTo(initiatives.stream().flatMap(i -> domainsOf.apply(i).stream())
                .collect(Collectors.groupingBy(d -> d, Collectors.counting())));

        Map<Object, Map<Object, Long>> profile = new HashMap<>();
        for (Initiative i : initiatives) {
            i.involvementPlan().levels().forEach((phase, level) ->
                    profile.computeIfAbsent(phase, p -> new HashMap<>()).merge(level, 1L, Long::sum));
        }
        assertThat(actual.involvementProfile()).isEqualTo(profile);

        List<Commitment> all = new ArrayList<>();
        initiatives.forEach(i -> i.convention().ifPresent(c -> all.addAll(c.commitments())));
        for (Side side : Side.values()) {
            List<Commitment> mine = filter(all, c -> c.side() == side);
            CommitmentOutcomes outcomes = actual.commitments().get(side);
            assertThat(outcomes.total()).isEqualTo(mine.size());
            assertThat(outcomes.fulfilled()).isEqualTo(mine.stream().filter(c -> c.status() == CommitmentStatus.FULFILLED).count());
            assertThat(outcomes.breached()).isEqualTo(mine.stream().filter(c -> c.status() == CommitmentStatus.BREACHED).count());
            if (!mine.isEmpty()) {
                assertThat(outcomes.fulfilledShare().orElseThrow().doubleValue())
                        .isCloseTo((double) outcomes.fulfilled() / mine.size(), within(0.00006));
            }
            Map<QuantityUnit, BigDecimal> sums = new HashMap<>();
            mine.forEach(c -> c.quantity().ifPresent(q -> sums.merge(q.unit(), q.amount(), BigDecimal::add)));
            // Sums like 0.5 + 0.5 give 1.0: the indicators keep every decimal in its one form, 1.
            sums.replaceAll((unit, sum) -> plain(sum));
            assertThat(actual.contributions().get(side)).isEqualTo(sums);
        }

        Map<String, List<BigDecimal>> values = new HashMap<>();
        evaluations.forEach(e -> e.scores().forEach(s -> s.value().ifPresent(v ->
                values.computeIfAbsent(s.criterionCode(), k -> new ArrayList<>()).add(v))));
        assertThat(actual.criteria().keySet()).isEqualTo(values.keySet());
        values.forEach((code, list) -> {
            CriterionStatistics statistics = actual.criteria().get(code);
            BigDecimal n = BigDecimal.valueOf(list.size());
            BigDecimal mean = list.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MathContext.DECIMAL128);
            BigDecimal variance = list.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(n, MathContext.DECIMAL128);
            assertThat(statistics.count()).isEqualTo(list.size());
            assertThat(statistics.mean()).isCloseTo(mean, within(new BigDecimal("0.00005")));
            assertThat(statistics.standardDeviation()).isCloseTo(variance.sqrt(MathContext.DECIMAL128), within(new BigDecimal("0.00005")));
            assertThat(statistics.min()).isEqualByComparingTo(list.stream().min(BigDecimal::compareTo).orElseThrow());
            assertThat(statistics.max()).isEqualByComparingTo(list.stream().max(BigDecimal::compareTo).orElseThrow());
        });
    }

    /** Trailing zeros removed, never in exponent form: written here again, not taken from the code under test. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
