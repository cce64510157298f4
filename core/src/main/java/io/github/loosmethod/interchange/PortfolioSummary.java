package io.github.loosmethod.interchange;

/**
 * What a {@link PortfolioReader} has read (<em>bilan de lecture</em>).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lines the number of lines read, blank ones included
 * @param initiatives the number of initiatives accepted
 * @param badLines the number of lines refused
 * @param ignoredFields the number of unknown fields a lenient reader skipped, on every line; 0 for
 *        a strict reader, which refuses them
 */
public record PortfolioSummary(long lines, long initiatives, long badLines, long ignoredFields) {
}
