package io.github.loosmethod.interchange.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field name of the format, numbered as the declarations register them, so that a backend
 * encodes each once, in an array, and {@link WireOut#name(int)} finds it by its number.
 */
public final class Names {

    private static final List<String> NAMES = new ArrayList<>();

    private Names() {
    }

    /** Registers a name (once, however many types use it) and returns its number. */
    static synchronized int register(String name) {
        int index = NAMES.indexOf(name);
        if (index >= 0) {
            return index;
        }
        NAMES.add(name);
        return NAMES.size() - 1;
    }

    /**
     * Returns every field name of the format, by number.
     *
     * @return the names, never null
     */
    public static List<String> all() {
        Shapes.ALL.size(); // every declaration registered
        synchronized (Names.class) {
            return List.copyOf(NAMES);
        }
    }
}
