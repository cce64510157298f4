package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.Checked;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Interchange} of every backend: the checks of bytes before parsing (length, byte order
 * mark, UTF-16 and UTF-32, malformed UTF-8), the format version, the rules of the method, documents
 * told apart, JSON Lines — everything but the parser and the generator, which a backend supplies
 * through the four methods at the end. So both backends read and write alike by construction.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class Documents implements Interchange {

    private static final Logger LOG = LoggerFactory.getLogger(Interchange.class);
    /** The longest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final boolean lenient;
    private final ReadLimits limits;

    /**
     * Creates the shared part of a backend.
     *
     * @param lenient whether unknown fields are skipped rather than refused
     * @param limits the read limits, not null
     */
    protected Documents(boolean lenient, ReadLimits limits) {
        this.lenient = lenient;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Returns an instance of the same backend that ignores unknown fields.
     *
     * @return the lenient instance, never null
     */
    @Override
    public abstract Documents lenient();

    /**
     * Returns an instance of the same backend with other limits.
     *
     * @param limits the limits, not null
     * @return the new instance, never null
     */
    @Override
    public abstract Documents withLimits(ReadLimits limits);

    @Override
    public final ReadLimits limits() {
        return limits;
    }

    @Override
    public final boolean isLenient() {
        return lenient;
    }

    @Override
    public final Initiative readInitiative(byte[] json) {
        return read(json, Initiative.class);
    }

    @Override
    public final Evaluation readEvaluation(byte[] json) {
        return read(json, Evaluation.class);
    }

    @Override
    public final Object readDocument(byte[] json) {
        Objects.requireNonNull(json, "json");
        boolean evaluation = false;
        boolean initiative = false;
        try (WireIn in = open(json, 0, json.length, new Ignored())) {
            if (in.nextToken() == WireIn.START_OBJECT) {
                for (String name = in.nextName(); name != null; name = in.nextName()) {
                    evaluation |= "subject".equals(name);
                    initiative |= "applicants".equals(name);
                    in.nextToken();
                    in.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed: the full read below reports it, with its place, as the kind of document its
            // fields so far tell (an initiative when none told).
            initiative |= !evaluation;
        }
        if (evaluation == initiative) {
            if (!evaluation) {
                throw refusal("", Message.of("read.neitherDocument"));
            }
            return read(json, Initiative.class);
        }
        return evaluation ? read(json, Evaluation.class) : read(json, Initiative.class);
    }

    @Override
    public final <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(json, 0, json.length, Shapes.require(type));
    }

    @Override
    public final <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Shape<T> shape = Shapes.require(type);
        // One parser for every entry point, so that a text and its bytes are read alike (the
        // parsers of text and of bytes differ in their symbol tables and their limits).
        byte[] bytes = utf8(json);
        return read(bytes, 0, bytes.length, shape, new Ignored(), true);
    }

    /** A text's UTF-8 bytes; a text no UTF-8 document can carry is refused. */
    private static byte[] utf8(String json) {
        Objects.requireNonNull(json, "json");
        int unpaired = Utf8.unpairedSurrogate(json);
        if (unpaired >= 0) {
            throw refusal("", Message.of("read.surrogateInText", unpaired));
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public final <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Shape<T> shape = Shapes.require(type);
        byte[] bytes;
        try {
            // One byte past the limit tells a document that is too long; arrays stop below 2 GiB.
            bytes = json.readNBytes((int) Math.min(MAX_ARRAY, limits.maxDocumentLength() + 1L < 0 ? MAX_ARRAY
                    : limits.maxDocumentLength() + 1L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes, 0, bytes.length, shape);
    }

    @Override
    public final <T> T check(T value) {
        Objects.requireNonNull(value, "value");
        Shapes.require(value.getClass());
        byte[] document = write(value);
        read(document, 0, document.length, Shapes.require(value.getClass()));
        return value;
    }

    /** Names what a document holds, for a log line: "an initiative document". */
    static String documentOf(Shape<?> shape) {
        String name = shape.name().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " document";
    }

    private <T> T read(byte[] json, int offset, int length, Shape<T> shape) {
        Ignored ignored = new Ignored();
        T value = read(json, offset, length, shape, ignored, true);
        ignored.log(LOG, documentOf(shape));
        return value;
    }

    /**
     * Reads one document, or one line of a portfolio, and checks it; the fields skipped in lenient
     * mode are counted in {@code ignored}, for the caller to report once.
     */
    final <T> T read(byte[] json, int offset, int length, Shape<T> shape, Ignored ignored, boolean checkRules) {
        if (length > limits.maxDocumentLength()) {
            throw refusal("", Message.of("read.limit.document", limits.maxDocumentLength()));
        }
        if (length >= 3 && json[offset] == (byte) 0xEF && json[offset + 1] == (byte) 0xBB && json[offset + 2] == (byte) 0xBF) {
            throw refusal("", Message.of("read.byteOrderMark"));
        }
        if (Utf8.looksLikeUtf16Or32(json, offset, length)) {
            throw refusal("", Message.of("read.utf16or32"));
        }
        // Jackson decodes overlong forms (C0 A2 as ") and encoded surrogates without complaint.
        int invalid = Utf8.firstInvalid(json, offset, length);
        if (invalid >= 0) {
            throw refusal("", Message.of("read.invalidUtf8", invalid - offset, Utf8.lineOf(json, offset, invalid)));
        }
        T value;
        int version;
        try (WireIn in = open(json, offset, length, ignored)) {
            value = read(in, shape, json, offset, length);
            version = in.formatVersion();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        value = judgedAsOf(value, version);
        if (checkRules) {
            checkRules(value);
        }
        return value;
    }

    /**
     * Reads a document with a cursor that records every problem it can read past, up to the
     * limit; the problems of the document's format version are found once the whole document is
     * read, and malformed JSON stops the reading where it is, as reaching the limit does.
     */
    private <T> T read(WireIn in, Shape<T> shape, byte[] json, int offset, int length) throws IOException {
        in.collect(limits.maxProblems());
        List<Problem> problems = in.problems();
        T value = null;
        // Whether the document was read to its end, and its root was an object (its format version then told).
        boolean whole = false;
        boolean object = true;
        try {
            long outside = in.mark();
            in.start();
            try {
                value = shape.read(in);
            } catch (ReadFailure failure) {
                // Read to its end (its problems recorded, or one found once it was read: an
                // invariant, a derived field), the root was an object; on its first token, it was not.
                object = failure == ReadFailure.RECORDED || in.currentToken() == WireIn.END_OBJECT;
                in.recover(failure, outside);
            }
            in.end();
            whole = object;
        } catch (ReadFailure failure) {
            // At the root, outside any value (an empty document, content after its end).
            problems.add(failure.problem());
        } catch (WireIn.TooManyProblems stop) {
            problems.add(problem("", Message.of(limits.maxProblems() == 1 ? "read.tooManyProblems.one" : "read.tooManyProblems.other",
                    limits.maxProblems())));
        } catch (IOException | RuntimeException e) {
            Optional<Message> problem = parseError(e, json, offset, length);
            if (problem.isEmpty()) {
                throw e;
            }
            problems.add(problem(in.failurePointer(), problem.get()));
        }
        if (whole) {
            formatVersionProblem(in).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        return value;
    }

    /** What is wrong with the format version a document declares, given what it holds. */
    private static Optional<Problem> formatVersionProblem(WireIn in) {
        if (!in.formatVersionSeen()) {
            // Named but refused (a string, a version unknown here): already a problem at the field.
            return in.formatVersionNamed() ? Optional.empty() : Optional.of(problem("/" + Shapes.FORMAT_VERSION_NAME, Message.of("read.formatVersion.required",
                    Shapes.OLDEST_FORMAT_VERSION, Shapes.FORMAT_VERSION)));
        }
        if (in.newerPointer() != null && in.newerVersion() > in.formatVersion()) {
            return Optional.of(problem(in.newerPointer(), Message.of("read.formatVersion.newer", in.newerVersion(),
                    in.formatVersion())));
        }
        if (in.replacedPointer() != null && in.formatVersion() == Shapes.FORMAT_VERSION) {
            return Optional.of(problem(in.replacedPointer(), Message.of("read.formatVersion.replaced", Shapes.FORMAT_VERSION - 1,
                    Shapes.FORMAT_VERSION)));
        }
        return Optional.empty();
    }

    /** A record read from a document of format version 1 is judged by the catalogue of version 1. */
    @SuppressWarnings("unchecked")
    private static <T> T judgedAsOf(T value, int formatVersion) {
        if (formatVersion >= 2) {
            return value;
        }
        if (value instanceof Initiative) {
            return (T) Initiative.builder().from((Initiative) value).withRulesVersion(formatVersion).build();
        }
        if (value instanceof Evaluation) {
            return (T) Evaluation.builder().from((Evaluation) value).withRulesVersion(formatVersion).build();
        }
        return value;
    }

    /** Refuses a record that breaks a rule of the catalogue that judges it ({@code rulesVersion}). */
    private static void checkRules(Object value) {
        ValidationReport report;
        if (value instanceof Initiative) {
            report = ((Initiative) value).validateAsOf(((Initiative) value).rulesVersion());
        } else if (value instanceof Evaluation) {
            report = ((Evaluation) value).validate();
        } else {
            return;
        }
        if (!report.isValid()) {
            List<Problem> problems = new ArrayList<>();
            for (Violation violation : report.errors()) {
                problems.add(new Problem(Codes.pointer("", violation.path()), violation.englishMessage(),
                        Optional.of(violation.ruleId()), violation.frenchMessage()));
            }
            if (!problems.isEmpty()) {
                throw new InterchangeException(problems);
            }
        }
    }

    private static InterchangeException refusal(String pointer, Message message) {
        return new InterchangeException(List.of(problem(pointer, message)));
    }

    /** A problem of form (no rule) at a place of the document. */
    static Problem problem(String pointer, Message message) {
        return new Problem(pointer, message.english(), Optional.empty(), message.french());
    }

    @Override
    public final byte[] write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return bytes(Shapes.require(value.getClass()).erased(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final String writeAsString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    @Override
    public final void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        Shape<Object> shape = Shapes.require(value.getClass()).erased();
        try (WireOut wire = writer(out)) {
            shape.write(wire, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final PortfolioWriter portfolioWriter(OutputStream out) {
        OutputStream buffered = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        try {
            return new LineWriter(buffered, writer(buffered));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine) {
        return new LineReader(this, in, onBadLine, true);
    }

    @Override
    public final PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak) {
        return new LineReader(this, in, onBadLine, Objects.requireNonNull(onRuleBreak, "onRuleBreak") == OnRuleBreak.REFUSE);
    }

    @Override
    public final PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak, int threads) {
        return ParallelLines.open(this, in, onBadLine, onRuleBreak, threads, ParallelLines.BATCH_LINES, ParallelLines.BATCH_BYTES);
    }

    @Override
    public final <T> Checked<T> readChecked(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Shape<T> shape = Shapes.require(type);
        Ignored ignored = new Ignored();
        T value = read(json, 0, json.length, shape, ignored, false);
        ignored.log(LOG, documentOf(shape));
        return Checked.of(value, reportOf(value));
    }

    @Override
    public final <T> Checked<T> readChecked(String json, Class<T> type) {
        return readChecked(utf8(json), type);
    }

    /** What the rules of the method find in a value read; nothing for a type they do not judge. */
    private static ValidationReport reportOf(Object value) {
        if (value instanceof Initiative) {
            return ((Initiative) value).validate();
        }
        if (value instanceof Evaluation) {
            return ((Evaluation) value).validate();
        }
        return ValidationReport.of(List.of());
    }

    // What a backend supplies.

    /**
     * Opens a cursor on a document, checked beforehand for length and encoding, with this
     * instance's strictness and limits (its parser given {@link Parsers#parserStringLength} and
     * {@link Parsers#parserNameLength}, the nesting, number and document limits as they are).
     *
     * @param json the bytes, not null
     * @param offset where the document starts
     * @param length its length
     * @param ignored where the fields skipped in lenient mode are counted
     * @return the cursor, before the document's first token; closed by the caller
     * @throws IOException if the parser cannot be made
     */
    protected abstract WireIn open(byte[] json, int offset, int length, Ignored ignored) throws IOException;

    /**
     * Describes an exception of the backend's parser as a problem of the input — malformed JSON
     * ({@link Parsers#malformed}) or a limit exceeded ({@link Parsers#limit}).
     *
     * @param e what the parser threw, not null
     * @param json the bytes the parser read, for a backend whose messages need them
     * @param offset where the document starts in {@code json}
     * @param length its length
     * @return the problem's words, or empty if {@code e} is no problem of the input
     */
    protected abstract Optional<Message> parseError(Exception e, byte[] json, int offset, int length);

    /**
     * Opens a writer on a stream, which closing the writer flushes and does not close.
     *
     * @param out the stream, not null
     * @return the writer, never null
     * @throws IOException if the generator cannot be made
     */
    protected abstract WireOut writer(OutputStream out) throws IOException;

    /**
     * Writes a value as a document, in bytes; a backend may do it on its recycled buffers.
     *
     * @param <T> the type
     * @param shape the declaration of the value's type, not null
     * @param value the value, not null
     * @return the document, UTF-8, never null
     * @throws IOException if the generator fails
     */
    protected abstract <T> byte[] bytes(Shape<T> shape, T value) throws IOException;
}
