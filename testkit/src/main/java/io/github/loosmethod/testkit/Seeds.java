package io.github.loosmethod.testkit;

import java.security.SecureRandom;

/**
 * The seed of generated suites (<em>graine</em>): drawn afresh for each run, so that every run
 * tries new cases, printed once, and replayed exactly with {@code -Dloos.seed=…}.
 *
 * <p>Use it as the seed of {@link ValidRecords} and of every random choice a property test makes,
 * and put it in the failure messages: a failing run then says how to replay itself.
 *
 * <p>This class is thread-safe; the seed never changes within a JVM.
 */
public final class Seeds {

    /** The system property that fixes the seed, to replay a run. */
    public static final String PROPERTY = "loos.seed";

    private static final long SEED = draw();

    private Seeds() {
    }

    /**
     * Returns the seed of this run: the value of {@code -Dloos.seed} when given, otherwise a seed
     * drawn at random when this class is first used. The first call prints it on standard output,
     * with the option that replays it.
     *
     * @return the seed, the same for every call in this JVM
     */
    public static long seed() {
        return SEED;
    }

    private static long draw() {
        String given = System.getProperty(PROPERTY);
        long seed;
        String origin;
        if (given == null || given.isBlank()) {
            seed = new SecureRandom().nextLong();
            origin = "drawn for this run";
        } else {
            try {
                seed = Long.parseLong(given.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number, such as -D" + PROPERTY
                        + "=20221114, not \"" + given + "\"", e);
            }
            origin = "given by -D" + PROPERTY;
        }
        System.out.println("[loos testkit] seed of the generated suites: " + seed + " (" + origin + "; replay with -D"
                + PROPERTY + "=" + seed + ")");
        return seed;
    }
}
