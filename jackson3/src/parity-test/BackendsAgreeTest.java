package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.testkit.EveryType;
import io.github.loosmethod.testkit.ValidRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 and Jackson 3 backends follow one contract: the same bytes for every value, and
 * for every input — each one fuzzing kept, hostile or valid — the same value or the same problems.
 */
class BackendsAgreeTest {

    private static final Interchange JACKSON_2 = LoosJson.strict();
    private static final Interchange JACKSON_3 = io.github.loosmethod.jackson3.LoosJson.strict();

    /** A read's outcome: the value, or the problems of its refusal. */
    private static Object outcome(Interchange json, byte[] input, Class<?> type) {
        try {
            return json.read(input, type);
        } catch (InterchangeException e) {
            return e.problems();
        }
    }

    @Test
    void both_write_the_same_bytes_for_every_type_and_a_generated_portfolio() {
        ValidRecords.Portfolio portfolio = EveryType.generated(300);
        List<Object> values = new java.util.ArrayList<>(EveryType.values());
        values.addAll(portfolio.initiatives());
        values.addAll(portfolio.evaluations());

        assertThat(values).allSatisfy(value -> assertThat(JACKSON_3.write(value)).isEqualTo(JACKSON_2.write(value)));
    }

    @Test
    void both_read_or_refuse_every_kept_fuzzing_input_alike() throws IOException, URISyntaxException {
        Path inputs = Path.of(BackendsAgreeTest.class.getResource("ReadFuzzTestInputs").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inputs)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }

        assertThat(files).hasSizeGreaterThan(100).allSatisfy(file -> {
            byte[] input = read(file);
            for (Class<?> type : List.of(Initiative.class, io.github.loosmethod.evaluation.Evaluation.class,
                    io.github.loosmethod.actor.Actor.class)) {
                assertThat(outcome(JACKSON_3, input, type)).as("%s as %s", file.getFileName(), type.getSimpleName())
                        .isEqualTo(outcome(JACKSON_2, input, type));
            }
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
