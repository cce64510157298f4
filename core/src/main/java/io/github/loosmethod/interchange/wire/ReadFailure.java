package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.Problem;
import java.util.Optional;

/**
 * A problem found while reading, thrown from deep inside the codec to the entry point that turns
 * it into an {@link io.github.loosmethod.interchange.InterchangeException} (or, inside an {@code ObjectMapper}, a Jackson
 * exception). Never leaves the backends.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Thrown by a value whose problems are already recorded by the cursor, once it has read to its
     * end: whoever reads it knows it failed, and records nothing more.
     */
    static final ReadFailure RECORDED = new ReadFailure("", new Message("(recorded)", "(consigné)"));

    /** @serial the JSON Pointer of the value that failed */
    private final String pointer;
    private final transient Message message;

    ReadFailure(String pointer, Message message) {
        super(message.english(), null, false, false);
        this.pointer = pointer;
        this.message = message;
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
        return new Problem(pointer, message.english(), Optional.empty(), message.french());
    }
}
