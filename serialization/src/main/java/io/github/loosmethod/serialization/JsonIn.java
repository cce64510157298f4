package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.InvalidValueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A cursor over a {@link JsonParser} that knows the JSON Pointer of the value it stands on, so
 * that every problem is reported where it is. The codec reads one value per call: on entry the
 * parser stands on the value's first token, on return on its last.
 *
 * <p>Strict by default: an unknown field is a problem. In lenient mode it is skipped and its
 * pointer remembered for a warning. Not thread-safe; one instance per document.
 */
final class JsonIn {

    static final int FORMAT_VERSION = 1;

    private final JsonParser parser;
    private final boolean lenient;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Boolean> segmentPushed = new ArrayDeque<>();
    private final Deque<Integer> indexes = new ArrayDeque<>();
    private final List<String> ignored = new ArrayList<>();
    private boolean formatVersionSeen;

    JsonIn(JsonParser parser, boolean lenient) {
        this.parser = parser;
        this.lenient = lenient;
    }

    JsonParser parser() {
        return parser;
    }

    /** Fields skipped in lenient mode, as JSON Pointers. */
    List<String> ignored() {
        return ignored;
    }

    boolean formatVersionSeen() {
        return formatVersionSeen;
    }

    String pointer() {
        StringBuilder pointer = new StringBuilder();
        java.util.Iterator<String> segments = path.descendingIterator();
        while (segments.hasNext()) {
            pointer.append('/').append(Codes.escape(segments.next()));
        }
        return pointer.toString();
    }

    ReadFailure failure(String message) {
        return new ReadFailure(pointer(), message);
    }

    ReadFailure failureAt(String child, String message) {
        return new ReadFailure(pointer() + "/" + Codes.escape(child), message);
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }

    private ReadFailure wrongType(String expected) {
        return failure("must be " + expected + ", not " + found());
    }

    /** Moves to the first token of the document. */
    void start() throws IOException {
        if (parser.nextToken() == null) {
            throw failure("the document is empty");
        }
    }

    /** Checks that nothing follows the document. */
    void end() throws IOException {
        if (parser.nextToken() != null) {
            throw new ReadFailure("", "unexpected content after the end of the document");
        }
    }

