package io.github.loosmethod.interchange.wire;

import java.util.Locale;

/**
 * The wire codes of enum constants (lower case: {@code co_production}) and the translation of the
 * model's paths ({@code convention.commitments[2].dueDate}) into JSON Pointers
 * ({@code /convention/commitments/2/dueDate}).
 */
final class Codes {

    /** The codes of each enum, by ordinal: computed once, since writing a document asks for hundreds. */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = codeOfName(((Enum<?>) constants[i]).name());
            }
            return codes;
        }
    };

    private Codes() {
    }

    /** The wire code of the enum constant of this name: the one rule every code of the format follows. */
    static String codeOfName(String constantName) {
        return constantName.toLowerCase(Locale.ROOT);
    }

    static String code(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Escapes one segment of a JSON Pointer (RFC 6901). */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Translates a path of the model into a JSON Pointer below a base pointer. Bracketed indexes
     * become segments; a bracketed enum name ({@code levels[DIAGNOSIS]}) becomes its code.
     */
    static String pointer(String base, String path) {
        if (path.isEmpty()) {
            return base;
        }
        StringBuilder pointer = new StringBuilder(base);
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                pointer.append('/').append(escape(name));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                String key = part.substring(bracket + 1, close < 0 ? part.length() : close);
                boolean index = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
                pointer.append('/').append(escape(index ? key : codeOfName(key)));
                bracket = close < 0 ? -1 : part.indexOf('[', close);
            }
        }
        return pointer.toString();
    }
}
