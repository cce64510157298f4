/**
 * JSON interchange of the Loos method model (<em>format d'échange</em>), version 2 (reading version 1 too), on Jackson 2
 * (2.17 or later; for Jackson 3 hosts, the {@code loos-method-jackson3} artifact): the
 * {@link io.github.loosmethod.serialization.LoosJson} facade for reading and writing documents and
 * JSON Lines portfolios, strictly and safely; the
 * {@link io.github.loosmethod.serialization.LoosMethodModule} for Jackson
 * {@code ObjectMapper}s; and the published JSON Schema at
 * {@value io.github.loosmethod.interchange.Schemas#RESOURCE}, read through
 * {@link io.github.loosmethod.interchange.Schemas#open()}.
 *
 * <p>Reading and writing documents:
 * <pre>{@code
 * LoosJson json = LoosJson.strict();
 * byte[] document = json.write(initiative);                 // UTF-8, canonical
 * Initiative same = json.readInitiative(document);          // strict: refuses unknown fields, bad UTF-8, broken rules…
 * }</pre>
 *
 * <p>In a Jackson mapper:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());   // or findAndRegisterModules()
 * String text = mapper.writeValueAsString(initiative);
 * Initiative back = mapper.readValue(text, Initiative.class);
 * LoosJson.strict().check(back);                            // the rules of the method and the read limits too
 * }</pre>
 */
package io.github.loosmethod.serialization;
