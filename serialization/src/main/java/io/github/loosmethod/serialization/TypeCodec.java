package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * How one type of the model is written and read: the wire contract of that type, in one place.
 *
 * <p>A record, not an interface with an implementation per codec: the compiler trusts the final
 * fields of a record held in a constant, so a codec's reader called through its constant (an
 * element of a list, a nested object) is inlined where it is called instead of being dispatched
 * among the thirty-odd readers of the format.
 *
 * @param <T> the type
 * @param type the abstract type of the model handled
 * @param fields the names of the object's fields, in the order {@code writer} puts them
 * @param writer writes the object's fields, in order, between its braces
 * @param reader reads the fields of the object the cursor has opened
 */
record TypeCodec<T>(Class<T> type, Fields fields, Wire.ValueWriter<T> writer, JsonIn.Element<T> reader) {

    /**
     * Makes a codec of a writer and a reader.
     *
     * @param <T> the type
     * @param type the type, not null
     * @param fields the names of the object's fields, in the order {@code writer} puts them
     * @param writer writes the object's fields, in order, between its braces
     * @param reader reads the fields of the object the cursor has opened
     * @return the codec, never null
     */
    static <T> TypeCodec<T> of(Class<T> type, Fields fields, Wire.ValueWriter<T> writer, JsonIn.Element<T> reader) {
        return new TypeCodec<>(type, fields, writer, reader);
    }

    /**
     * Writes a value as a JSON object, its fields in a fixed order; at the root of the output the
     * object starts with the document's {@code formatVersion}.
     *
     * @param out the generator, not null
     * @param value the value, not null
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator out, T value) throws IOException {
        boolean document = out.getOutputContext().inRoot();
        out.writeStartObject();
        if (document) {
            Wire.number(out, JsonIn.FORMAT_VERSION_NAME, JsonIn.FORMAT_VERSION);
        }
        writer.write(out, value);
        out.writeEndObject();
    }

    /**
     * Reads a value; the cursor stands on its first token.
     *
     * @param in the cursor, not null
     * @return the value, never null
     * @throws IOException if the parser fails
     * @throws ReadFailure if the value is malformed or impossible
     */
    T read(JsonIn in) throws IOException {
        in.beginObject(fields);
        return reader.read(in);
    }
}
