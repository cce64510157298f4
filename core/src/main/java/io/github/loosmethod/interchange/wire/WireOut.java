package io.github.loosmethod.interchange.wire;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A writer of the format over a JSON generator; what a backend (Jackson 2, Jackson 3) implements so
 * that {@link Shape} can write every type through it. The backend encodes field names and codes
 * once ({@link Names}, {@link #codeOf(Enum)}) and hands the generator the encoded form, as databind
 * does for the properties of a bean. Not thread-safe; one per output.
 */
public abstract class WireOut implements Closeable, Flushable {

    /** Creates a writer. */
    protected WireOut() {
    }

    /**
     * Tells whether nothing has been opened yet: a value written now is a whole document.
     *
     * @return true at the root of the output
     */
    protected abstract boolean inRoot();

    /**
     * Opens an object.
     *
     * @throws IOException if the generator fails
     */
    protected abstract void startObject() throws IOException;

    /**
     * Closes the innermost object.
     *
     * @throws IOException if the generator fails
     */
    protected abstract void endObject() throws IOException;

    /**
     * Opens an array.
     *
     * @throws IOException if the generator fails
     */
    protected abstract void startArray() throws IOException;

    /**
     * Closes the innermost array.
     *
     * @throws IOException if the generator fails
     */
    protected abstract void endArray() throws IOException;

    /**
     * Writes a field name of the format, by its number in {@link Names}.
     *
     * @param name the number of the name
     * @throws IOException if the generator fails
     */
    protected abstract void name(int name) throws IOException;

    /**
     * Writes a field name that is data (a year, a criterion's code).
     *
     * @param name the name, not null
     * @throws IOException if the generator fails
     */
    protected abstract void name(String name) throws IOException;

    /**
     * Writes the code of an enum constant as a field name.
     *
     * @param constant the constant, not null
     * @throws IOException if the generator fails
     */
    protected abstract void codeName(Enum<?> constant) throws IOException;

    /**
     * Writes the code of an enum constant as a string.
     *
     * @param constant the constant, not null
     * @throws IOException if the generator fails
     */
    protected abstract void code(Enum<?> constant) throws IOException;

    /**
     * Writes a string.
     *
     * @param value the string, not null
     * @throws IOException if the generator fails
     */
    protected abstract void string(String value) throws IOException;

    /**
     * Writes a whole number.
     *
     * @param value the number
     * @throws IOException if the generator fails
     */
    protected abstract void number(long value) throws IOException;

    /**
     * Writes a decimal in plain notation.
     *
     * @param value the number, not null
     * @throws IOException if the generator fails
     */
    protected abstract void number(BigDecimal value) throws IOException;

    /**
     * Writes a boolean.
     *
     * @param value the boolean
     * @throws IOException if the generator fails
     */
    protected abstract void bool(boolean value) throws IOException;

    /**
     * Ends a line of a JSON Lines stream: a line feed, and nothing between documents otherwise.
     *
     * @throws IOException if the generator fails
     */
    protected abstract void endLine() throws IOException;

    /**
     * Flushes the generator.
     *
     * @throws IOException if the generator fails
     */
    @Override
    public abstract void flush() throws IOException;

    /**
     * Closes the generator, flushing it; the stream under it is not closed.
     *
     * @throws IOException if the generator fails
     */
    @Override
    public abstract void close() throws IOException;

    /**
     * The code of an enum constant ({@code co_production}), for a backend to encode once.
     *
     * @param constant the constant, not null
     * @return the code, never null
     */
    protected static String codeOf(Enum<?> constant) {
        return Codes.code(constant);
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
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
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
}
