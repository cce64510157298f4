package io.github.loosmethod;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Thrown when a value of the model would be meaningless: a blank identifier, an end date
 * before its start, a negative quantity, a history that contradicts the current status.
 *
 * <p>This is the one exception through which every type of the library refuses an impossible
 * value at construction (<em>invariant</em>, as opposed to a <em>rule of the method</em>, which
 * {@code Initiative.validate()} reports without refusing the value). Its message names the field and
 * the offending value, and both are available as properties so a host system can point at them.
 *
 * <p>Instances are immutable and thread-safe once thrown.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the attribute whose value was refused, as {@link #field()} returns it */
    private final String field;
    /** @serial the refused value, as {@link #value()} returns it */
    private final String value;
    /** @serial why it was refused, in English */
    private final String englishReason;
    /** @serial why it was refused, in French */
    private final String frenchReason;

    private InvalidValueException(String field, String value, String englishReason, String frenchReason) {
        super(Objects.requireNonNull(field, "field") + ": " + englishReason + " (was " + Objects.requireNonNull(value, "value") + ")");
        this.field = field;
        this.value = value;
        this.englishReason = englishReason;
        this.frenchReason = frenchReason;
    }

    /**
     * Creates an exception from a message alone. Used by the generated value classes when a
     * required attribute was never set, a mistake of the program rather than of data: the field
     * is then named in the message, which is in English only.
     *
     * @param message the message, not null
     * @throws NullPointerException if {@code message} is null
     */
    public InvalidValueException(String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = "";
        this.value = "";
        this.englishReason = message;
        this.frenchReason = message;
    }

    /**
     * Creates an exception for one field, its reason a text of the library's {@link Vocabulary}
     * (the keys of invariants start with {@code invariant.}), rendered in English and in French.
     *
     * @param field the name or path of the field holding the bad value, not null
     * @param value the offending value as text (use {@code "null"} or {@code "<missing>"} when absent), not null
     * @param reasonKey the key of what is wrong, not null
     * @param arguments the values of the reason's placeholders; a {@link LocalizedText} is rendered
     *        in the language of the text, anything else as {@link Vocabulary#format} renders it
     * @return the exception, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vocabulary has no such key
     */
    public static InvalidValueException of(String field, String value, String reasonKey, Object... arguments) {
        return new InvalidValueException(field, value, Vocabulary.format(reasonKey, Language.ENGLISH, arguments),
                Vocabulary.format(reasonKey, Language.FRENCH, arguments));
    }

    /**
     * Returns what is wrong, with the offending value, in the language of a locale: French for
     * French locales, English otherwise; without the field, which a reader places by its pointer.
     * For example {@code "must not be negative (was -3)"}, {@code "ne doit pas être négatif
     * (valeur : -3)"}.
     *
     * @param locale the reader's locale, not null
     * @return the reason, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String reason(java.util.Locale locale) {
        if (field.isEmpty()) {
            return englishReason;
        }
        return Language.of(locale) == Language.FRENCH ? frenchReason + " (valeur : " + value + ")"
                : englishReason + " (was " + value + ")";
    }

    /**
     * Returns the message in the language of a locale: the field, what is wrong and the offending
     * value, as {@link #getMessage()} gives it in English.
     *
     * @param locale the reader's locale, not null
     * @return the message, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String getMessage(java.util.Locale locale) {
        if (field.isEmpty()) {
            return getMessage();
        }
        return field + (Language.of(locale) == Language.FRENCH ? " : " : ": ") + reason(locale);
    }

    /**
     * Returns the field holding the bad value, for example {@code "endDate"} or
     * {@code "history[3].at"}.
     *
     * @return the field name or path, empty when only a message was given; never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value as text.
     *
     * @return the value, empty when only a message was given; never null
     */
    public String value() {
        return value;
    }

    /**
     * Refuses a blank text, or one that is not well-formed Unicode. Blank is meant as
     * {@link Texts#isBlank(CharSequence)} means it, the same as the published JSON Schema.
     *
     * @param field the field name, not null
     * @param text the text to check, not null
     * @return {@code text}, unchanged
     * @throws InvalidValueException if {@code text} is empty, only white space, or holds an
     *         unpaired surrogate
     * @throws NullPointerException if an argument is null
     */
    public static String requireNonBlank(String field, String text) {
        requireWellFormed(field, text);
        if (Texts.isBlank(text)) {
            throw InvalidValueException.of(field, Texts.excerpt(text), "invariant.blank");
        }
        return text;
    }

    /**
     * Refuses a text that is not well-formed Unicode: one holding a surrogate without its pair,
     * which no UTF-8 document can carry.
     *
     * @param field the field name, not null
     * @param text the text to check, not null
     * @return {@code text}, unchanged
     * @throws InvalidValueException if {@code text} holds an unpaired surrogate
     * @throws NullPointerException if an argument is null
     */
    public static String requireWellFormed(String field, String text) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, field);
        // Small enough to be inlined where every text read is checked; pairs are looked at only past a surrogate.
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                requirePairs(field, text, i);
                break;
            }
        }
        return text;
    }

    private static void requirePairs(String field, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidValueException.of(field, "U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + " at index " + i, "invariant.unpairedSurrogate");
            }
        }
    }

    /** The first day a date of the model may fall on: the format writes four-digit years. */
    public static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(0, 1, 1);
    /** The last day a date of the model may fall on. */
    public static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(9999, 12, 31);
    /**
     * The first and the end instant of the model: the years 0001 to 9998 in UTC, so that the day an
     * instant falls on is in the years 0000 to 9999 in every time zone (offsets reach 18 hours).
     */
    private static final java.time.Instant FIRST_INSTANT = java.time.LocalDate.of(1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();
    private static final java.time.Instant END_INSTANT = java.time.LocalDate.of(9999, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();

    /**
     * Refuses a date outside the years 0000 to 9999, which the interchange format writes with four
     * digits (ISO 8601 without the expanded years that other systems seldom read).
     *
     * @param field the field name, not null
     * @param date the date, not null
     * @return {@code date}, unchanged
     * @throws InvalidValueException if the date is before {@link #FIRST_DAY} or after {@link #LAST_DAY}
     * @throws NullPointerException if an argument is null
     */
    public static java.time.LocalDate requireDate(String field, java.time.LocalDate date) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw InvalidValueException.of(field, date.toString(), "invariant.dateRange");
        }
        return date;
    }

    /**
     * Refuses an instant outside the years 0001 to 9998 in UTC: the day it falls on must be in the
     * years 0000 to 9999 in every time zone, as a date of the model is (see {@link #requireDate}),
     * since the day of an event counts in its territory's zone (a portfolio's year, rules R11 and R12).
     *
     * @param field the field name, not null
     * @param instant the instant, not null
     * @return {@code instant}, unchanged
     * @throws InvalidValueException if the instant is before 0001-01-01T00:00:00Z or not before
     *         9999-01-01T00:00:00Z
     * @throws NullPointerException if an argument is null
     */
    public static java.time.Instant requireInstant(String field, java.time.Instant instant) {
        if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
            throw InvalidValueException.of(field, instant.toString(), "invariant.instantRange");
        }
        return instant;
    }

    /**
     * Refuses a value when a condition does not hold.
     *
     * @param condition what must hold
     * @param field the field name, not null
     * @param value the offending value: a text is shown as {@link Texts#excerpt(String)} shows it,
     *        an empty {@link java.util.Optional} as {@code <missing>}, anything else with
     *        {@link String#valueOf(Object)}; rendered only when the condition fails
     * @param reasonKey the key in the {@link Vocabulary} of what must hold, not null
     * @param arguments the values of the reason's placeholders, as {@link #of} takes them
     * @throws InvalidValueException if {@code condition} is false
     */
    public static void requireThat(boolean condition, String field, Object value, String reasonKey, Object... arguments) {
        if (!condition) {
            throw of(field, shown(value), reasonKey, arguments);
        }
    }

    /** Renders an offending value for a message: texts come from records, so they are quoted, escaped and cut. */
    private static String shown(Object value) {
        if (value instanceof java.util.Optional) {
            java.util.Optional<?> optional = (java.util.Optional<?>) value;
            return optional.isPresent() ? shown(optional.get()) : "<missing>";
        }
        return value instanceof String ? Texts.excerpt((String) value) : String.valueOf(value);
    }

    /**
     * Refuses a list holding two elements with the same key.
     *
     * @param <T> the type of the elements
     * @param field the field name, not null
     * @param elements the elements, in order, not null
     * @param key the key of an element, compared with {@code equals}, not null
     * @throws InvalidValueException if two keys are equal; the message names the first repeated key
     */
    public static <T> void requireDistinct(String field, List<T> elements, Function<? super T, ?> key) {
        int size = elements.size();
        if (size <= SMALL) {
            // The lists of the model are short: comparing pairs costs less than hashing into a set.
            Object[] keys = new Object[size];
            for (int i = 0; i < size; i++) {
                Object k = key.apply(elements.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(keys[j], k)) {
                        throw InvalidValueException.of(field, shown(k), "invariant.repeatedId");
                    }
                }
                keys[i] = k;
            }
            return;
        }
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (T element : elements) {
            Object k = key.apply(element);
            if (!seen.add(k)) {
                throw InvalidValueException.of(field, shown(k), "invariant.repeatedId");
            }
        }
    }

    /** Up to this many elements, distinctness is checked pair by pair. */
    private static final int SMALL = 16;
}
