package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.Texts;
import io.github.loosmethod.validation.Rule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The JSON kind of a field's value — a text, a code of one enum, a date, an object of a type, a
 * list of a kind, a map keyed by codes — and how a value of that kind is read, written and
 * described. One final class whose reading and writing switch on a tag rather than an interface
 * with a class per kind: a field's kind is then read without a call site that sees every kind of
 * the format.
 *
 * @param <V> the Java type of a value of this kind
 */
public final class Kind<V> {

    /** The tags of the kinds. */
    enum Tag { TEXT, CODE, DATE, INSTANT, ZONE, DECIMAL, INTEGER, COUNT, LONG_COUNT, BOOLEAN, RULE, OBJECT, LIST, CODE_MAP, YEAR_MAP, TEXT_MAP }

    /** A year key, 0 to 9999: the spelling Integer.toString gives, and no other. */
    static final Pattern YEAR = Pattern.compile("0|[1-9][0-9]{0,3}");

    /** A text. */
    public static final Kind<String> TEXT = new Kind<>(Tag.TEXT, null, null, null, null);
    /** A date, {@code yyyy-mm-dd}. */
    public static final Kind<LocalDate> DATE = new Kind<>(Tag.DATE, null, null, null, null);
    /** An instant in UTC, {@code yyyy-mm-ddThh:mm:ssZ}. */
    public static final Kind<Instant> INSTANT = new Kind<>(Tag.INSTANT, null, null, null, null);
    /** A region of the IANA time-zone database. */
    public static final Kind<ZoneId> ZONE = new Kind<>(Tag.ZONE, null, null, null, null);
    /** An exact decimal. */
    public static final Kind<BigDecimal> DECIMAL = new Kind<>(Tag.DECIMAL, null, null, null, null);
    /** A whole number within 32 bits. */
    public static final Kind<Integer> INTEGER = new Kind<>(Tag.INTEGER, null, null, null, null);
    /** A whole number from 0 within 32 bits. */
    public static final Kind<Integer> COUNT = new Kind<>(Tag.COUNT, null, null, null, null);
    /** A whole number from 0 within 64 bits. */
    public static final Kind<Long> LONG_COUNT = new Kind<>(Tag.LONG_COUNT, null, null, null, null);
    /** true or false. */
    public static final Kind<Boolean> BOOLEAN = new Kind<>(Tag.BOOLEAN, null, null, null, null);
    /** The id of a rule of the catalogue. */
    public static final Kind<Rule> RULE = new Kind<>(Tag.RULE, null, null, null, null);

    final Tag tag;
    /** The codes of a code, or the keys of a code map. */
    final CodeTable<?> codes;
    /** The type of an object. */
    final Shape<?> shape;
    /** The elements of a list, or the values of a map. */
    final Kind<?> element;
    /** For a list whose elements are distinct: what a repeat breaks. */
    final String repeated;

    private Kind(Tag tag, CodeTable<?> codes, Shape<?> shape, Kind<?> element, String repeated) {
        this.tag = tag;
        this.codes = codes;
        this.shape = shape;
        this.element = element;
        this.repeated = repeated;
    }

    /** A code of an enum. */
    static <E extends Enum<E>> Kind<E> code(CodeTable<E> codes) {
        return new Kind<>(Tag.CODE, codes, null, null, null);
    }

    /** An object of a type. */
    static <T> Kind<T> object(Shape<T> shape) {
        return new Kind<>(Tag.OBJECT, null, shape, null, null);
    }

    /** A list, in order, repeats allowed. */
    static <E> Kind<Collection<E>> list(Kind<E> element) {
        return new Kind<>(Tag.LIST, null, null, element, null);
    }

    /** A list whose elements are distinct; {@code repeated} is the key of what a repeat breaks ("read.repeat.theme"). */
    static <E> Kind<Collection<E>> distinct(Kind<E> element, String repeated) {
        return new Kind<>(Tag.LIST, null, null, element, repeated);
    }

    /** An object keyed by the codes of an enum, read as a sorted map. */
    static <K extends Enum<K>, V> Kind<SortedMap<K, V>> codeMap(CodeTable<K> keys, Kind<V> values) {
        return new Kind<>(Tag.CODE_MAP, keys, null, values, null);
    }

