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

    /**
     * Translates a path of the model ({@code convention.commitments[2].dueDate}, as violations give
     * it) into a JSON Pointer into the initiative's document ({@code /convention/commitments/2/dueDate});
     * a bracketed enum name ({@code levels[DIAGNOSIS]}) becomes its code, as the document writes it.
     */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        if (path.isEmpty()) {
            return "";
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                pointer.append('/').append(escape(name));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                String key = part.substring(bracket + 1, close < 0 ? part.length() : close);
                pointer.append('/').append(escape(key.chars().allMatch(Character::isDigit) ? key : key.toLowerCase(Locale.ROOT)));
                bracket = close < 0 ? -1 : part.indexOf('[', close);
            }
        }
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
