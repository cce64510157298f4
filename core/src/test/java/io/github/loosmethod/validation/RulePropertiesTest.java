package io.github.loosmethod.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.RuleBreaks;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: on generated initiatives, valid values validate clean, and each broken variant is
 * refused with exactly the rule it breaks. Seeds are fixed per run and printed on failure; replay
 * with {@code -Dloos.seed=...}.
 */
class RulePropertiesTest {

    private static final int CASES = Integer.getInteger("loos.property.cases", 400);
    private static final List<Initiative> GENERATED = ValidRecords.withSeed(Seeds.seed() + 7).portfolio(CASES).initiatives();

    static Stream<Rule> rules() {
        return RuleBreaks.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_broken_variant_is_refused_with_exactly_its_rule(Rule rule) {
        int applied = 0;
        for (Initiative valid : GENERATED) {
            String context = "seed " + Seeds.seed() + ", " + valid.id() + " (" + valid.status() + ")";
            assertThat(valid.validate().violations()).as(context).isEmpty();
            Optional<Initiative> broken = RuleBreaks.breaking(rule, valid);
            if (broken.isPresent()) {
                applied++;
                ValidationReport report = broken.get().validate();
                assertThat(report.ruleIds()).as(context + "\n" + report).containsExactly(rule.id());
                assertThat(report.isValid()).isEqualTo(rule.severity() == Severity.WARNING);
            }
        }
        assertThat(applied).as("the break of " + rule + " applies to enough generated initiatives").isGreaterThan(CASES / 20);
    }
}
