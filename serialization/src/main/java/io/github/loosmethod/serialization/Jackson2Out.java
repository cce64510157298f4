package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.loosmethod.interchange.wire.Names;
import io.github.loosmethod.interchange.wire.WireOut;
import java.io.IOException;
import java.math.BigDecimal;

/** The writer of the format over a Jackson 2 generator, with every name and code encoded once. */
final class Jackson2Out extends WireOut {

    private static final SerializedString[] NAMES = Names.all().stream().map(SerializedString::new)
            .toArray(SerializedString[]::new);
    private static final ClassValue<SerializedString[]> CODES = new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            SerializedString[] codes = new SerializedString[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = new SerializedString(codeOf((Enum<?>) constants[i]));
            }
            return codes;
        }
    };

    private final JsonGenerator out;

    Jackson2Out(JsonGenerator out) {
        this.out = out;
    }

    private static SerializedString encoded(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    @Override
    protected boolean inRoot() {
        return out.getOutputContext().inRoot();
    }

    @Override
    protected void startObject() throws IOException {
        out.writeStartObject();
    }

    @Override
    protected void endObject() throws IOException {
        out.writeEndObject();
    }

    @Override
    protected void startArray() throws IOException {
        out.writeStartArray();
    }

    @Override
    protected void endArray() throws IOException {
        out.writeEndArray();
    }

    @Override
    protected void name(int name) throws IOException {
        out.writeFieldName(NAMES[name]);
    }

    @Override
    protected void name(String name) throws IOException {
        out.writeFieldName(name);
    }

    @Override
    protected void codeName(Enum<?> constant) throws IOException {
        out.writeFieldName(encoded(constant));
    }

    @Override
    protected void code(Enum<?> constant) throws IOException {
        out.writeString(encoded(constant));
    }

    @Override
    protected void string(String value) throws IOException {
        out.writeString(value);
    }

    @Override
    protected void number(long value) throws IOException {
        out.writeNumber(value);
    }

    @Override
    protected void number(BigDecimal value) throws IOException {
        out.writeNumber(value);
    }

    @Override
    protected void bool(boolean value) throws IOException {
        out.writeBoolean(value);
    }

    @Override
    protected void endLine() throws IOException {
        out.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
