package io.github.loosmethod;

import java.util.Locale;
import java.util.Objects;

/**
 * The JSON Pointers (RFC 6901) of the format's documents, from the paths of the model
 * (<em>pointeurs JSON</em>): a violation's path ({@code convention.commitments[2].dueDate}), an
 * invariant's field, become the pointer into the record's document
 * ({@code /convention/commitments/2/dueDate}) that the readers put in their problems and a host
 * puts in its own reports. A bracketed index becomes a segment; a bracketed enum name
 * ({@code levels[DIAGNOSIS]}) becomes its code in the format ({@code /levels/diagnosis}); each
 * segment is escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
 *
 * <p>This class holds no state.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Returns the pointer, into a record's document, of a path of the model.
     *
     * @param path the model's path, {@code ""} for the whole document, not null
     * @return the pointer, {@code ""} for the whole document, never null
     * @throws NullPointerException if {@code path} is null
     */
    public static String of(String path) {
        return below("", path);
    }

    /**
     * Returns the pointer of a path of the model below a base pointer: the path of a value inside
     * the value at {@code base}.
     *
     * @param base the pointer the path is below, {@code ""} for the document, not null
     * @param path the model's path, {@code ""} for the base itself, not null
     * @return the pointer, never null
     * @throws NullPointerException if an argument is null
     */
    public static String below(String base, String path) {
        Objects.requireNonNull(base, "base");
        if (Objects.requireNonNull(path, "path").isEmpty()) {
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
                pointer.append('/').append(escape(index ? key : code(key)));
                bracket = close < 0 ? -1 : part.indexOf('[', close);
            }
        }
        return pointer.toString();
    }

    /**
     * Returns the format's code of an enum constant by its name: the one rule every code of the
     * format follows ({@code UNDER_ASSESSMENT} is {@code under_assessment}).
     *
     * @param constantName the constant's name, not null
     * @return the code, never null
     */
    public static String code(String constantName) {
        return constantName.toLowerCase(Locale.ROOT);
    }

    /**
     * Escapes one segment of a pointer, as RFC 6901 says.
     *
     * @param segment the segment, not null
     * @return the escaped segment, never null
     */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
