package io.github.loosmethod.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import io.github.loosmethod.interchange.wire.Names;
import io.github.loosmethod.interchange.wire.WireOut;
import java.math.BigDecimal;

/** The writer of the format over a Jackson 3 generator, with every name and code encoded once. */
final class Jackson3Out extends WireOut {

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

    Jackson3Out(JsonGenerator out) {
        this.out = out;
    }

    private static SerializedString encoded(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    @Override
    protected boolean inRoot() {
        return out.streamWriteContext().inRoot();
    }

    @Override
    protected void startObject() {
        out.writeStartObject();
    }

    @Override
    protected void endObject() {
        out.writeEndObject();
    }

    @Override
    protected void startArray() {
        out.writeStartArray();
    }

    @Override
    protected void endArray() {
        out.writeEndArray();
    }

    @Override
    protected void name(int name) {
        out.writeName(NAMES[name]);
    }

    @Override
    protected void name(String name) {
        out.writeName(name);
    }

    @Override
    protected void codeName(Enum<?> constant) {
        out.writeName(encoded(constant));
    }

    @Override
    protected void code(Enum<?> constant) {
        out.writeString(encoded(constant));
    }

    @Override
    protected void string(String value) {
        out.writeString(value);
    }

    @Override
    protected void number(long value) {
        out.writeNumber(value);
    }

    @Override
    protected void number(BigDecimal value) {
        out.writeNumber(value);
    }

    @Override
    protected void bool(boolean value) {
        out.writeBoolean(value);
    }

    @Override
    protected void endLine() {
        out.writeRaw('\n');
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.close();
    }
}
