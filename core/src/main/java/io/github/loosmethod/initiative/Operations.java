package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.Labelled;
import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.validation.ImmutableViolation;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle operations of {@link Initiative}, driven by the kind's {@link Lifecycle}. Every
 * operation follows the same two steps: first the guards about the operation itself (status,
 * actor, time — nothing can be built if they fail), then the rules of the method the step names,
 * checked by {@link InitiativeChecks} on the initiative the operation would produce. A guard is
 * thus never a second copy of a rule: where a rule exists, the lifecycle asks the validator.
 */
final class Operations {

    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

    /** The rules drafting a convention checks on the draft as it stands. */
    private static final Set<Rule> CONVENTION_DRAFT_RULES = EnumSet.of(Rule.R6, Rule.R8, Rule.R11, Rule.R12, Rule.M1, Rule.M2, Rule.M3,
            Rule.M4);
    /** The rules the agreeing signature checks on what the draft holds: reported at drafting, in the same round. */
    private static final Set<Rule> AGREEMENT_RULES = EnumSet.of(Rule.R5, Rule.R7, Rule.R15);
    private static final Set<Rule> COMMITMENT_RULES = EnumSet.of(Rule.R11, Rule.R12);
    private static final Set<Rule> ACTIVITY_RULES = EnumSet.of(Rule.M1, Rule.P1);
    private static final String DRAFT_CONVENTION = "DRAFT_CONVENTION";
    private static final String RECORD_COMMITMENT_STATUS = "RECORD_COMMITMENT_STATUS";
    private static final String RECORD_ACTIVITY = "RECORD_ACTIVITY";
    private static final String DRAFT_REVISION = "DRAFT_REVISION";
    private static final Labelled DRAFT_CONVENTION_LABEL = () -> "Operation." + DRAFT_CONVENTION;
    private static final Labelled RECORD_COMMITMENT_STATUS_LABEL = () -> "Operation." + RECORD_COMMITMENT_STATUS;
    private static final Labelled RECORD_ACTIVITY_LABEL = () -> "Operation." + RECORD_ACTIVITY;
    private static final Labelled DRAFT_REVISION_LABEL = () -> "Operation." + DRAFT_REVISION;

    private Operations() {
    }

