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
    /**
     * Supported by the town (fifty-fifty), approved (municipal project) or decided by the
     * residents' own body (citizen-led); a convention or agreement may be drafted (<em>acceptée</em>).
     */
    ACCEPTED,
    /** Not supported by the town (<em>refusée</em>). Terminal. */
    REJECTED,
    /** The convention is signed by both sides (<em>conventionnée</em>). */
    AGREED,
    /** The works are under way (<em>en réalisation</em>). */
    IN_PROGRESS,
    /** The works are done (<em>réalisée</em>). */
    DELIVERED,
    /** The result is looked after by its applicants (<em>en pérennité</em>). */
    IN_STEWARDSHIP,
    /** It has run its course, everything settled; any convention has ended (<em>clôturée</em>). Terminal. */
    CLOSED,
    /** Put on hold because a commitment was breached (<em>suspendue</em>). */
    SUSPENDED,
    /** Ended before its term after a suspension (<em>résiliée</em>). Terminal. */
    TERMINATED,
    /** Given up by its applicants before agreement (<em>retirée</em>). Terminal. */
    WITHDRAWN,
    /** A co-constructed policy adopted and in force (<em>en vigueur</em>). */
    IN_FORCE,
    /** A policy replaced by a revised version (<em>remplacée</em>). Terminal. */
    SUPERSEDED,
    /** A policy repealed by a deliberation (<em>abrogée</em>). Terminal. */
    REPEALED,
    /**
     * Given up by the town, with its reason: a fifty-fifty or citizen-led initiative once accepted,
     * the town's own project or policy from the draft on (<em>abandonnée</em>). Terminal.
     */
    ABANDONED;

    /**
     * Tells whether no transition leaves this status.
     *
     * @return true for {@link #REJECTED}, {@link #CLOSED}, {@link #TERMINATED}, {@link #WITHDRAWN},
     *         {@link #SUPERSEDED}, {@link #REPEALED} and {@link #ABANDONED}
     */
    public boolean isTerminal() {
        return this == REJECTED || this == CLOSED || this == TERMINATED || this == WITHDRAWN || this == SUPERSEDED
                || this == REPEALED || this == ABANDONED;
    }

    @Override
    public String labelKey() {
        return "InitiativeStatus." + name();
    }
}
