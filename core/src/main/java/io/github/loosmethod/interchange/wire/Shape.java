package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.interchange.wire.Field.Presence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One type of the format: its fields, declared once ({@link Field}), and the one reader and writer
 * that follow them for every type. Reading an object gives each field's value to the model's
 * builder as it comes, in any order; then checks that every required field came, builds the value
 * (an invariant the model refuses is a problem at its field), and checks derived fields against
 * what was built. Writing puts the fields in declaration order, leaving out absent optional and
 * default fields. Instances are immutable and thread-safe.
 *
 * @param <T> the type of the model
 */
public final class Shape<T> {

    private final Class<T> type;
    private final String description;
    private final Field<T>[] fields;
    private final Fields names;
    /** A bit per required or derived field, by position. */
    private final long required;
    private final boolean derived;
    /** Makes the builder, or null when the value is made of its parts (a record). */
    private final Supplier<?> builder;
    /** Makes the value of the builder, or of the array of parts. */
    private final Function<Object, T> build;
    private final boolean shared;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Shape(Class<T> type, String description, List<Field<T>> fields, Supplier<?> builder, Function<?, T> build,
            boolean shared) {
        this.type = type;
        this.description = description;
        this.fields = fields.toArray(new Field[0]);
        this.names = Fields.of(fields.stream().map(Field::name).toArray(String[]::new));
        long mask = 0;
        boolean anyDerived = false;
        for (int i = 0; i < this.fields.length; i++) {
            if (this.fields[i].isRequired()) {
                mask |= 1L << i;
            }
            anyDerived |= this.fields[i].presence == Presence.DERIVED;
        }
        this.required = mask;
        this.derived = anyDerived;
        this.builder = builder;
        this.build = (Function<Object, T>) build;
        this.shared = shared;
    }

    /**
     * Starts the declaration of a type built by an Immutables builder.
     *
     * @param <T> the type
     * @param <B> its builder
     * @param type the type
     * @param description what it is, for the documentation and the schema
     * @param builder makes a builder
     * @param build builds the value
     * @return the declaration
     */
    static <T, B> Declaration<T, B> of(Class<T> type, String description, Supplier<B> builder, Function<B, T> build) {
        return new Declaration<>(type, description, builder, build);
    }

    /**
     * Starts the declaration of a type made of its parts (a record): the fields' values, in
     * declaration order, are handed to {@code build} as an array.
     */
    static <T> Declaration<T, Object[]> ofParts(Class<T> type, String description, Function<Object[], T> build) {
        return new Declaration<>(type, description, null, build);
    }

    /**
     * Returns the type of the model.
     *
     * @return the type, never null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the type's name in the format: its simple name, such as {@code Initiative}.
     *
     * @return the name, never null
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * Returns what the type is, in one sentence.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the fields, in the order they are written.
     *
     * @return the fields, never null
     */
    public List<Field<T>> fields() {
        return List.of(fields);
    }

