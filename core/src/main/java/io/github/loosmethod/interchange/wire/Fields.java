package io.github.loosmethod.interchange.wire;

/**
 * The fields of one type of object of the format, in the order its writer puts them.
 *
 * <p>The position of a field in the list is the bit by which the reader tells a repeated field, so
 * that a repeat costs one bit test instead of a comparison with the names already read. The order
 * is a prediction, never a rule: the reader first compares the name read with the one expected
 * next, a single comparison of references since the parser interns names, and looks the name up
 * only when it was not foreseen — a document whose fields come in another order, or with
 * optional fields left out, is read all the same.
 */
final class Fields {

    /** The most fields a type may have: one bit of a {@code long} each. */
    static final int MAX = Long.SIZE;

    /** For objects whose keys are data (criteria codes, years), not fields of a type. */
    static final Fields NONE = new Fields(new String[0]);

    private final String[] names;

    private Fields(String[] names) {
        this.names = names;
    }

    /**
     * Lists the fields of a type.
     *
     * @param names the names, in the order the type's writer puts them; distinct, at most {@link #MAX}
     * @return the list
     * @throws IllegalArgumentException if names repeat or are too many
     */
    static Fields of(String... names) {
        if (names.length > MAX || new java.util.HashSet<>(java.util.Arrays.asList(names)).size() != names.length) {
            throw new IllegalArgumentException("at most " + MAX + " distinct names: " + String.join(", ", names));
        }
        return new Fields(names.clone());
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    /** The position of a name, or -1 if the type has no such field. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
