package io.github.loosmethod;

import java.util.Locale;

/**
 * A term of the method that people read: a level of the ladder, a phase, a status, a kind of
 * actor or commitment, a rule. Each has a label in English and in French, so a host system can
 * show the same data to a resident in Loos and to an English-speaking partner.
 *
 * <p>Implementations are enum constants and therefore immutable and thread-safe.
 */
public interface Labelled {

    /**
     * Returns the stable key of this term in the library's vocabulary, for example
     * {@code "CoConstructionLevel.CO_PRODUCTION"}.
     *
     * @return the key, never null
     */
    String labelKey();

    /**
     * Returns the label of this term in the language of a locale (French for French locales,
     * English otherwise).
     *
     * @param locale the reader's locale, not null
     * @return the label, never null nor blank
     * @throws NullPointerException if {@code locale} is null
     */
    default String label(Locale locale) {
        return Vocabulary.text(labelKey(), Language.of(locale));
    }
}
