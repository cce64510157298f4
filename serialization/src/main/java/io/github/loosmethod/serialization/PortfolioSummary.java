package io.github.loosmethod.serialization;

/**
 * What a {@link PortfolioReader} has read (<em>bilan de lecture</em>).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lines the number of lines read, blank ones included
 * @param initiatives the number of initiatives accepted
 * @param badLines the number of lines refused
 */
public record PortfolioSummary(long lines, long initiatives, long badLines) {
}
