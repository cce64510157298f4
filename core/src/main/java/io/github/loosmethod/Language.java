package io.github.loosmethod;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages in which the library speaks to people: English and French
 * (<em>langue</em>). Every label, rule title and violation message exists in both.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {
    /** English, the default for any locale that is not French. */
    ENGLISH,
    /** French (<em>français</em>), for every locale whose language is {@code fr}. */
    FRENCH;

    /**
     * Chooses the language for a locale: French for any French locale ({@code fr}, {@code fr-FR},
     * {@code fr-BE}, …), English otherwise. The JVM's default locale is never consulted.
     *
     * @param locale the locale, not null
     * @return the language, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public static Language of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    /**
     * Returns the locale that stands for this language.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}, never null
     */
    public Locale locale() {
        return this == FRENCH ? Locale.FRENCH : Locale.ENGLISH;
    }
}
