/**
 * JSON interchange of the Loos method model on Jackson 3 ({@code tools.jackson}), byte for byte as
 * the Jackson 2 backend ({@code loos-method-serialization}): the
 * {@link io.github.loosmethod.jackson3.LoosJson} facade for reading and writing documents and JSON
 * Lines portfolios, strictly and safely, and the
 * {@link io.github.loosmethod.jackson3.LoosMethodModule} for Jackson 3 {@code JsonMapper}s, found by
 * {@code findAndAddModules()}. What {@link io.github.loosmethod.interchange.Interchange} says of
 * reading and writing holds here.
 *
 * <p>Reading and writing documents (the names are those of this package; a host that does not also use the Jackson 2 backend imports them):
 * <pre>{@code
 * io.github.loosmethod.jackson3.LoosJson json = io.github.loosmethod.jackson3.LoosJson.strict();
 * byte[] document = json.write(initiative);                 // the same bytes as the Jackson 2 backend
 * Initiative same = json.readInitiative(document);
 * }</pre>
 *
 * <p>In a Jackson 3 mapper:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new io.github.loosmethod.jackson3.LoosMethodModule())   // or findAndAddModules()
 *         .build();
 * String text = mapper.writeValueAsString(initiative);
 * Initiative back = mapper.readValue(text, Initiative.class);
 * io.github.loosmethod.jackson3.LoosJson.strict().check(back);
 * }</pre>
 */
package io.github.loosmethod.jackson3;
