package io.github.loosmethod.towndesk;

import io.github.loosmethod.initiative.Initiative;
import java.util.Objects;

/**
 * An initiative as the desk keeps it: the value and the version of its record, which is its ETag.
 *
 * @param initiative the initiative, not null
 * @param version the record's version, 1 when created and one more after each change
 */
public record StoredInitiative(Initiative initiative, long version) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code initiative} is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public StoredInitiative {
        Objects.requireNonNull(initiative, "initiative");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }

    /**
     * Returns the record's entity tag, as {@code ETag} and {@code If-Match} carry it.
     *
     * @return the strong entity tag, such as {@code "3"} with its quotes, never null
     */
    public String entityTag() {
        return entityTag(version);
    }

    /**
     * Returns the entity tag of a version of a record: the one place that spells it.
     *
     * @param version the record's version
     * @return the strong entity tag, such as {@code "3"} with its quotes, never null
     */
    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }
}
