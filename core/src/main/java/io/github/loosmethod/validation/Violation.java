package io.github.loosmethod.validation;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One breach of a rule of the method (<em>manquement</em>): which rule, how serious, where in the
 * record, and what is wrong, in English and in French.
 *
 * <p>The path names the offending element from the root of the checked record, with dots between
 * fields and indexes in brackets, for example {@code convention.commitments[2].dueDate}; map keys
 * are written in brackets too ({@code involvementPlan.levels[IMPLEMENTATION]}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

    Violation() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableViolation.Builder builder() {
        return ImmutableViolation.builder();
    }

    /**
     * Creates a violation whose messages come from the vocabulary.
     *
     * @param rule the rule broken, not null
     * @param path where, not blank
     * @param messageKey the vocabulary key of the message, not null
     * @param arguments the values of the message's placeholders
     * @return the violation, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vocabulary lacks the message
     */
    public static Violation of(Rule rule, String path, String messageKey, Object... arguments) {
        return ImmutableViolation.builder().withRule(rule).withPath(path)
                .withEnglishMessage(Vocabulary.format(messageKey, Language.ENGLISH, arguments))
                .withFrenchMessage(Vocabulary.format(messageKey, Language.FRENCH, arguments))
                .build();
    }

    /**
     * Returns the rule broken.
     *
     * @return the rule, never null
     */
    public abstract Rule rule();

    /**
     * Returns the stable id of the rule broken, such as {@code "R4"}.
     *
     * @return the id, never null
     */
    public final String ruleId() {
        return rule().id();
    }

    /**
     * Returns how serious the violation is: the severity of its rule.
     *
     * @return the severity, never null
     */
    public final Severity severity() {
        return rule().severity();
    }

    /**
     * Returns the path to the offending element.
     *
     * @return the path, never blank
     */
    public abstract String path();

    /**
     * Returns the message in English.
     *
     * @return the message, never blank
     */
    public abstract String englishMessage();

    /**
     * Returns the message in French.
     *
     * @return the message, never blank
     */
    public abstract String frenchMessage();

    /**
     * Returns the message in the language of a locale.
     *
     * @param locale the reader's locale, not null
     * @return the French message for French locales, the English one otherwise
     * @throws NullPointerException if {@code locale} is null
     */
    public final String message(Locale locale) {
        return Language.of(Objects.requireNonNull(locale, "locale")) == Language.FRENCH ? frenchMessage() : englishMessage();
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("path", path());
        requireNonBlank("englishMessage", englishMessage());
        requireNonBlank("frenchMessage", frenchMessage());
    }

    /**
     * Renders the violation on one line, for logs: {@code R4 ERROR convention.signatures: …}.
     *
     * @return the line, never null
     */
    @Override
    public String toString() {
        return ruleId() + " " + severity() + " " + path() + ": " + englishMessage();
    }
}
