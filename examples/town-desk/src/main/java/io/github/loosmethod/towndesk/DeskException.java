package io.github.loosmethod.towndesk;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request the desk refuses for a reason of its own — an unknown id, a stale or missing version,
 * a malformed field — rather than one of the library's: which problem, where in the request
 * (a JSON Pointer into the body, or a parameter's name) and why, in English and French.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType problem;
    private final String pointer;
    private final String frenchMessage;
    /** The record's version now, for a stale change: the client reloads from it. */
    private final transient OptionalLong currentVersion;

    /**
     * Creates the exception.
     *
     * @param problem the kind of problem, not null
     * @param pointer where in the request, {@code ""} for the request as a whole, not null
     * @param englishMessage why, in English, not null
     * @param frenchMessage why, in French, not null
     * @throws NullPointerException if an argument is null
     */
    public DeskException(ProblemType problem, String pointer, String englishMessage, String frenchMessage) {
        this(problem, pointer, englishMessage, frenchMessage, OptionalLong.empty());
    }

    private DeskException(ProblemType problem, String pointer, String englishMessage, String frenchMessage,
            OptionalLong currentVersion) {
        super(Objects.requireNonNull(englishMessage, "englishMessage"));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.frenchMessage = Objects.requireNonNull(frenchMessage, "frenchMessage");
        this.currentVersion = currentVersion;
    }

    /**
     * Returns the record's current version when the change was made on an older one
     * ({@link ProblemType#STALE_VERSION}), so that the answer can carry the {@code ETag} to reload from.
     *
     * @return the current version, empty for every other problem
     */
    public OptionalLong currentVersion() {
        return currentVersion == null ? OptionalLong.empty() : currentVersion;
    }

    /**
     * Returns the kind of problem.
     *
     * @return the problem, never null
     */
    public ProblemType problem() {
        return problem;
    }

    /**
     * Returns where in the request the problem is, when it is in one place.
     *
     * @return the JSON Pointer or parameter name, empty for the request as a whole
     */
    public Optional<String> pointer() {
        return pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
    }

    /**
     * Returns the message in French when the locale's language is French, in English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? frenchMessage : getMessage();
    }

    static DeskException notFound(String id) {
        return new DeskException(ProblemType.NOT_FOUND, "", "No initiative has the id \"" + id + "\".",
                "Aucune initiative n'a l'identifiant « " + id + " ».");
    }

    static DeskException alreadyExists(String id) {
        return new DeskException(ProblemType.ALREADY_EXISTS, "/id", "An initiative with the id \"" + id
                + "\" is already kept.", "Une initiative d'identifiant « " + id + " » existe déjà.");
    }

    static DeskException stale(String id, long sent, long current) {
        return new DeskException(ProblemType.STALE_VERSION, "", "The change was made on version " + sent
                + " of \"" + id + "\", which is now at version " + current + ": reload it and try again.",
                "La modification porte sur la version " + sent + " de « " + id + " », qui en est à la version "
                        + current + " : rechargez-la et recommencez.", OptionalLong.of(current));
    }

    static DeskException missing(String pointer) {
        return new DeskException(ProblemType.BAD_REQUEST, pointer, "The field " + pointer + " is required.",
                "Le champ " + pointer + " est obligatoire.");
    }
}
