package io.github.loosmethod.towndesk;

import io.github.loosmethod.interchange.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the interchange format's JSON Schema, the one the library is built with, so that the
 * desk's OpenAPI description ({@code /openapi.yaml}) and its clients find the contract of its
 * documents on the desk itself as well as at its published address ({@link Schemas#ID}).
 */
@RestController
public class SchemaController {

    /**
     * Returns the current schema of the interchange format.
     *
     * @return the schema, {@code application/schema+json}
     */
    @GetMapping(path = "/schema/loos-method-v2.schema.json")
    public ResponseEntity<byte[]> schema() {
        try (InputStream schema = Schemas.open()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json"))
                    .body(schema.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
