package io.github.loosmethod.towndesk;

import java.util.Objects;

/**
 * One line of the desk's list of initiatives: what a clerk scans and filters on. Codes are the
 * interchange format's ({@code fifty_fifty}, {@code under_assessment}, …).
 *
 * @param id the initiative's id, not null
 * @param kind its kind's code, not null
 * @param status its status's code, not null
 * @param territory its territory's official code, such as INSEE 62528, not null
 * @param title its title, not null
 * @param version its record's version
 */
public record InitiativeSummary(String id, String kind, String status, String territory, String title, long version) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public InitiativeSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(title, "title");
    }
}
