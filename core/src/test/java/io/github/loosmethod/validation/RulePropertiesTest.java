package io.github.loosmethod.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.testkit.RuleBreaks;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: on generated initiatives of every kind, valid values have no error (the only warning
 * they may carry is P2, before their convention), and each broken variant is refused with exactly
 * the rule it breaks: what the variant reports beyond what the valid initiative reported is of
 * that rule only, and nothing the valid one reported goes away. Seeds are fixed per run and
 * printed on failure; replay with {@code -Dloos.seed=...}.
 */
class RulePropertiesTest {

    private static final int CASES = Integer.getInteger("loos.property.cases", 400);
    private static final List<Initiative> GENERATED = ValidRecords.withSeed(Seeds.seed() + 7).portfolio(CASES).initiatives();

    /** The pairs a break cannot reach alone, each for a reason given in {@link RuleBreaks}' documentation. */
    private static final Map<Rule, Set<InitiativeKind>> OUT_OF_REACH = Map.of(
            Rule.R12, EnumSet.of(InitiativeKind.MUNICIPAL_PROJECT),
            Rule.M10, EnumSet.of(InitiativeKind.CITIZEN_LED));

    static Stream<Rule> rules() {
        return RuleBreaks.rules().stream();
    }

    @Test
    void every_rule_about_an_initiative_has_a_break() {
        assertThat(RuleBreaks.rules()).containsExactlyElementsOf(Rule.ofScope(RuleScope.INITIATIVE));
    }

    @Test
    void generated_initiatives_have_no_error_and_warn_only_of_commitments_a_convention_will_bring() {
        int warned = 0;
        int clean = 0;
        for (Initiative valid : GENERATED) {
            String context = "seed " + Seeds.seed() + ", " + valid.id() + " (" + valid.kind() + ", " + valid.status() + ")";
            ValidationReport report = valid.validate();
            assertThat(report.errors()).as(context).isEmpty();
            assertThat(report.violations()).as(context).allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.P2));
            if (!report.violations().isEmpty()) {
                warned++;
                assertThat(valid.hasReached(InitiativeStatus.AGREED) || valid.hasReached(InitiativeStatus.IN_PROGRESS)
                        || valid.status().isTerminal()).as(context + ": warned only before its convention").isFalse();
            } else {
                clean++;
            }
        }
        assertThat(warned).as("records waiting for their convention").isPositive();
        assertThat(clean).as("records without any violation").isGreaterThan(CASES / 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_broken_variant_is_refused_with_exactly_its_rule(Rule rule) {
        int applied = 0;
        Map<InitiativeKind, Integer> byKind = new EnumMap<>(InitiativeKind.class);
        for (Initiative valid : GENERATED) {
            String context = "seed " + Seeds.seed() + ", " + valid.id() + " (" + valid.kind() + ", " + valid.status() + ")";
            List<Violation> before = valid.validate().violations();
            Optional<Initiative> broken = RuleBreaks.breaking(rule, valid);
            if (broken.isPresent()) {
                applied++;
                byKind.merge(valid.kind(), 1, Integer::sum);
                ValidationReport report = broken.get().validate();
                List<Violation> added = new ArrayList<>(report.violations());
                before.forEach(added::remove);
                assertThat(added).as(context + "\n" + report).isNotEmpty().allSatisfy(v -> assertThat(v.rule()).isEqualTo(rule));
                assertThat(report.violations()).as(context + ": what the valid one reported stays\n" + report).containsAll(before);
                assertThat(report.errors().stream().map(Violation::rule).collect(Collectors.toSet())).as(context + "\n" + report)
                        .isEqualTo(rule.severity() == Severity.ERROR ? Set.of(rule) : Set.of());
                assertThat(report.isValid()).isEqualTo(rule.severity() == Severity.WARNING);
            }
        }
        assertThat(applied).as("the break of " + rule + " applies to enough generated initiatives").isGreaterThan(CASES / 20);
        if (CASES < 400) {
            // The rarest pair, M5 on a municipal project (closed, with an agreement), comes about ten times in 400 cases.
            return;
        }
        for (Lifecycle lifecycle : Lifecycle.all()) {
            if (OUT_OF_REACH.getOrDefault(rule, Set.of()).contains(lifecycle.kind())) {
                continue; // reached by some records only, or none: asserted neither way
            }
            boolean reachable = lifecycle.rules().contains(rule);
            assertThat(byKind.containsKey(lifecycle.kind())).as("seed " + Seeds.seed() + ": the break of " + rule + " applies to "
                    + lifecycle.kind() + " " + byKind).isEqualTo(reachable);
        }
    }
}
