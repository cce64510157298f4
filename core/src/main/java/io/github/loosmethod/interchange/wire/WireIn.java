package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.Texts;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.interchange.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A cursor over a JSON parser that knows the JSON Pointer of the value it stands on, so that every
 * problem is reported where it is; what every backend shares. A backend (Jackson 2, Jackson 3)
 * implements the few primitives at the end of this class over its own parser; all the rest — field
 * index and repeat detection, strictness, limits in characters, the spellings of dates, instants,
 * numbers and codes, and every message — is here, so that the backends read alike. A value is read
 * per call: on entry the parser stands on the value's first token, on return on its last.
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
public abstract class WireIn implements Closeable {

    /** The tokens a backend reports, as {@link #currentToken()} and {@link #nextToken()} give them. */
    protected static final int NONE = 0;
    /** The start of an object. */
    protected static final int START_OBJECT = 1;
    /** The end of an object. */
    protected static final int END_OBJECT = 2;
    /** The start of an array. */
    protected static final int START_ARRAY = 3;
    /** The end of an array. */
    protected static final int END_ARRAY = 4;
    /** A field name. */
    protected static final int FIELD_NAME = 5;
    /** A string value. */
    protected static final int STRING = 6;
    /** A number without fraction or exponent. */
    protected static final int INTEGER = 7;
    /** A number with a fraction or an exponent. */
    protected static final int FLOAT = 8;
    /** {@code true}. */
    protected static final int TRUE = 9;
    /** {@code false}. */
    protected static final int FALSE = 10;
    /** {@code null}. */
    protected static final int NULL = 11;


    private final boolean lenient;
    /** The longest text and field name, in Unicode characters, or 0 when the parser's own limits alone apply. */
    private final int maxStringCharacters;
    private final int maxNameCharacters;
    private final Ignored ignored;
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
    /** Whether the parser is reading a field's name, and the name it held before. */
    private boolean readingName;
    private String nameBefore;
    private boolean formatVersionSeen;
    /** Whether the root object names its format version, read or refused. */
    private boolean formatVersionNamed;
    private int formatVersion;
    /** Where the first field of an earlier format version was met, or null. */
    private String replacedPointer;
    /** Where the first field or code of a later format version than 1 was met, and that version; null and 1 before. */
    private String newerPointer;
    private int newerVersion = 1;
    private long closedSeen;
    /** The first actor read with each id, handed back for later equal ones. */
    private final Map<String, Actor> actors = new HashMap<>();
    /**
     * The most problems recorded before reading stops, or 0 to stop at the first: a problem is then
     * thrown where it is found, as a host's mapper expects.
     */
    private int maxProblems;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Opens a cursor whose texts and names are limited by the parser's own constraints only (a
     * host's mapper).
     *
     * @param lenient whether unknown fields are skipped rather than refused
     */
    protected WireIn(boolean lenient) {
        this(lenient, 0, 0, new Ignored());
    }

    /**
     * Opens a cursor.
     *
     * @param lenient whether unknown fields are skipped rather than refused
     * @param maxStringCharacters the longest text in Unicode characters, or 0 for the parser's limit
     * @param maxNameCharacters the longest field name in Unicode characters, or 0 for the parser's limit
     * @param ignored where the fields skipped in lenient mode are counted
     */
    protected WireIn(boolean lenient, int maxStringCharacters, int maxNameCharacters, Ignored ignored) {
        this.lenient = lenient;
        this.maxStringCharacters = maxStringCharacters;
        this.maxNameCharacters = maxNameCharacters;
        this.ignored = ignored;
    }

    /**
     * Returns the actor read first in the document with this actor's id if it is equal, so that
     * an actor named in many places of a record is one instance; otherwise this one, remembered if
     * its id is new.
     */
    Actor share(Actor actor) {
        Actor known = actors.putIfAbsent(actor.id(), actor);
        return known != null && known.equals(actor) ? known : actor;
    }

