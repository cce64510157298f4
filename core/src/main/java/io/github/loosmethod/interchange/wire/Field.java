package io.github.loosmethod.interchange.wire;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One field of a type of the format, declared once: its name, its {@link Kind}, whether it must be
 * present, how its value is taken from a value of the model and given to the model's builder.
 * Reading, writing in canonical order, the documentation's field tables and the contract tests
 * against the published schema all derive from these declarations ({@link Shapes}).
 *
 * @param <T> the type of the model the field belongs to
 */
public final class Field<T> {

    /** Whether a field must be present, and how its absence is written. */
    public enum Presence {
        /** Always written; a document without it is refused. */
        REQUIRED,
        /** Written when the model holds a value ({@code Optional} present); absent otherwise, never {@code null}. */
        OPTIONAL,
        /** Left out when it holds its default (false, an empty list); read as that default when absent. */
        DEFAULTED,
        /**
         * Always written; when absent from a document, read as the value the model fills in (a
         * commitment's phase: the usual phase of its kind).
         */
        FILLED,
        /**
         * Follows from other fields (an initiative's status from its history): always written, and
         * a document whose value disagrees with what the others give is refused.
         */
        DERIVED,
        /**
         * A field of an earlier format version, read into the field that replaced it and never
         * written: a version-1 {@code assessment} becomes the one decision of {@code decisions}.
         * A document of the current version that holds it is refused.
         */
        REPLACED
    }

    final String name;
    final int nameId;
    final Kind<?> kind;
    final Presence presence;
    final Function<T, ?> getter;
    /** Gives a value read to the builder; null for the parts of a record, and for derived fields. */
    final BiConsumer<Object, Object> setter;
    /** For a defaulted field: whether a value is the default, left out. */
    final Predicate<Object> isDefault;
    /** For a derived field: the problem with a value read, given the value built, or null if they agree. */
    final BiFunction<T, Object, Message> mismatch;
    /** The format version that introduced the field: a document of an older version may not hold it. */
    final int since;

    @SuppressWarnings("unchecked")
    Field(String name, Kind<?> kind, Presence presence, Function<T, ?> getter, BiConsumer<?, ?> setter,
            Predicate<?> isDefault, BiFunction<T, ?, Message> mismatch) {
        this(name, kind, presence, getter, setter, isDefault, mismatch, 1);
    }

    @SuppressWarnings("unchecked")
    Field(String name, Kind<?> kind, Presence presence, Function<T, ?> getter, BiConsumer<?, ?> setter,
            Predicate<?> isDefault, BiFunction<T, ?, Message> mismatch, int since) {
        this.since = since;
        this.name = name;
        this.nameId = Names.register(name);
        this.kind = kind;
        this.presence = presence;
        this.getter = getter;
        this.setter = (BiConsumer<Object, Object>) setter;
        this.isDefault = (Predicate<Object>) isDefault;
        this.mismatch = (BiFunction<T, Object, Message>) mismatch;
    }

    /**
     * Returns the field's name in JSON.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of the field's value.
     *
     * @return the kind, never null
     */
    public Kind<?> kind() {
        return kind;
    }

    /**
     * Returns whether the field must be present.
     *
     * @return the presence, never null
     */
    public Presence presence() {
        return presence;
    }

    /**
     * Returns the format version that introduced the field.
     *
     * @return the version, 1 or more
     */
    public int since() {
        return since;
    }

    /** The same field, introduced by a later format version. */
    Field<T> since(int version) {
        return new Field<>(name, kind, presence, getter, setter, isDefault, mismatch, version);
    }

    /**
     * Tells whether a document must hold this field: required and derived fields.
     *
     * @return true if its absence is refused
     */
    public boolean isRequired() {
        return presence == Presence.REQUIRED || presence == Presence.DERIVED;
    }

    /**
     * Returns the value this field writes for a value of the model, or empty when it is left out.
     *
     * @param value the value of the model, not null
     * @return the field's value, or empty
     */
    public Optional<Object> valueOf(T value) {
        Object field = getter.apply(value);
        if (presence == Presence.OPTIONAL) {
            return ((Optional<?>) field).map(Object.class::cast);
        }
        if (presence == Presence.REPLACED) {
            return Optional.empty();
        }
        return presence == Presence.DEFAULTED && isDefault.test(field) ? Optional.empty() : Optional.of(field);
    }

    @Override
    public String toString() {
        return name + ": " + kind + " (" + presence.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
