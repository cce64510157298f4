package io.github.loosmethod;

import java.util.Locale;
import java.util.Objects;

/**
 * A text given in English and in French (<em>texte bilingue</em>): the name of an evaluation
 * criterion, its guiding question, the label of a point of a scale.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param english the English text, not blank
 * @param french the French text, not blank
 */
public record LocalizedText(String english, String french) {

    /**
     * Creates a bilingual text.
     *
     * @param english the English text, not blank
     * @param french the French text, not blank
     * @throws InvalidValueException if a text is blank
     * @throws NullPointerException if a text is null
     */
    public LocalizedText {
        InvalidValueException.requireNonBlank("english", english);
        InvalidValueException.requireNonBlank("french", french);
    }

    /**
     * Creates a bilingual text.
     *
     * @param english the English text, not blank
     * @param french the French text, not blank
     * @return the text, never null
     * @throws InvalidValueException if a text is blank
     * @throws NullPointerException if a text is null
     */
    public static LocalizedText of(String english, String french) {
        return new LocalizedText(english, french);
    }

    /**
     * Returns the text in the language of a locale.
     *
     * @param locale the reader's locale, not null
     * @return the French text for French locales, the English one otherwise
     * @throws NullPointerException if {@code locale} is null
     */
    public String in(Locale locale) {
        return Language.of(Objects.requireNonNull(locale, "locale")) == Language.FRENCH ? french : english;
    }
}
