package io.github.loosmethod.interop;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.provenance.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a source the model did not take as it was (<em>perte</em>): where it was in the
 * source (the record's {@link Source}, and the column for a table), where it would have gone in the
 * record (a JSON Pointer into the initiative, {@code ""} for the whole record), what became of it,
 * the value itself, the candidates of an ambiguous value, the rule of the method that forced it,
 * and why, in English and in French.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source where the record was read, not null
 * @param column the column of a table the value was in, or empty
 * @param target the JSON Pointer in the initiative the value would have gone to, not null
 * @param category what became of it, not null
 * @param value the value as the source had it, or empty when there is none (a value missing)
 * @param candidates the values of the model it could mean, for an ambiguous value; unmodifiable
 * @param ruleId the rule of the method that forced it, such as {@code "R4"}, or empty
 * @param message why, in English and in French, not null
 */
public record Loss(Source source, Optional<String> column, String target, LossCategory category, Optional<String> value,
        List<String> candidates, Optional<String> ruleId, LocalizedText message) {

    /**
     * Creates an entry.
     *
     * @param source where the record was read, not null
     * @param column the column of a table the value was in, or empty
     * @param target the JSON Pointer in the initiative the value would have gone to, not null
     * @param category what became of it, not null
     * @param value the value as the source had it, or empty when there is none (a value missing)
     * @param candidates the values of the model it could mean, for an ambiguous value; unmodifiable
     * @param ruleId the rule of the method that forced it, such as {@code "R4"}, or empty
     * @param message why, in English and in French, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code target} is not a JSON Pointer ({@code ""} or
     *         starting with {@code /})
     */
    public Loss {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        if (!target.isEmpty() && !target.startsWith("/")) {
            throw new IllegalArgumentException("target must be a JSON Pointer, not " + target);
        }
    }
}
