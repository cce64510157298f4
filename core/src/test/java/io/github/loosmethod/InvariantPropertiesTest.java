package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.InvariantBreaks;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Property: on generated initiatives, each named invariant broken alone is refused, naming its field. */
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
                    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, attempt.get()::run);
                    assertThat(refused).as("seed " + Seeds.seed() + ", " + entry.getKey() + " on " + valid.id()).isNotNull();
                    assertThat(refused.field()).as(entry.getKey()).startsWith(entry.getValue().field);
                }
            }
            assertThat(applied).as(entry.getKey()).isGreaterThan(CASES / 20);
        }
    }
}