    /**
     * Reads a value; the cursor stands on its first token. A cursor that {@linkplain WireIn#collect
     * records problems} records every field that fails and every required field missing, reads on to
     * the object's end, and then throws {@link ReadFailure#RECORDED}: a value with a problem is never
     * built, nor any value that holds it.
     *
     * @param in the cursor, not null
     * @return the value, never null
     * @throws IOException if the parser fails
     * @throws ReadFailure if the value is malformed or impossible
     */
    public T read(WireIn in) throws IOException {
        in.beginObject(names);
        long mark = in.collecting() ? in.mark() : 0;
        Object state = builder == null ? new Object[fields.length] : builder.get();
        Object[] declared = derived ? new Object[fields.length] : null;
        boolean failed = false;
        while (true) {
            try {
                if (!in.nextField()) {
                    break;
                }
                readField(in, state, declared);
            } catch (ReadFailure failure) {
                in.recover(failure, mark);
                failed = true;
            }
        }
        long seen = in.closedSeen();
        for (long missing = required & ~seen; missing != 0; missing &= missing - 1) {
            in.recordAt(fields[Long.numberOfTrailingZeros(missing)].name, Message.of("read.required"));
            failed = true;
        }
        if (failed) {
            throw ReadFailure.RECORDED;
        }
        T value = in.build(() -> build.apply(state));
        if (shared) {
            value = type.cast(in.share((Actor) value));
        }
        if (derived) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].presence == Presence.DERIVED) {
                    Message problem = fields[i].mismatch.apply(value, declared[i]);
                    if (problem != null) {
                        throw in.failureAt(fields[i].name, problem);
                    }
                }
            }
        }
        return value;
    }

    /** Reads the value of the field the cursor has moved to, and gives it to the builder. */
    private void readField(WireIn in, Object state, Object[] declared) throws IOException {
        int index = in.fieldIndex();
        if (index < 0) {
            in.otherField();
            return;
        }
        Field<T> field = fields[index];
        if (field.presence == Presence.REPLACED) {
            in.replacedField();
        } else if (field.since > 1) {
            in.newerContent(field.since);
        }
        Object value = field.kind.read(in);
        if (field.setter != null) {
            try {
                field.setter.accept(state, value);
            } catch (InvalidValueException e) {
                throw in.invalid(e);
            } catch (IllegalArgumentException e) {
                // A declaration's own check of what it gives the builder (each side once) says a key
                // of the vocabulary; anything else a builder refuses is said in its own words.
                String key = e.getMessage();
                throw key != null && Vocabulary.has(key, Language.ENGLISH) ? in.failure(key) : in.failure("read.refused", key);
            }
        } else if (field.presence == Presence.DERIVED) {
            declared[index] = value;
        } else {
            ((Object[]) state)[index] = value;
        }
    }

    /**
     * Writes a value as a JSON object, its fields in declaration order; at the root of the output
     * the object starts with the document's {@code formatVersion}.
     *
     * @param out the writer, not null
     * @param value the value, not null
     * @throws IOException if the generator fails
     */
    public void write(WireOut out, T value) throws IOException {
        boolean document = out.inRoot();
        out.startObject();
        if (document) {
            out.name(Shapes.FORMAT_VERSION_ID);
            out.number(Shapes.FORMAT_VERSION);
        }
        for (Field<T> field : fields) {
            Object fieldValue = field.getter.apply(value);
            if (field.presence == Presence.OPTIONAL) {
                Optional<?> present = (Optional<?>) fieldValue;
                if (present.isEmpty()) {
                    continue;
                }
                fieldValue = present.get();
            } else if (field.presence == Presence.DEFAULTED && field.isDefault.test(fieldValue)
                    || field.presence == Presence.REPLACED) {
                continue;
            }
            out.name(field.nameId);
            field.kind.write(out, fieldValue);
        }
        out.endObject();
    }

    /** This declaration, for a value known only as an {@code Object} of its type. */
    @SuppressWarnings("unchecked")
    Shape<Object> erased() {
        return (Shape<Object>) this;
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * The declaration of a type's fields, in the order they are written.
     *
     * @param <T> the type
     * @param <B> its builder, or {@code Object[]} for a type made of its parts
     */
    static final class Declaration<T, B> {
        private final Class<T> type;
        private final String description;
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final List<Field<T>> fields = new ArrayList<>();
        private boolean shared;

        Declaration(Class<T> type, String description, Supplier<B> builder, Function<B, T> build) {
            this.type = type;
            this.description = description;
            this.builder = builder;
            this.build = build;
        }

        /** A field always present; for a type made of parts, {@code setter} is null. */
        <V> Declaration<T, B> required(String name, Kind<V> kind, Function<T, ? extends V> getter,
                BiConsumer<B, ? super V> setter) {
            return add(new Field<>(name, kind, Presence.REQUIRED, getter, setter, null, null));
        }

        /** A field of a type made of its parts. */
        <V> Declaration<T, B> part(String name, Kind<V> kind, Function<T, ? extends V> getter) {
            return add(new Field<>(name, kind, Presence.REQUIRED, getter, null, null, null));
        }

        /** A field written when the model's {@code Optional} holds a value. */
        <V> Declaration<T, B> optional(String name, Kind<V> kind, Function<T, Optional<? extends V>> getter,
                BiConsumer<B, ? super V> setter) {
            return add(new Field<>(name, kind, Presence.OPTIONAL, getter, setter, null, null));
        }

        /** A field left out when it holds its default, which the builder has when the field is absent. */
        <V> Declaration<T, B> defaulted(String name, Kind<V> kind, Function<T, ? extends V> getter,
                BiConsumer<B, ? super V> setter, Predicate<? super V> isDefault) {
            return add(new Field<>(name, kind, Presence.DEFAULTED, getter, setter, isDefault, null));
        }

        /** A field always written, which the model fills in when a document leaves it out. */
        <V> Declaration<T, B> filled(String name, Kind<V> kind, Function<T, ? extends V> getter, BiConsumer<B, ? super V> setter) {
            return add(new Field<>(name, kind, Presence.FILLED, getter, setter, null, null));
        }

        /**
         * A field that follows from the others: {@code mismatch} gives the problem with a value
         * read, given the value built, or null if they agree.
         */
        <V> Declaration<T, B> derived(String name, Kind<V> kind, Function<T, ? extends V> getter,
                BiFunction<T, V, Message> mismatch) {
            return add(new Field<>(name, kind, Presence.DERIVED, getter, null, null, mismatch));
        }

        /** Values read equal to one already read in the document are that instance (actors recur). */
        <V> Declaration<T, B> replaced(String name, Kind<V> kind, BiConsumer<B, ? super V> setter) {
            return add(new Field<>(name, kind, Presence.REPLACED, value -> Optional.empty(), setter, null, null));
        }

        /** Marks the field declared last as introduced by a later format version. */
        Declaration<T, B> since(int version) {
            fields.set(fields.size() - 1, fields.get(fields.size() - 1).since(version));
            return this;
        }

        Declaration<T, B> shared() {
            this.shared = true;
            return this;
        }

        private Declaration<T, B> add(Field<T> field) {
            if (builder == null && field.presence != Presence.REQUIRED) {
                throw new IllegalStateException(type.getSimpleName() + "." + field.name + ": a type made of parts has required fields only");
            }
            fields.add(field);
            return this;
        }

        Shape<T> declare() {
            return new Shape<>(type, description, fields, builder, build, shared);
        }
    }
}
