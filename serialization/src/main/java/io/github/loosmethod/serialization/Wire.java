package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Writing helpers shared by the codecs: one field of each shape, in the format's conventions. */
final class Wire {

    /** Field names, encoded once: the codecs pass them as literals, the same instance on every call. */
    private static final Encoded NAMES = new Encoded(name -> name);
    /** Enum codes, encoded once and found by the constant's name, whatever its enum. */
    private static final Encoded CODES = new Encoded(Codes::codeOfName);

    private Wire() {
    }

    /** Returns a field name as JSON; meant for the codecs' literal names (any text works, uncached if it varies). */
    static SerializableString name(String name) {
        return NAMES.of(name);
    }

    /** Returns the code of an enum constant as JSON, equal to {@link Codes#code(Enum)}. */
    static SerializableString code(Enum<?> value) {
        return CODES.of(value.name());
    }

    static void text(JsonGenerator out, String name, String value) throws IOException {
        out.writeFieldName(name(name));
        out.writeString(value);
    }

    static void code(JsonGenerator out, String name, Enum<?> value) throws IOException {
        out.writeFieldName(name(name));
        out.writeString(code(value));
    }

    static void date(JsonGenerator out, String name, LocalDate value) throws IOException {
        out.writeFieldName(name(name));
        out.writeString(value.toString());
    }

    static void instant(JsonGenerator out, String name, Instant value) throws IOException {
        out.writeFieldName(name(name));
        out.writeString(instantText(value));
    }

    /**
     * The ISO-8601 text of an instant, as {@link Instant#toString()} gives it; whole seconds of
     * years 0 to 9999 — every instant of real records — are written without a formatter.
     */
    static String instantText(Instant value) {
        long seconds = value.getEpochSecond();
        if (value.getNano() != 0 || seconds < -62_167_219_200L || seconds > 253_402_300_799L) {
            return value.toString();
        }
        java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        put(text, 0, time.getYear(), 4);
        put(text, 5, time.getMonthValue(), 2);
        put(text, 8, time.getDayOfMonth(), 2);
        put(text, 11, time.getHour(), 2);
        put(text, 14, time.getMinute(), 2);
        put(text, 17, time.getSecond(), 2);
        return new String(text);
    }

    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static void decimal(JsonGenerator out, String name, BigDecimal value) throws IOException {
        out.writeFieldName(name(name));
        out.writeNumber(value);
    }

    static void number(JsonGenerator out, String name, long value) throws IOException {
        out.writeFieldName(name(name));
        out.writeNumber(value);
    }

    static <T> void object(JsonGenerator out, String name, TypeCodec<T> codec, T value) throws IOException {
        out.writeFieldName(name(name));
        codec.write(out, value);
    }

    static <T> void optional(JsonGenerator out, String name, TypeCodec<T> codec, Optional<T> value) throws IOException {
        if (value.isPresent()) {
            object(out, name, codec, value.get());
        }
    }

    static <T> void array(JsonGenerator out, String name, TypeCodec<T> codec, List<T> values) throws IOException {
        out.writeFieldName(name(name));
        out.writeStartArray();
        for (T value : values) {
            codec.write(out, value);
        }
        out.writeEndArray();
    }

    static void texts(JsonGenerator out, String name, Collection<String> values) throws IOException {
        out.writeFieldName(name(name));
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    static void codes(JsonGenerator out, String name, Collection<? extends Enum<?>> values) throws IOException {
        out.writeFieldName(name(name));
        out.writeStartArray();
        for (Enum<?> value : values) {
            out.writeString(code(value));
        }
        out.writeEndArray();
    }

    /** Writes a map with enum keys as an object keyed by code, values written by {@code values}. */
    static <K extends Enum<K>, V> void codeMap(JsonGenerator out, String name, Map<K, V> map, ValueWriter<V> values)
            throws IOException {
        out.writeFieldName(name(name));
        out.writeStartObject();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            out.writeFieldName(code(entry.getKey()));
            values.write(out, entry.getValue());
        }
        out.writeEndObject();
    }

    /** Writes one value of a map. */
    @FunctionalInterface
    interface ValueWriter<V> {
        /**
         * Writes the value.
         *
         * @param out the generator
         * @param value the value
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator out, V value) throws IOException;
    }

    /**
     * JSON texts encoded once (as databind does for the properties of a bean) and found again by
     * the identity of their key: a hash table with one entry per slot, where a colliding key
     * replaces the entry. Entries are immutable, so threads that race on a slot at worst encode a
     * text twice; a key that is not the same instance each time still gets the right text, only
     * without the saving.
     */
    private static final class Encoded {
        private final Entry[] slots = new Entry[1024];
        private final UnaryOperator<String> text;

        Encoded(UnaryOperator<String> text) {
            this.text = text;
        }

        SerializableString of(String key) {
            int slot = key.hashCode() & (slots.length - 1);
            Entry entry = slots[slot];
            if (entry == null || entry.key != key) {
                entry = new Entry(key, new SerializedString(text.apply(key)));
                slots[slot] = entry;
            }
            return entry.value;
        }

        private static final class Entry {
            final String key;
            final SerializedString value;

            Entry(String key, SerializedString value) {
                this.key = key;
                this.value = value;
            }
        }
    }
}
