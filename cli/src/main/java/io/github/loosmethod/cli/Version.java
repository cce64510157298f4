package io.github.loosmethod.cli;

import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code loos --version} prints: the tool's version and the format it reads and writes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"loos " + properties.getProperty("version"),
                "Loos method interchange format " + Schemas.CURRENT_VERSION + " (reads " + Schemas.OLDEST_VERSION + " to " + Schemas.CURRENT_VERSION + "), rules catalogue " + Rule.CATALOGUE_VERSION};
    }
}
