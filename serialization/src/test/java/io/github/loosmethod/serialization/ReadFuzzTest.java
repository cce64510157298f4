package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of every public read entry point: whatever the input, the result is a valid model
 * or an {@link InterchangeException} — nothing else, no hang, no running out of memory or stack.
 * Plain {@code mvn verify} replays the saved inputs under {@code ReadFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} fuzzes one target (see {@code .ci/run}).
 */
class ReadFuzzTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final LoosJson LENIENT = LoosJson.strict().lenient();
    /** Far above what any input of the fuzzer needs; a slower one is a finding. */
    private static final long SECONDS_PER_INPUT = 5;

    private static void valid(Object value) {
        if (value instanceof Initiative) {
            assertThat(((Initiative) value).validate().isValid()).isTrue();
        } else {
            assertThat(((Evaluation) value).validate().isValid()).isTrue();
        }
    }

    private static void timed(Runnable read) {
        long start = System.nanoTime();
        read.run();
        assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds for one input").isLessThan(SECONDS_PER_INPUT);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void bytes(byte[] input) {
        timed(() -> {
            try {
                valid(JSON.readDocument(input));
            } catch (InterchangeException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
            try {
                valid(LENIENT.read(input, Initiative.class));
            } catch (InterchangeException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
        });
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void text(String input) {
        if (input == null) {
            return; // a null argument is a programming error, documented as NullPointerException
        }
        timed(() -> {
            try {
                valid(JSON.read(input, Initiative.class));
            } catch (InterchangeException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
            try {
                valid(JSON.read(input, Evaluation.class));
            } catch (InterchangeException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
        });
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void portfolio(byte[] input) {
        timed(() -> {
            List<InterchangeException> failures = new ArrayList<>();
            try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(input),
                    OnBadLine.collectAndContinue(failures::add))) {
                reader.readAll(ReadFuzzTest::valid);
                assertThat(reader.summary().badLines()).isEqualTo(failures.size());
            }
            assertThat(failures).allSatisfy(f -> assertThat(f.line()).isPresent());
        });
    }
}
