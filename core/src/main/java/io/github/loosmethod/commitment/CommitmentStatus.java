package io.github.loosmethod.commitment;

import io.github.loosmethod.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a commitment stands (<em>état de l'engagement</em>).
 *
 * <pre>
 * PLANNED ─→ IN_PROGRESS | FULFILLED | BREACHED | WAIVED
 * IN_PROGRESS ─→ FULFILLED | PARTIALLY_FULFILLED | BREACHED | WAIVED
 * PARTIALLY_FULFILLED ─→ IN_PROGRESS | FULFILLED
 * BREACHED ─→ IN_PROGRESS (remedied) | WAIVED
 * FULFILLED, WAIVED: final
 * </pre>
 *
 * <p>A commitment is <em>open</em> while planned or in progress; the others are settled, even a
 * breach, which the town answers by suspending the initiative rather than by keeping it open.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommitmentStatus implements Labelled {
    /** Agreed, not started (<em>prévu</em>). */
    PLANNED,
    /** Being carried out (<em>en cours</em>). */
    IN_PROGRESS,
    /** Done as promised (<em>tenu</em>). */
    FULFILLED,
    /** Done in part, the rest given up by agreement (<em>partiellement tenu</em>). */
    PARTIALLY_FULFILLED,
    /** Not kept (<em>non tenu</em>). */
    BREACHED,
    /** Released by agreement of both sides (<em>levé</em>). */
    WAIVED;

    /**
     * Returns the statuses this one may move to.
     *
     * @return the next statuses, unmodifiable, empty for a final status
     */
    public Set<CommitmentStatus> next() {
        Set<CommitmentStatus> next = EnumSet.noneOf(CommitmentStatus.class);
        for (CommitmentStatus target : values()) {
            if (canMoveTo(target)) {
                next.add(target);
            }
        }
        return Collections.unmodifiableSet(next);
    }

    /**
     * Tells whether a commitment may move from this status to another.
     *
     * @param target the status to move to, not null
     * @return true if {@code target} is in {@link #next()}
     * @throws NullPointerException if {@code target} is null
     */
    public boolean canMoveTo(CommitmentStatus target) {
        Objects.requireNonNull(target, "target");
        // The graph of the class comment, without building a set: every status change read asks it.
        switch (this) {
            case PLANNED:
                return target == IN_PROGRESS || target == FULFILLED || target == BREACHED || target == WAIVED;
            case IN_PROGRESS:
                return target == FULFILLED || target == PARTIALLY_FULFILLED || target == BREACHED || target == WAIVED;
            case PARTIALLY_FULFILLED:
                return target == IN_PROGRESS || target == FULFILLED;
            case BREACHED:
                return target == IN_PROGRESS || target == WAIVED;
            default:
                return false;
        }
    }

    /**
     * Tells whether a commitment in this status is still open (planned or in progress).
     *
     * @return true for {@link #PLANNED} and {@link #IN_PROGRESS}
     */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    @Override
    public String labelKey() {
        return "CommitmentStatus." + name();
    }
}