    static Initiative move(Initiative initiative, Transition transition, Actor by, Instant at, String reason) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        InvalidValueException.requireNonBlank("reason", reason);
        List<Violation> guards = guards(initiative, transition, by, at);
        refuseIfAny(transition.name(), guards);
        Lifecycle.Step step = initiative.lifecycle().stepFrom(transition, initiative.status()).orElseThrow();
        InitiativeStatus target = transition == Transition.RESUME ? statusBeforeSuspension(initiative) : step.to();
        if (transition == Transition.RESUME) {
            // A record built by hand may have been suspended from a status its kind cannot return to.
            Optional<Lifecycle.Step> back = initiative.lifecycle().step(transition, initiative.status(), target);
            if (back.isEmpty()) {
                refuseIfAny(transition.name(), List.of(Violation.of(Rule.L1, "status", "Rule.L1.message.resume", target,
                        initiative.kind())));
            }
            step = back.orElseThrow();
        }
        LifecycleEvent event = LifecycleEvent.of(transition, initiative.status(), target, by, at, reason);
        return checked(transition.name(), Initiative.builder().from(initiative).addHistory(event).build(), step.rules(), event);
    }

    static Initiative decide(Initiative initiative, Transition transition, Decision decision) {
        Objects.requireNonNull(decision, "decision");
        List<Violation> guards = guards(initiative, transition, decision.decidedBy(), decision.decidedAt());
        if (decision.outcome().transition() != transition) {
            guards.add(Violation.of(Rule.L8, "decision.outcome", "Rule.L8.message", decision.outcome(), transition));
        }
        refuseIfAny(transition.name(), guards);
        Lifecycle.Step step = initiative.lifecycle().stepFrom(transition, initiative.status()).orElseThrow();
        LifecycleEvent event = LifecycleEvent.of(transition, initiative.status(), step.to(), decision.decidedBy(),
                decision.decidedAt(), String.join("; ", decision.reasons()));
        Initiative next = Initiative.builder().from(initiative).addDecisions(decision).addHistory(event).build();
        return checked(transition.name(), next, step.rules(), event);
    }

    static Initiative draftConvention(Initiative initiative, Convention convention) {
        Objects.requireNonNull(convention, "convention");
        List<Violation> guards = new ArrayList<>();
        if (!initiative.lifecycle().conventionStatuses().contains(initiative.status())) {
            guards.add(notNow(initiative, DRAFT_CONVENTION_LABEL, initiative.lifecycle().conventionStatuses()));
        }
        if (initiative.convention().map(c -> !c.signatures().isEmpty()).orElse(false)
                || !convention.signatures().isEmpty()) {
            guards.add(Violation.of(Rule.L6, "convention.signatures", "Rule.L6.message.signed"));
        }
        refuseIfAny(DRAFT_CONVENTION, guards);
        Initiative next = Initiative.builder().from(initiative).withConvention(convention).build();
        Set<Rule> rules = EnumSet.copyOf(CONVENTION_DRAFT_RULES);
        rules.retainAll(initiative.lifecycle().rules());
        List<Violation> found = new ArrayList<>(InitiativeChecks.check(next, rules).errors());
        // What the agreeing signature would refuse, told now: a clerk fixes the draft in one round.
        if (initiative.lifecycle().allows(Transition.SIGN, InitiativeStatus.ACCEPTED, InitiativeStatus.AGREED)) {
            Set<Rule> agreement = EnumSet.copyOf(AGREEMENT_RULES);
            agreement.retainAll(initiative.lifecycle().rules());
            found.addAll(InitiativeChecks.checkAsAgreed(next, agreement).errors());
        }
        refuseIfAny(DRAFT_CONVENTION, found);
        return next;
    }

    static Initiative sign(Initiative initiative, Signature signature, Instant at, String reason) {
        Objects.requireNonNull(signature, "signature");
        InvalidValueException.requireNonBlank("reason", reason);
        List<Violation> guards = guards(initiative, Transition.SIGN, signature.signer(), at);
        if (initiative.convention().isEmpty()) {
            guards.add(Violation.of(Rule.L6, "convention", "Rule.L6.message.missing"));
        }
        LocalDate recordedOn = at.atZone(initiative.territory().zone()).toLocalDate();
        if (signature.date().isAfter(recordedOn)) {
            guards.add(Violation.of(Rule.L7, "signature.date", "Rule.L7.message", signature.date(), recordedOn));
        }
        refuseIfAny(Transition.SIGN.name(), guards);
        Convention signed = initiative.convention().orElseThrow().withSignature(signature);
        InitiativeStatus from = initiative.status();
        InitiativeStatus target = signed.isSignedByBothSides() && initiative.lifecycle().allows(Transition.SIGN, from,
                InitiativeStatus.AGREED) ? InitiativeStatus.AGREED : from;
        LifecycleEvent event = LifecycleEvent.of(Transition.SIGN, from, target, signature.signer(), at, reason);
        Initiative next = Initiative.builder().from(initiative).withConvention(signed).addHistory(event).build();
        return checked(Transition.SIGN.name(), next, initiative.lifecycle().step(Transition.SIGN, from, target).orElseThrow().rules(),
                event);
    }

    static Initiative recordCommitmentStatus(Initiative initiative, String commitmentId, CommitmentStatus status,
            LocalDate on, String reason) {
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        boolean bound = initiative.convention().map(Convention::isSignedByBothSides).orElse(false);
        if (!bound || initiative.status().isTerminal()) {
            refuseIfAny(RECORD_COMMITMENT_STATUS, List.of(Violation.of(Rule.L1, "status", "Rule.L1.message",
                    RECORD_COMMITMENT_STATUS_LABEL, initiative.status())));
        }
        Convention convention = initiative.convention().orElseThrow();
        Commitment commitment = convention.commitment(commitmentId).orElseThrow(() -> InvalidValueException.of(
                "commitmentId", commitmentId, "invariant.noCommitment"));
        Convention updated = convention.withCommitment(commitment.moveTo(status, on, reason));
        Set<Rule> rules = EnumSet.copyOf(COMMITMENT_RULES);
        rules.retainAll(initiative.lifecycle().rules());
        return checked(RECORD_COMMITMENT_STATUS, Initiative.builder().from(initiative).withConvention(updated).build(),
                rules, null);
    }

    static Initiative recordActivity(Initiative initiative, ParticipationActivity activity) {
        Objects.requireNonNull(activity, "activity");
        // An evaluation session may come after the end: it is what the method's evaluation is made of.
        if (initiative.status().isTerminal() && activity.phase() != io.github.loosmethod.involvement.ProjectPhase.EVALUATION) {
            refuseIfAny(RECORD_ACTIVITY, List.of(Violation.of(Rule.L1, "status", "Rule.L1.message", RECORD_ACTIVITY_LABEL,
                    initiative.status())));
        }
        Set<Rule> rules = EnumSet.copyOf(ACTIVITY_RULES);
        rules.retainAll(initiative.lifecycle().rules());
        return checked(RECORD_ACTIVITY, Initiative.builder().from(initiative).addActivities(activity).build(), rules, null);
    }

    static Initiative draftRevision(Initiative initiative, String newId) {
        InvalidValueException.requireNonBlank("newId", newId);
        InvalidValueException.requireThat(!newId.equals(initiative.id()), "newId", newId, "invariant.revisionId");
        if (initiative.kind() != InitiativeKind.CO_CONSTRUCTED_POLICY || initiative.status() != InitiativeStatus.IN_FORCE) {
            refuseIfAny(DRAFT_REVISION, List.of(Violation.of(Rule.L1, "status", "Rule.L1.message", DRAFT_REVISION_LABEL,
                    initiative.status())));
        }
        return Initiative.builder().withId(newId).withTerritory(initiative.territory()).withTitle(initiative.title())
                .withPurpose(initiative.purpose()).withKind(initiative.kind()).withApplicants(initiative.applicants())
                .withThemes(initiative.themes()).withDomains(initiative.domains())
                .withInvolvementPlan(initiative.involvementPlan()).withRevises(initiative.id()).build();
    }

    static ValidationReport readiness(Initiative initiative, Transition transition, Actor by, Instant at) {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(by, "by");
        List<Violation> found = guards(initiative, transition, by, at);
        if (transition == Transition.SIGN && initiative.convention().isEmpty()) {
            found.add(Violation.of(Rule.L6, "convention", "Rule.L6.message.missing"));
        } else if (transition == Transition.SIGN && initiative.lifecycle().allows(Transition.SIGN, initiative.status(),
                InitiativeStatus.AGREED)) {
            // What the agreeing signature will refuse, whoever signs last.
            Set<Rule> agreement = EnumSet.copyOf(AGREEMENT_RULES);
            agreement.retainAll(initiative.lifecycle().rules());
            found.addAll(InitiativeChecks.checkAsAgreed(initiative, agreement).errors());
        }
        return ValidationReport.of(found);
    }

    /** The guards of the lifecycle data: status (L1, naming what is missing), party (L2), time (L3) and the transition's own. */
    private static List<Violation> guards(Initiative initiative, Transition transition, Actor by, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Violation> guards = new ArrayList<>();
        Lifecycle lifecycle = initiative.lifecycle();
        List<Lifecycle.Step> steps = lifecycle.steps(transition);
        Lifecycle.Step step = lifecycle.stepFrom(transition, initiative.status()).orElse(null);
        Lifecycle.Party party = step == null ? null : step.party();
        if (step == null) {
            guards.add(notNow(initiative, transition, lifecycle.sources(transition)));
            // Wherever the step is allowed, one party makes it: who may is told now, with the status.
            Set<Lifecycle.Party> parties = EnumSet.noneOf(Lifecycle.Party.class);
            steps.forEach(s -> parties.add(s.party()));
            party = parties.size() == 1 ? parties.iterator().next() : null;
        }
        if (party != null && !party.admits(initiative, by)) {
            guards.add(Violation.of(Rule.L2, "by", "Rule.L2.message." + party.name(), by.id(), transition));
        }
        List<LifecycleEvent> history = initiative.history();
        if (!history.isEmpty() && at.isBefore(history.get(history.size() - 1).at())) {
            guards.add(Violation.of(Rule.L3, "at", "Rule.L3.message", at, history.get(history.size() - 1).at()));
        }
        if (step != null && transition == Transition.SUSPEND && noneBreached(initiative)) {
            guards.add(Violation.of(Rule.L4, "convention.commitments", "Rule.L4.message"));
        }
        if (step != null && transition == Transition.RESUME) {
            guards.addAll(stillBreached(initiative));
        }
        return guards;
    }

    /**
     * The L1 refusal of an operation the status does not allow, naming what the initiative needs
     * first when its lifecycle leads there, or that it never can.
     */
    private static Violation notNow(Initiative initiative, Labelled operation, Set<InitiativeStatus> sources) {
        Lifecycle lifecycle = initiative.lifecycle();
        if (sources.isEmpty()) {
            return Violation.of(Rule.L1, "status", "Rule.L1.message.never", operation, initiative.kind());
        }
        List<Lifecycle.Step> path = lifecycle.pathTo(initiative.status(), sources);
        if (path.isEmpty()) {
            return Violation.of(Rule.L1, "status", "Rule.L1.message", operation, initiative.status());
        }
        return ImmutableViolation.builder().withRule(Rule.L1).withPath("status")
                .withEnglishMessage(needs(initiative, operation, path, Language.ENGLISH))
                .withFrenchMessage(needs(initiative, operation, path, Language.FRENCH)).build();
    }

    private static String needs(Initiative initiative, Labelled operation, List<Lifecycle.Step> path, Language language) {
        List<String> missing = new ArrayList<>();
        for (Lifecycle.Step step : path) {
            missing.add(missing(initiative, step, language));
        }
        return Vocabulary.format("Rule.L1.message.needs", language, operation, initiative.status(), String.join("; ", missing));
    }

    /** What one step of the path needs, in words: the signatures still missing, a decision, or the step itself. */
    private static String missing(Initiative initiative, Lifecycle.Step step, Language language) {
        if (step.transition() == Transition.SIGN) {
            if (initiative.convention().isEmpty()) {
                return Vocabulary.format("Readiness.convention", language);
            }
            List<String> sides = new ArrayList<>();
            for (Side side : Side.values()) {
                if (!initiative.convention().get().isSignedBy(side)) {
                    sides.add(Vocabulary.text(side.labelKey(), language));
                }
            }
            return Vocabulary.format("Readiness.signatures", language, String.join(", ", sides));
        }
        if (step.party() == Lifecycle.Party.DECIDER) {
            return Vocabulary.format("Readiness.decision", language, step.transition());
        }
        return Vocabulary.format("Readiness.step", language, step.transition());
    }

    private static boolean noneBreached(Initiative initiative) {
        return initiative.convention().map(c -> c.commitments().stream()
                .noneMatch(k -> k.status() == CommitmentStatus.BREACHED)).orElse(true);
    }

    private static List<Violation> stillBreached(Initiative initiative) {
        List<Violation> violations = new ArrayList<>();
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).status() == CommitmentStatus.BREACHED) {
                violations.add(Violation.of(Rule.L5, "convention.commitments[" + i + "].status", "Rule.L5.message",
                        commitments.get(i).id()));
            }
        }
        return violations;
    }

    private static InitiativeStatus statusBeforeSuspension(Initiative initiative) {
        List<LifecycleEvent> history = initiative.history();
        return history.get(history.size() - 1).from();
    }

    private static void refuseIfAny(String operation, List<Violation> guards) {
        if (!guards.isEmpty()) {
            throw new TransitionRefusedException(operation, ValidationReport.of(guards));
        }
    }

    private static Initiative checked(String operation, Initiative next, Set<Rule> rules, LifecycleEvent event) {
        ValidationReport report = InitiativeChecks.check(next, rules);
        if (!report.isValid()) {
            throw new TransitionRefusedException(operation, ValidationReport.of(report.errors()));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Initiative {}: {} {}", next.id(), operation,
                    event == null ? "" : event.from() + " -> " + event.to() + " by " + event.by().id());
        }
        return next;
    }
}
