package io.github.loosmethod.interchange;

/**
 * The envelope of input the reader accepts (<em>limites de lecture</em>): nesting depth, length of
 * a string, of a field name, of a number, and of a whole document (in a JSON Lines stream: of one
 * line); and how many problems one refusal lists. Anything past a limit of size is refused with an
 * {@link InterchangeException}; nothing is read past it.
 *
 * <p>Within one document the reader records every problem it can read past — a wrong type, an
 * unknown or repeated field, a missing required field, an impossible value (an invariant of the
 * model), a text or field name longer than its limit — and goes on with the next field or element;
 * the refusal lists them in the order of the document. It stops at malformed JSON, where the syntax
 * breaks, at a limit the parser enforces (nesting depth, a number's length, the document's length,
 * a text more than twice its limit or a name more than four times: the parser counts in UTF-16
 * units and bytes), and when it finds one problem more than {@code maxProblems}: the refusal then
 * lists the first {@code maxProblems} and one more entry, at the document, saying that reading
 * stopped there. A value that holds a problem is not built, so a problem it would cause further up
 * (a derived field, an invariant of the whole) is not reported.
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
 * @param maxProblems the most problems found that one refusal lists, at least 1 (and, when there are
 *        more, one entry saying reading stopped)
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
        long maxDocumentLength, int maxProblems) {

    /** The most problems one refusal lists, by default. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    /**
     * Depth 32, strings of 65,536 characters, names of 64, numbers of 32, documents of 4 MiB, 100
     * problems.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(32, 65_536, 64, 32, 4L * 1024 * 1024, DEFAULT_MAX_PROBLEMS);

    /**
     * Creates limits.
     *
     * @param maxNestingDepth the deepest nesting, at least 16 (the format itself nests 12 deep)
     * @param maxStringLength the longest string, at least 1
     * @param maxNameLength the longest field name, at least 1
     * @param maxNumberLength the longest number, at least 1
     * @param maxDocumentLength the longest document, at least 1
     * @param maxProblems the most problems found that one refusal lists, at least 1 (and, when there are
 *        more, one entry saying reading stopped)
     * @throws IllegalArgumentException if a limit is out of range
     */
    public ReadLimits {
        if (maxNestingDepth < 16 || maxStringLength < 1 || maxNameLength < 1 || maxNumberLength < 1
                || maxDocumentLength < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("read limits out of range: " + maxNestingDepth + ", " + maxStringLength
                    + ", " + maxNameLength + ", " + maxNumberLength + ", " + maxDocumentLength + ", " + maxProblems);
        }
    }

    /**
     * Creates limits of size, with {@link #DEFAULT_MAX_PROBLEMS} problems listed at most.
     *
     * @param maxNestingDepth the deepest nesting, at least 16
     * @param maxStringLength the longest string, at least 1
     * @param maxNameLength the longest field name, at least 1
     * @param maxNumberLength the longest number, at least 1
     * @param maxDocumentLength the longest document, at least 1
     * @throws IllegalArgumentException if a limit is out of range
     */
    public ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength, long maxDocumentLength) {
        this(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, DEFAULT_MAX_PROBLEMS);
    }

    /**
     * Returns the same limits listing at most another number of problems.
     *
     * @param maxProblems the most problems found that one refusal lists, at least 1 (and, when there are
 *        more, one entry saying reading stopped); 1 to stop at the first
     * @return the new limits, never null
     * @throws IllegalArgumentException if {@code maxProblems} is less than 1
     */
    public ReadLimits withMaxProblems(int maxProblems) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, maxProblems);
    }
}