    void beginObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType("an object");
        }
        segmentPushed.push(Boolean.FALSE);
    }

    /** Advances to the next field's value; false at the end of the object. */
    boolean nextField() throws IOException {
        if (segmentPushed.peek()) {
            path.pop();
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            segmentPushed.pop();
            return false;
        }
        path.push(parser.currentName());
        segmentPushed.pop();
        segmentPushed.push(Boolean.TRUE);
        parser.nextToken();
        return true;
    }

    String fieldName() {
        return path.peek();
    }

    /**
     * Handles a field the type does not know: the format version (required at the root of a
     * document, accepted anywhere as the schema does), or an unknown field (a problem in strict
     * mode, skipped in lenient mode).
     */
    void otherField() throws IOException {
        if ("formatVersion".equals(fieldName())) {
            formatVersion();
            formatVersionSeen |= path.size() == 1 && segmentPushed.size() == 1;
            return;
        }
        if (!lenient) {
            throw failure("unknown field");
        }
        ignored.add(pointer());
        parser.skipChildren();
    }

    private void formatVersion() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("the whole number " + FORMAT_VERSION);
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != FORMAT_VERSION) {
            throw failure("unsupported format version " + parser.getText() + ": this library reads version " + FORMAT_VERSION);
        }
    }

    void beginArray() {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array");
        }
        indexes.push(-1);
    }

    /** Advances to the next element; false at the end of the array. */
    boolean nextElement() throws IOException {
        int index = indexes.pop();
        if (index >= 0) {
            path.pop();
        }
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            return false;
        }
        indexes.push(index + 1);
        path.push(Integer.toString(index + 1));
        return true;
    }

    String string() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        String text = parser.getText();
        try {
            // JSON lets an escape spell half a surrogate pair; no UTF-8 document can carry it back.
            return InvalidValueException.requireWellFormed("text", text);
        } catch (InvalidValueException e) {
            throw failure("must be well-formed Unicode text: " + e.value() + " is an unpaired surrogate");
        }
    }

    boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    int integer() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw wrongType("a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
        return parser.getIntValue();
    }

    long longInteger() throws IOException {
        JsonParser.NumberType type = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getNumberType() : null;
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw wrongType("a whole number");
        }
        return parser.getLongValue();
    }

    int count() throws IOException {
        int value = integer();
        if (value < 0) {
            throw failure("must not be negative");
        }
        return value;
    }

    long longCount() throws IOException {
        long value = longInteger();
        if (value < 0) {
            throw failure("must not be negative");
        }
        return value;
    }

    BigDecimal nonNegativeDecimal() throws IOException {
        BigDecimal value = decimal();
        if (value.signum() < 0) {
            throw failure("must not be negative");
        }
        return value;
    }

    BigDecimal decimalBetween(BigDecimal min, BigDecimal max) throws IOException {
        BigDecimal value = decimal();
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw failure("must be between " + min.toPlainString() + " and " + max.toPlainString());
        }
        return value;
    }

    BigDecimal decimal() throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType("a number");
        }
        return parser.getDecimalValue();
    }

    <E extends Enum<E>> E code(Class<E> type) throws IOException {
        String code = string();
        E constant = Codes.constant(type, code);
        if (constant == null) {
            throw failure("unknown code \"" + code + "\"; expected one of: " + Codes.allowed(type));
        }
        return constant;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile(
            "[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");

    /** Reads the digits at {@code from} (to {@code to}, exclusive), or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The common shape yyyy-mm-dd, read without a formatter; null for any other shape. */
    private static LocalDate plainDate(String text, int from) {
        if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    LocalDate date() throws IOException {
        String text = string();
        if (text.length() == 10) {
            // The shape every writer of the format uses, read without regular expression nor formatter.
            try {
                LocalDate date = plainDate(text, 0);
                if (date != null) {
                    return date;
                }
            } catch (DateTimeException e) {
                throw failure("must be an ISO-8601 date such as 2022-03-14, not \"" + text + "\"");
            }
        }
        if (!DATE.matcher(text).matches()) {
            throw failure("must be an ISO-8601 date such as 2022-03-14, not \"" + text + "\"");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw failure("must be an ISO-8601 date such as 2022-03-14, not \"" + text + "\"");
        }
    }

    Instant instant() throws IOException {
        String text = string();
        if (text.length() == 20 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(19) == 'Z') {
            // The shape this library writes (whole seconds, UTC), read without regular expression nor formatter.
            try {
                LocalDate date = plainDate(text, 0);
                int hour = digits(text, 11, 13);
                int minute = digits(text, 14, 16);
                int second = digits(text, 17, 19);
                if (date != null && hour >= 0 && minute >= 0 && second >= 0) {
                    return date.atTime(hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
                }
            } catch (DateTimeException e) {
                throw failure("must be an ISO-8601 instant in UTC such as 2022-03-14T09:00:00Z, not \"" + text + "\"");
            }
        }
        if (!INSTANT.matcher(text).matches()) {
            throw failure("must be an ISO-8601 instant in UTC such as 2022-03-14T09:00:00Z, not \"" + text + "\"");
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw failure("must be an ISO-8601 instant in UTC such as 2022-03-14T09:00:00Z, not \"" + text + "\"");
        }
    }

    ZoneId zone() throws IOException {
        String text = string();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw failure("must be a time-zone id such as Europe/Paris, not \"" + text + "\"");
        }
    }

    /** Reads an array whose elements are read by {@code element}. */
    <T> List<T> list(Element<T> element) throws IOException {
        beginArray();
        List<T> list = new ArrayList<>();
        while (nextElement()) {
            list.add(element.read(this));
        }
        return list;
    }

    /** Fails at a missing required field of the object just read. */
    <T> T require(T value, String field) {
        if (value == null) {
            throw failureAt(field, "is required");
        }
        return value;
    }

    /**
     * Builds a value of the model; an invariant it refuses becomes a problem at the offending
     * field below the current pointer.
     */
    <T> T build(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException e) {
            String message = e.field().isEmpty() ? e.getMessage() : e.getMessage().substring(e.field().length() + 2);
            throw new ReadFailure(Codes.pointer(pointer(), e.field()), message);
        }
    }

    /** Reads one value of a type. */
    @FunctionalInterface
    interface Element<T> {
        /**
         * Reads the value the cursor stands on.
         *
         * @param in the cursor
         * @return the value, never null
         * @throws IOException if the parser fails
         */
        T read(JsonIn in) throws IOException;
    }
}
