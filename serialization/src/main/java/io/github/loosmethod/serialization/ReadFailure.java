package io.github.loosmethod.serialization;

/**
 * A problem found while reading, thrown from deep inside the codec to the entry point that turns
 * it into an {@link InterchangeException} (or, inside an {@code ObjectMapper}, a Jackson
 * exception). Never leaves this package.
 */
final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    ReadFailure(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    Problem problem() {
        return new Problem(pointer, getMessage(), java.util.Optional.empty());
    }
}
