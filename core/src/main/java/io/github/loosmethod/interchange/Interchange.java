package io.github.loosmethod.interchange;

import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.validation.Severity;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes documents of the Loos method interchange format (<em>format d'échange</em>):
 * initiatives, evaluations, JSON Lines portfolios, and every other type of the model. The contract
 * of both Jackson backends — {@code io.github.loosmethod.serialization.LoosJson} (Jackson 2) and
 * {@code io.github.loosmethod.jackson3.LoosJson} (Jackson 3) — which read and write the same bytes
 * and refuse the same inputs with the same problems; code that takes an {@code Interchange} works
 * with either.
 *
 * <h2>Reading</h2>
 * Strict by default: UTF-8 only, no byte order mark, unknown fields refused, duplicate keys
 * refused, the {@link ReadLimits} enforced, a {@code formatVersion} of 1 or 2 required at the root. What
 * comes in is then checked against the model's invariants and, for initiatives and evaluations,
 * against the rules of the method ({@link Initiative#validate()}, {@link Evaluation#validate()}): a
 * document that breaks one (with severity {@link Severity#ERROR}) is refused. Every refusal is an
 * {@link InterchangeException} listing the problems with JSON Pointers and rule ids. The opt-in
 * {@link #lenient()} mode ignores unknown fields and reports them at WARN through the SLF4J logger
 * named after this interface.
 *
 * <h2>Writing</h2>
 * Canonical: fields in a fixed order, no insignificant white space, optional fields left out when
 * empty, decimals in plain notation. Writing a value and reading it back gives an equal value, and
 * writing that again gives the same bytes.
 *
 * <p>Implementations are immutable and thread-safe; share them.
 *
 * <p>With either backend:
 * <pre>{@code
 * Interchange json = LoosJson.strict();                     // Jackson 2; io.github.loosmethod.jackson3.LoosJson on Jackson 3
 * String document = json.writeAsString(initiative);         // canonical, starts with "formatVersion": 2
 * Initiative same = json.read(document, Initiative.class);  // strict: unknown fields, broken rules… refused
 * try {
 *     json.read("{\"formatVersion\":2,\"id\":\"\"}", Initiative.class);
 * } catch (InterchangeException refused) {
 *     refused.problems().forEach(problem -> problems.add(problem.pointer() + ": " + problem.message(Locale.FRENCH)));
 * }
 * }</pre>
 */
public interface Interchange {

    /**
     * Returns a reader that ignores unknown fields instead of refusing them, and reports each
     * document's ignored fields at WARN through SLF4J. Everything else stays strict.
     *
     * @return a lenient instance with the same limits, never null
     */
    Interchange lenient();

    /**
     * Returns an instance with other read limits.
     *
     * @param limits the limits, not null
     * @return a new instance, never null
     * @throws NullPointerException if {@code limits} is null
     */
    Interchange withLimits(ReadLimits limits);

    /**
     * Returns the limits this instance enforces.
     *
     * @return the limits, never null
     */
    ReadLimits limits();

    /**
     * Tells whether unknown fields are ignored rather than refused.
     *
     * @return true for a lenient instance
     */
    boolean isLenient();

    /**
     * Reads an initiative document and checks it against the rules of the method.
     *
     * @param json the document, UTF-8, not null
     * @return the initiative, valid, never null
     * @throws InterchangeException if the document is malformed, impossible or breaks a rule
     * @throws NullPointerException if {@code json} is null
     */
    Initiative readInitiative(byte[] json);

    /**
     * Reads an evaluation document and checks it against the rules of the method that need
     * nothing but the evaluation.
     *
     * @param json the document, UTF-8, not null
     * @return the evaluation, valid, never null
     * @throws InterchangeException if the document is malformed, impossible or breaks a rule
     * @throws NullPointerException if {@code json} is null
     */
    Evaluation readEvaluation(byte[] json);

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
    Object readDocument(byte[] json);

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
    <T> T read(byte[] json, Class<T> type);

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
    <T> T read(String json, Class<T> type);

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
    <T> T read(InputStream json, Class<T> type);

    /**
     * Checks a value that did not come through this reader — one a host's mapper read from its
     * own JSON, where the value was embedded — as strictly as a document: its canonical document
     * must be within this instance's limits, and an initiative or an evaluation must follow the
     * rules of the method.
     *
     * @param <T> the type
     * @param value the value, not null
     * @return {@code value}, for chaining
     * @throws InterchangeException if the value would be refused as a document, with the same
     *         problems (fields a mapper dropped while reading the value are not there to refuse)
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if {@code value} is null
     */
    <T> T check(T value);

    /**
     * Writes a value of the model as a canonical document.
     *
     * @param value the value, not null
     * @return the document, UTF-8, never null
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if {@code value} is null
     */
    byte[] write(Object value);

    /**
     * Writes a value of the model as a canonical document, as text.
     *
     * @param value the value, not null
     * @return the document, never null
     * @throws IllegalArgumentException if the format does not cover the value's type
     * @throws NullPointerException if {@code value} is null
     */
    String writeAsString(Object value);

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
    void write(Object value, OutputStream out);

    /**
     * Opens a JSON Lines portfolio writer on a stream: one initiative document per line.
     *
     * @param out the stream, not null; closed when the writer is closed
     * @return the writer, never null
     * @throws NullPointerException if {@code out} is null
     */
    PortfolioWriter portfolioWriter(OutputStream out);

    /**
     * Opens a JSON Lines portfolio reader on a stream: one initiative document per line, each read
     * under this instance's rules and limits. What happens to a bad line is the caller's choice:
     * {@link OnBadLine#stop()} or a handler that collects and continues.
     *
     * @param in the stream, not null; closed when the reader is closed
     * @param onBadLine what to do with a line that is refused, not null
     * @return the reader, never null
     * @throws NullPointerException if an argument is null
     */
    PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine);

    /**
     * Opens a reader of a JSON Lines portfolio that may read the lines breaking rules of the method
     * rather than refuse them, so that a host reloads its drafts and imports without loss.
     *
     * @param in the stream, read once and closed with the reader, not null
     * @param onBadLine what to do with a line that cannot be read, not null
     * @param onRuleBreak what to do with a line that breaks a rule, not null
     * @return the reader, never null
     * @throws NullPointerException if an argument is null
     */
    PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak);

    /**
     * Opens a reader of a JSON Lines portfolio that reads its lines on several threads, with the
     * very results of {@link #portfolioReader(InputStream, OnBadLine, OnRuleBreak)}: the same
     * initiatives in line order; the same refused lines, with their numbers and problems, handed to
     * {@code onBadLine} in line order on the caller's thread (so {@link OnBadLine#stop()} throws at
     * the same line); the same {@linkplain PortfolioReader#summary() summary} at every step; the same
     * warning of the fields a lenient reader skipped; the same limits (a line over the document limit
     * drained and refused, not held). A failure of the stream is thrown as
     * {@link UncheckedIOException} once the lines before it are read, as the sequential reader throws it.
     *
     * <p>The caller's thread splits the stream into lines and gathers them in batches (at most 256
     * lines, cut at 64 KiB); {@code threads} worker threads parse and check the batches; the caller's
     * thread hands on the results in line order, and reads a batch itself when no worker has begun
     * it by the time it is needed. Memory stays bounded whatever the portfolio's length: at most
     * {@code 2 × threads} batches are in flight, whose lines take at most
     * {@code (2 × threads + 1) × 64 KiB} plus one line at the document limit, besides a read buffer of
     * 64 KiB and the initiatives and refusals read from them.
     *
     * <p>The workers are daemon threads owned by the reader: they end at the end of the stream, when
     * an exception leaves the reader (a policy or a consumer that throws: the batches in flight are
     * finished, so reading may go on), after a second without work (a reader dropped unclosed), and
     * on {@link PortfolioReader#close()}, which returns once they have ended. The reader itself is
     * used by one thread, like the sequential one; {@code onBadLine} and the consumers run on it. A
     * closed parallel reader refuses to read on ({@link IllegalStateException}).
     *
     * @param in the stream, read once and closed with the reader, not null
     * @param onBadLine what to do with a line that cannot be read, called on the caller's thread, not null
     * @param onRuleBreak what to do with a line that breaks a rule, not null
     * @param threads the number of worker threads, at least 1; with 1, the sequential reader is returned
     * @return the reader, never null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws NullPointerException if an argument is null
     */
    PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak, int threads);

    /**
     * Reads a document that is well formed and meets the invariants, whatever rules of the method
     * it breaks, and returns it with its report: reading without loss, for drafts, imports and
     * records judged by an older catalogue. Everything else is refused as by {@link #read(byte[], Class)}.
     *
     * @param <T> the type
     * @param json the document, UTF-8, not null
     * @param type the type of the document, a type of the format, not null
     * @return the value and the report of the rules it breaks, never null
     * @throws InterchangeException if the document is not well formed, breaks an invariant or a limit
     * @throws IllegalArgumentException if the format does not cover the type
     * @throws NullPointerException if an argument is null
     */
    <T> Checked<T> readChecked(byte[] json, Class<T> type);

    /**
     * Reads a document given as text, as {@link #readChecked(byte[], Class)} reads its UTF-8 bytes.
     *
     * @param <T> the type
     * @param json the document, not null
     * @param type the type of the document, a type of the format, not null
     * @return the value and the report of the rules it breaks, never null
     * @throws InterchangeException if the document is not well formed, breaks an invariant or a limit
     * @throws IllegalArgumentException if the format does not cover the type
     * @throws NullPointerException if an argument is null
     */
    <T> Checked<T> readChecked(String json, Class<T> type);
}
