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

    private Codes() {
    }

    /** The code people type for a constant: its name in lower case, {@code _} as {@code -}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E read(Class<E> type, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> code(constant).equals(wanted)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is none of " + Arrays.stream(type.getEnumConstants())
                        .map(Codes::code).collect(Collectors.joining(", "))));
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
}