    /** An object keyed by years from 0 to 9999 without leading zeros, read as a sorted map. */
    static <V> Kind<SortedMap<Integer, V>> yearMap(Kind<V> values) {
        return new Kind<>(Tag.YEAR_MAP, null, null, values, null);
    }

    /** An object keyed by texts (codes of criteria), read as a sorted map. */
    static <V> Kind<SortedMap<String, V>> textMap(Kind<V> values) {
        return new Kind<>(Tag.TEXT_MAP, null, null, values, null);
    }

    /** Reads a value of this kind; the cursor stands on its first token. */
    @SuppressWarnings("unchecked")
    V read(WireIn in) throws IOException {
        return (V) readValue(in);
    }

    private Object readValue(WireIn in) throws IOException {
        switch (tag) {
            case TEXT:
                return in.string();
            case CODE:
                return in.code(codes);
            case DATE:
                return in.date();
            case INSTANT:
                return in.instant();
            case ZONE:
                return in.zone();
            case DECIMAL:
                return in.decimal();
            case INTEGER:
                return in.integer();
            case COUNT:
                return in.count();
            case LONG_COUNT:
                return in.longCount();
            case BOOLEAN:
                return in.bool();
            case RULE:
                String id = in.string();
                Rule rule = Rule.byId(id).orElseThrow(() -> in.failure("read.unknownRule", Texts.excerpt(id)));
                if (rule.since() > 1) {
                    in.newerContent(rule.since());
                }
                return rule;
            case OBJECT:
                return shape.read(in);
            case LIST:
                return readList(in);
            case CODE_MAP:
                return readCodeMap(in);
            default:
                return readKeyedMap(in);
        }
    }

    /*
     * The readers of arrays and maps below go on past an element that fails when the cursor
     * records problems (WireIn.recover), and then throw that the value failed, once read to its end.
     */

