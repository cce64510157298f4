package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.wire.CodeTable;
import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.ReadLimits;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.validation.Rule;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of every public read entry point: bytes, text, a stream, JSON Lines, the lenient
 * reader, every type of the format, and the Jackson module inside a host's mapper. Whatever the
 * input, the result is a valid model or the declared exception — an {@link InterchangeException}
 * whose every problem is well formed (a JSON Pointer, a printable message of bounded length, a rule
 * of the catalogue), or a Jackson exception from the module — nothing else, no hang, no running out
 * of memory or stack; and the same input read through bytes, a stream or text gives the same result.
 *
 * <p>Plain {@code mvn verify} replays the committed inputs under {@code ReadFuzzTestInputs/<method>/}
 * (a seed corpus kept from earlier fuzzing, so each run starts from what they learned);
 * {@code JAZZER_FUZZ=1} fuzzes one target (see {@code .ci/run}), guided by a dictionary of the
 * format's names and codes.
 */
class ReadFuzzTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final LoosJson LENIENT = LoosJson.strict().lenient();
    /**
     * A host's mapper as LoosMethodModule's Javadoc advises for untrusted bytes: without Jackson's
     * charset detection, whose UTF-32 reader throws an exception that is not Jackson's (found by
     * fuzzing this target; see the module's Javadoc).
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.JsonFactory.Feature.CHARSET_DETECTION).build()).registerModule(new LoosMethodModule());
    /** Far above what any input of the fuzzer needs; a slower one is a finding. */
    private static final long SECONDS_PER_INPUT = 5;
    private static final List<Shape<?>> TYPES = Shapes.ALL;
    private static final io.github.loosmethod.jackson3.LoosJson JACKSON_3 = io.github.loosmethod.jackson3.LoosJson.strict();

    /** Reads once before fuzzing, so that the time limit measures a read, not the loading of classes. */
    @BeforeAll
    static void load_the_classes_a_read_uses() {
        byte[] document = JSON.write(EmileBaslyPlayground.closed());
        assertThat(JSON.read(document, Initiative.class)).isEqualTo(EmileBaslyPlayground.closed());
        assertThat(MAPPER.convertValue(EmileBaslyPlayground.narrativeEvaluation(), Evaluation.class))
                .isEqualTo(EmileBaslyPlayground.narrativeEvaluation());
    }

    /** What a read gave: a value, or the problems of its refusal. */
    private record Outcome(Object value, List<Problem> problems) {
    }

    private static Outcome outcome(java.util.function.Supplier<Object> read) {
        long start = System.nanoTime();
        try {
            return new Outcome(read.get(), List.of());
        } catch (InterchangeException refused) {
            wellFormed(refused);
            return new Outcome(null, refused.problems());
        } finally {
            assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds for one input").isLessThan(SECONDS_PER_INPUT);
        }
    }

    /** A value of the document as a message quotes it, its own quotes escaped. */
    private static final String QUOTED_VALUE = "\"(?:[^\"\\\\]|\\\\.)*\"";

    /** A refusal as the library promises it: each problem placed, said in plain printable words, bounded. */
    static void wellFormed(InterchangeException refused) {
        assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.pointer()).matches(p -> p.isEmpty() || p.startsWith("/"), "a JSON Pointer");
            assertThat(problem.message()).isNotBlank().hasSizeLessThan(1_000);
            // The document's own values are echoed, quoted, and may hold any words; the library's own may not.
            assertThat(problem.message().replaceAll(QUOTED_VALUE, "\"…\"")).as("the library's words in %s", problem)
                    .doesNotContain("Source:", "StreamReadConstraints", "JsonReadFeature", "com.fasterxml");
            problem.ruleId().ifPresent(id -> assertThat(Rule.byId(id)).as("rule %s in the catalogue", id).isPresent());
            assertThat(problem.toString().codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
            // And in French, as bounded and as clean.
            assertThat(problem.message(Locale.FRENCH)).isNotBlank().hasSizeLessThan(1_000);
            assertThat(problem.message(Locale.FRENCH).replaceAll(QUOTED_VALUE, "\"…\"")).as("the library's words in %s", problem)
                    .doesNotContain("Source:", "StreamReadConstraints", "JsonReadFeature", "com.fasterxml");
            assertThat(problem.toString(Locale.FRENCH).codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
        });
        // Every problem it can read past, up to the limit, and one more saying it stopped there.
        assertThat(refused.problems()).hasSizeLessThanOrEqualTo(ReadLimits.DEFAULT_MAX_PROBLEMS + 1);
        assertThat(refused.getMessage().codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
        assertThat(refused.getMessage(Locale.FRENCH).codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    private static void valid(Object value) {
        if (value instanceof Initiative) {
            assertThat(((Initiative) value).validate().isValid()).isTrue();
        } else if (value instanceof Evaluation) {
            assertThat(((Evaluation) value).validate().isValid()).isTrue();
        }
    }

    private static Optional<String> asUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void bytes(byte[] input) {
        valid(outcome(() -> JSON.readDocument(input)).value());
        valid(outcome(() -> LENIENT.read(input, Initiative.class)).value());
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void text(String input) {
        if (input == null) {
            return; // a null argument is a programming error, documented as NullPointerException
        }
        valid(outcome(() -> JSON.read(input, Initiative.class)).value());
        valid(outcome(() -> JSON.read(input, Evaluation.class)).value());
    }

    /** Every type of the format, through bytes, a stream and text: the three give the same result. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void everyType(FuzzedDataProvider data) {
        Shape<?> codec = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        boolean lenient = data.consumeBoolean();
        byte[] input = data.consumeRemainingAsBytes();
        LoosJson json = lenient ? LENIENT : JSON;

        Outcome fromBytes = outcome(() -> json.read(input, codec.type()));
        Outcome fromStream = outcome(() -> json.read(new ByteArrayInputStream(input), codec.type()));
        assertThat(fromStream).isEqualTo(fromBytes);
        valid(fromBytes.value());
        Optional<String> text = asUtf8(input);
        if (text.isPresent()) {
            // The same characters as text: the same value, or the same refusal.
            assertThat(outcome(() -> json.read(text.get(), codec.type()))).isEqualTo(fromBytes);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void portfolio(byte[] input) {
        long start = System.nanoTime();
        List<InterchangeException> failures = new ArrayList<>();
        List<Initiative> read = new ArrayList<>();
        PortfolioSummary summary;
        try (PortfolioReader reader = JSON.portfolioReader(new ByteArrayInputStream(input), OnBadLine.collectAndContinue(failures::add))) {
            summary = reader.readAll(read::add);
        }
        // Every line is either an initiative or a reported failure on its line: nothing is lost.
        assertThat(summary.initiatives() + summary.badLines()).isEqualTo(summary.lines());
        assertThat(read).hasSize((int) summary.initiatives()).allSatisfy(ReadFuzzTest::valid);
        assertThat(failures).hasSize((int) summary.badLines()).allSatisfy(failure -> {
            assertThat(failure.line()).isPresent();
            wellFormed(failure);
        });
        assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds for one input").isLessThan(SECONDS_PER_INPUT);
    }

    /**
     * The parallel portfolio reader against the sequential one on the same bytes: on 2 to 4 threads,
     * in batches of a few lines or bytes, with a line limit the fuzzer chooses, strict or lenient,
     * refusing or reporting rule breaks, stopping at each bad line (and going on) or collecting
     * them — the same initiatives, refusals and summaries, in the same order
     * ({@link ParallelPortfolioTest#events}).
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void portfolioInParallel(FuzzedDataProvider data) {
        ParallelPortfolioTest.Way way = new ParallelPortfolioTest.Way(data.consumeBoolean(),
                data.consumeBoolean() ? io.github.loosmethod.interchange.OnRuleBreak.REFUSE : io.github.loosmethod.interchange.OnRuleBreak.REPORT,
                data.consumeBoolean(), data.consumeInt(2, 4), data.consumeInt(1, 8), data.consumeInt(1, 512), data.consumeLong(1, 4096));
        byte[] input = data.consumeRemainingAsBytes();
        long start = System.nanoTime();

        List<String> sequential = ParallelPortfolioTest.events(input, way.sequential());
        assertThat(ParallelPortfolioTest.events(input, way)).isEqualTo(sequential);
        assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds for one input").isLessThan(SECONDS_PER_INPUT);
    }

    /**
     * The Jackson 2 and Jackson 3 backends: for any input and type, the same value, or a refusal by
     * both with the same problems — except where the JSON is malformed in a way each parser catches
     * at a different token (a number run into a letter: Jackson 3 refuses {@code 1x} as it reads the
     * number, Jackson 2 only at the next token, after the reader has judged the number): then both
     * refuse, one of them for malformed JSON. The kept inputs and the hostile ones agree exactly
     * ({@link BackendsAgreeTest}).
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void backends(FuzzedDataProvider data) {
        Shape<?> shape = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        boolean lenient = data.consumeBoolean();
        byte[] input = data.consumeRemainingAsBytes();
        LoosJson jackson2 = lenient ? LENIENT : JSON;
        io.github.loosmethod.jackson3.LoosJson jackson3 = lenient ? JACKSON_3.lenient() : JACKSON_3;

        Outcome two = outcome(() -> jackson2.read(input, shape.type()));
        Outcome three = outcome(() -> jackson3.read(input, shape.type()));
        if (!three.equals(two)) {
            // The parsers catch malformed JSON each at its own token (the other may stop first at one of
            // its limits): both refuse, and agree on every problem found before the shorter reading stopped.
            assertThat(List.of(two, three)).as("both refuse").allSatisfy(outcome -> assertThat(outcome.value()).isNull());
            assertThat(List.of(two, three)).as("malformed JSON, caught by each parser at its own token")
                    .anySatisfy(outcome -> assertThat(outcome.problems()).last().satisfies(problem ->
                            assertThat(problem.message()).startsWith("malformed JSON")));
            List<Problem> shorter = two.problems().size() <= three.problems().size() ? two.problems() : three.problems();
            List<Problem> longer = shorter == two.problems() ? three.problems() : two.problems();
            assertThat(longer.subList(0, shorter.size() - 1)).as("the problems before the syntax breaks")
                    .isEqualTo(shorter.subList(0, shorter.size() - 1));
        }
    }

    /** The module inside a host's mapper: a value, or a Jackson exception, never anything else. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "loos-method.dict")
    @Timeout(120)
    void module(FuzzedDataProvider data) {
        Shape<?> codec = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        byte[] input = data.consumeRemainingAsBytes();
        long start = System.nanoTime();
        try {
            Object value = MAPPER.readValue(input, codec.type());
            // A JSON null is read as null by the mapper itself; anything else is a value of the type asked for.
            if (value != null) {
                assertThat(value).isInstanceOf(codec.type());
            }
        } catch (JacksonException expected) {
            assertThat(expected.getMessage()).isNotNull();
        } catch (java.io.IOException other) {
            throw new AssertionError("an IOException that is not Jackson's: " + other, other);
        }
        assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds for one input").isLessThan(SECONDS_PER_INPUT);
    }

    @org.junit.jupiter.api.Test
    void the_fuzzers_dictionary_holds_every_field_name_and_code_of_the_format() throws java.io.IOException {
        java.util.Set<String> tokens = new java.util.HashSet<>();
        try (java.io.InputStream in = ReadFuzzTest.class.getResourceAsStream("loos-method.dict")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("\"")) {
                    // libFuzzer's quoting: \" and \\ stand for themselves (hex escapes are for bytes outside ASCII).
                    tokens.add(line.substring(1, line.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
        }
        for (Shape<?> codec : TYPES) {
            for (int i = 0; i < codec.fields().size(); i++) {
                assertThat(tokens).as("the name of %s.%s", codec.type().getSimpleName(), codec.fields().get(i).name())
                        .contains("\"" + codec.fields().get(i).name() + "\":");
            }
        }
        for (CodeTable<?> codes : CodeTable.ALL) {
            for (String code : codes.allowed().split(", ")) {
                assertThat(tokens).as("the code %s of %s", code, codes.type().getSimpleName()).contains("\"" + code + "\"");
            }
        }
    }
}
