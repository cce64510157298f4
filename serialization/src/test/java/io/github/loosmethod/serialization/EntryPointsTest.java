package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facade's entry points do what their contracts say: a document of either kind told by its
 * fields, a stream read no further than the limit, a stream written and left open, a lenient read
 * that says what it skipped, and refusals whose message, line and serialized form hold.
 */
class EntryPointsTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final Initiative AGREED = StreetFlowerBoxes.agreed();
    private static final Evaluation EVALUATION = EmileBaslyPlayground.narrativeEvaluation();

    @Test
    void a_document_of_either_kind_is_told_by_its_fields() {
        byte[] evaluation = STRICT.write(EVALUATION);

        assertThat(STRICT.readDocument(evaluation)).isEqualTo(EVALUATION);
        assertThat(STRICT.readEvaluation(evaluation)).isEqualTo(EVALUATION);
        assertThat(STRICT.readDocument(STRICT.write(AGREED))).isEqualTo(AGREED);
    }

    @Test
    void a_malformed_document_is_refused_for_what_is_wrong_as_the_kind_its_fields_so_far_tell() {
        String evaluation = STRICT.writeAsString(EVALUATION);
        byte[] truncated = evaluation.substring(0, evaluation.length() - 1).getBytes(StandardCharsets.UTF_8);
        String initiative = STRICT.writeAsString(AGREED);
        byte[] truncatedInitiative = initiative.substring(0, initiative.length() - 1).getBytes(StandardCharsets.UTF_8);

        for (byte[] document : List.of(truncated, truncatedInitiative)) {
            InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.readDocument(document));
            assertThat(refused.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                    .startsWith("malformed JSON").contains("the document ends before"));
        }
    }

    @Test
    void a_document_of_neither_kind_or_of_both_is_refused() {
        InterchangeException neither = catchThrowableOfType(InterchangeException.class,
                () -> STRICT.readDocument("{\"formatVersion\":2,\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(neither.problems()).map(EnglishOnly::of).containsExactly(new Problem("", "neither an initiative document (with \"applicants\") nor an"
                + " evaluation document (with \"subject\")", Optional.empty()));

        // Both: read as an initiative, which has no subject.
        byte[] both = STRICT.writeAsString(AGREED).replace("{\"formatVersion\":2,", "{\"formatVersion\":2,\"subject\":{},")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.readDocument(both)).problems())
                .map(EnglishOnly::of).containsExactly(new Problem("/subject", "unknown field", Optional.empty()));
        assertThat(STRICT.lenient().readDocument(both)).isEqualTo(AGREED);
    }

    @Test
    void an_instance_tells_whether_it_is_lenient() {
        assertThat(STRICT.isLenient()).isFalse();
        assertThat(STRICT.lenient().isLenient()).isTrue();
        assertThat(STRICT.lenient().withLimits(ReadLimits.DEFAULT).isLenient()).isTrue();
    }

    @Test
    void a_stream_is_read_no_further_than_one_byte_past_the_document_limit() throws IOException {
        byte[] document = STRICT.write(AGREED);
        LoosJson small = STRICT.withLimits(new ReadLimits(32, 65_536, 64, 32, 100));
        InputStream stream = new ByteArrayInputStream(document);

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> small.read(stream, Initiative.class));

        assertThat(refused.problems()).map(EnglishOnly::of).containsExactly(new Problem("", "the document is longer than the limit of 100 bytes",
                Optional.empty()));
        assertThat(stream.readAllBytes()).hasSize(document.length - 101);
    }

    @Test
    void a_value_is_written_to_a_stream_as_to_bytes_and_the_stream_is_left_open() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        STRICT.write(AGREED, out);

        assertThat(out.toByteArray()).isEqualTo(STRICT.write(AGREED));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void a_portfolio_writer_flushes_its_lines_to_the_stream_on_demand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWriter writer = STRICT.portfolioWriter(out);

        writer.write(AGREED);
        assertThat(out.size()).as("buffered").isZero();
        writer.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(STRICT.writeAsString(AGREED) + "\n");
        writer.close();
    }

    @Test
    void a_lenient_read_of_one_document_logs_what_it_skipped_naming_the_kind_of_document() {
        byte[] document = STRICT.writeAsString(AGREED).replace("{\"formatVersion\":2,", "{\"formatVersion\":2,\"colour\":1,")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(STRICT.lenient().read(document, Initiative.class)).isEqualTo(AGREED);
        } finally {
            System.setErr(original);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "WARN io.github.loosmethod.interchange.Interchange - Ignored 1 unknown field of an initiative document: \"/colour\"");
    }

    @Test
    void a_refusal_of_one_document_has_no_line_and_its_message_lists_its_problems() {
        InterchangeException refused = new InterchangeException(List.of(new Problem("/title", "is required", Optional.empty()),
                new Problem("", "breaks a rule", Optional.of("R1"))));

        assertThat(refused.line()).isEmpty();
        assertThat(refused.getMessage()).isEqualTo("/title: is required; (document) [R1]: breaks a rule");
        assertThat(refused.onLine(1).line()).hasValue(1);
        assertThat(refused.onLine(1).getMessage()).isEqualTo("line 1: /title: is required; (document) [R1]: breaks a rule");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new InterchangeException(List.of())))
                .hasMessage("an InterchangeException needs at least one problem");
    }

    @Test
    void a_serialized_refusal_claiming_no_problem_is_refused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new InterchangeException(List.of(new Problem("/a", "b", Optional.empty()))));
        }
        byte[] serialized = bytes.toByteArray();
        // The count of problems, written as an int in a block of data just before the first pointer.
        byte[] count = {0x77, 0x04, 0, 0, 0, 1, 0x74, 0, 2, '/', 'a'};
        int at = indexOf(serialized, count);
        assertThat(at).isNotNegative();
        serialized[at + 5] = 0;

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            assertThat(catchThrowableOfType(InvalidObjectException.class, in::readObject))
                    .hasMessage("an InterchangeException holds at least one problem, not 0");
        }
    }

    @Test
    void the_schema_is_published_on_the_class_path() throws IOException {
        try (InputStream schema = Schemas.open()) {
            assertThat(new String(schema.readAllBytes(), StandardCharsets.UTF_8)).contains("\"$id\"", Schemas.ID);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
