package io.github.loosmethod.towndesk;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit trail (<em>journal</em>): a lifecycle event of an initiative as the desk
 * stores it, who, when and why. Codes are the interchange format's.
 *
 * @param seq the event's rank in the initiative's history, from 1
 * @param transition the transition's code, such as {@code submit}, not null
 * @param from the status before, not null
 * @param to the status after, not null
 * @param actorId who made it, by id, not null
 * @param actorName who made it, by name, not null
 * @param at when, not null
 * @param reason why, not null
 */
public record AuditEntry(int seq, String transition, String from, String to, String actorId, String actorName,
        Instant at, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AuditEntry {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
