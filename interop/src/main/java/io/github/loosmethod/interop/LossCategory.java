package io.github.loosmethod.interop;

/**
 * What became of a value of the source that the model could not take as it was (<em>catégorie de
 * perte</em>). Every value not carried over, or not carried over exactly, is one entry of the loss
 * report with one of these.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LossCategory {
    /** The model has no place for it: it is not carried over. */
    DROPPED,
    /** It could mean several things of the model: the candidates are listed, the first taken or none. */
    AMBIGUOUS,
    /** A value of a closed vocabulary the model does not know. */
    UNMAPPED,
    /** Not in the source: taken from the caller's context or the status policy. */
    DEFAULTED,
    /** Carried over with less precision: a month as an instant, rounding, a normalised id. */
    DEGRADED,
    /** The source implies a later status than the rules of the method allow from its facts. */
    CAPPED_STATUS,
    /** Nothing was built from the record: why is said. */
    REFUSED_RECORD;

    /**
     * Returns the category as the loss report writes it: {@code capped_status}.
     *
     * @return the code, never null
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
