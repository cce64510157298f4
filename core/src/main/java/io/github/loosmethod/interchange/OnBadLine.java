package io.github.loosmethod.interchange;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link PortfolioReader} does with a line it refuses (<em>ligne refusée</em>): stop at the
 * first one, or hand each to the caller and continue. A bad line is never skipped silently.
 */
@FunctionalInterface
public interface OnBadLine {

    /**
     * Handles a refused line; throwing stops the reading.
     *
     * @param failure what is wrong with the line, with its {@linkplain InterchangeException#line() line number}
     */
    void badLine(InterchangeException failure);

    /**
     * Stops at the first bad line by throwing its failure.
     *
     * @return the policy, never null
     */
    static OnBadLine stop() {
        return failure -> {
            throw failure;
        };
    }

    /**
     * Hands every bad line to a consumer and goes on with the next line.
     *
     * @param report receives each failure, in line order, not null
     * @return the policy, never null
     * @throws NullPointerException if {@code report} is null
     */
    static OnBadLine collectAndContinue(Consumer<InterchangeException> report) {
        Objects.requireNonNull(report, "report");
        return report::accept;
    }
}
