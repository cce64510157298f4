/**
 * JSON interchange of the Loos method model on Jackson 2 (2.17 or later): the Jackson module, and
 * the {@code LoosJson} backend of the interchange contract of core.
 */
module io.github.loosmethod.serialization {
    requires transitive io.github.loosmethod.core;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.loosmethod.serialization;

    provides com.fasterxml.jackson.databind.Module with io.github.loosmethod.serialization.LoosMethodModule;
}
