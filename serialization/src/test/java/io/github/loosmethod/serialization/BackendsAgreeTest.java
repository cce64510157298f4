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
 * for every input — each one fuzzing kept, each hostile input, each document the schema refuses,
 * each valid document — the same value or the same problems. Since the suites of this module assert
 * what the Jackson 2 backend does with those inputs, agreement carries their assertions over to
 * the Jackson 3 backend; the fuzz target {@code ReadFuzzTest#backends} looks for inputs beyond them.
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
            // The inputs of the backends' own fuzz target are its to replay, under its looser property.
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getParent().getFileName().toString().equals("backends"))
                    .collect(Collectors.toList());
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

    @Test
    void both_refuse_every_hostile_input_alike() {
        HostileInputTest.inputs().forEach(arguments -> {
            Object[] given = arguments.get();
            byte[] input = ((java.util.function.Supplier<?>) given[1]).get() instanceof byte[] bytes ? bytes : new byte[0];
            assertThat(outcome(JACKSON_3, input, Initiative.class)).as((String) given[0])
                    .isEqualTo(outcome(JACKSON_2, input, Initiative.class));
        });
    }

    @Test
    void both_refuse_every_document_the_schema_refuses_alike() {
        SchemaAgreementTest.documents().forEach(arguments -> {
            Object[] given = arguments.get();
            byte[] input = given[1].toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Class<?> type = "initiative".equals(given[2]) ? Initiative.class : io.github.loosmethod.evaluation.Evaluation.class;
            assertThat(outcome(JACKSON_3, input, type)).as((String) given[0]).isEqualTo(outcome(JACKSON_2, input, type));
        });
    }

    @Test
    void each_reads_what_the_other_writes_and_a_portfolio_reads_alike() {
        ValidRecords.Portfolio portfolio = EveryType.generated(200);
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        try (io.github.loosmethod.interchange.PortfolioWriter writer = JACKSON_3.portfolioWriter(lines)) {
            portfolio.initiatives().forEach(writer::write);
        }
        List<Initiative> read = new java.util.ArrayList<>();
        try (io.github.loosmethod.interchange.PortfolioReader reader = JACKSON_2.portfolioReader(
                new java.io.ByteArrayInputStream(lines.toByteArray()), io.github.loosmethod.interchange.OnBadLine.stop())) {
            reader.readAll(read::add);
        }

        assertThat(read).isEqualTo(portfolio.initiatives());
        assertThat(EveryType.values()).allSatisfy(value -> {
            Class<?> type = io.github.loosmethod.interchange.wire.Shapes.of(value.getClass()).orElseThrow().type();
            assertThat(JACKSON_3.read(JACKSON_2.write(value), type)).isEqualTo(value);
            assertThat(JACKSON_2.read(JACKSON_3.write(value), type)).isEqualTo(value);
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
