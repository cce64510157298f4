package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * The kinds of scale a criterion is scored on (<em>type d'échelle</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScaleKind implements Labelled {
    /** Labelled points such as 1 "not at all" to 4 "fully" (<em>ordinale</em>). */
    ORDINAL,
    /** 1 for yes, 0 for no (<em>oui / non</em>). */
    YES_NO,
    /** 0 to 100 (<em>pourcentage</em>). */
    PERCENTAGE,
    /** A whole number of zero or more: meetings held, people involved (<em>comptage</em>). */
    COUNT;

    @Override
    public String labelKey() {
        return "ScaleKind." + name();
    }
}
