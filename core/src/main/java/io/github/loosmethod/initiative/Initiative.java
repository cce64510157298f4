package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireDistinct;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An initiative of local public action (<em>initiative</em>): a fifty-fifty brought by residents,
 * a municipal project, a citizen-led project or a co-constructed policy, with its applicants, its
 * purpose, the involvement planned for each phase, the town's assessment, the convention and the
 * full audit trail of its lifecycle.
 *
 * <h2>Lifecycle</h2>
 * Create a draft with {@link #builder()}; then move it with the lifecycle operations
 * ({@link #submit}, {@link #startAssessment}, {@link #accept}, {@link #draftConvention},
 * {@link #sign}, {@link #startWork}, {@link #adopt}, {@link #abandon}, …) that its kind's
 * {@link Lifecycle} allows. {@link #readiness} says beforehand what would refuse one. Each is a pure function: it returns a new initiative with
 * one more {@link LifecycleEvent} in its {@link #history()}, or throws
 * {@link TransitionRefusedException} whose report names every guard and rule that failed. Time
 * is always passed in; the system clock is never read. The status is not stored apart from the
 * history: it is the target of the last event, or {@link InitiativeStatus#DRAFT}.
 *
 * <h2>Checking</h2>
 * Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * id and title are not blank; there is at least one applicant and applicant ids are distinct;
 * activity ids are distinct; themes and {@code revises} are not blank; the history is a chain
 * from {@link InitiativeStatus#DRAFT}, each event starting where the previous one ended, in time
 * order, and a resumption returns to the status that was suspended. That each event is a step of
 * the kind's own {@link Lifecycle} is rule M10, not an invariant: records of format version 1
 * followed the fifty-fifty's lifecycle whatever their kind, and stay readable. The rules of the method (R1–R15 and the model's own) are reported, all at once, by
 * {@link #validate()}.
 *
 * <p>Instances are immutable and thread-safe; no accessor returns null.
 *
 * <p>Built through its builder, {@link ImmutableInitiative.Builder}; every other change goes through a lifecycle operation, which returns a new initiative:
 * <pre>{@code
 * Initiative draft = Initiative.builder()
 *         .withId("loos-2023-ff-jardinieres")
 *         .withTerritory(loos)
 *         .withTitle("Flower boxes in the rue des Écoles")
 *         .withPurpose(Purpose.of("More flowers along the street.", "A pleasant street for every passer-by."))
 *         .withKind(InitiativeKind.FIFTY_FIFTY)
 *         .addApplicant(association)
 *         .withInvolvementPlan(InvolvementPlan.empty()
 *                 .with(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION))
 *         .build();
 * }</pre>
 *
 * <p>Then:
 * <pre>{@code
 * Initiative accepted = draft
 *         .submit(association, Instant.parse("2023-03-01T18:00:00Z"), "Voted by the association's members")
 *         .startAssessment(deputyMayor, Instant.parse("2023-03-06T08:00:00Z"), "Request received")
 *         .accept(Decision.of(deputyMayor, Instant.parse("2023-03-20T17:00:00Z"), DecisionOutcome.ACCEPTED,
 *                 "Improves the street for all"));
 * }</pre>
 */
@Value.Immutable
public abstract class Initiative {

    Initiative() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder, for a draft or for a record brought from elsewhere.
     *
     * @return a builder, never null
     */
    public static ImmutableInitiative.Builder builder() {
        return ImmutableInitiative.builder();
    }

    /**
     * Returns the identifier of the initiative, stable across exchanges.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns where the initiative takes place.
     *
     * @return the territory, never null
     */
    public abstract Territory territory();

    /**
     * Returns the title.
     *
     * @return the title, never blank
     */
    public abstract String title();

    /**
     * Returns what the initiative is for.
     *
     * @return the purpose, never null
     */
    public abstract Purpose purpose();

    /**
     * Returns the kind of initiative.
     *
     * @return the kind, never null
     */
    public abstract InitiativeKind kind();

    /**
     * Returns the applicants who carry the initiative (<em>porteurs de projet</em>); they are the
     * applicant parties of its convention.
     *
     * @return the applicants, unmodifiable, never empty
     */
    public abstract List<Actor> applicants();

    /**
     * Returns the themes, such as "greening" or "school", in alphabetical order.
     *
     * @return the themes, unmodifiable, never null
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> themes();

    /**
     * Returns the level of involvement planned for each phase.
     *
     * @return the plan, never null (empty by default)
     */
    @Value.Default
    public InvolvementPlan involvementPlan() {
        return InvolvementPlan.empty();
    }

    /**
     * Returns the domains of the transition the initiative serves, in catalogue order.
     *
     * @return the domains, unmodifiable, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<TransitionDomain> domains();

    /**
     * Returns the decisions taken about the initiative, oldest first: the town's assessment of a
     * request, the approval of a project, the adoption or repeal of a policy, the residents' own
     * choice for a citizen-led initiative.
     *
     * @return the decisions, unmodifiable, empty before the first
     */
    public abstract List<Decision> decisions();

    /**
     * Returns the latest decision.
     *
     * @return the last of {@link #decisions()}, or empty before the first decision
     */
    public final Optional<Decision> assessment() {
        List<Decision> decisions = decisions();
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /**
     * Returns the participation activities that took place, in the order recorded: what happened,
     * beside the {@link #involvementPlan()}, what was promised.
     *
     * @return the activities, unmodifiable, possibly empty
     */
    public abstract List<ParticipationActivity> activities();

    /**
     * Returns the id of the record this one revises: a co-constructed policy's earlier version,
     * which its adoption supersedes.
     *
     * @return the id, or empty for a first version
     */
    public abstract Optional<String> revises();

    /**
     * Returns the day a co-constructed policy is to be reviewed; a policy without one is in force
     * until revised or repealed.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> reviewDate();

    /**
     * Returns the version of the rule catalogue this record is judged by: the current one for a
     * record made by this library, 1 for a record read from a document of format version 1. A
     * strict reader refuses a record only for the rules of that catalogue, so that a rule added
     * later never makes a stored record unreadable; {@link #validate()} still reports every rule
     * of the current catalogue. A host that has reviewed an old record raises it with
     * {@code withRulesVersion(Rule.CATALOGUE_VERSION)}.
     *
     * @return the version, 1 or more
     */
    @Value.Default
    public int rulesVersion() {
        return Rule.CATALOGUE_VERSION;
    }

    /**
     * Returns the id of a record this one replaces for its consumers: a corrected record, a
     * duplicate merged into this one. Not the revision of a policy, which {@link #revises()} names.
     *
     * @return the id, or empty
     */
    public abstract Optional<String> replaces();

    /**
     * Returns why the record was withdrawn from publication, when it was: consumers of a published
     * portfolio keep it but no longer show it.
     *
     * @return the reason, or empty for a published record
     */
    public abstract Optional<String> withdrawnFromPublication();

    /**
     * Returns where the initiative comes from: the systems, files and lines it was imported from.
     *
     * @return the sources, unmodifiable, possibly empty
     */
    public abstract List<Source> sources();

    /**
     * Returns the convention, once drafted.
     *
     * @return the convention, or empty before acceptance
     */
    public abstract Optional<Convention> convention();

    /**
     * Returns the audit trail, oldest event first.
     *
     * @return the events, unmodifiable, empty for a draft
     */
    public abstract List<LifecycleEvent> history();

    /**
     * Returns the lifecycle of the initiative's kind.
     *
     * @return the lifecycle, never null
     */
    public final Lifecycle lifecycle() {
        return Lifecycle.of(kind());
    }

    /**
     * Returns where the initiative stands: the target of the last event, or draft.
     *
     * @return the status, never null
     */
    public final InitiativeStatus status() {
        List<LifecycleEvent> history = history();
        return history.isEmpty() ? InitiativeStatus.DRAFT : history.get(history.size() - 1).to();
    }

    /**
     * Tells whether the initiative is or has ever been in a status.
     *
     * @param status the status, not null
     * @return true if it is the current status or the target of an event of the history
     * @throws NullPointerException if {@code status} is null
     */
    public final boolean hasReached(InitiativeStatus status) {
        Objects.requireNonNull(status, "status");
        if (status() == status) {
            return true;
        }
        // A loop, not a stream: the validator asks this several times of every initiative it reads.
        for (LifecycleEvent event : history()) {
            if (event.to() == status) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether an actor is one of the applicants, by id.
     *
     * @param actor the actor, not null
     * @return true if an applicant has the same id
     * @throws NullPointerException if {@code actor} is null
     */
    public final boolean isApplicant(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        String id = actor.id();
        List<Actor> applicants = applicants();
        for (int i = 0; i < applicants.size(); i++) {
            if (applicants.get(i).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks this initiative against every rule of the method of scope
     * {@link io.github.loosmethod.validation.RuleScope#INITIATIVE} and reports every violation
     * at once (<em>contrôle de conformité</em>), each with its rule id, the path to the offending
     * element and a message in English and French. Only the rules that apply to the
     * initiative's kind ({@link Lifecycle#rules()}) are checked. Never throws for an initiative that could be built: every finding
     * is in the report.
     *
     * @return the report, never null; {@link ValidationReport#isValid()} tells whether it passed
     */
    public final ValidationReport validate() {
        return InitiativeChecks.check(this, lifecycle().rules());
    }

    /**
     * Checks this initiative as the rule catalogue of a given version judged it: the rules of that
     * catalogue, with the kinds they applied to then (in version 1, R1, R2 and R5–R8 for
     * fifty-fifties only). What a strict reader refuses a record for ({@link #rulesVersion()}).
     *
     * @param catalogueVersion the catalogue's version, 1 or more; a later one than this library's
     *        is judged by this library's catalogue
     * @return the report, saying which catalogue judged, never null
     * @throws io.github.loosmethod.InvalidValueException if the version is below 1
     */
    public final ValidationReport validateAsOf(int catalogueVersion) {
        InvalidValueException.requireThat(catalogueVersion >= 1, "catalogueVersion", catalogueVersion, "invariant.fromOne");
        ValidationReport report = InitiativeChecks.check(this, lifecycle().rules(catalogueVersion));
        int version = Math.min(catalogueVersion, Rule.CATALOGUE_VERSION);
        return version == report.catalogueVersion() ? report
                : io.github.loosmethod.validation.ImmutableValidationReport.builder().from(report).withCatalogueVersion(version).build();
    }

    /**
     * Checks this initiative against some rules only; rules of another scope, or that do not
     * apply to its kind, are ignored.
     *
     * @param rules the rules to check, not null
     * @return the report, never null
     * @throws NullPointerException if {@code rules} is null
     */
    public final ValidationReport validate(Set<Rule> rules) {
        Set<Rule> applying = EnumSet.copyOf(lifecycle().rules());
        applying.retainAll(Objects.requireNonNull(rules, "rules"));
        return InitiativeChecks.check(this, applying);
    }

    /**
     * Tells, without changing anything, what would refuse a transition now: the guards that fail
     * and, when the status does not allow it yet, what the initiative still needs first (the
     * decision, the signatures); for {@link Transition#SIGN}, also the rules the agreeing signature
     * will check on the convention as drafted (R5, R7, R15). A clerk sees everything missing in one
     * round. The rules a step checks on the record it produces are otherwise told by the step.
     *
     * @param transition the transition wanted, not null
     * @param by who would make it, not null
     * @param at when, not null
     * @return the report, valid when nothing stands in the way of the transition's guards
     * @throws NullPointerException if an argument is null
     */
    public final ValidationReport readiness(Transition transition, Actor by, Instant at) {
        return Operations.readiness(this, transition, by, at);
    }

    /**
     * Checks an evaluation of this initiative against every rule of the method of scope
     * {@link io.github.loosmethod.validation.RuleScope#EVALUATION}: its own ({@link Evaluation#validate()})
     * and those that compare it with this initiative — not dated before this initiative's first
     * event (E3), IAP2 promise criteria only for levels this initiative declared (E4), about this
     * initiative (E5). Paths are relative to the evaluation.
     *
     * @param evaluation the evaluation, not null
     * @return the report, never null
     * @throws NullPointerException if {@code evaluation} is null
     */
    public final ValidationReport validateEvaluation(Evaluation evaluation) {
        return EvaluationOfInitiativeChecks.check(Objects.requireNonNull(evaluation, "evaluation"), this);
    }

    /**
     * The applicants hand in their request: {@code DRAFT → SUBMITTED}. Guards: L1, L2 (by an
     * applicant), L3; rules R1, R2, R14, M1.
     *
     * @param by the applicant who submits, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the submitted initiative, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative submit(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.SUBMIT, by, at, reason);
    }

    /**
     * The town starts analysing the request: {@code SUBMITTED → UNDER_ASSESSMENT}. Guards: L1,
     * L2 (by an actor of the town), L3.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the initiative under assessment, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative startAssessment(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.START_ASSESSMENT, by, at, reason);
    }

    /**
     * The town supports the request: {@code UNDER_ASSESSMENT → ACCEPTED}. The event is made by the
     * decider at the decision's time, with its reasons. Guards: L1, L3, L8 (outcome accepted);
     * rules R3 (decided by an elected official or body), R10 (not by an applicant), M1.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param assessment the decision, with outcome {@link DecisionOutcome#ACCEPTED}, not null
     * @return the accepted initiative, holding the assessment, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code assessment} is null
     */
    public Initiative accept(Decision assessment) {
        return Operations.decide(this, Transition.ACCEPT, assessment);
    }

    /**
     * The town does not support the request: {@code UNDER_ASSESSMENT → REJECTED}. Same guards and
     * rules as {@link #accept}, with outcome {@link DecisionOutcome#REJECTED}.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param assessment the decision, not null
     * @return the rejected initiative, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code assessment} is null
     */
    public Initiative reject(Decision assessment) {
        return Operations.decide(this, Transition.REJECT, assessment);
    }

    /**
     * The town sends the request back for more work: {@code UNDER_ASSESSMENT → SUBMITTED}. Same
     * guards and rules as {@link #accept}, with outcome {@link DecisionOutcome#REWORK_REQUESTED}.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param assessment the decision, not null
     * @return the initiative, submitted again, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code assessment} is null
     */
    public Initiative requestRework(Decision assessment) {
        return Operations.decide(this, Transition.REQUEST_REWORK, assessment);
    }

    /**
     * Attaches the convention being drafted, or replaces a draft nobody has signed yet. Not a
     * transition: the status stays {@code ACCEPTED} and no event is added. Guards: L1 (accepted),
     * L6 (no signature yet); rules R6, R8, M1–M4 on the draft, and in the same round every rule the
     * agreeing signature would refuse on what it holds (R5, R7, R15); R11 and R12 on its commitments
     * too, which the first signature would check, so that a clerk sees all the
     * problems of a draft at once. A municipal project's agreement with partners is drafted the
     * same way; a policy has none.
     *
     * @param convention the draft, not null
     * @return the initiative holding the draft, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code convention} is null
     */
    public Initiative draftConvention(Convention convention) {
        return Operations.draftConvention(this, convention);
    }

    /**
     * One side signs the convention. With the second side's signature the initiative becomes
     * {@code AGREED}; otherwise it stays {@code ACCEPTED}. Either way an event records the
     * signature. Guards: L1 (accepted), L6 (convention drafted), L7 (signature not dated after
     * {@code at}), L3; then every rule of the method on the result, since a signed convention
     * binds both sides.
     *
     * @param signature the signature, not null
     * @param at when it is recorded, not before the last event, not null
     * @param reason what the event records, such as "signed at the town hall", not blank
     * @return the initiative with the signature added, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if the signature is dated after the
     *         convention ends, the signer already signed for that side, or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative sign(Signature signature, Instant at, String reason) {
        return Operations.sign(this, signature, at, reason);
    }

    /**
     * The works begin: {@code AGREED → IN_PROGRESS}. Guards: L1, L2 (an applicant or the town),
     * L3; rules R4, R11.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by who starts the works, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the initiative in progress, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative startWork(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.START_WORK, by, at, reason);
    }

    /**
     * The works are done: {@code IN_PROGRESS → DELIVERED}. Guards: L1, L2 (an applicant or the
     * town), L3.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by who declares the works done, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the delivered initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative deliver(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.DELIVER, by, at, reason);
    }

    /**
     * The applicants take over the upkeep: {@code DELIVERED → IN_STEWARDSHIP}. Guards: L1, L2 (an
     * applicant or the town), L3.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by who records it, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the initiative in stewardship, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative startStewardship(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.START_STEWARDSHIP, by, at, reason);
    }

    /**
     * The convention has run its course: {@code IN_STEWARDSHIP → CLOSED}. Guards: L1, L2 (the
     * town), L3; rules R12 (not before the convention's end date) and M5 (no commitment left open
     * but stewardship).
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the closed initiative, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative close(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.CLOSE, by, at, reason);
    }

    /**
     * Puts the initiative on hold after a breach: {@code AGREED | IN_PROGRESS | IN_STEWARDSHIP →
     * SUSPENDED}. Guards: L1, L2 (the town), L3, L4 (a commitment is breached).
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the suspended initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative suspend(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.SUSPEND, by, at, reason);
    }

    /**
     * Takes the initiative up again in the status it was suspended from. Guards: L1, L2 (the
     * town), L3, L5 (no commitment still breached).
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the resumed initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative resume(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.RESUME, by, at, reason);
    }

    /**
     * Ends a suspended initiative: {@code SUSPENDED → TERMINATED}. Guards: L1, L2 (the town), L3.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the terminated initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative terminate(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.TERMINATE, by, at, reason);
    }

    /**
     * The applicants give up before agreement: {@code DRAFT | SUBMITTED | UNDER_ASSESSMENT |
     * ACCEPTED → WITHDRAWN}. Guards: L1, L2 (an applicant), L3.
     *
     * <p>For another kind, the step of {@link #lifecycle()} with its own statuses, party and rules
     * (see {@code docs/method-model.md}, Lifecycles); this describes the fifty-fifty's.
     *
     * @param by the applicant, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the withdrawn initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative withdraw(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.WITHDRAW, by, at, reason);
    }

    /**
     * An elected body adopts a co-constructed policy by deliberation: {@code DRAFT → IN_FORCE}.
     * Guards: L1, L3, L8 (outcome adopted); rules R3, R10, R14, P3, M1, M6 (a deliberation of an
     * elected body, with its reference), M8, M9.
     *
     * @param decision the deliberation, with outcome {@link DecisionOutcome#ADOPTED}, not null
     * @return the policy in force, holding the decision, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code decision} is null
     */
    public Initiative adopt(Decision decision) {
        return Operations.decide(this, Transition.ADOPT, decision);
    }

    /**
     * An elected body repeals a policy in force: {@code IN_FORCE → REPEALED}. Guards: L1, L3, L8
     * (outcome repealed); rules R3, R10, M1, M6, M8.
     *
     * @param decision the deliberation, with outcome {@link DecisionOutcome#REPEALED}, not null
     * @return the repealed policy, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws NullPointerException if {@code decision} is null
     */
    public Initiative repeal(Decision decision) {
        return Operations.decide(this, Transition.REPEAL, decision);
    }

    /**
     * A revised version replaces this policy: {@code IN_FORCE → SUPERSEDED}. The new version is
     * another record whose {@link #revises()} names this one (see {@link #draftRevision}). Guards:
     * L1, L2 (the town), L3.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, such as the id of the version that replaces it, not blank
     * @return the superseded policy, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative supersede(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.SUPERSEDE, by, at, reason);
    }

    /**
     * The town gives up an initiative it had accepted or started, with its reason — not the
     * applicants' withdrawal, nor the termination after a breach. Allowed from the statuses of
     * {@link Lifecycle#sources} for {@link Transition#ABANDON} in the kind's lifecycle. Guards:
     * L1, L2 (the town), L3.
     *
     * @param by the town's actor, not null
     * @param at when, not before the last event, not null
     * @param reason why, not blank
     * @return the abandoned initiative, never null
     * @throws TransitionRefusedException if a guard fails
     * @throws io.github.loosmethod.InvalidValueException if the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative abandon(Actor by, Instant at, String reason) {
        return Operations.move(this, Transition.ABANDON, by, at, reason);
    }

    /**
     * Starts the revised version of a policy in force: a new draft with the same territory, title,
     * purpose, applicants, themes, domains and plan, which {@link #revises()} this one. Its
     * decisions, activities and history start empty; its adoption is then followed by
     * {@link #supersede} on this one.
     *
     * @param newId the id of the new version, not blank, not this one's
     * @return the draft of the new version, never null
     * @throws TransitionRefusedException (L1) if this is not a policy in force
     * @throws io.github.loosmethod.InvalidValueException if the id is blank or this one's
     * @throws NullPointerException if {@code newId} is null
     */
    public Initiative draftRevision(String newId) {
        return Operations.draftRevision(this, newId);
    }

    /**
     * Records a participation activity that took place. Not a transition: no event is added.
     * Guards: L1 (not in a terminal status); rules P1, M1 on the result.
     *
     * @param activity the activity, with an id no other activity of the initiative has, not null
     * @return the initiative with the activity added, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if the id is already used
     * @throws NullPointerException if {@code activity} is null
     */
    public Initiative recordActivity(ParticipationActivity activity) {
        return Operations.recordActivity(this, activity);
    }

    /**
     * Records a change in a commitment of the convention: started, fulfilled, breached, waived.
     * Not a transition of the initiative. Guards: L1 (agreed, not ended); rules R11 (nothing
     * before the agreement) and R12 (stewardship runs until the convention ends).
     *
     * @param commitmentId the id of the commitment, not null
     * @param status the new status, allowed from the current one, not null
     * @param on the day of the change, not null
     * @param reason why, not blank
     * @return the initiative with the commitment updated, never null
     * @throws TransitionRefusedException if a guard or rule fails
     * @throws io.github.loosmethod.InvalidValueException if no commitment has that id, the move is
     *         not allowed from the commitment's status, the date goes back in time or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public Initiative recordCommitmentStatus(String commitmentId, CommitmentStatus status, LocalDate on, String reason) {
        return Operations.recordCommitmentStatus(this, commitmentId, status, on, reason);
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("id", id());
        requireNonBlank("title", title());
        requireThat(!applicants().isEmpty(), "applicants", List.of(), "invariant.oneApplicant");
        requireDistinct("applicants", applicants(), Actor::id);
        requireDistinct("activities", activities(), ParticipationActivity::id);
        requireThat(rulesVersion() >= 1, "rulesVersion", rulesVersion(), "invariant.fromOne");
        revises().ifPresent(revised -> requireNonBlank("revises", revised));
        replaces().ifPresent(replaced -> {
            requireNonBlank("replaces", replaced);
            requireThat(!replaced.equals(id()), "replaces", replaced, "invariant.replacesItself");
        });
        withdrawnFromPublication().ifPresent(reason -> requireNonBlank("withdrawnFromPublication", reason));
        reviewDate().ifPresent(date -> InvalidValueException.requireDate("reviewDate", date));
        for (String theme : themes()) {
            requireNonBlank("themes", theme);
        }
        InitiativeStatus expected = InitiativeStatus.DRAFT;
        Instant previous = Instant.MIN;
        for (int i = 0; i < history().size(); i++) {
            LifecycleEvent event = history().get(i);
            // Messages are built only on failure: this loop runs for every initiative read.
            if (event.from() != expected) {
                throw InvalidValueException.of("history[" + i + "].from", event.from().toString(), "invariant.eventFrom", expected);
            }
            if (event.at().isBefore(previous)) {
                throw InvalidValueException.of("history[" + i + "].at", event.at().toString(), "invariant.eventAt", previous);
            }
            // The chain above puts a SUSPEND event right before any RESUME: it says where to return.
            if (event.transition() == Transition.RESUME) {
                InitiativeStatus back = history().get(i - 1).from();
                if (event.to() != back) {
                    throw InvalidValueException.of("history[" + i + "].to", event.to().toString(), "invariant.resumption", back);
                }
            }
            expected = event.to();
            previous = event.at();
        }
    }
}
