package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.InvariantBreaks;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Property: on generated initiatives of every kind, each named invariant of the initiative or of a
 * value it holds, broken alone, is refused, naming its field.
 */
class InvariantPropertiesTest {

    private static final int CASES = Integer.getInteger("loos.property.cases", 400);

    @Test
    void every_broken_invariant_is_refused_naming_its_field() {
        List<Initiative> generated = ValidRecords.withSeed(Seeds.seed() + 13).portfolio(CASES).initiatives();
        for (Map.Entry<String, InvariantBreaks.Break> entry : InvariantBreaks.all().entrySet()) {
            int applied = 0;
            for (Initiative valid : generated) {
                Optional<Runnable> attempt = entry.getValue().attempt.apply(valid);
                if (attempt.isPresent()) {
                    applied++;
                    String context = "seed " + Seeds.seed() + ", " + entry.getKey() + " on " + valid.id();
                    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, attempt.get()::run);
                    assertThat(refused).as(context).isNotNull();
                    assertThat(entry.getValue().names(refused.field())).as(context + ": " + refused.getMessage() + " names "
                            + entry.getValue().field).isTrue();
                    // Said to people in both languages: the French is its own text, not the English again.
                    assertThat(refused.reason(Locale.FRENCH)).as(context).isNotBlank().isNotEqualTo(refused.reason(Locale.ENGLISH));
                    assertThat(refused.getMessage(Locale.FRENCH)).as(context).startsWith(refused.field() + " : ")
                            .endsWith(refused.reason(Locale.FRENCH));
                }
            }
            assertThat(applied).as("seed " + Seeds.seed() + ", " + entry.getKey()).isGreaterThan(CASES / 20);
        }
    }

    @Test
    void a_break_names_its_field_exactly_or_by_the_start_of_a_path() {
        Map<String, InvariantBreaks.Break> breaks = InvariantBreaks.all();

        assertThat(breaks.get("title not blank").names("title")).isTrue();
        assertThat(breaks.get("title not blank").names("titles")).isFalse();
        assertThat(breaks.get("options distinct").names("results[0].votes")).isFalse();
        assertThat(breaks.get("history in time order").names("history[3].at")).isTrue();
        assertThat(breaks.get("activity outputs not blank").names("references[0]")).isFalse();
    }
}
