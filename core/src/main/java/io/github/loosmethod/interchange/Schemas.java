package io.github.loosmethod.interchange;

import java.io.InputStream;

/**
 * Where the JSON Schema (draft 2020-12) of the interchange format is published, inside this jar
 * and in the repository: the contract for other towns' systems, which may not be Java.
 *
 * <p>This class holds constants only.
 */
public final class Schemas {

    /** The current format version: the one every writer writes, whose schema is {@link #RESOURCE}. */
    public static final int CURRENT_VERSION = io.github.loosmethod.interchange.wire.Shapes.FORMAT_VERSION;

    /** The oldest format version the readers still read. */
    public static final int OLDEST_VERSION = io.github.loosmethod.interchange.wire.Shapes.OLDEST_FORMAT_VERSION;

    /** The class-path resource of the schema of the current format version, 2. */
    public static final String RESOURCE = "/io/github/loosmethod/interchange/loos-method-v2.schema.json";

    /** The current schema's {@code $id}. */
    public static final String ID = "https://loosmethod.github.io/schema/loos-method-v2.schema.json";

    /** The class-path resource of the schema of format version 1, whose documents this library still reads. */
    public static final String RESOURCE_V1 = "/io/github/loosmethod/interchange/loos-method-v1.schema.json";

    private Schemas() {
    }

    /**
     * Opens the schema of the current format version. The schema lives in the core module, which
     * opens its package to no other: a plain {@code getResourceAsStream} from another module does
     * not find it, this method does.
     *
     * @return a new stream on the schema, UTF-8; the caller closes it
     */
    public static InputStream open() {
        return Schemas.class.getResourceAsStream(RESOURCE);
    }

    /**
     * Opens the schema of a format version this library reads.
     *
     * @param version 1 or 2
     * @return a new stream on the schema, UTF-8; the caller closes it
     * @throws IllegalArgumentException if the library has no schema of that version
     */
    public static InputStream open(int version) {
        switch (version) {
            case 1:
                return Schemas.class.getResourceAsStream(RESOURCE_V1);
            case 2:
                return open();
            default:
                throw new IllegalArgumentException("No schema of format version " + version + ": this library has versions 1 and 2");
        }
    }
}
