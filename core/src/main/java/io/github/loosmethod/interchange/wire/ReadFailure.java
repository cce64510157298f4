package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.Problem;

/**
 * A problem found while reading, thrown from deep inside the codec to the entry point that turns
 * it into an {@link io.github.loosmethod.interchange.InterchangeException} (or, inside an {@code ObjectMapper}, a Jackson
 * exception). Never leaves the backends.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    ReadFailure(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    /**
     * Returns where the problem is.
     *
     * @return the JSON Pointer, relative to where reading started
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the problem.
     *
     * @return the problem, without rule
     */
    public Problem problem() {
        return new Problem(pointer, getMessage(), java.util.Optional.empty());
    }
}
