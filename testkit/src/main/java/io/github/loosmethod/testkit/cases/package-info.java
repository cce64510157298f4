/**
 * The worked cases of the method (<em>cas pratiques</em>) as ready-made records, built only
 * through the public API, one or more of each kind: the École Émile-Basly playground fifty-fifty
 * (2021–2022) and the street flower boxes, the town's standard illustration; the town-hall square,
 * a municipal project opened to concertation ({@code TownHallSquare}); the citizen solar company
 * <em>Mine de Soleil</em>, a citizen-led initiative ({@code MineDeSoleil}); the <em>Charte du cadre
 * de vie</em>, a co-constructed policy, and its revision ({@code LivingEnvironmentCharter}).
 * Examples, tests and host systems' demonstrations start from them; {@code SamplePortfolio} is a
 * generated portfolio of several towns.
 *
 * <p>Facts come from the domain brief (§7); where it is silent (exact dates, hours, the street's
 * name) the values are plausible illustrations, marked as such in each class.
 *
 * <p>A worked case at two of its stages:
 * <pre>{@code
 * Initiative draft = StreetFlowerBoxes.draft();        // the association's request
 * Initiative closed = StreetFlowerBoxes.closed();      // every stage, to the closing
 * }</pre>
 */
package io.github.loosmethod.testkit.cases;
