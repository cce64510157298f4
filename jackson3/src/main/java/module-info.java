/**
 * JSON interchange of the Loos method model on Jackson 3 ({@code tools.jackson}): the Jackson
 * module, registered through {@code ServiceLoader} so that {@code findAndAddModules()} finds it,
 * and the {@code LoosJson} backend of the interchange contract of core.
 */
// "jackson3" names the Jackson generation served, as tools.jackson modules name theirs.
@SuppressWarnings("module")
module io.github.loosmethod.jackson3 {
    requires transitive io.github.loosmethod.core;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires org.slf4j;

    exports io.github.loosmethod.jackson3;

    provides tools.jackson.databind.JacksonModule with io.github.loosmethod.jackson3.LoosMethodModule;
}
