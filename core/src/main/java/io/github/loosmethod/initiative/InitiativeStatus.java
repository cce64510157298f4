package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;

/**
 * Where an initiative stands in its lifecycle (<em>état de l'initiative</em>); see
 * {@link Transition} for the moves between them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InitiativeStatus implements Labelled {
    /** Being written by its applicants (<em>brouillon</em>). */
    DRAFT,
    /** Handed to the town (<em>déposée</em>). */
    SUBMITTED,
    /** Being analysed by the town (<em>en instruction</em>). */
    UNDER_ASSESSMENT,
    /** Supported by the town; the convention is being drafted (<em>acceptée</em>). */
    ACCEPTED,
    /** Not supported by the town (<em>refusée</em>). Final. */
    REJECTED,
    /** The convention is signed by both sides (<em>conventionnée</em>). */
    AGREED,
    /** The works are under way (<em>en réalisation</em>). */
    IN_PROGRESS,
    /** The works are done (<em>réalisée</em>). */
    DELIVERED,
    /** The result is looked after by its applicants (<em>en pérennité</em>). */
    IN_STEWARDSHIP,
    /** The convention has ended, everything settled (<em>clôturée</em>). Final. */
    CLOSED,
    /** Put on hold because a commitment was breached (<em>suspendue</em>). */
    SUSPENDED,
    /** Ended before its term after a suspension (<em>résiliée</em>). Final. */
    TERMINATED,
    /** Given up by its applicants before agreement (<em>retirée</em>). Final. */
    WITHDRAWN;

    /**
     * Tells whether no transition leaves this status.
     *
     * @return true for {@link #REJECTED}, {@link #CLOSED}, {@link #TERMINATED} and {@link #WITHDRAWN}
     */
    public boolean isTerminal() {
        return this == REJECTED || this == CLOSED || this == TERMINATED || this == WITHDRAWN;
    }

    @Override
    public String labelKey() {
        return "InitiativeStatus." + name();
    }
}
