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

    static final class FormatOption implements ITypeConverter<ValidateCommand.Format> {
        @Override
        public ValidateCommand.Format convert(String value) {
            return read(ValidateCommand.Format.class, value);
        }
    }

    static final class AsOption implements ITypeConverter<ValidateCommand.As> {
        @Override
        public ValidateCommand.As convert(String value) {
            return read(ValidateCommand.As.class, value);
        }
    }
}
