package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A cursor over a {@link JsonParser} that knows the JSON Pointer of the value it stands on, so
 * that every problem is reported where it is. The codec reads one value per call: on entry the
 * parser stands on the value's first token, on return on its last.
 *
 * <p>The pointer is not kept up to date while reading: the parser already tracks the name or index
 * of every level it is in, and the pointer is rebuilt from that context only when a problem or an
 * ignored field is reported, so that reading a valid document pays nothing for it.
 *
 * <p>Strict by default: an unknown field is a problem. In lenient mode it is skipped and its
 * pointer remembered for a warning. A field repeated in an object is a problem in both modes (the
 * cursor checks it, whatever the parser's own settings). Not thread-safe; one instance per
 * document.
 */
final class JsonIn {

    static final int FORMAT_VERSION = 1;
    static final String FORMAT_VERSION_NAME = "formatVersion";
    private static final String REPEATED = "is repeated: a field may appear only once in an object";

    private final JsonParser parser;
    private final boolean lenient;
    /** The context the value being read sits in: pointers are relative to it. */
    private final JsonStreamContext base;
    private final List<String> ignored = new ArrayList<>();
    /*
     * The object being read: its type's fields, those already read (a bit each, by position), the
     * position expected next, and the names read that are not its type's — which only a lenient
     * read or the format version brings, made into a set on the first, so that no count of them is
     * quadratic. Kept in fields, since every field read checks them; saved below while an inner
     * object is read.
     */
    private Fields fields = Fields.NONE;
    private long seen;
    private int next;
    private Set<String> others;
    /** The same for each enclosing object, the outermost first. */
    private Fields[] outerFields = new Fields[16];
    private long[] outerSeen = new long[16];
    private int[] outerNext = new int[16];
    @SuppressWarnings("unchecked")
    private Set<String>[] outerOthers = (Set<String>[]) new Set<?>[16];
    private int depth;
    private String fieldName;
    private int fieldIndex;
    private int unforeseen;
    private boolean formatVersionSeen;
    /** The first actor read with each id, handed back for later equal ones. */
    private final Map<String, Actor> actors = new HashMap<>();

    JsonIn(JsonParser parser, boolean lenient) {
        this.parser = parser;
        this.lenient = lenient;
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        this.base = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    JsonParser parser() {
        return parser;
    }

    /** The actor read first with this id in the document, or null. */
    Actor actor(String id) {
        return actors.get(id);
    }

    /** Remembers an actor read, unless one with its id is already known; returns it. */
    Actor remember(Actor actor) {
        actors.putIfAbsent(actor.id(), actor);
        return actor;
    }

    /** Fields skipped in lenient mode, as JSON Pointers. */
    List<String> ignored() {
        return ignored;
    }

    boolean formatVersionSeen() {
        return formatVersionSeen;
    }

    /** The JSON Pointer of the value the cursor stands on, relative to where reading started. */
    String pointer() {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && context != base;
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.add(Codes.escape(context.getCurrentName()));
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                segments.add(Integer.toString(context.getCurrentIndex()));
            }
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = segments.size() - 1; i >= 0; i--) {
            pointer.append('/').append(segments.get(i));
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

    /** Opens an object whose keys are data, not the fields of a type: every key is read the ordinary way. */
    void beginObject() {
        beginObject(Fields.NONE);
    }

    /** Opens an object of a type with these fields; the cursor must stand on its start. */
    void beginObject(Fields type) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType("an object");
        }
        if (depth == outerFields.length) {
            growStack();
        }
        outerFields[depth] = fields;
        outerSeen[depth] = seen;
        outerNext[depth] = next;
        outerOthers[depth] = others;
        depth++;
        fields = type;
        seen = 0;
        next = 0;
        others = null;
    }

    private void growStack() {
        outerFields = Arrays.copyOf(outerFields, depth * 2);
        outerSeen = Arrays.copyOf(outerSeen, depth * 2);
        outerNext = Arrays.copyOf(outerNext, depth * 2);
        outerOthers = Arrays.copyOf(outerOthers, depth * 2);
    }

    /** Advances to the next field's value; false at the end of the object. */
    boolean nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name == null) {
            // Within an object the parser yields a field name or the object's end.
            depth--;
            fields = outerFields[depth];
            seen = outerSeen[depth];
            next = outerNext[depth];
            others = outerOthers[depth];
            outerOthers[depth] = null;
            return false;
        }
        fieldName = name;
        // The parser interns names: a field in its writer's order is one comparison of references.
        int index = next < fields.size() && fields.name(next) == name ? next : unforeseen(name);
        if (index >= 0) {
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw failure(REPEATED);
            }
            seen |= bit;
            next = index + 1;
        } else {
            if (others == null) {
                others = new HashSet<>();
            }
            if (!others.add(name)) {
                throw failure(REPEATED);
            }
        }
        fieldIndex = index;
        parser.nextToken();
        return true;
    }

    /** Finds a name the order of the fields did not foresee: its position, or -1 if the type has no such field. */
    private int unforeseen(String name) {
        int index = fields.indexOf(name);
        if (index < next && fields != Fields.NONE && !FORMAT_VERSION_NAME.equals(name)) {
            unforeseen++;
        }
        return index;
    }

    /** The name of the field whose value the cursor has just moved to. */
    String fieldName() {
        return fieldName;
    }

    /** The position of that field in its type's {@link Fields}, or -1 if it is not one of them. */
    int fieldIndex() {
        return fieldIndex;
    }

    /**
     * How many fields so far came before the place their type's {@link Fields} gives them, or are
     * not listed there (the format version aside): zero for any document this library writes as
     * long as every list follows its writer's order, which the round-trip tests check.
     */
    int unforeseen() {
        return unforeseen;
    }

    /**
     * Handles a field the type does not know: the format version (required at the root of a
     * document, accepted anywhere as the schema does), or an unknown field (a problem in strict
     * mode, skipped in lenient mode).
     */
    void otherField() throws IOException {
        if (FORMAT_VERSION_NAME.equals(fieldName())) {
            formatVersion();
            formatVersionSeen |= parser.getParsingContext().getParent() == base;
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
    }

    /** Advances to the next element; false at the end of the array. */
    boolean nextElement() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
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

    <E extends Enum<E>> E code(CodeTable<E> codes) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        // Matched in the parser's own buffer: a document holds hundreds of codes, none needs a String.
        E constant = codes.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (constant == null) {
            throw failure("unknown code \"" + string() + "\"; expected one of: " + codes.allowed());
        }
        return constant;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile(
            "[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
    private static final String DATE_SHAPE = "must be an ISO-8601 date such as 2022-03-14, not \"";
    private static final String INSTANT_SHAPE = "must be an ISO-8601 instant in UTC such as 2022-03-14T09:00:00Z, not \"";

    /** Reads the digits at {@code from} (to {@code to}, exclusive), or -1 if one is not a digit. */
    private static int digits(char[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Reads the common shape yyyy-mm-dd at {@code from}, without a formatter; null for any other
     * shape.
     *
     * @throws DateTimeException if the shape is right but the day does not exist
     */
    private static LocalDate plainDate(char[] text, int from) {
        if (text[from + 4] != '-' || text[from + 7] != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    LocalDate date() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
            // The shape every writer of the format uses, read in the parser's buffer.
            try {
                LocalDate date = plainDate(parser.getTextCharacters(), parser.getTextOffset());
                if (date != null) {
                    return date;
                }
            } catch (DateTimeException e) {
                throw failure(DATE_SHAPE + string() + "\"");
            }
        }
        String text = string();
        if (!DATE.matcher(text).matches()) {
            throw failure(DATE_SHAPE + text + "\"");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw failure(DATE_SHAPE + text + "\"");
        }
    }

    Instant instant() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 20) {
            // The shape this library writes (whole seconds, UTC), read in the parser's buffer.
            char[] text = parser.getTextCharacters();
            int at = parser.getTextOffset();
            if (text[at + 10] == 'T' && text[at + 13] == ':' && text[at + 16] == ':' && text[at + 19] == 'Z') {
                try {
                    LocalDate date = plainDate(text, at);
                    int hour = digits(text, at + 11, at + 13);
                    int minute = digits(text, at + 14, at + 16);
                    int second = digits(text, at + 17, at + 19);
                    if (date != null && hour >= 0 && minute >= 0 && second >= 0) {
                        return date.atTime(hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
                    }
                } catch (DateTimeException e) {
                    throw failure(INSTANT_SHAPE + string() + "\"");
                }
            }
        }
        String text = string();
        if (!INSTANT.matcher(text).matches()) {
            throw failure(INSTANT_SHAPE + text + "\"");
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw failure(INSTANT_SHAPE + text + "\"");
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
