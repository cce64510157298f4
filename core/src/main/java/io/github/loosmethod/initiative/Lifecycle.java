package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.Labelled;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.RuleScope;
import io.github.loosmethod.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle operations of {@link Initiative}. Every operation follows the same two steps:
 * first the guards about the operation itself (status, actor, time — nothing can be built if
 * they fail), then the rules of the method that the operation touches, checked by
 * {@link InitiativeChecks} on the initiative the operation would produce. A guard is thus never a
 * second copy of a rule: where a rule exists, the lifecycle asks the validator.
 */
final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    /** Who may perform an operation (guard L2). */
    private enum Role {
        APPLICANT, TOWN, PARTY, ANYONE;

        boolean admits(Initiative initiative, Actor actor) {
            switch (this) {
                case APPLICANT:
                    return initiative.isApplicant(actor);
                case TOWN:
                    return actor.actsForTown();
                case PARTY:
                    return initiative.isApplicant(actor) || actor.actsForTown();
                default:
                    return true;
            }
        }
    }

    private static final Map<Transition, Role> ROLES = Map.ofEntries(
            Map.entry(Transition.SUBMIT, Role.APPLICANT),
            Map.entry(Transition.START_ASSESSMENT, Role.TOWN),
            Map.entry(Transition.ACCEPT, Role.ANYONE),
            Map.entry(Transition.REJECT, Role.ANYONE),
            Map.entry(Transition.REQUEST_REWORK, Role.ANYONE),
            Map.entry(Transition.SIGN, Role.ANYONE),
            Map.entry(Transition.START_WORK, Role.PARTY),
            Map.entry(Transition.DELIVER, Role.PARTY),
            Map.entry(Transition.START_STEWARDSHIP, Role.PARTY),
            Map.entry(Transition.CLOSE, Role.TOWN),
            Map.entry(Transition.SUSPEND, Role.TOWN),
            Map.entry(Transition.RESUME, Role.TOWN),
            Map.entry(Transition.TERMINATE, Role.TOWN),
            Map.entry(Transition.WITHDRAW, Role.APPLICANT));

    /** The rules each transition asks the validator about, on the initiative it would produce. */
    private static final Map<Transition, Set<Rule>> RULES = Map.ofEntries(
            Map.entry(Transition.SUBMIT, EnumSet.of(Rule.R1, Rule.R2, Rule.R14, Rule.M1)),
            Map.entry(Transition.START_ASSESSMENT, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.ACCEPT, EnumSet.of(Rule.R3, Rule.R10, Rule.M1)),
            Map.entry(Transition.REJECT, EnumSet.of(Rule.R3, Rule.R10, Rule.M1)),
            Map.entry(Transition.REQUEST_REWORK, EnumSet.of(Rule.R3, Rule.R10, Rule.M1)),
            Map.entry(Transition.SIGN, Rule.ofScope(RuleScope.INITIATIVE)),
            Map.entry(Transition.START_WORK, EnumSet.of(Rule.R4, Rule.R11)),
            Map.entry(Transition.DELIVER, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.START_STEWARDSHIP, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.CLOSE, EnumSet.of(Rule.R12, Rule.M5)),
            Map.entry(Transition.SUSPEND, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.RESUME, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.TERMINATE, EnumSet.noneOf(Rule.class)),
            Map.entry(Transition.WITHDRAW, EnumSet.noneOf(Rule.class)));

    private static final Set<Rule> CONVENTION_DRAFT_RULES = EnumSet.of(Rule.R6, Rule.R8, Rule.M1, Rule.M2);
    private static final Set<Rule> COMMITMENT_RULES = EnumSet.of(Rule.R11, Rule.R12);
    private static final String DRAFT_CONVENTION = "DRAFT_CONVENTION";
    private static final String RECORD_COMMITMENT_STATUS = "RECORD_COMMITMENT_STATUS";
    private static final Labelled DRAFT_CONVENTION_LABEL = () -> "Operation." + DRAFT_CONVENTION;
    private static final Labelled RECORD_COMMITMENT_STATUS_LABEL = () -> "Operation." + RECORD_COMMITMENT_STATUS;

    private Lifecycle() {
    }

    static Initiative move(Initiative initiative, Transition transition, Actor by, Instant at, String reason) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        InvalidValueException.requireNonBlank("reason", reason);
        List<Violation> guards = commonGuards(initiative, transition, by, at);
        if (transition == Transition.SUSPEND && noneBreached(initiative)) {
            guards.add(Violation.of(Rule.L4, "convention.commitments", "Rule.L4.message"));
        }
        if (transition == Transition.RESUME) {
            guards.addAll(stillBreached(initiative));
        }
        refuseIfAny(transition.name(), guards);
        InitiativeStatus target = transition == Transition.RESUME ? statusBeforeSuspension(initiative)
                : transition.targets().iterator().next();
        LifecycleEvent event = LifecycleEvent.of(transition, initiative.status(), target, by, at, reason);
        return checked(transition.name(), Initiative.builder().from(initiative).addHistory(event).build(),
                RULES.get(transition), event);
    }

    static Initiative decide(Initiative initiative, Transition transition, RequestAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        List<Violation> guards = commonGuards(initiative, transition, assessment.decidedBy(), assessment.decidedAt());
        if (assessment.outcome().transition() != transition) {
            guards.add(Violation.of(Rule.L8, "assessment.outcome", "Rule.L8.message",
                    assessment.outcome(), transition));
        }
        refuseIfAny(transition.name(), guards);
        LifecycleEvent event = LifecycleEvent.of(transition, initiative.status(), transition.targets().iterator().next(),
                assessment.decidedBy(), assessment.decidedAt(), String.join("; ", assessment.reasons()));
        Initiative next = Initiative.builder().from(initiative).withAssessment(assessment).addHistory(event).build();
        return checked(transition.name(), next, RULES.get(transition), event);
    }

    static Initiative draftConvention(Initiative initiative, Convention convention) {
        Objects.requireNonNull(convention, "convention");
        List<Violation> guards = new ArrayList<>();
        if (initiative.status() != InitiativeStatus.ACCEPTED) {
            guards.add(Violation.of(Rule.L1, "status", "Rule.L1.message", DRAFT_CONVENTION_LABEL, initiative.status()));
        }
        if (initiative.convention().map(c -> !c.signatures().isEmpty()).orElse(false)
                || !convention.signatures().isEmpty()) {
            guards.add(Violation.of(Rule.L6, "convention.signatures", "Rule.L6.message.signed"));
        }
        refuseIfAny(DRAFT_CONVENTION, guards);
        return checked(DRAFT_CONVENTION, Initiative.builder().from(initiative).withConvention(convention).build(),
                CONVENTION_DRAFT_RULES, null);
    }

    static Initiative sign(Initiative initiative, Signature signature, Instant at, String reason) {
        Objects.requireNonNull(signature, "signature");
        InvalidValueException.requireNonBlank("reason", reason);
        List<Violation> guards = commonGuards(initiative, Transition.SIGN, signature.signer(), at);
        if (initiative.convention().isEmpty()) {
            guards.add(Violation.of(Rule.L6, "convention", "Rule.L6.message.missing"));
        }
        LocalDate recordedOn = at.atZone(initiative.territory().zone()).toLocalDate();
        if (signature.date().isAfter(recordedOn)) {
            guards.add(Violation.of(Rule.L7, "signature.date", "Rule.L7.message", signature.date(), recordedOn));
        }
        refuseIfAny(Transition.SIGN.name(), guards);
        Convention signed = initiative.convention().orElseThrow().withSignature(signature);
        InitiativeStatus target = signed.isSignedByBothSides() ? InitiativeStatus.AGREED : InitiativeStatus.ACCEPTED;
        LifecycleEvent event = LifecycleEvent.of(Transition.SIGN, initiative.status(), target, signature.signer(), at, reason);
        Initiative next = Initiative.builder().from(initiative).withConvention(signed).addHistory(event).build();
        return checked(Transition.SIGN.name(), next, RULES.get(Transition.SIGN), event);
    }

    static Initiative recordCommitmentStatus(Initiative initiative, String commitmentId, CommitmentStatus status,
            LocalDate on, String reason) {
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        if (!initiative.hasReached(InitiativeStatus.AGREED) || initiative.status().isTerminal()) {
            refuseIfAny(RECORD_COMMITMENT_STATUS, List.of(Violation.of(Rule.L1, "status", "Rule.L1.message",
                    RECORD_COMMITMENT_STATUS_LABEL, initiative.status())));
        }
        Convention convention = initiative.convention().orElseThrow();
        Commitment commitment = convention.commitment(commitmentId).orElseThrow(() -> new InvalidValueException(
                "commitmentId", commitmentId, "no commitment of the convention has this id"));
        Convention updated = convention.withCommitment(commitment.moveTo(status, on, reason));
        return checked(RECORD_COMMITMENT_STATUS, Initiative.builder().from(initiative).withConvention(updated).build(),
                COMMITMENT_RULES, null);
    }

    private static List<Violation> commonGuards(Initiative initiative, Transition transition, Actor by, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Violation> guards = new ArrayList<>();
        if (!transition.sources().contains(initiative.status())) {
            guards.add(Violation.of(Rule.L1, "status", "Rule.L1.message", transition, initiative.status()));
        }
        Role role = ROLES.get(transition);
        if (!role.admits(initiative, by)) {
            guards.add(Violation.of(Rule.L2, "by", "Rule.L2.message." + role.name(), by.id(), transition));
        }
        List<LifecycleEvent> history = initiative.history();
        if (!history.isEmpty() && at.isBefore(history.get(history.size() - 1).at())) {
            guards.add(Violation.of(Rule.L3, "at", "Rule.L3.message", at, history.get(history.size() - 1).at()));
        }
        return guards;
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
