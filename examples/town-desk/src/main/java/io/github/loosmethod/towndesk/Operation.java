package io.github.loosmethod.towndesk;

import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.involvement.ParticipationActivity;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every change the desk makes to an initiative, one per operation of the library's
 * {@link Initiative}: its path segment ({@code POST /initiatives/{id}/<path>}), the type of its
 * body and the call it makes.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Operation {
    /** {@link Initiative#submit}: the applicants hand in their request (<em>dépôt</em>). */
    SUBMIT("submit", Requests.Move.class, (i, m) -> i.submit(m.by(), m.at(), m.reason())),
    /** {@link Initiative#startAssessment} (<em>mise en instruction</em>). */
    START_ASSESSMENT("start-assessment", Requests.Move.class, (i, m) -> i.startAssessment(m.by(), m.at(), m.reason())),
    /** {@link Initiative#accept} (<em>acceptation</em>). */
    ACCEPT("accept", Decision.class, Initiative::accept),
    /** {@link Initiative#reject} (<em>refus</em>). */
    REJECT("reject", Decision.class, Initiative::reject),
    /** {@link Initiative#requestRework} (<em>demande de compléments</em>). */
    REQUEST_REWORK("request-rework", Decision.class, Initiative::requestRework),
    /** {@link Initiative#draftConvention} (<em>projet de convention</em>). */
    DRAFT_CONVENTION("draft-convention", Convention.class, Initiative::draftConvention),
    /** {@link Initiative#sign} (<em>signature</em>). */
    SIGN("sign", Requests.Signing.class, (i, s) -> i.sign(s.signature(), s.at(), s.reason())),
    /** {@link Initiative#startWork} (<em>début des travaux</em>). */
    START_WORK("start-work", Requests.Move.class, (i, m) -> i.startWork(m.by(), m.at(), m.reason())),
    /** {@link Initiative#recordCommitmentStatus} (<em>suivi d'un engagement</em>). */
    RECORD_COMMITMENT_STATUS("record-commitment-status", Requests.CommitmentChange.class,
            (i, c) -> i.recordCommitmentStatus(c.commitmentId(),
                    Codes.parse(CommitmentStatus.class, c.status(), "/status"), c.on(), c.reason())),
    /** {@link Initiative#recordActivity} (<em>activité de participation</em>). */
    RECORD_ACTIVITY("record-activity", ParticipationActivity.class, Initiative::recordActivity),
    /** {@link Initiative#deliver} (<em>réception</em>). */
    DELIVER("deliver", Requests.Move.class, (i, m) -> i.deliver(m.by(), m.at(), m.reason())),
    /** {@link Initiative#startStewardship} (<em>début de la pérennité</em>). */
    START_STEWARDSHIP("start-stewardship", Requests.Move.class, (i, m) -> i.startStewardship(m.by(), m.at(), m.reason())),
    /** {@link Initiative#close} (<em>clôture</em>). */
    CLOSE("close", Requests.Move.class, (i, m) -> i.close(m.by(), m.at(), m.reason())),
    /** {@link Initiative#suspend} (<em>suspension</em>). */
    SUSPEND("suspend", Requests.Move.class, (i, m) -> i.suspend(m.by(), m.at(), m.reason())),
    /** {@link Initiative#resume} (<em>reprise</em>). */
    RESUME("resume", Requests.Move.class, (i, m) -> i.resume(m.by(), m.at(), m.reason())),
    /** {@link Initiative#terminate} (<em>résiliation</em>). */
    TERMINATE("terminate", Requests.Move.class, (i, m) -> i.terminate(m.by(), m.at(), m.reason())),
    /** {@link Initiative#withdraw} (<em>retrait</em>). */
    WITHDRAW("withdraw", Requests.Move.class, (i, m) -> i.withdraw(m.by(), m.at(), m.reason())),
    /** {@link Initiative#adopt}: a policy adopted by deliberation (<em>adoption</em>). */
    ADOPT("adopt", Decision.class, Initiative::adopt),
    /** {@link Initiative#repeal} (<em>abrogation</em>). */
    REPEAL("repeal", Decision.class, Initiative::repeal),
    /** {@link Initiative#supersede} (<em>remplacement</em>). */
    SUPERSEDE("supersede", Requests.Move.class, (i, m) -> i.supersede(m.by(), m.at(), m.reason())),
    /** {@link Initiative#abandon}: the town gives it up (<em>abandon</em>). */
    ABANDON("abandon", Requests.Move.class, (i, m) -> i.abandon(m.by(), m.at(), m.reason()));

    private final String path;
    private final Call<?> call;

    <B> Operation(String path, Class<B> body, BiFunction<Initiative, B, Initiative> apply) {
        this.path = path;
        this.call = new Call<>(body, apply);
    }

    /**
     * Returns the operation's path segment.
     *
     * @return the segment, such as {@code start-work}, never null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the type the operation's body is read as.
     *
     * @return the type, never null
     */
    public Class<?> body() {
        return call.body();
    }

    /**
     * Applies the operation to an initiative.
     *
     * @param initiative the current initiative, not null
     * @param body the body, read as {@link #body()}, not null
     * @return the changed initiative, never null
     * @throws ClassCastException if the body is not of the operation's type
     * @throws RuntimeException whatever the library's operation throws
     */
    public Initiative apply(Initiative initiative, Object body) {
        return call.apply(initiative, body);
    }

    /**
     * Finds the operation of a path segment.
     *
     * @param path the segment, not null
     * @return the operation, empty if none has that segment
     */
    public static Optional<Operation> ofPath(String path) {
        return Arrays.stream(values()).filter(operation -> operation.path.equals(path)).findFirst();
    }

    /** The body's type and the call, kept together so that the cast is checked once, here. */
    private record Call<B>(Class<B> body, BiFunction<Initiative, B, Initiative> apply) {
        Initiative apply(Initiative initiative, Object value) {
            return apply.apply(initiative, body.cast(value));
        }
    }
}
