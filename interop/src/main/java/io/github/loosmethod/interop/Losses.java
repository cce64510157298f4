package io.github.loosmethod.interop;

import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.provenance.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The losses of one record as an adapter finds them, in the order it finds them; each message a
 * text of the library's vocabulary ({@code interop.*}) in both languages. Not thread-safe; one
 * per record.
 */
public final class Losses {

    private final Source source;
    private final List<Loss> entries = new ArrayList<>();

    /**
     * Starts the losses of a record.
     *
     * @param source where the record was read, not null
     */
    public Losses(Source source) {
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    /**
     * Returns where the record was read.
     *
     * @return the source, never null
     */
    public Source source() {
        return source;
    }

    /**
     * Adds an entry.
     *
     * @param column the column of the value, or null when it is not in a column
     * @param target the JSON Pointer in the initiative, not null
     * @param category what became of the value, not null
     * @param value the value as the source had it, or null
     * @param candidates the candidates of an ambiguous value, not null
     * @param ruleId the rule that forced it, or null
     * @param messageKey the key of the message in the vocabulary, not null
     * @param arguments the message's arguments
     * @return this, for chaining
     */
    public Losses add(String column, String target, LossCategory category, String value, List<String> candidates, String ruleId,
            String messageKey, Object... arguments) {
        entries.add(new Loss(source, Optional.ofNullable(column), target, category, Optional.ofNullable(value), candidates,
                Optional.ofNullable(ruleId), text(messageKey, arguments)));
        return this;
    }

    /**
     * Adds an entry of a value with no candidates and no rule.
     *
     * @param column the column of the value, or null
     * @param target the JSON Pointer in the initiative, not null
     * @param category what became of the value, not null
     * @param value the value, or null
     * @param messageKey the key of the message, not null
     * @param arguments the message's arguments
     * @return this, for chaining
     */
    public Losses add(String column, String target, LossCategory category, String value, String messageKey, Object... arguments) {
        return add(column, target, category, value, List.of(), null, messageKey, arguments);
    }

    /**
     * Returns the record refused with these losses, one of which says why.
     *
     * @return the record, without an initiative
     * @throws IllegalArgumentException if no entry is a {@link LossCategory#REFUSED_RECORD}
     */
    public ImportedRecord refused() {
        return new ImportedRecord(source, java.util.Optional.empty(), io.github.loosmethod.validation.ValidationReport.of(List.of()),
                entries());
    }

    /**
     * Returns the entries so far.
     *
     * @return the entries, in order, unmodifiable
     */
    public List<Loss> entries() {
        return List.copyOf(entries);
    }

    /**
     * Renders a text of the vocabulary in both languages.
     *
     * @param key the key, not null
     * @param arguments its arguments; a {@link LocalizedText} is rendered in each language
     * @return the text, never null
     */
    public static LocalizedText text(String key, Object... arguments) {
        return LocalizedText.of(Vocabulary.format(key, Language.ENGLISH, arguments), Vocabulary.format(key, Language.FRENCH, arguments));
    }
}
