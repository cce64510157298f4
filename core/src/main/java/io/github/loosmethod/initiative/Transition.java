package io.github.loosmethod.initiative;

import static io.github.loosmethod.initiative.InitiativeStatus.ACCEPTED;
import static io.github.loosmethod.initiative.InitiativeStatus.AGREED;
import static io.github.loosmethod.initiative.InitiativeStatus.CLOSED;
import static io.github.loosmethod.initiative.InitiativeStatus.DELIVERED;
import static io.github.loosmethod.initiative.InitiativeStatus.DRAFT;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_PROGRESS;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_STEWARDSHIP;
import static io.github.loosmethod.initiative.InitiativeStatus.REJECTED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUBMITTED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUSPENDED;
import static io.github.loosmethod.initiative.InitiativeStatus.TERMINATED;
import static io.github.loosmethod.initiative.InitiativeStatus.UNDER_ASSESSMENT;
import static io.github.loosmethod.initiative.InitiativeStatus.WITHDRAWN;

import io.github.loosmethod.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The moves of the lifecycle (<em>transitions</em>), after the domain brief §3:
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─startAssessment→ UNDER_ASSESSMENT
 * UNDER_ASSESSMENT ─accept→ ACCEPTED | ─reject→ REJECTED | ─requestRework→ SUBMITTED
 * ACCEPTED ─sign→ ACCEPTED (one side) | AGREED (both sides)
 * AGREED ─startWork→ IN_PROGRESS ─deliver→ DELIVERED ─startStewardship→ IN_STEWARDSHIP ─close→ CLOSED
 * AGREED | IN_PROGRESS | IN_STEWARDSHIP ─suspend→ SUSPENDED ─resume→ (the status it left) | ─terminate→ TERMINATED
 * DRAFT | SUBMITTED | UNDER_ASSESSMENT | ACCEPTED ─withdraw→ WITHDRAWN
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Transition implements Labelled {
    /** The applicants hand in their request (<em>dépôt</em>). */
    SUBMIT(set(DRAFT), set(SUBMITTED)),
    /** The town starts analysing it (<em>mise en instruction</em>). */
    START_ASSESSMENT(set(SUBMITTED), set(UNDER_ASSESSMENT)),
    /** An elected official decides to support it (<em>acceptation</em>). */
    ACCEPT(set(UNDER_ASSESSMENT), set(ACCEPTED)),
    /** An elected official decides not to (<em>refus</em>). */
    REJECT(set(UNDER_ASSESSMENT), set(REJECTED)),
    /** An elected official sends it back for more work (<em>demande de compléments</em>). */
    REQUEST_REWORK(set(UNDER_ASSESSMENT), set(SUBMITTED)),
    /** One side signs the convention; the second side's signature makes it agreed (<em>signature</em>). */
    SIGN(set(ACCEPTED), set(ACCEPTED, AGREED)),
    /** The works begin (<em>début des travaux</em>). */
    START_WORK(set(AGREED), set(IN_PROGRESS)),
    /** The works are done (<em>réception</em>). */
    DELIVER(set(IN_PROGRESS), set(DELIVERED)),
    /** The applicants take over the upkeep (<em>début de la pérennité</em>). */
    START_STEWARDSHIP(set(DELIVERED), set(IN_STEWARDSHIP)),
    /** The convention has run its course (<em>clôture</em>). */
    CLOSE(set(IN_STEWARDSHIP), set(CLOSED)),
    /** Put on hold after a breached commitment (<em>suspension</em>). */
    SUSPEND(set(AGREED, IN_PROGRESS, IN_STEWARDSHIP), set(SUSPENDED)),
    /** Taken up again where it stopped (<em>reprise</em>). */
    RESUME(set(SUSPENDED), set(AGREED, IN_PROGRESS, IN_STEWARDSHIP)),
    /** Ended after a suspension (<em>résiliation</em>). */
    TERMINATE(set(SUSPENDED), set(TERMINATED)),
    /** Given up by the applicants (<em>retrait</em>). */
    WITHDRAW(set(DRAFT, SUBMITTED, UNDER_ASSESSMENT, ACCEPTED), set(WITHDRAWN));

    private final Set<InitiativeStatus> sources;
    private final Set<InitiativeStatus> targets;

    Transition(Set<InitiativeStatus> sources, Set<InitiativeStatus> targets) {
        this.sources = sources;
        this.targets = targets;
    }

    private static Set<InitiativeStatus> set(InitiativeStatus first, InitiativeStatus... more) {
        return Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /**
     * Returns the statuses this transition may start from.
     *
     * @return the statuses, unmodifiable, never empty
     */
    public Set<InitiativeStatus> sources() {
        return sources;
    }

    /**
     * Returns the statuses this transition may lead to. Most lead to one; {@link #SIGN} leads to
     * {@link InitiativeStatus#AGREED} only with the second side's signature, and {@link #RESUME}
     * returns to the status the initiative was suspended from.
     *
     * @return the statuses, unmodifiable, never empty
     */
    public Set<InitiativeStatus> targets() {
        return targets;
    }

    /**
     * Tells whether this transition may lead from one status to another.
     *
     * @param from the status before, not null
     * @param to the status after, not null
     * @return true if {@code from} is a source and {@code to} a target
     * @throws NullPointerException if an argument is null
     */
    public boolean allows(InitiativeStatus from, InitiativeStatus to) {
        return sources.contains(Objects.requireNonNull(from, "from")) && targets.contains(Objects.requireNonNull(to, "to"));
    }

    @Override
    public String labelKey() {
        return "Transition." + name();
    }
}
