/**
 * The interchange format of the Loos method (<em>format d'échange</em>), whatever the JSON library
 * that reads and writes it: the {@link io.github.loosmethod.interchange.Interchange} contract that
 * both Jackson backends implement, refusals with their problems, read limits, JSON Lines
 * portfolios, and the published JSON Schema ({@link io.github.loosmethod.interchange.Schemas}).
 * The wire contract itself — every type and field of the format, declared once — is in the
 * internal package {@code io.github.loosmethod.interchange.wire}, exported to the backends only.
 *
 * <p>A document written, read back, and refused with its problems:
 * <pre>{@code
 * Interchange json = LoosJson.strict();                     // Jackson 2; io.github.loosmethod.jackson3.LoosJson on Jackson 3
 * String document = json.writeAsString(initiative);         // canonical, starts with "formatVersion": 2
 * Initiative same = json.read(document, Initiative.class);  // strict: unknown fields, broken rules… refused
 * try {
 *     json.read("{\"formatVersion\":2,\"id\":\"\"}", Initiative.class);
 * } catch (InterchangeException refused) {
 *     refused.problems().forEach(problem -> problems.add(problem.pointer() + ": " + problem.message(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>A portfolio written as JSON Lines and read back as a stream, its bad lines collected:
 * <pre>{@code
 * try (PortfolioWriter writer = json.portfolioWriter(out)) {
 *     initiatives.forEach(writer::write);                   // one line per initiative
 * }
 * InputStream in = new ByteArrayInputStream(out.toByteArray());
 * try (PortfolioReader portfolio = json.portfolioReader(in, OnBadLine.collectAndContinue(bad::add))) {
 *     PortfolioIndicators indicators = PortfolioIndicators.of(portfolio, List.of());   // streamed, constant memory
 *     System.out.println(indicators.countByStatus());
 * }
 * }</pre>
 */
package io.github.loosmethod.interchange;
