package io.github.loosmethod.interchange;

/**
 * What a portfolio reader does with a line that is well formed and meets every invariant but
 * breaks a rule of the method (<em>manquement à une règle</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OnRuleBreak {
    /**
     * Refuse it as a bad line, naming the rules and their pointers: the default for interchange,
     * where a partner's export must meet the method. Rules added after the catalogue of the line's
     * format version do not refuse it ({@link io.github.loosmethod.validation.Rule#since()}).
     */
    REFUSE,
    /**
     * Read it, so that a host keeps drafts, imports and records judged by an older catalogue;
     * {@link PortfolioReader#readAllChecked} gives each initiative with its report.
     */
    REPORT
}
