package io.github.loosmethod.towndesk;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Signature;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The bodies of the desk's operations that are not a value of the model themselves. The model's
 * values inside (an actor, a signature) are written in their interchange form. Every field is
 * required: the mapper refuses a body that leaves one out or sets it to null, naming it.
 */
public final class Requests {

    private Requests() {
    }

    /**
     * A move of the lifecycle made by someone, at some time, for some reason: submit, start the
     * assessment, start the works, deliver, withdraw, abandon, close…
     *
     * @param by who makes it
     * @param at when
     * @param reason why, not blank
     */
    public record Move(Actor by, Instant at, String reason) {
    }

    /**
     * One side's signature of the drafted convention (<em>signature de la convention</em>).
     *
     * @param signature which side signs, who and on which day
     * @param at when the desk records it
     * @param reason what the event records, such as "signed at the town hall"
     */
    public record Signing(Signature signature, Instant at, String reason) {
    }

    /**
     * A change in a commitment of the convention (<em>suivi des engagements</em>).
     *
     * @param commitmentId the commitment's id in the convention
     * @param status the new status's code: {@code in_progress}, {@code fulfilled}, {@code breached}, {@code waived}…
     * @param on the day of the change
     * @param reason why
     */
    public record CommitmentChange(String commitmentId, String status, LocalDate on, String reason) {
    }

    /**
     * A question about a transition, answered without changing anything: what would refuse it now.
     *
     * @param transition the transition's code, such as {@code start_work}
     * @param by who would make it
     * @param at when
     */
    public record Readiness(String transition, Actor by, Instant at) {
    }

    /**
     * The start of a revised version of a policy in force (<em>révision</em>).
     *
     * @param newId the id of the new version
     */
    public record Revision(String newId) {
    }
}
