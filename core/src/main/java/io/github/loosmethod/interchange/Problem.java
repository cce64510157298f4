package io.github.loosmethod.interchange;

import io.github.loosmethod.Language;
import io.github.loosmethod.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document (<em>problème</em>): where, as a JSON Pointer
 * (RFC 6901: {@code ""} for the whole document, {@code /convention/commitments/2/dueDate} for an
 * element), what, in English and in French, and for a rule of the method its id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pointer the JSON Pointer to the offending element, not null
 * @param message what is wrong, in English, not null
 * @param ruleId the id of the rule of the method broken, such as {@code "R4"}, or empty for a
 *        problem of form (malformed JSON, wrong type, missing field, impossible value)
 * @param frenchMessage what is wrong, in French, not null
 */
public record Problem(String pointer, String message, Optional<String> ruleId, String frenchMessage) {

    /**
     * Creates a problem.
     *
     * @param pointer the JSON Pointer, not null
     * @param message what is wrong, in English, not null
     * @param ruleId the rule broken, or empty
     * @param frenchMessage what is wrong, in French, not null
     * @throws NullPointerException if an argument is null
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(frenchMessage, "frenchMessage");
    }

    /**
     * Creates a problem stated in one language only, such as a host's own finding: its text
     * stands for both languages.
     *
     * @param pointer the JSON Pointer, not null
     * @param message what is wrong, not null
     * @param ruleId the rule broken, or empty
     * @throws NullPointerException if an argument is null
     */
    public Problem(String pointer, String message, Optional<String> ruleId) {
        this(pointer, message, ruleId, message);
    }

    /**
     * Returns what is wrong in the language of a locale: French for French locales, English
     * otherwise (the JVM's default locale is never consulted).
     *
     * @param locale the reader's locale, not null
     * @return the message, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return Language.of(locale) == Language.FRENCH ? frenchMessage : message;
    }

    /**
     * Renders the problem on one line for people and logs: {@code /convention/signatures [R4]: …}.
     * A pointer names fields of the input, which may hold any character: control and invisible
     * characters are shown as escapes here, while {@link #pointer()} stays the exact JSON Pointer.
     *
     * @return the line in English, never null
     */
    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }

    /**
     * Renders the problem on one line, as {@link #toString()} does, in the language of a locale.
     *
     * @param locale the reader's locale, not null
     * @return the line, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String toString(Locale locale) {
        boolean french = Language.of(locale) == Language.FRENCH;
        String shown = pointer.isEmpty() ? "(document)" : Texts.printable(pointer);
        return shown + ruleId.map(id -> " [" + Texts.printable(id) + "]").orElse("") + (french ? " : " : ": ")
                + Texts.printable(french ? frenchMessage : message);
    }
}
