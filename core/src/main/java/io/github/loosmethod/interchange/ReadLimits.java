package io.github.loosmethod.interchange;

/**
 * The envelope of input the reader accepts (<em>limites de lecture</em>): nesting depth, length of
 * a string, of a field name, of a number, and of a whole document (in a JSON Lines stream: of one
 * line). Anything past a limit is refused with an {@link InterchangeException}; nothing is read
 * past it.
 *
 * <p>Jackson's own defaults (depth 1000, strings of 20 million characters, documents of unlimited
 * length) are far too loose for data coming from other systems; {@link #DEFAULT} is sized for the
 * largest realistic record of the method with a wide margin.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 16
 * @param maxStringLength the longest string value, in Unicode characters (code points, as JSON
 *        Schema's {@code maxLength} counts them), at least 1
 * @param maxNameLength the longest field name, in Unicode characters, at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxDocumentLength the longest document (or JSON Lines line), in bytes, at least 1
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
        long maxDocumentLength) {

    /** Depth 32, strings of 65,536 characters, names of 64, numbers of 32, documents of 4 MiB. */
    public static final ReadLimits DEFAULT = new ReadLimits(32, 65_536, 64, 32, 4L * 1024 * 1024);

    /**
     * Creates limits.
     *
     * @param maxNestingDepth the deepest nesting, at least 16 (the format itself nests 12 deep)
     * @param maxStringLength the longest string, at least 1
     * @param maxNameLength the longest field name, at least 1
     * @param maxNumberLength the longest number, at least 1
     * @param maxDocumentLength the longest document, at least 1
     * @throws IllegalArgumentException if a limit is out of range
     */
    public ReadLimits {
        if (maxNestingDepth < 16 || maxStringLength < 1 || maxNameLength < 1 || maxNumberLength < 1
                || maxDocumentLength < 1) {
            throw new IllegalArgumentException("read limits out of range: " + maxNestingDepth + ", " + maxStringLength
                    + ", " + maxNameLength + ", " + maxNumberLength + ", " + maxDocumentLength);
        }
    }
}
