package io.github.loosmethod.serialization;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The wire codes of enum constants (lower case: {@code co_production}) and the translation of the
 * model's paths ({@code convention.commitments[2].dueDate}) into JSON Pointers
 * ({@code /convention/commitments/2/dueDate}).
 */
final class Codes {

    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.put(code((Enum<?>) constant), (Enum<?>) constant);
            }
            return Collections.unmodifiableMap(map);
        }
    };

    /** The codes of each enum, by ordinal: computed once, since writing a document asks for hundreds. */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    /** The codes of each enum as characters, by ordinal, to match codes in a parser's buffer. */
    private static final ClassValue<char[][]> CODE_CHARS = new ClassValue<>() {
        @Override
        protected char[][] computeValue(Class<?> type) {
            String[] codes = CODES.get(type);
            char[][] chars = new char[codes.length][];
            for (int i = 0; i < codes.length; i++) {
                chars[i] = codes[i].toCharArray();
            }
            return chars;
        }
    };

    /** The constants of each enum, by ordinal: {@link Class#getEnumConstants()} copies them on every call. */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private Codes() {
    }

    static String code(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Returns the constant of a code, or null when there is none. */
    static <E extends Enum<E>> E constant(Class<E> type, String code) {
        return type.cast(BY_CODE.get(type).get(code));
    }

    /** Returns the constant whose code is spelled by {@code length} characters of {@code text} from {@code offset}, or null. */
    static <E extends Enum<E>> E constant(Class<E> type, char[] text, int offset, int length) {
        char[][] codes = CODE_CHARS.get(type);
        for (int i = 0; i < codes.length; i++) {
            if (Arrays.equals(codes[i], 0, codes[i].length, text, offset, offset + length)) {
                return type.cast(CONSTANTS.get(type)[i]);
            }
        }
        return null;
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", BY_CODE.get(type).keySet());
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
                pointer.append('/').append(escape(index ? key : key.toLowerCase(Locale.ROOT)));
                bracket = close < 0 ? -1 : part.indexOf('[', close);
            }
        }
        return pointer.toString();
    }
}
