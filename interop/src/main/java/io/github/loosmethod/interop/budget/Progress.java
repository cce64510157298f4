package io.github.loosmethod.interop.budget;

import io.github.loosmethod.initiative.InitiativeStatus;
import java.util.Optional;

/**
 * How far a winning project has gone, as a progress word of a table means it (<em>avancement</em>):
 * what a {@link ColumnProfile} maps each word of its table to. The record built never goes past
 * {@code ACCEPTED} (no table holds the convention a fifty-fifty in progress needs, R4); this says
 * what the report holds.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Progress {
    /** Won the vote, works not started (procedures, studies): accepted, nothing to cap. */
    NOT_STARTED(null),
    /** Works under way: {@code in_progress}, capped at accepted. */
    IN_PROGRESS(InitiativeStatus.IN_PROGRESS),
    /** Works delivered or finished: {@code delivered}, capped at accepted. */
    DELIVERED(InitiativeStatus.DELIVERED),
    /**
     * Given up by the town: the model has no town abandonment, and a withdrawal is the applicants'
     * act, never the town's; {@code unmapped}, the record stays accepted.
     */
    ABANDONED(null);

    private final InitiativeStatus implied;

    Progress(InitiativeStatus implied) {
        this.implied = implied;
    }

    /**
     * Returns the status past {@code ACCEPTED} the progress implies.
     *
     * @return the status, or empty when the progress implies none past acceptance
     */
    public Optional<InitiativeStatus> implied() {
        return Optional.ofNullable(implied);
    }
}
