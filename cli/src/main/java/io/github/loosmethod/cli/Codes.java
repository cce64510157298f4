package io.github.loosmethod.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The closed choices of the command line, read as people type them: in any case, with {@code -}
 * or {@code _} alike; a wrong one is refused naming the choices.
 */
final class Codes {

    /**
     * The language of the run whose command line is being read: a refused value is said in it.
     * Set by {@link Loos} around the parsing, on the thread that parses.
     */
    static final ThreadLocal<Texts> WORDS = ThreadLocal.withInitial(() -> Texts.of(io.github.loosmethod.Language.ENGLISH));

    private Codes() {
    }

    /** A refusal of a value, in the run's language. */
    static TypeConversionException refused(String value, String english, String french) {
        Texts texts = WORDS.get();
        return new TypeConversionException(texts.text("'" + value + "' ", "« " + value + " » ") + texts.text(english, french));
    }

    /** The code people type for a constant: its name in lower case, {@code _} as {@code -}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E read(Class<E> type, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> code(constant).equals(wanted)).findFirst()
                .orElseThrow(() -> {
                    String choices = Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
                    return refused(value, "is none of " + choices, "n'est aucun de " + choices);
                });
    }

    /**
     * The converter and the completion candidates of an option whose values are the constants of
     * an enum: each option's class names its enum, as picocli needs a class per converter.
     *
     * @param <E> the enum
     */
    abstract static class Choice<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
        private final Class<E> type;

        Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            return read(type, value);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(type.getEnumConstants()).map(Codes::code).iterator();
        }
    }

    static final class FormatOption extends Choice<ValidateCommand.Format> {
        FormatOption() {
            super(ValidateCommand.Format.class);
        }
    }

    static final class AsOption extends Choice<ValidateCommand.As> {
        AsOption() {
            super(ValidateCommand.As.class);
        }
    }

    /** A time zone as the IANA database names it: {@code Europe/Paris}. */
    static final class ZoneOption implements ITypeConverter<java.time.ZoneId> {
        @Override
        public java.time.ZoneId convert(String value) {
            try {
                return java.time.ZoneId.of(value.strip());
            } catch (java.time.DateTimeException e) {
                throw refused(value, "is not a time zone such as Europe/Paris", "n'est pas un fuseau horaire comme Europe/Paris");
            }
        }
    }

    /** An instant in UTC as ISO 8601 writes it: {@code 2026-12-01T09:00:00Z}. */
    static final class InstantOption implements ITypeConverter<java.time.Instant> {
        @Override
        public java.time.Instant convert(String value) {
            try {
                return java.time.Instant.parse(value.strip());
            } catch (java.time.DateTimeException e) {
                throw refused(value, "is not an instant such as 2026-12-01T09:00:00Z", "n'est pas un instant comme 2026-12-01T09:00:00Z");
            }
        }
    }

    /** A charset by its name: {@code UTF-8}, {@code windows-1252}, {@code ISO-8859-15}. */
    static final class CharsetOption implements ITypeConverter<java.nio.charset.Charset> {
        @Override
        public java.nio.charset.Charset convert(String value) {
            try {
                return java.nio.charset.Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw refused(value, "is not a charset this Java knows, such as UTF-8 or windows-1252",
                        "n'est pas un jeu de caractères que ce Java connaisse, comme UTF-8 ou windows-1252");
            }
        }
    }

    /** A number of threads: a whole number from 1 to 256. */
    static final class ThreadsOption implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int threads = Integer.parseInt(value.strip());
                if (threads >= 1 && threads <= 256) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // Refused below, with the same words as a number out of range.
            }
            throw refused(value, "is not a number of threads: a whole number from 1 to 256",
                    "n'est pas un nombre de fils d'exécution : un nombre entier de 1 à 256");
        }
    }

    /** A separator of fields: one character, {@code \\t} for a tab. */
    static final class SeparatorOption implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
                return '\t';
            }
            if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
                throw refused(value, "is not a separator: one character such as ; or , (tab for a tab)",
                        "n'est pas un séparateur : un caractère comme ; ou , (tab pour une tabulation)");
            }
            return value.charAt(0);
        }
    }
}
