/**
 * JSON interchange of the Loos method model: a Jackson 2 module, strict and safe reading, a
 * published JSON Schema, JSON Lines portfolios.
 */
module io.github.loosmethod.serialization {
    requires transitive io.github.loosmethod.core;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.loosmethod.serialization;

    provides com.fasterxml.jackson.databind.Module with io.github.loosmethod.serialization.LoosMethodModule;
}
