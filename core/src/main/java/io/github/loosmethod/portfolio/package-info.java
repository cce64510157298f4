/**
 * What a portfolio of initiatives and evaluations adds up to (<em>portefeuille</em>): one town or
 * many, one year or thirty. Counts per year, kind and status, the involvement profile, how the
 * commitments of each side fared, what each side contributed, and the spread of each criterion's
 * scores — computed in one pass over a stream of records ({@link io.github.loosmethod.portfolio.PortfolioTally}),
 * so that millions of records never need to be held in memory.
 *
 * <p>Indicators of a whole portfolio, and per year:
 * <pre>{@code
 * PortfolioIndicators all = PortfolioIndicators.of(initiatives, evaluations);
 * SortedMap<Integer, PortfolioIndicators> perYear = PortfolioIndicators.byYear(initiatives, evaluations);
 * long fiftyFifties = all.countByKind().getOrDefault(InitiativeKind.FIFTY_FIFTY, 0L);
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.portfolio;

import io.github.loosmethod.LoosStyle;
