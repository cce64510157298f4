package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.validation.Severity;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes documents of the Loos method interchange format, version 1, with no Jackson
 * knowledge needed (<em>format d'échange</em>): initiatives, evaluations, JSON Lines portfolios,
 * and every other type of the model.
 *
 * <h2>Reading</h2>
 * Strict by default ({@link #strict()}): UTF-8 only, no byte order mark, unknown fields refused,
 * duplicate keys refused, the {@link ReadLimits} enforced, a {@code formatVersion} of 1 required at
 * the root. What comes in is then checked against the model's invariants and, for initiatives and
 * evaluations, against the rules of the method ({@link Initiative#validate()}, {@link Evaluation#validate()}): a document that breaks one
 * (with severity {@link Severity#ERROR}) is refused. Every refusal is an
 * {@link InterchangeException} listing the problems with JSON Pointers and rule ids. The opt-in
 * {@link #lenient()} mode ignores unknown fields and reports them at WARN through SLF4J.
 *
 * <h2>Writing</h2>
 * Canonical: fields in a fixed order, no insignificant white space, optional fields left out when
 * empty, decimals in plain notation. Writing a value and reading it back gives an equal value,
 * and writing that again gives the same bytes.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class LoosJson {

    private static final Logger LOG = LoggerFactory.getLogger(LoosJson.class);
    private static final LoosJson STRICT = new LoosJson(false, ReadLimits.DEFAULT);

    private final boolean lenient;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private LoosJson(boolean lenient, ReadLimits limits) {
        this.lenient = lenient;
        this.limits = limits;
        this.factory = factory(limits);
    }

    static JsonFactory factory(ReadLimits limits) {
        return JsonFactory.builder()
                .disable(JsonFactory.Feature.CHARSET_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(limits.constraints())
                .build();
    }

    /**
     * Returns the strict reader and writer, with the default limits.
     *
     * @return the shared strict instance, never null
     */
    public static LoosJson strict() {
        return STRICT;
    }

    /**
     * Returns a reader that ignores unknown fields instead of refusing them, and reports each
     * document's ignored fields at WARN through SLF4J. Everything else stays strict.
     *
     * @return a lenient instance with the same limits, never null
     */
    public LoosJson lenient() {
        return new LoosJson(true, limits);
    }

    /**
     * Returns an instance with other read limits.
     *
     * @param limits the limits, not null
     * @return a new instance, never null
     * @throws NullPointerException if {@code limits} is null
     */
    public LoosJson withLimits(ReadLimits limits) {
        return new LoosJson(lenient, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this instance enforces.
     *
     * @return the limits, never null
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Tells whether unknown fields are ignored rather than refused.
     *
     * @return true for a lenient instance
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Reads an initiative document and checks it against the rules of the method.
     *
     * @param json the document, UTF-8, not null
     * @return the initiative, valid, never null
     * @throws InterchangeException if the document is malformed, impossible or breaks a rule
     * @throws NullPointerException if {@code json} is null
     */
    public Initiative readInitiative(byte[] json) {
        return read(json, Initiative.class);
    }

    /**
     * Reads an evaluation document and checks it against the rules of the method that need
     * nothing but the evaluation.
     *
     * @param json the document, UTF-8, not null
     * @return the evaluation, valid, never null
     * @throws InterchangeException if the document is malformed, impossible or breaks a rule
     * @throws NullPointerException if {@code json} is null
     */
    public Evaluation readEvaluation(byte[] json) {
        return read(json, Evaluation.class);
    }

    /**
     * Reads a document that is either an initiative or an evaluation, telling them apart by their
     * fields (an evaluation has a {@code subject}, an initiative has {@code applicants}); useful to
     * a validator that is handed files of both kinds.
     *
     * @param json the document, UTF-8, not null
     * @return the {@link Initiative} or {@link Evaluation}, valid, never null
     * @throws InterchangeException if the document is refused, or is neither kind
     * @throws NullPointerException if {@code json} is null
     */
    public Object readDocument(byte[] json) {
        Objects.requireNonNull(json, "json");
        boolean evaluation = false;
        boolean initiative = false;
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    evaluation |= "subject".equals(parser.currentName());
                    initiative |= "applicants".equals(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // Malformed: the full read below reports it, with its place.
            initiative = true;
        }
        if (evaluation == initiative) {
            if (!evaluation) {
                throw refusal(new Problem("", "neither an initiative document (with \"applicants\") nor an evaluation"
                        + " document (with \"subject\")", Optional.empty()));
            }
            return read(json, Initiative.class);
        }
        return evaluation ? read(json, Evaluation.class) : read(json, Initiative.class);
    }

    /**
     * Reads a document of any type of the model.
     *
     * @param <T> the type
     * @param json the document, UTF-8, not null
     * @param type the type of the model, such as {@code Initiative.class}, not null
     * @return the value, never null
     * @throws InterchangeException if the document is refused
     * @throws IllegalArgumentException if the format does not cover {@code type}
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(json, 0, json.length, Codecs.require(type));
    }

    /**
     * Reads a document given as text. The text is read exactly as its UTF-8 encoding would be,
     * under the same limits; a text holding a surrogate without its pair, which no UTF-8 document
     * can carry, is refused.
     *
     * @param <T> the type
     * @param json the document, not null
     * @param type the type of the model, not null
     * @return the value, never null
     * @throws InterchangeException if the document is refused
     * @throws IllegalArgumentException if the format does not cover {@code type}
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        TypeCodec<T> codec = Codecs.require(type);
        // One parser for every entry point, so that a text and its bytes are read alike (the
        // parsers of text and of bytes differ in their symbol tables and their limits).
        int unpaired = Utf8.unpairedSurrogate(json);
        if (unpaired >= 0) {
            throw refusal(new Problem("", "the text holds a surrogate without its pair at index " + unpaired
                    + ": it is not Unicode text, and no UTF-8 document can carry it", Optional.empty()));
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length, codec, new Ignored(), true);
    }

    /**
     * Reads a document from a stream, up to the document length limit; the stream is not closed.
     *
     * @param <T> the type
     * @param json the stream, not null
     * @param type the type of the model, not null
     * @return the value, never null
     * @throws InterchangeException if the document is refused, including when it is longer than
     *         {@link ReadLimits#maxDocumentLength()}
     * @throws UncheckedIOException if the stream cannot be read
     * @throws IllegalArgumentException if the format does not cover {@code type}
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        TypeCodec<T> codec = Codecs.require(type);
        byte[] bytes;
        try {
            // One byte past the limit tells a document that is too long; arrays stop below 2 GiB.
            bytes = json.readNBytes((int) Math.min(MAX_ARRAY, limits.maxDocumentLength() + 1L < 0 ? MAX_ARRAY
                    : limits.maxDocumentLength() + 1L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes, 0, bytes.length, codec);
    }

    /** Names what a document holds, for a log line: "an initiative document". */
    static String documentOf(TypeCodec<?> codec) {
        String name = codec.type().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " document";
    }

    /** The longest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    <T> T read(byte[] json, int offset, int length, TypeCodec<T> codec) {
        Ignored ignored = new Ignored();
        T value = read(json, offset, length, codec, ignored, true);
        ignored.log(LOG, documentOf(codec));
        return value;
    }

    /**
     * Reads one document, or one line of a portfolio, and checks it; the fields skipped in lenient
     * mode are counted in {@code ignored}, for the caller to report once.
     */
    <T> T read(byte[] json, int offset, int length, TypeCodec<T> codec, Ignored ignored, boolean checkRules) {
        if (length > limits.maxDocumentLength()) {
            throw refusal(new Problem("", "the document is longer than the limit of " + limits.maxDocumentLength() + " bytes",
                    Optional.empty()));
        }
        if (length >= 3 && json[offset] == (byte) 0xEF && json[offset + 1] == (byte) 0xBB && json[offset + 2] == (byte) 0xBF) {
            throw refusal(new Problem("", "a byte order mark is not allowed: documents are plain UTF-8", Optional.empty()));
        }
        if (Utf8.looksLikeUtf16Or32(json, offset, length)) {
            throw refusal(new Problem("", "is UTF-16 or UTF-32, it seems (its first characters hold zero bytes or a byte order"
                    + " mark of those): documents are plain UTF-8", Optional.empty()));
        }
        // Jackson decodes overlong forms (C0 A2 as ") and encoded surrogates without complaint.
        int invalid = Utf8.firstInvalid(json, offset, length);
        if (invalid >= 0) {
            throw refusal(new Problem("", "is not valid UTF-8: a malformed or overlong byte sequence at byte " + (invalid - offset)
                    + " (" + Utf8.lineOf(json, offset, invalid) + ")", Optional.empty()));
        }
        T value;
        try (JsonParser parser = factory.createParser(json, offset, length)) {
            value = read(parser, codec, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (checkRules) {
            checkRules(value);
        }
        return value;
    }

    private <T> T read(JsonParser parser, TypeCodec<T> codec, Ignored ignored) throws IOException {
        JsonIn in = new JsonIn(parser, lenient, limits.maxStringLength(), limits.maxNameLength(), ignored);
        T value;
        try {
            in.start();
            value = codec.read(in);
            in.end();
        } catch (ReadFailure failure) {
            throw refusal(failure.problem());
        } catch (StreamConstraintsException e) {
            throw refusal(new Problem(in.failurePointer(), JacksonErrors.limit(e, limits), Optional.empty()));
        } catch (JsonProcessingException e) {
            throw refusal(new Problem(in.failurePointer(), JacksonErrors.malformed(e), Optional.empty()));
        }
        if (!in.formatVersionSeen()) {
            throw refusal(new Problem("/formatVersion", "is required: this library reads version " + JsonIn.FORMAT_VERSION,
                    Optional.empty()));
        }
        return value;
    }

    private static void checkRules(Object value) {
        ValidationReport report;
        if (value instanceof Initiative) {
            report = ((Initiative) value).validate();
        } else if (value instanceof Evaluation) {
            report = ((Evaluation) value).validate();
        } else {
            return;
        }
        if (!report.isValid()) {
            List<Problem> problems = new ArrayList<>();
            for (Violation violation : report.errors()) {
                problems.add(new Problem(Codes.pointer("", violation.path()), violation.englishMessage(),
                        Optional.of(violation.ruleId())));
            }
            throw new InterchangeException(problems);
        }
    }

    private static InterchangeException refusal(Problem problem) {
        return new InterchangeException(List.of(problem));
    }

    /**
     * Writes a value of the model as a canonical document.
     *
     * @param value the value, not null
     * @return the document, UTF-8, never null
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if {@code value} is null
     */
    public byte[] write(Object value) {
        Objects.requireNonNull(value, "value");
        // Jackson's segmented builder on the factory's recycled buffers, as ObjectMapper.writeValueAsBytes
        // does: no buffer to allocate and clear for each document, one copy at the end.
        BufferRecycler recycler = factory._getBufferRecycler();
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator generator = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                writeValue(generator, value);
            }
            return bytes.getClearAndRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes a value of the model as a canonical document, as text.
     *
     * @param value the value, not null
     * @return the document, never null
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if {@code value} is null
     */
    public String writeAsString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /**
     * Writes a value of the model as a canonical document to a stream, which is flushed and not
     * closed.
     *
     * @param value the value, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if an argument is null
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> void writeValue(JsonGenerator generator, T value) throws IOException {
        TypeCodec<T> codec = (TypeCodec<T>) Codecs.require(value.getClass());
        codec.write(generator, value);
    }

    /**
     * Opens a JSON Lines portfolio writer on a stream: one initiative document per line.
     *
     * @param out the stream, not null; closed when the writer is closed
     * @return the writer, never null
     * @throws NullPointerException if {@code out} is null
     */
    public PortfolioWriter portfolioWriter(OutputStream out) {
        return new PortfolioWriter(factory, out);
    }

    /**
     * Opens a JSON Lines portfolio reader on a stream: one initiative document per line, each
     * read under this instance's rules and limits. What happens to a bad line is the caller's
     * choice: {@link OnBadLine#stop()} or a handler that collects and continues.
     *
     * @param in the stream, not null; closed when the reader is closed
     * @param onBadLine what to do with a line that is refused, not null
     * @return the reader, never null
     * @throws NullPointerException if an argument is null
     */
    public PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine) {
        return new PortfolioReader(this, in, onBadLine);
    }
}
