package io.github.loosmethod.towndesk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The interchange format's codes of the model's enums (lower-case names, {@code fifty_fifty}),
 * which the desk uses in its columns, paths and parameters too, so that a client meets one
 * vocabulary.
 */
final class Codes {

    private Codes() {
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a code, or refuses it with the list of the codes expected.
     *
     * @param where the parameter's name or the field's pointer, for the message
     */
    static <E extends Enum<E>> E parse(Class<E> type, String code, String where) {
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(code)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
        throw new DeskException(ProblemType.BAD_REQUEST, where,
                "Unknown code \"" + code + "\" for " + where + "; expected one of: " + expected + ".",
                "Code « " + code + " » inconnu pour " + where + " ; codes attendus : " + expected + ".");
    }
}
