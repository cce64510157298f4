package io.github.loosmethod.interchange.wire;


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
        return io.github.loosmethod.JsonPointers.code(constantName);
    }

    static String code(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Escapes one segment of a JSON Pointer (RFC 6901). */
    static String escape(String segment) {
        return io.github.loosmethod.JsonPointers.escape(segment);
    }

    /** Translates a path of the model into a JSON Pointer below a base pointer: {@link io.github.loosmethod.JsonPointers#below}. */
    static String pointer(String base, String path) {
        return io.github.loosmethod.JsonPointers.below(base, path);
    }
}