    /**
     * Makes this cursor record every problem it can read past, up to a number: a value that fails
     * is skipped to its end and reading goes on with the next field or element; the values that
     * hold it are not built.
     */
    void collect(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    /** The problems recorded so far, in the order they were found. */
    List<Problem> problems() {
        return problems;
    }

    /**
     * Where the reading of an object or array stands: the parser's nesting and this cursor's, for
     * {@link #recover} to come back to after a problem below it.
     */
    long mark() {
        return (long) nestingDepth() << 32 | depth;
    }

    /**
     * Records a problem found below a mark and moves past the value that holds it: the parser to
     * that value's last token, this cursor's stack of objects back to the mark. A cursor that
     * records nothing throws the problem on.
     *
     * @throws ReadFailure {@code failure}, when this cursor stops at the first problem
     * @throws TooManyProblems when this cursor has recorded as many problems as it may already
     */
    void recover(ReadFailure failure, long mark) throws IOException {
        if (maxProblems == 0) {
            throw failure;
        }
        record(failure);
        int nesting = (int) (mark >>> 32);
        if (currentToken() == FIELD_NAME) {
            // Refused at its name (repeated, too long): its value is skipped with it.
            nextToken();
        }
        while (nestingDepth() > nesting) {
            int token = currentToken();
            if (token == START_OBJECT || token == START_ARRAY) {
                skipChildren();
            } else if (nextToken() == NONE) {
                throw new java.io.EOFException("the input ended inside a value");
            }
        }
        int level = (int) mark;
        if (depth > level) {
            fields = outerFields[level];
            seen = outerSeen[level];
            next = outerNext[level];
            others = outerOthers[level];
            Arrays.fill(outerOthers, level, depth, null);
            depth = level;
        }
    }

    /** Records a problem found, unless it is the mark of problems recorded already. */
    void record(ReadFailure failure) {
        if (failure == ReadFailure.RECORDED) {
            return;
        }
        if (problems.size() == maxProblems) {
            throw new TooManyProblems();
        }
        problems.add(failure.problem());
    }

    /** Records a problem at a field of the object just read, or throws it when this cursor stops at the first. */
    void recordAt(String child, Message message) {
        if (maxProblems == 0) {
            throw failureAt(child, message);
        }
        record(failureAt(child, message));
    }

    /** Tells whether this cursor records problems rather than stopping at the first. */
    boolean collecting() {
        return maxProblems > 0;
    }

    /** Thrown when the cursor finds one problem more than it may record: reading stops there. */
    static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super("too many problems", null, false, false);
        }
    }

    /** The fields read of the object last closed, a bit each by position in its type's {@link Fields}. */
    long closedSeen() {
        return closedSeen;
    }

    boolean formatVersionSeen() {
        return formatVersionSeen;
    }

    /** Whether the root object names its format version, whether or not it could be read. */
    boolean formatVersionNamed() {
        return formatVersionNamed;
    }

    /** The format version the document declared at its root, or 0 before it is read. */
    int formatVersion() {
        return formatVersion;
    }

    /** Notes that the cursor stands on a field an earlier format version had: reading it is allowed in that version only. */
    void replacedField() {
        if (replacedPointer == null) {
            replacedPointer = pointer();
        }
    }

    /** Notes that the cursor stands on a field or code a later format version introduced. */
    void newerContent(int since) {
        if (since > newerVersion) {
            newerVersion = since;
            newerPointer = pointer();
        }
    }

    /** Where the first field or code of a later format version than 1 was met, or null. */
    String newerPointer() {
        return newerPointer;
    }

    /** The latest format version whose fields or codes the document holds, 1 when none newer. */
    int newerVersion() {
        return newerVersion;
    }

    /** Where the first field of an earlier format version was met, or null if none was. */
    String replacedPointer() {
        return replacedPointer;
    }

    /** The JSON Pointer of the value the cursor stands on, relative to where reading started. */
    String pointer() {
        return pointer(path(false));
    }

    /**
     * The JSON Pointer of the place where the parser failed. While a field's name is read the
     * parser still names the previous field, or none: a failure there (a name too long, a quote
     * missing) is placed at the object. Once the name is read (the parser reads a number right
     * after its name) it is placed at the field.
     */
    String failurePointer() {
        if (readingName && java.util.Objects.equals(contextName(), nameBefore)) {
            return objectPointer();
        }
        return pointer();
    }

    /** The JSON Pointer of the object whose field the parser is reading the name of. */
    private String objectPointer() {
        return pointer(path(true));
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(step instanceof String ? Codes.escape((String) step) : step.toString());
        }
        return pointer.toString();
    }

    ReadFailure failure(String key, Object... arguments) {
        return failure(Message.of(key, arguments));
    }

    ReadFailure failure(Message message) {
        return new ReadFailure(pointer(), message);
    }

    ReadFailure failureAt(String child, Message message) {
        return new ReadFailure(pointer() + "/" + Codes.escape(child), message);
    }

    private Message found() {
        switch (currentToken()) {
            case START_OBJECT:
                return Message.of("read.found.object");
            case START_ARRAY:
                return Message.of("read.found.array");
            case STRING:
                return Message.of("read.found.string");
            case INTEGER:
            case FLOAT:
                return Message.of("read.found.number");
            case TRUE:
            case FALSE:
                return Message.of("read.found.boolean");
            case NULL:
                return Message.of("read.found.null");
            case END_OBJECT:
                return Message.of("read.found.endOfObject");
            case END_ARRAY:
                return Message.of("read.found.endOfArray");
            case FIELD_NAME:
                return Message.of("read.found.fieldName");
            default:
                return Message.of("read.found.nothing");
        }
    }

    private ReadFailure wrongType(Message expected) {
        return failure("read.wrongType", expected, found());
    }

    private ReadFailure wrongType(String expectedKey) {
        return wrongType(Message.of(expectedKey));
    }

    /** Moves to the first token of the document. */
    void start() throws IOException {
        if (nextToken() == NONE) {
            throw failure("read.empty");
        }
    }

    /** Checks that nothing follows the document. */
    void end() throws IOException {
        if (nextToken() != NONE) {
            throw new ReadFailure("", Message.of("read.trailing"));
        }
    }

    /** Opens an object whose keys are data, not the fields of a type: every key is read the ordinary way. */
    void beginObject() {
        beginObject(Fields.NONE);
    }

    /** Opens an object of a type with these fields; the cursor must stand on its start. */
    void beginObject(Fields type) {
        if (currentToken() != START_OBJECT) {
            throw wrongType("read.expected.object");
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
        nameBefore = contextName();
        readingName = true;
        String name = nextName();
        readingName = false;
        if (name == null) {
            // Within an object the parser yields a field name or the object's end.
            closedSeen = seen;
            depth--;
            fields = outerFields[depth];
            seen = outerSeen[depth];
            next = outerNext[depth];
            others = outerOthers[depth];
            outerOthers[depth] = null;
            return false;
        }
        if (maxNameCharacters > 0 && name.length() > maxNameCharacters
                && name.codePointCount(0, name.length()) > maxNameCharacters) {
            throw new ReadFailure(objectPointer(), Message.of("read.limit.name", maxNameCharacters));
        }
        fieldName = name;
        // The parser interns names: a field in its writer's order is one comparison of references.
        int index = next < fields.size() && fields.name(next) == name ? next : fields.indexOf(name);
        if (index >= 0) {
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw failure("read.repeated");
            }
            seen |= bit;
            next = index + 1;
        } else {
            if (others == null) {
                others = new HashSet<>();
            }
            if (!others.add(name)) {
                throw failure("read.repeated");
            }
        }
        fieldIndex = index;
        nextToken();
        return true;
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
     * Handles a field the type does not know: the format version (required at the root of a
     * document, accepted anywhere as the schema does), or an unknown field (a problem in strict
     * mode, skipped in lenient mode).
     */
    void otherField() throws IOException {
        if (Shapes.FORMAT_VERSION_NAME.equals(fieldName())) {
            formatVersionNamed |= inRootObject();
            int version = readFormatVersion();
            if (inRootObject()) {
                formatVersionSeen = true;
                formatVersion = version;
            }
            return;
        }
        if (!lenient) {
            throw failure("read.unknownField");
        }
        ignored.add(pointer());
        skipChildren();
    }

    private int readFormatVersion() throws IOException {
        if (!isNumber()) {
            throw wrongType(Message.of("read.expected.formatVersion", Shapes.FORMAT_VERSION));
        }
        // Any spelling of a whole number (2, 2.0, 2e0; a long from a token buffer) is that version, as in the schema.
        BigDecimal version = numberValue();
        for (int readable = Shapes.OLDEST_FORMAT_VERSION; readable <= Shapes.FORMAT_VERSION; readable++) {
            if (version.compareTo(BigDecimal.valueOf(readable)) == 0) {
                return readable;
            }
        }
        throw failure("read.formatVersion.unsupported", Texts.number(version), Shapes.OLDEST_FORMAT_VERSION, Shapes.FORMAT_VERSION);
    }

    void beginArray() {
        if (currentToken() != START_ARRAY) {
            throw wrongType("read.expected.array");
        }
    }

    /** Advances to the next element; false at the end of the array. */
    boolean nextElement() throws IOException {
        return nextToken() != END_ARRAY;
    }

    String string() throws IOException {
        if (currentToken() != STRING) {
            throw wrongType("read.expected.string");
        }
        String text = text();
        if (maxStringCharacters > 0 && text.length() > maxStringCharacters
                && text.codePointCount(0, text.length()) > maxStringCharacters) {
            throw failure("read.limit.string", maxStringCharacters);
        }
        try {
            // JSON lets an escape spell half a surrogate pair; no UTF-8 document can carry it back.
            return InvalidValueException.requireWellFormed("text", text);
        } catch (InvalidValueException e) {
            throw failure("read.unpairedSurrogate", e.value());
        }
    }

    boolean bool() throws IOException {
        int token = currentToken();
        if (token != TRUE && token != FALSE) {
            throw wrongType("read.expected.boolean");
        }
        return token == TRUE;
    }

    int integer() throws IOException {
        return (int) wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    int count() throws IOException {
        return (int) wholeNumber(0, Integer.MAX_VALUE);
    }

    long longCount() throws IOException {
        return wholeNumber(0, Long.MAX_VALUE);
    }

    /**
     * Reads a whole number in any spelling the schema's "integer" admits (1, 1.0, 1e2), within
     * bounds; the plain spelling of a number that fits a {@code long}, the usual case, is read
     * without a {@code BigDecimal}.
     */
    private long wholeNumber(long min, long max) throws IOException {
        if (!isNumber()) {
            throw wrongType(range(min, max));
        }
        if (isLongNumber()) {
            long value = longValue();
            if (value < min || value > max) {
                throw failure("read.outOfRange", range(min, max), value);
            }
            return value;
        }
        BigDecimal value = numberValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw failure("read.outOfRange", range(min, max), Texts.number(value));
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw failure("read.outOfRange", range(min, max), Texts.number(value));
        }
        return value.longValue();
    }

    private static Message range(long min, long max) {
        return Message.of("read.expected.wholeNumber", min, max);
    }

    private boolean isNumber() {
        int token = currentToken();
        return token == INTEGER || token == FLOAT;
    }

    /** The exact value of the number the cursor stands on; an exponent out of range is a problem, not a crash. */
    private BigDecimal numberValue() throws IOException {
        try {
            return decimalValue();
        } catch (NumberFormatException | ArithmeticException | IOException e) {
            // 1e2147483648: an exponent beyond what any decimal holds. The token is a number already
            // read, so its value alone fails here (Jackson before 2.18 says so with an IOException).
            throw failure("read.numberOutOfRange", Texts.excerpt(text()));
        }
    }

    BigDecimal decimal() throws IOException {
        if (!isNumber()) {
            throw wrongType("read.expected.number");
        }
        return numberValue();
    }

    <E extends Enum<E>> E code(CodeTable<E> codes) throws IOException {
        if (currentToken() != STRING) {
            throw wrongType("read.expected.string");
        }
        // Matched in the parser's own buffer: a document holds hundreds of codes, none needs a String.
        E constant = codes.find(textCharacters(), textOffset(), textLength());
        if (constant == null) {
            throw failure("read.unknownCode", Texts.excerpt(text()), codes.allowed());
        }
        int since = codes.since(constant);
        if (since > 1) {
            newerContent(since);
        }
        return constant;
    }

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
     * Reads yyyy-mm-dd at {@code from}; null for any other shape or a day that does not exist. The
     * one spelling of a date the format knows: the schema's pattern admits exactly these.
     */
    private static LocalDate plainDate(char[] text, int from) {
        if (text[from + 4] != '-' || text[from + 7] != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    LocalDate date() throws IOException {
        if (currentToken() != STRING) {
            throw wrongType("read.expected.string");
        }
        // Read in the parser's buffer: a document holds dozens of dates.
        LocalDate date = textLength() == 10 ? plainDate(textCharacters(), textOffset()) : null;
        if (date == null) {
            throw failure("read.date", Texts.excerpt(text()));
        }
        return date;
    }

    Instant instant() throws IOException {
        if (currentToken() != STRING) {
            throw wrongType("read.expected.string");
        }
        Instant instant = plainInstant(textCharacters(), textOffset(), textLength());
        if (instant == null) {
            throw failure("read.instant", Texts.excerpt(text()));
        }
        return instant;
    }

    /**
     * Reads yyyy-mm-ddThh:mm:ss[.fffffffff]Z; null for any other shape, a day that does not exist,
     * hour 24 or a leap second, whatever the spelling of its fraction — one rule for every
     * spelling, the schema's.
     */
    private static Instant plainInstant(char[] text, int at, int length) {
        if (length < 20 || length == 21 || length > 30 || text[at + 10] != 'T' || text[at + 13] != ':' || text[at + 16] != ':'
                || text[at + length - 1] != 'Z') {
            return null;
        }
        LocalDate date = plainDate(text, at);
        int hour = digits(text, at + 11, at + 13);
        int minute = digits(text, at + 14, at + 16);
        int second = digits(text, at + 17, at + 19);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            if (text[at + 19] != '.') {
                return null;
            }
            int fraction = digits(text, at + 20, at + length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = length - 21; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text[at + 19] != 'Z') {
            return null;
        }
        return date.atTime(hour, minute, second, nanos).toInstant(java.time.ZoneOffset.UTC);
    }

    /**
     * Reads a time-zone id; that it names a region of the IANA database (not an offset) is an
     * invariant of {@link io.github.loosmethod.actor.Territory}, checked when it is built.
     */
    ZoneId zone() throws IOException {
        String text = string();
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw failure("read.zone", Texts.excerpt(text));
        }
    }

    /**
     * Builds a value of the model; an invariant it refuses becomes a problem at the offending
     * field below the current pointer.
     */
    <T> T build(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException e) {
            throw invalid(e);
        }
    }

    /** An invariant the model refuses, as a problem at the offending field below the current pointer. */
    ReadFailure invalid(InvalidValueException e) {
        return new ReadFailure(Codes.pointer(pointer(), e.field()), new Message(e.reason(java.util.Locale.ENGLISH),
                e.reason(java.util.Locale.FRENCH)));
    }

    // The primitives a backend implements over its parser.

    /**
     * Returns the token the parser stands on.
     *
     * @return one of the token constants of this class; {@link #NONE} before the first and after the last
     */
    protected abstract int currentToken();

    /**
     * Moves the parser to the next token.
     *
     * @return that token, {@link #NONE} at the end of the input
     * @throws IOException if the parser fails, including on malformed input
     */
    protected abstract int nextToken() throws IOException;

    /**
     * Moves the parser to the next field name of the object it is in.
     *
     * @return the name, interned as the parser interns names; null at the end of the object
     * @throws IOException if the parser fails
     */
    protected abstract String nextName() throws IOException;

    /**
     * Returns the name of the field the parser's innermost context last read.
     *
     * @return the name, or null if there is none
     */
    protected abstract String contextName();

    /**
     * Tells whether the parser's innermost context is the object at the root of what this cursor
     * reads.
     *
     * @return true in the root object
     */
    protected abstract boolean inRootObject();

    /**
     * Returns where the parser stands, relative to where this cursor started reading: the name
     * ({@code String}) or index ({@code Integer}) of each level, the outermost first; an array
     * without a current element and an object without a current field add nothing.
     *
     * @param ofObject whether, when the innermost level is an object, to stop at the level that holds it
     * @return the steps, never null
     */
    protected abstract List<Object> path(boolean ofObject);

    /**
     * Returns the text of the current string, number or name token.
     *
     * @return the text, never null
     * @throws IOException if the parser fails
     */
    protected abstract String text() throws IOException;

    /**
     * Returns the parser's buffer holding the current string's text, to be read without a copy.
     *
     * @return the buffer, never null
     * @throws IOException if the parser fails
     */
    protected abstract char[] textCharacters() throws IOException;

    /**
     * Returns where the current text starts in {@link #textCharacters()}.
     *
     * @return the offset
     * @throws IOException if the parser fails
     */
    protected abstract int textOffset() throws IOException;

    /**
     * Returns the length of the current text in {@link #textCharacters()}.
     *
     * @return the length
     * @throws IOException if the parser fails
     */
    protected abstract int textLength() throws IOException;

    /**
     * Tells whether the current number is written without fraction or exponent and fits a {@code long}.
     *
     * @return true if {@link #longValue()} gives it exactly
     * @throws IOException if the parser fails
     */
    protected abstract boolean isLongNumber() throws IOException;

    /**
     * Returns the current number as a {@code long}; called only when {@link #isLongNumber()}.
     *
     * @return the value
     * @throws IOException if the parser fails
     */
    protected abstract long longValue() throws IOException;

    /**
     * Returns the exact value of the current number.
     *
     * @return the value, never null
     * @throws IOException if the parser fails
     * @throws NumberFormatException if the number is out of the range of a {@code BigDecimal}
     * @throws ArithmeticException if the number is out of the range of a {@code BigDecimal}
     */
    protected abstract BigDecimal decimalValue() throws IOException;

    /**
     * Returns how deep the parser stands: 0 outside any object or array, one more inside each. On
     * the start of an object or array the parser is inside it, on its end outside.
     *
     * @return the depth, counted from the parser's root
     */
    protected abstract int nestingDepth();

    /**
     * Skips the children of the object or array the parser stands on the start of.
     *
     * @throws IOException if the parser fails
     */
    protected abstract void skipChildren() throws IOException;
}
