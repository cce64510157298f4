package io.github.loosmethod.interchange;

import io.github.loosmethod.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document (<em>problème</em>): where, as a JSON Pointer
 * (RFC 6901: {@code ""} for the whole document, {@code /convention/commitments/2/dueDate} for an
 * element), what, and for a rule of the method its id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pointer the JSON Pointer to the offending element, not null
 * @param message what is wrong, in English, not null
 * @param ruleId the id of the rule of the method broken, such as {@code "R4"}, or empty for a
 *        problem of form (malformed JSON, wrong type, missing field, impossible value)
 */
public record Problem(String pointer, String message, Optional<String> ruleId) {

    /**
     * Creates a problem.
     *
     * @param pointer the JSON Pointer, not null
     * @param message what is wrong, not null
     * @param ruleId the rule broken, or empty
     * @throws NullPointerException if an argument is null
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * Renders the problem on one line for people and logs: {@code /convention/signatures [R4]: …}.
     * A pointer names fields of the input, which may hold any character: control and invisible
     * characters are shown as escapes here, while {@link #pointer()} stays the exact JSON Pointer.
     *
     * @return the line, never null
     */
    @Override
    public String toString() {
        String shown = pointer.isEmpty() ? "(document)" : Texts.printable(pointer);
        return shown + ruleId.map(id -> " [" + Texts.printable(id) + "]").orElse("") + ": " + Texts.printable(message);
    }
}
