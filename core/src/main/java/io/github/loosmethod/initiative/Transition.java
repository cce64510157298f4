package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The moves of the lifecycles (<em>transitions</em>). Which moves each kind of initiative allows,
 * from which status to which and by whom, is the data of its {@link Lifecycle}; for a fifty-fifty,
 * after the domain brief §3:
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─startAssessment→ UNDER_ASSESSMENT
 * UNDER_ASSESSMENT ─accept→ ACCEPTED | ─reject→ REJECTED | ─requestRework→ SUBMITTED
 * ACCEPTED ─sign→ ACCEPTED (one side) | AGREED (both sides)
 * AGREED ─startWork→ IN_PROGRESS ─deliver→ DELIVERED ─startStewardship→ IN_STEWARDSHIP ─close→ CLOSED
 * AGREED | IN_PROGRESS | IN_STEWARDSHIP ─suspend→ SUSPENDED ─resume→ (the status it left) | ─terminate→ TERMINATED
 * DRAFT | SUBMITTED | UNDER_ASSESSMENT | ACCEPTED ─withdraw→ WITHDRAWN
 * ACCEPTED | AGREED | IN_PROGRESS ─abandon→ ABANDONED
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Transition implements Labelled {
    /** The applicants hand in their request (<em>dépôt</em>). */
    SUBMIT,
    /** The town starts analysing it (<em>mise en instruction</em>). */
    START_ASSESSMENT,
    /** The decider supports or approves it (<em>acceptation, approbation</em>). */
    ACCEPT,
    /** The decider does not (<em>refus</em>). */
    REJECT,
    /** The decider sends it back for more work (<em>demande de compléments</em>). */
    REQUEST_REWORK,
    /** One side signs the convention; the second side's signature makes it agreed (<em>signature</em>). */
    SIGN,
    /** The works begin (<em>début des travaux</em>). */
    START_WORK,
    /** The works are done (<em>réception</em>). */
    DELIVER,
    /** The applicants take over the upkeep (<em>début de la pérennité</em>). */
    START_STEWARDSHIP,
    /** It has run its course (<em>clôture</em>). */
    CLOSE,
    /** Put on hold after a breached commitment (<em>suspension</em>). */
    SUSPEND,
    /** Taken up again where it stopped (<em>reprise</em>). */
    RESUME,
    /** Ended after a suspension (<em>résiliation</em>). */
    TERMINATE,
    /** Given up by the applicants (<em>retrait</em>). */
    WITHDRAW,
    /** An elected body adopts a co-constructed policy by deliberation (<em>adoption</em>). */
    ADOPT,
    /** An elected body repeals a policy in force (<em>abrogation</em>). */
    REPEAL,
    /** A revised version replaces a policy in force (<em>remplacement par une version révisée</em>). */
    SUPERSEDE,
    /** The town gives up an initiative, with its reason: not the applicants' withdrawal, nor a termination after a breach (<em>abandon</em>). */
    ABANDON;

    /**
     * Returns the statuses this transition may start from, in any kind's lifecycle.
     *
     * @return the statuses, unmodifiable, never empty
     */
    public Set<InitiativeStatus> sources() {
        return statuses(true);
    }

    /**
     * Returns the statuses this transition may lead to, in any kind's lifecycle. Most lead to one;
     * {@link #SIGN} leads to {@link InitiativeStatus#AGREED} only with the second side's signature,
     * and {@link #RESUME} returns to the status the initiative was suspended from.
     *
     * @return the statuses, unmodifiable, never empty
     */
    public Set<InitiativeStatus> targets() {
        return statuses(false);
    }

    /**
     * Tells whether some kind's lifecycle lets this transition lead from one status to another;
     * {@link Lifecycle#step} says whether a given kind does.
     *
     * @param from the status before, not null
     * @param to the status after, not null
     * @return true if a lifecycle has that step
     * @throws NullPointerException if an argument is null
     */
    public boolean allows(InitiativeStatus from, InitiativeStatus to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (this == ABANDON && Lifecycle.isLegacyAbandonment(from, to)) {
            return true; // the town may abandon a record left outside its kind's lifecycle (Lifecycle.stepFrom)
        }
        for (Lifecycle lifecycle : Lifecycle.all()) {
            if (lifecycle.allows(this, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether this transition records a decision ({@link DecisionOutcome#transition()}):
     * accept, reject, request rework, adopt, repeal.
     *
     * @return true for a decision
     */
    public boolean isDecision() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            if (outcome.transition() == this) {
                return true;
            }
        }
        return false;
    }

    private Set<InitiativeStatus> statuses(boolean sources) {
        Set<InitiativeStatus> statuses = EnumSet.noneOf(InitiativeStatus.class);
        for (Lifecycle lifecycle : Lifecycle.all()) {
            for (Lifecycle.Step step : lifecycle.steps(this)) {
                statuses.add(sources ? step.from() : step.to());
            }
        }
        return Collections.unmodifiableSet(statuses);
    }

    @Override
    public String labelKey() {
        return "Transition." + name();
    }
}
