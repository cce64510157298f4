package io.github.loosmethod.cli;

import io.github.loosmethod.Language;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --lang}: the two languages the library speaks, by their ISO 639 codes, in any case,
 * and offers them to completion. The commands and the example programs share it.
 */
public final class LanguageOption implements ITypeConverter<Language>, Iterable<String> {

    /** The codes of the languages, for completion. */
    private static final java.util.List<String> CODES = java.util.List.of("en", "fr");

    /**
     * The codes completion offers.
     *
     * @return {@code en}, {@code fr}
     */
    @Override
    public java.util.Iterator<String> iterator() {
        return CODES.iterator();
    }

    /**
     * Reads a language.
     *
     * @param value {@code en} or {@code fr}
     * @return the language
     * @throws TypeConversionException for any other value, naming the two
     */
    @Override
    public Language convert(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "en":
                return Language.ENGLISH;
            case "fr":
                return Language.FRENCH;
            default:
                throw Codes.refused(value, "is not a language: en or fr", "n'est pas une langue : en ou fr");
        }
    }
}
