package io.github.loosmethod.interchange;

import java.io.InputStream;

/**
 * Where the JSON Schema (draft 2020-12) of the interchange format is published, inside this jar
 * and in the repository: the contract for other towns' systems, which may not be Java.
 *
 * <p>This class holds constants only.
 */
public final class Schemas {

    /** The class-path resource of the schema of format version 1. */
    public static final String RESOURCE = "/io/github/loosmethod/interchange/loos-method-v1.schema.json";

    /** The schema's {@code $id}. */
    public static final String ID = "https://loosmethod.github.io/schema/loos-method-v1.schema.json";

    private Schemas() {
    }

    /**
     * Opens the schema of format version 1.
     *
     * @return a new stream on the schema, UTF-8; the caller closes it
     */
    public static InputStream open() {
        return Schemas.class.getResourceAsStream(RESOURCE);
    }
}
