/**
 * The domain model of the Loos method: actors, the involvement ladder, initiatives and their
 * lifecycle, conventions and commitments, and the rules of the method.
 *
 * <p>Depends at run time on nothing but the JDK and the SLF4J API.
 */
@SuppressWarnings({"requires-automatic", "module"})
module io.github.loosmethod.core {
    // Read by javac only. Not "transitive": modules that use core must not need Immutables to compile.
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports io.github.loosmethod;
    exports io.github.loosmethod.actor;
    exports io.github.loosmethod.involvement;
    exports io.github.loosmethod.initiative;
    exports io.github.loosmethod.commitment;
    exports io.github.loosmethod.evaluation;
    exports io.github.loosmethod.portfolio;
    exports io.github.loosmethod.validation;
    exports io.github.loosmethod.provenance;
    exports io.github.loosmethod.interchange;
    // The wire contract and the machinery the Jackson backends share: theirs only, not an API.
    exports io.github.loosmethod.interchange.wire to io.github.loosmethod.serialization, io.github.loosmethod.jackson3;
}
