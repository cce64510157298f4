package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * How one type of the model is written and read: the wire contract of that type, in one place.
 *
 * @param <T> the type
 */
interface TypeCodec<T> {

    /**
     * Returns the type handled.
     *
     * @return the abstract type of the model, never null
     */
    Class<T> type();

    /**
     * Writes a value as a JSON object, its fields in a fixed order; at the root of the output the
     * object starts with the document's {@code formatVersion}.
     *
     * @param out the generator, not null
     * @param value the value, not null
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator out, T value) throws IOException;

    /**
     * Reads a value; the cursor stands on its first token.
     *
     * @param in the cursor, not null
     * @return the value, never null
     * @throws IOException if the parser fails
     * @throws ReadFailure if the value is malformed or impossible
     */
    T read(JsonIn in) throws IOException;

    /**
     * Makes a codec of a writer and a reader.
     *
     * @param <T> the type
     * @param type the type, not null
     * @param writer writes the object's fields, in order, between its braces
     * @param reader reads the value the cursor stands on
     * @return the codec, never null
     */
    static <T> TypeCodec<T> of(Class<T> type, Wire.ValueWriter<T> writer, JsonIn.Element<T> reader) {
        return new TypeCodec<T>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                boolean document = out.getOutputContext().inRoot();
                out.writeStartObject();
                if (document) {
                    Wire.number(out, "formatVersion", JsonIn.FORMAT_VERSION);
                }
                writer.write(out, value);
                out.writeEndObject();
            }

            @Override
            public T read(JsonIn in) throws IOException {
                return reader.read(in);
            }
        };
    }
}