    private List<Object> readList(WireIn in) throws IOException {
        in.beginArray();
        long mark = in.collecting() ? in.mark() : 0;
        List<Object> list = new ArrayList<>();
        boolean failed = false;
        while (in.nextElement()) {
            try {
                list.add(element.readValue(in));
            } catch (ReadFailure failure) {
                in.recover(failure, mark);
                failed = true;
            }
        }
        if (failed) {
            throw ReadFailure.RECORDED;
        }
        if (repeated != null && list.size() > 1 && new HashSet<>(list).size() != list.size()) {
            throw in.failure(repeated);
        }
        return list;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SortedMap<Object, Object> readCodeMap(WireIn in) throws IOException {
        in.beginObject(codes.fields());
        long mark = in.collecting() ? in.mark() : 0;
        TreeMap map = new TreeMap<>();
        boolean failed = false;
        while (true) {
            try {
                if (!in.nextField()) {
                    break;
                }
                if (in.fieldIndex() < 0) {
                    throw in.failure("read.unknownKey", codes.allowed());
                }
                map.put(codes.constant(in.fieldIndex()), element.readValue(in));
            } catch (ReadFailure failure) {
                in.recover(failure, mark);
                failed = true;
            }
        }
        if (failed) {
            throw ReadFailure.RECORDED;
        }
        return Collections.unmodifiableSortedMap(map);
    }

    private SortedMap<Object, Object> readKeyedMap(WireIn in) throws IOException {
        in.beginObject();
        long mark = in.collecting() ? in.mark() : 0;
        TreeMap<Object, Object> map = new TreeMap<>();
        boolean failed = false;
        while (true) {
            try {
                if (!in.nextField()) {
                    break;
                }
                String key = in.fieldName();
                if (tag == Tag.YEAR_MAP) {
                    // One spelling per year: "02023" or "-0" would merge with another key and lose a count.
                    if (!YEAR.matcher(key).matches()) {
                        throw in.failure("read.year");
                    }
                    map.put(Integer.valueOf(key), element.readValue(in));
                } else {
                    map.put(key, element.readValue(in));
                }
            } catch (ReadFailure failure) {
                in.recover(failure, mark);
                failed = true;
            }
        }
        if (failed) {
            throw ReadFailure.RECORDED;
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** Writes a value of this kind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(WireOut out, Object value) throws IOException {
        switch (tag) {
            case TEXT:
                out.string((String) value);
                return;
            case CODE:
                out.code((Enum<?>) value);
                return;
            case DATE:
            case INSTANT:
            case ZONE:
                out.string(tag == Tag.DATE ? value.toString()
                        : tag == Tag.INSTANT ? WireOut.instantText((Instant) value) : ((ZoneId) value).getId());
                return;
            case DECIMAL:
                out.number((BigDecimal) value);
                return;
            case INTEGER:
            case COUNT:
            case LONG_COUNT:
                out.number(((Number) value).longValue());
                return;
            case BOOLEAN:
                out.bool((Boolean) value);
                return;
            case RULE:
                out.string(((Rule) value).id());
                return;
            case OBJECT:
                ((Shape) shape).write(out, value);
                return;
            case LIST:
                out.startArray();
                for (Object each : (Collection<?>) value) {
                    element.write(out, each);
                }
                out.endArray();
                return;
            default:
                out.startObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (tag == Tag.CODE_MAP) {
                        out.codeName((Enum<?>) entry.getKey());
                    } else {
                        out.name(entry.getKey().toString());
                    }
                    element.write(out, entry.getValue());
                }
                out.endObject();
        }
    }

    /**
     * Returns the type of an object kind.
     *
     * @return the type, or empty for another kind
     */
    public java.util.Optional<Shape<?>> shape() {
        return java.util.Optional.ofNullable(shape);
    }

    /**
     * Returns the kind of a list's elements or of a map's values.
     *
     * @return the kind, or empty for another kind
     */
    public java.util.Optional<Kind<?>> element() {
        return java.util.Optional.ofNullable(element);
    }

    /**
     * Returns the codes of a code kind, or the keys of a code map.
     *
     * @return the codes, or empty for another kind
     */
    public java.util.Optional<CodeTable<?>> codes() {
        return java.util.Optional.ofNullable(codes);
    }

    /**
     * Tells whether a list kind's elements must be distinct.
     *
     * @return true for a list of distinct elements
     */
    public boolean isDistinct() {
        return repeated != null;
    }

    /**
     * Names this kind as the tag of the contract: {@code text}, {@code code}, {@code date},
     * {@code instant}, {@code zone}, {@code decimal}, {@code integer}, {@code count},
     * {@code longCount}, {@code boolean}, {@code rule}, {@code object}, {@code list},
     * {@code codeMap}, {@code yearMap}, {@code textMap}.
     *
     * @return the tag, never null
     */
    public String tag() {
        String name = tag.name().toLowerCase(java.util.Locale.ROOT);
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore) + Character.toUpperCase(name.charAt(underscore + 1))
                + name.substring(underscore + 2);
    }

    /**
     * Describes this kind for a reader of the format's documentation: "text", "code (ActorKind)",
     * "list of Actor", "object keyed by ProjectPhase codes, of code (CoConstructionLevel)".
     *
     * @return the description, never null
     */
    public String describe() {
        switch (tag) {
            case CODE:
                return "code (" + codes.type().getSimpleName() + ")";
            case OBJECT:
                return shape.name();
            case LIST:
                return (repeated != null ? "list of distinct " : "list of ") + element.describe();
            case CODE_MAP:
                return "object keyed by " + codes.type().getSimpleName() + " codes, of " + element.describe();
            case YEAR_MAP:
                return "object keyed by years, of " + element.describe();
            case TEXT_MAP:
                return "object keyed by criterion codes, of " + element.describe();
            case LONG_COUNT:
                return "count (64 bits)";
            case COUNT:
                return "count";
            default:
                return tag();
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kind && ((Kind<?>) other).tag == tag && ((Kind<?>) other).codes == codes
                && ((Kind<?>) other).shape == shape && Objects.equals(((Kind<?>) other).element, element)
                && Objects.equals(((Kind<?>) other).repeated, repeated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, element, repeated);
    }
}
