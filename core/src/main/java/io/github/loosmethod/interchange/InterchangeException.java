package io.github.loosmethod.interchange;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The one exception through which reading refuses a document (<em>document refusé</em>):
 * malformed JSON, a limit exceeded, a wrong type, a missing or unknown field, an impossible value,
 * a broken rule of the method. It lists every problem found with its JSON Pointer and, for a rule,
 * the rule's id; in a JSON Lines portfolio it also carries the line number. Within one document the
 * reader lists every problem it can read past, up to {@link ReadLimits#maxProblems()}; each is
 * said in English and in French ({@link Problem#message(java.util.Locale)},
 * {@link #getMessage(java.util.Locale)}).
 *
 * <p>Reading never lets another exception escape for bad input: no Jackson exception, no
 * {@link NullPointerException}, no {@link java.io.CharConversionException}. Failures of the
 * underlying stream itself (a disk error) are reported as {@link java.io.UncheckedIOException}.
 *
 * <p>Instances are immutable and thread-safe once thrown.
 */
public final class InterchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serializable as records holding an {@code Optional}; written field by field (see {@link #writeObject}). */
    private transient List<Problem> problems;
    /** @serial the line of a JSON Lines stream the problems are on, if any (see {@link #line()}) */
    private final long line;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one, not null
     * @throws NullPointerException if {@code problems} is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InterchangeException(List<Problem> problems) {
        this(problems, 0, null);
    }

    InterchangeException(List<Problem> problems, long line, Throwable cause) {
        super(render(problems, line), cause);
        this.problems = List.copyOf(problems);
        this.line = line;
    }

    private static String render(List<Problem> problems, long line) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InterchangeException needs at least one problem");
        }
        String where = line > 0 ? "line " + line + ": " : "";
        return where + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns the same problems, located on a line of a JSON Lines stream.
     *
     * @param line the line number, from 1
     * @return a new exception, never null
     */
    public InterchangeException onLine(long line) {
        return new InterchangeException(problems, line, getCause());
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, unmodifiable, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Describes every problem, as {@link #getMessage()} does in English, in the language of a
     * locale: French for French locales, English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the description, on one line, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String getMessage(java.util.Locale locale) {
        boolean french = io.github.loosmethod.Language.of(locale) == io.github.loosmethod.Language.FRENCH;
        String where = line > 0 ? (french ? "ligne " + line + " : " : "line " + line + ": ") : "";
        return where + problems.stream().map(problem -> problem.toString(locale)).collect(Collectors.joining("; "));
    }

    /**
     * Returns the line of a JSON Lines stream the problems are on.
     *
     * @return the line number, from 1, or empty for a single document
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * Writes the problems field by field, so that a refusal sent to another JVM still lists them.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            out.writeObject(problem.pointer());
            out.writeObject(problem.message());
            out.writeObject(problem.ruleId().orElse(null));
            out.writeObject(problem.frenchMessage());
        }
    }

    /**
     * Rebuilds the problems written by {@link #writeObject}.
     *
     * @param in the stream
     * @throws IOException if the stream fails
     * @throws ClassNotFoundException if a class of the stream is unknown
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (count < 1) {
            throw new InvalidObjectException("an InterchangeException holds at least one problem, not " + count);
        }
        List<Problem> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                read.add(new Problem((String) in.readObject(), (String) in.readObject(), Optional.ofNullable((String) in.readObject()),
                        (String) in.readObject()));
            } catch (ClassCastException | NullPointerException e) {
                throw new InvalidObjectException("problem " + i + " is not a problem: " + e.getMessage());
            }
        }
        problems = List.copyOf(read);
    }
}
