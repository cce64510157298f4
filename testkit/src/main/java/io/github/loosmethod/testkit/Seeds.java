package io.github.loosmethod.testkit;

/**
 * The seed of a generated suite: fixed per run so failures replay, overridable with
 * {@code -Dloos.seed=...} to replay a failure reported with its seed.
 */
public final class Seeds {

    /** The seed used when none is given. */
    public static final long DEFAULT = 20_221_114L;

    private Seeds() {
    }

    /**
     * Returns the seed of this run.
     *
     * @return the value of {@code loos.seed}, or {@link #DEFAULT}
     */
    public static long seed() {
        String given = System.getProperty("loos.seed");
        return given == null || given.isBlank() ? DEFAULT : Long.parseLong(given.trim());
    }
}
