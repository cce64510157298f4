package io.github.loosmethod.cli;

import io.github.loosmethod.interchange.Schemas;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loos schema [--version N]} (<em>schéma</em>): prints the published JSON Schema (draft
 * 2020-12) of the interchange format, the current version's by default, byte for byte as the
 * library's jar holds it, for another system's validator. A version the library does not have is
 * a usage error (status 2).
 */
@Command(name = "schema", sortOptions = false)
final class SchemaCommand extends LoosCommand {

    @Option(names = "--version", paramLabel = "N", descriptionKey = "schema.version")
    private int version = Schemas.CURRENT_VERSION;

    @Override
    public Integer call() {
        if (version < Schemas.OLDEST_VERSION || version > Schemas.CURRENT_VERSION) {
            err().println("loos: " + text("no schema of format version ", "pas de schéma de la version ") + version
                    + text(": this library has versions ", " du format : cette bibliothèque a les versions ") + Schemas.OLDEST_VERSION
                    + text(" to ", " à ") + Schemas.CURRENT_VERSION);
            return Loos.USAGE;
        }
        // Schemas.open says which versions it has: the range above is the library's, checked again here.
        try (InputStream schema = Schemas.open(version)) {
            schema.transferTo(out());
        } catch (IllegalArgumentException e) {
            err().println("loos: " + e.getMessage());
            return Loos.USAGE;
        } catch (IOException e) {
            return cannotWrite("-", e);
        }
        out().flush();
        return Loos.OK;
    }
}
