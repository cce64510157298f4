package io.github.loosmethod.interop;

/**
 * How far an import takes a record's status when the source implies more than its facts show
 * (<em>politique de statut</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StatusPolicy {
    /**
     * The highest status the source's facts reach without breaking a rule of the method; the
     * source's own state goes to the loss report as {@link LossCategory#CAPPED_STATUS}. The default.
     */
    CAP_AT_EVIDENCED,
    /**
     * The source's state, reached with what the context supplies (the deciding body, a time of
     * day), each such value a {@link LossCategory#DEFAULTED} entry.
     */
    SYNTHESIZE_WITH_DEFAULTS
}
