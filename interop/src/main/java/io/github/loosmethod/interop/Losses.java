package io.github.loosmethod.interop;

import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.TransitionRefusedException;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
     * Builds the record of an initiative with these losses: the initiative {@code build} makes,
     * judged by the rules of the method; refused instead — said, not thrown — when the model
     * refuses a value (an invariant, a step of its lifecycle) or the initiative would break a rule
     * of the method with an error, which the strict reader would refuse.
     *
     * @param build makes the initiative, adding its losses here as it goes, not null
     * @return the record, built or refused, never null
     */
    public ImportedRecord record(Supplier<Initiative> build) {
        return judge(source, build, entries::add, this::entries);
    }

    /**
     * Does what {@link #record} does for losses kept elsewhere (a reader of JSON keeps its own,
     * placed by pointer): the one place where an adapter's initiative is judged.
     *
     * @param source where the record was read, not null
     * @param build makes the initiative, not null
     * @param add adds a loss, the refusal's, not null
     * @param losses gives every loss once the initiative is made or refused, not null
     * @return the record, built or refused, never null
     */
    public static ImportedRecord judge(Source source, Supplier<Initiative> build, Consumer<Loss> add, Supplier<List<Loss>> losses) {
        Initiative initiative;
        try {
            initiative = build.get();
        } catch (InvalidValueException e) {
            add.accept(refusal(source, "interop.refusedByModel", LocalizedText.of(e.getMessage(Locale.ENGLISH),
                    e.getMessage(Locale.FRENCH))));
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.get());
        } catch (TransitionRefusedException e) {
            add.accept(refusedByRule(source, e.report().violations().get(0)));
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.get());
        }
        ValidationReport report = initiative.validate();
        if (!report.isValid()) {
            add.accept(refusedByRule(source, report.errors().get(0)));
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.get());
        }
        return new ImportedRecord(source, Optional.of(initiative), report, losses.get());
    }

    private static Loss refusedByRule(Source source, Violation violation) {
        return refusal(source, "interop.refusedByRules", violation.ruleId(),
                LocalizedText.of(violation.englishMessage(), violation.frenchMessage()));
    }

    private static Loss refusal(Source source, String key, Object... arguments) {
        return new Loss(source, Optional.empty(), "", LossCategory.REFUSED_RECORD, Optional.empty(), List.of(), Optional.empty(),
                text(key, arguments));
    }

    /**
     * Returns the record refused with these losses, one of which says why.
     *
     * @return the record, without an initiative
     * @throws IllegalArgumentException if no entry is a {@link LossCategory#REFUSED_RECORD}
     */
    public ImportedRecord refused() {
        return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), entries());
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
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String) {
                shown[i] = wellFormed((String) shown[i]);
            }
        }
        return LocalizedText.of(Vocabulary.format(key, Language.ENGLISH, shown), Vocabulary.format(key, Language.FRENCH, shown));
    }

    /**
     * A text a message can quote: each unpaired surrogate replaced by U+FFFD. A source's text can hold
     * one (a field name of malformed UTF-8 that the parser let through, a {@code \uDD52} escape); the
     * message saying what was lost must still be a text, which is well-formed Unicode.
     */
    static String wellFormed(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (shown != null) {
                    shown.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length()).append(text, 0, i);
                }
                shown.append('\uFFFD');
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }
}
