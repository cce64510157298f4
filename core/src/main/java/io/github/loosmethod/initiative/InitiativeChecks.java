package io.github.loosmethod.initiative;

import io.github.loosmethod.Texts;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.RuleScope;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The checks of the rules of the method on an initiative, one method per rule named after its
 * id, run in catalogue order by {@link #check(Initiative, Set)}: by {@link Initiative#validate()}
 * and by the lifecycle, on the initiative an operation would produce.
 *
 * <p>Callers pass the rules that apply to the initiative's kind ({@link Lifecycle#rules()}). Rules
 * about the content of a convention still being drafted (R5, R7, R14 for signatures, R15) apply
 * once it is agreed — or, through {@link #checkAsAgreed}, to a draft as the agreeing signature
 * would see it; rules about single elements (R6, R8, M2, M3) as soon as they exist.
 */
final class InitiativeChecks {

    /** The check of every rule of scope {@link RuleScope#INITIATIVE}, in catalogue order (a list, since it is walked on every record read). */
    static final List<RuleCheck> ALL = checks();

    /** The rules those checks check. */
    static final Set<Rule> RULES = Collections.unmodifiableSet(ALL.stream().map(RuleCheck::rule)
            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Rule.class))));

    /**
     * A rule and the check of it.
     *
     * @param rule the rule
     * @param check adds the violations of the rule found in an initiative to a list
     */
    record RuleCheck(Rule rule, BiConsumer<Initiative, List<Violation>> check) {
    }

    private InitiativeChecks() {
    }

    /** Checks the rules of {@code rules} that are checks of initiatives; every finding is in the report. */
    static ValidationReport check(Initiative initiative, Set<Rule> rules) {
        List<Violation> found = new ArrayList<>();
        // A loop over a list, not a stream: every record read passes here.
        for (int i = 0; i < ALL.size(); i++) {
            if (rules.contains(ALL.get(i).rule())) {
                ALL.get(i).check().accept(initiative, found);
            }
        }
        return ValidationReport.of(found);
    }

    /** Checks R5, R7 and R15 among {@code rules} as if the convention were agreed: what the agreeing signature would refuse. */
    static ValidationReport checkAsAgreed(Initiative initiative, Set<Rule> rules) {
        List<Violation> found = new ArrayList<>();
        if (rules.contains(Rule.R5)) {
            r5(initiative, found, true);
        }
        if (rules.contains(Rule.R7)) {
            r7(initiative, found, true);
        }
        if (rules.contains(Rule.R15)) {
            r15(initiative, found, true, Rule.R15);
        }
        return ValidationReport.of(found);
    }

    private static List<RuleCheck> checks() {
        Map<Rule, BiConsumer<Initiative, List<Violation>>> checks = new EnumMap<>(Rule.class);
        checks.put(Rule.R1, InitiativeChecks::r1);
        checks.put(Rule.R2, InitiativeChecks::r2);
        checks.put(Rule.R3, InitiativeChecks::r3);
        checks.put(Rule.R4, InitiativeChecks::r4);
        checks.put(Rule.R5, (initiative, out) -> r5(initiative, out, isAgreed(initiative)));
        checks.put(Rule.R6, InitiativeChecks::r6);
        checks.put(Rule.R7, (initiative, out) -> r7(initiative, out, isAgreed(initiative)));
        checks.put(Rule.R8, InitiativeChecks::r8);
        checks.put(Rule.R10, InitiativeChecks::r10);
        checks.put(Rule.R11, InitiativeChecks::r11);
        checks.put(Rule.R12, InitiativeChecks::r12);
        checks.put(Rule.R14, InitiativeChecks::r14);
        checks.put(Rule.R15, (initiative, out) -> r15(initiative, out, isAgreed(initiative), Rule.R15));
        checks.put(Rule.M1, InitiativeChecks::m1);
        checks.put(Rule.M2, InitiativeChecks::m2);
        checks.put(Rule.M3, InitiativeChecks::m3);
        checks.put(Rule.M4, InitiativeChecks::m4);
        checks.put(Rule.M5, InitiativeChecks::m5);
        checks.put(Rule.M6, InitiativeChecks::m6);
        checks.put(Rule.M7, InitiativeChecks::m7);
        checks.put(Rule.M8, InitiativeChecks::m8);
        checks.put(Rule.M9, InitiativeChecks::m9);
        checks.put(Rule.M10, InitiativeChecks::m10);
        checks.put(Rule.P1, InitiativeChecks::p1);
        checks.put(Rule.P2, (initiative, out) -> r15(initiative, out, isAgreed(initiative), Rule.P2));
        checks.put(Rule.P3, (initiative, out) -> r15(initiative, out, isAgreed(initiative), Rule.P3));
        for (Rule rule : Rule.values()) {
            if ((rule.scope() == RuleScope.INITIATIVE) != checks.containsKey(rule)) {
                throw new IllegalStateException("Rule " + rule + " of scope " + rule.scope() + " has no check or a misplaced one");
            }
        }
        List<RuleCheck> inOrder = new ArrayList<>();
        checks.forEach((rule, check) -> inOrder.add(new RuleCheck(rule, check)));
        return List.copyOf(inOrder);
    }

    private static String commitmentPath(int index) {
        return "convention.commitments[" + index + "]";
    }

    private static boolean isAgreed(Initiative initiative) {
        return initiative.hasReached(InitiativeStatus.AGREED);
    }

    private static final List<CommitmentKind> R7_KINDS = List.of(CommitmentKind.REALISATION, CommitmentKind.STEWARDSHIP);

    /** Tells whether the convention holds a commitment that matches; a loop, since it runs on every record read. */
    private static boolean hasCommitment(Convention convention, Predicate<Commitment> matches) {
        for (Commitment c : convention.commitments()) {
            if (matches.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static void r1(Initiative initiative, List<Violation> out) {
        List<Actor> applicants = initiative.applicants();
        for (int i = 0; i < applicants.size(); i++) {
            if (applicants.get(i).kind() == ActorKind.MUNICIPALITY) {
                out.add(Violation.of(Rule.R1, "applicants[" + i + "].kind", "Rule.R1.message.municipality", applicants.get(i).id()));
            }
        }
        if (applicants.stream().noneMatch(a -> a.kind().mayApplyForFiftyFifty())) {
            out.add(Violation.of(Rule.R1, "applicants", "Rule.R1.message.noEligible"));
        }
    }

    private static void r2(Initiative initiative, List<Violation> out) {
        if (Texts.isBlank(initiative.purpose().livingEnvironment())) {
            out.add(Violation.of(Rule.R2, "purpose.livingEnvironment", "Rule.R2.message.livingEnvironment"));
        }
        if (Texts.isBlank(initiative.purpose().generalInterest())) {
            out.add(Violation.of(Rule.R2, "purpose.generalInterest", "Rule.R2.message.generalInterest"));
        }
    }

    private static void r3(Initiative initiative, List<Violation> out) {
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Actor decider = decisions.get(i).decidedBy();
            if (!decider.kind().isElected()) {
                out.add(Violation.of(Rule.R3, decisionPath(i) + ".decidedBy", "Rule.R3.message.notElected", decider.id(),
                        decider.kind()));
            }
        }
        lastDecisionRecorded(initiative, Rule.R3, out);
    }

    private static String decisionPath(int index) {
        return "decisions[" + index + "]";
    }

    /**
     * Reports, under a rule, a last decided step of the history (accepted, rejected, adopted…)
     * whose decision is not the latest one recorded. Only the last is asked for: records of
     * format version 1 kept the latest decision only.
     */
    private static void lastDecisionRecorded(Initiative initiative, Rule rule, List<Violation> out) {
        List<LifecycleEvent> history = initiative.history();
        for (int k = history.size() - 1; k >= 0; k--) {
            LifecycleEvent event = history.get(k);
            if (!event.transition().isDecision()) {
                continue;
            }
            Optional<Decision> latest = initiative.assessment();
            // A binding act needs its decision on record; a refusal or a request for rework is told by its event.
            boolean binds = event.transition() == Transition.ACCEPT || event.transition() == Transition.ADOPT
                    || event.transition() == Transition.REPEAL;
            if (latest.isEmpty() && binds) {
                out.add(Violation.of(rule, "decisions", "Rule." + rule + ".message.missing", event.to()));
            } else if (latest.isPresent() && latest.get().outcome().transition() != event.transition()) {
                out.add(Violation.of(rule, decisionPath(initiative.decisions().size() - 1) + ".outcome",
                        "Rule." + rule + ".message.outcome", event.to(), latest.get().outcome()));
            }
            return;
        }
    }

    private static void r4(Initiative initiative, List<Violation> out) {
        if (!isAgreed(initiative)) {
            return;
        }
        Optional<Convention> convention = initiative.convention();
        if (convention.isEmpty()) {
            out.add(Violation.of(Rule.R4, "convention", "Rule.R4.message.missing"));
            return;
        }
        for (Side side : Side.values()) {
            if (!convention.get().isSignedBy(side)) {
                out.add(Violation.of(Rule.R4, "convention.signatures", "Rule.R4.message.unsigned", side));
            }
        }
    }

    private static void r5(Initiative initiative, List<Violation> out, boolean agreed) {
        if (!agreed || initiative.convention().isEmpty()) {
            return;
        }
        for (Side side : Side.values()) {
            if (!hasCommitment(initiative.convention().get(), c -> c.side() == side)) {
                out.add(Violation.of(Rule.R5, "convention.commitments", "Rule.R5.message", side));
            }
        }
    }

    private static void r6(Initiative initiative, List<Violation> out) {
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.side() == Side.TOWN && c.kind().usualSide() != Side.TOWN) {
                out.add(Violation.of(Rule.R6, commitmentPath(i) + ".kind", "Rule.R6.message", c.id(), c.kind()));
            }
        }
    }

    private static void r7(Initiative initiative, List<Violation> out, boolean agreed) {
        if (!agreed || initiative.convention().isEmpty()) {
            return;
        }
        for (CommitmentKind required : R7_KINDS) {
            if (!hasCommitment(initiative.convention().get(), c -> c.side() == Side.APPLICANTS && c.kind() == required)) {
                out.add(Violation.of(Rule.R7, "convention.commitments", "Rule.R7.message", required));
            }
        }
    }

    private static void r8(Initiative initiative, List<Violation> out) {
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.kind() == CommitmentKind.REALISATION && c.responsible().actsForTown()) {
                out.add(Violation.of(Rule.R8, commitmentPath(i) + ".responsible", "Rule.R8.message", c.id(), c.responsible().id()));
            }
        }
    }

    private static void r10(Initiative initiative, List<Violation> out) {
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            if (initiative.isApplicant(decisions.get(i).decidedBy())) {
                out.add(Violation.of(Rule.R10, decisionPath(i) + ".decidedBy", "Rule.R10.message", decisions.get(i).decidedBy().id()));
            }
        }
    }

    private static void r11(Initiative initiative, List<Violation> out) {
        if (initiative.convention().isEmpty()) {
            return;
        }
        Optional<LocalDate> agreedOn = initiative.history().stream().filter(e -> e.to() == InitiativeStatus.AGREED)
                .findFirst().map(e -> e.at().atZone(initiative.territory().zone()).toLocalDate());
        List<Commitment> commitments = initiative.convention().get().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            List<StatusChange> history = commitments.get(i).history();
            for (int j = 0; j < history.size(); j++) {
                LocalDate on = history.get(j).on();
                if (agreedOn.isEmpty()) {
                    out.add(Violation.of(Rule.R11, commitmentPath(i) + ".history[" + j + "]", "Rule.R11.message.notAgreed",
                            commitments.get(i).id()));
                } else if (on.isBefore(agreedOn.get())) {
                    out.add(Violation.of(Rule.R11, commitmentPath(i) + ".history[" + j + "].on", "Rule.R11.message.before",
                            commitments.get(i).id(), on, agreedOn.get()));
                }
            }
        }
    }

    private static void r12(Initiative initiative, List<Violation> out) {
        if (initiative.convention().isEmpty()) {
            return;
        }
        Convention convention = initiative.convention().get();
        LocalDate end = convention.endDate();
        List<Commitment> commitments = convention.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.kind() != CommitmentKind.STEWARDSHIP) {
                continue;
            }
            if (c.dueDate().isPresent() && c.dueDate().get().isBefore(end)) {
                out.add(Violation.of(Rule.R12, commitmentPath(i) + ".dueDate", "Rule.R12.message.dueDate", c.id(), c.dueDate().get(), end));
            }
            for (int j = 0; j < c.history().size(); j++) {
                StatusChange change = c.history().get(j);
                boolean ends = change.to() == CommitmentStatus.FULFILLED || change.to() == CommitmentStatus.PARTIALLY_FULFILLED;
                if (ends && change.on().isBefore(end)) {
                    out.add(Violation.of(Rule.R12, commitmentPath(i) + ".history[" + j + "].on", "Rule.R12.message.endedEarly",
                            c.id(), change.on(), end));
                }
            }
        }
        List<LifecycleEvent> history = initiative.history();
        for (int k = 0; k < history.size(); k++) {
            if (history.get(k).to() != InitiativeStatus.CLOSED) {
                continue;
            }
            LocalDate on = history.get(k).at().atZone(initiative.territory().zone()).toLocalDate();
            if (on.isBefore(end)) {
                out.add(Violation.of(Rule.R12, "history[" + k + "].at", "Rule.R12.message.closedEarly", on, end));
            }
        }
    }

    private static void r14(Initiative initiative, List<Violation> out) {
        List<Actor> applicants = initiative.applicants();
        for (int i = 0; i < applicants.size(); i++) {
            Actor minor = applicants.get(i);
            if (minor.minor() && applicants.stream().noneMatch(a -> a.id().equals(minor.responsibleActorId().orElseThrow()))) {
                out.add(Violation.of(Rule.R14, "applicants[" + i + "]", "Rule.R14.message.applicant", minor.id(),
                        minor.responsibleActorId().get()));
            }
        }
        Optional<Convention> convention = initiative.convention();
        if (convention.isEmpty() || !convention.get().isSignedByBothSides()) {
            return;
        }
        List<Signature> signatures = convention.get().signatures();
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            Actor signer = signature.signer();
            if (signer.minor() && signatures.stream().noneMatch(s -> s.side() == signature.side()
                    && s.signer().id().equals(signer.responsibleActorId().orElseThrow()))) {
                out.add(Violation.of(Rule.R14, "convention.signatures[" + i + "]", "Rule.R14.message.signature", signer.id(),
                        signer.responsibleActorId().get()));
            }
        }
    }

    /**
     * R15, P2 and P3 together, since they are one finding at three moments: a phase claimed at
     * co-production or above with no applicant commitment for it is an error once the convention is
     * agreed (R15, the brief's rule), a warning while a convention may still bring the commitments
     * (P2), and an error where none can any more: a kind without convention, or works started
     * without one (P3). P3 is a rule of its own, not a wider R15, so that records judged by format
     * version 1, where R15 applied once agreed only, are not refused for it. Commitments held by an
     * actor of the town do not count: residents must hold them.
     */
    private static void r15(Initiative initiative, List<Violation> out, boolean agreed, Rule wanted) {
        Lifecycle lifecycle = initiative.lifecycle();
        Rule rule;
        if (agreed) {
            rule = Rule.R15;
        } else if (lifecycle.conventionStatuses().isEmpty() || initiative.hasReached(InitiativeStatus.IN_PROGRESS)) {
            rule = Rule.P3;
        } else if (!initiative.status().isTerminal() && lifecycle.mayStillDraftConvention(initiative.status())) {
            rule = Rule.P2;
        } else {
            return;
        }
        if (rule != wanted) {
            return;
        }
        // Where no convention can come any more, only a signed one binds: a draft left unsigned promises nothing.
        boolean signedOnly = rule == Rule.P3;
        Optional<Convention> binding = initiative.convention().filter(c -> !signedOnly || c.isSignedByBothSides());
        for (Map.Entry<ProjectPhase, CoConstructionLevel> entry : initiative.involvementPlan().levels().entrySet()) {
            ProjectPhase phase = entry.getKey();
            if (entry.getValue().isAtLeast(CoConstructionLevel.CO_PRODUCTION) && !residentsDecided(initiative, phase)
                    && (binding.isEmpty() || !hasCommitment(binding.get(),
                    c -> c.side() == Side.APPLICANTS && c.phase() == phase && !c.responsible().actsForTown()))) {
                out.add(Violation.of(rule, "involvementPlan.levels[" + phase + "]", "Rule." + rule + ".message", phase,
                        entry.getValue()));
            }
        }
    }

    /**
     * Whether residents held the decision phase themselves: a decision by an applicant who is not
     * the town, taken by a residents' vote. That is what co-production or citizen leadership of the
     * decision means; no convention's commitment could say it.
     */
    private static boolean residentsDecided(Initiative initiative, ProjectPhase phase) {
        if (phase != ProjectPhase.DECISION) {
            return false;
        }
        for (Decision decision : initiative.decisions()) {
            if (decision.residentsVote().isPresent() && initiative.isApplicant(decision.decidedBy())
                    && !decision.decidedBy().actsForTown()) {
                return true;
            }
        }
        return false;
    }

    private static void m1(Initiative initiative, List<Violation> out) {
        // Every actor of a record passes here; paths are spelled out only for the ones that clash.
        ActorsSeen seen = new ActorsSeen();
        List<Actor> applicants = initiative.applicants();
        for (int i = 0; i < applicants.size(); i++) {
            if (seen.clashes(applicants.get(i))) {
                out.add(m1Violation("applicants[" + i + "]", applicants.get(i)));
            }
        }
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            if (seen.clashes(decisions.get(i).decidedBy())) {
                out.add(m1Violation(decisionPath(i) + ".decidedBy", decisions.get(i).decidedBy()));
            }
        }
        if (initiative.convention().isPresent()) {
            Convention convention = initiative.convention().get();
            if (seen.clashes(convention.town())) {
                out.add(m1Violation("convention.town", convention.town()));
            }
            List<Commitment> commitments = convention.commitments();
            for (int i = 0; i < commitments.size(); i++) {
                if (seen.clashes(commitments.get(i).responsible())) {
                    out.add(m1Violation(commitmentPath(i) + ".responsible", commitments.get(i).responsible()));
                }
            }
            List<Signature> signatures = convention.signatures();
            for (int i = 0; i < signatures.size(); i++) {
                if (seen.clashes(signatures.get(i).signer())) {
                    out.add(m1Violation("convention.signatures[" + i + "].signer", signatures.get(i).signer()));
                }
            }
        }
        List<LifecycleEvent> history = initiative.history();
        for (int i = 0; i < history.size(); i++) {
            if (seen.clashes(history.get(i).by())) {
                out.add(m1Violation("history[" + i + "].by", history.get(i).by()));
            }
        }
    }

    /** The first actor met with each id. */
    private static final class ActorsSeen {
        private final Map<String, Actor> byId = new HashMap<>();

        /** Records an actor's appearance; true if an earlier one with the same id differs. */
        boolean clashes(Actor actor) {
            Actor known = byId.putIfAbsent(actor.id(), actor);
            // Readers hand back one instance for an actor's repeated appearances: most checks stop at ==.
            return known != null && known != actor && !known.equals(actor);
        }
    }

    private static Violation m1Violation(String path, Actor actor) {
        return Violation.of(Rule.M1, path, "Rule.M1.message", actor.id());
    }

    private static void m2(Initiative initiative, List<Violation> out) {
        List<Commitment> commitments = initiative.convention().map(Convention::commitments).orElse(List.of());
        boolean r8Reports = initiative.lifecycle().rules().contains(Rule.R8);
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            Actor responsible = c.responsible();
            if (r8Reports && c.kind() == CommitmentKind.REALISATION && responsible.actsForTown()) {
                continue; // R8 reports this one, in the words of the method.
            }
            // A public partner co-signing for the town (M4) may hold the town side's commitments too: its funding, its advice.
            boolean belongs = c.side() == Side.APPLICANTS ? initiative.isApplicant(responsible)
                    : responsible.actsForTown() || responsible.kind() == ActorKind.PUBLIC_PARTNER;
            if (!belongs) {
                out.add(Violation.of(Rule.M2, commitmentPath(i) + ".responsible", "Rule.M2.message", c.id(), responsible.id(), c.side()));
            }
        }
    }

    private static void m3(Initiative initiative, List<Violation> out) {
        initiative.convention().ifPresent(convention -> {
            for (int i = 0; i < convention.commitments().size(); i++) {
                Commitment c = convention.commitments().get(i);
                if (c.dueDate().isPresent() && !convention.isInForceOn(c.dueDate().get())) {
                    out.add(Violation.of(Rule.M3, commitmentPath(i) + ".dueDate", "Rule.M3.message", c.id(), c.dueDate().get(),
                            convention.startDate(), convention.endDate()));
                }
            }
        });
    }

    private static void m4(Initiative initiative, List<Violation> out) {
        initiative.convention().ifPresent(convention -> {
            for (int i = 0; i < convention.signatures().size(); i++) {
                Signature s = convention.signatures().get(i);
                boolean entitled = s.side() == Side.TOWN
                        ? signsForTown(s.signer()) || s.signer().kind() == ActorKind.PUBLIC_PARTNER
                        : initiative.isApplicant(s.signer());
                if (!entitled) {
                    out.add(Violation.of(Rule.M4, "convention.signatures[" + i + "].signer", "Rule.M4.message." + s.side(),
                            s.signer().id()));
                } else if (s.side() == Side.TOWN && !signsForTown(s.signer())
                        && convention.signatures().stream().noneMatch(t -> t.side() == Side.TOWN && signsForTown(t.signer()))) {
                    out.add(Violation.of(Rule.M4, "convention.signatures[" + i + "].signer", "Rule.M4.message.partnerAlone",
                            s.signer().id()));
                }
            }
        });
    }

    private static void m5(Initiative initiative, List<Violation> out) {
        // A convention never signed by both sides binds nobody: its commitments were never open.
        if (initiative.status() != InitiativeStatus.CLOSED || initiative.convention().isEmpty()
                || !initiative.convention().get().isSignedByBothSides()) {
            return;
        }
        List<Commitment> commitments = initiative.convention().get().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.kind() != CommitmentKind.STEWARDSHIP && c.status().isOpen()) {
                out.add(Violation.of(Rule.M5, commitmentPath(i) + ".status", "Rule.M5.message", c.id(), c.status()));
            }
        }
    }

    private static boolean signsForTown(Actor signer) {
        return signer.kind().isElected() || signer.kind() == ActorKind.MUNICIPALITY;
    }

    private static void m6(Initiative initiative, List<Violation> out) {
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            if (decision.outcome() != DecisionOutcome.ADOPTED && decision.outcome() != DecisionOutcome.REPEALED) {
                continue;
            }
            if (decision.decidedBy().kind() != ActorKind.ELECTED_BODY) {
                out.add(Violation.of(Rule.M6, decisionPath(i) + ".decidedBy", "Rule.M6.message.body", decision.decidedBy().id(),
                        decision.decidedBy().kind()));
            }
            if (decision.reference().isEmpty()) {
                out.add(Violation.of(Rule.M6, decisionPath(i) + ".reference", "Rule.M6.message.reference"));
            }
        }
    }

    private static void m7(Initiative initiative, List<Violation> out) {
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Actor decider = decisions.get(i).decidedBy();
            if (decider.actsForTown() || !initiative.isApplicant(decider)) {
                out.add(Violation.of(Rule.M7, decisionPath(i) + ".decidedBy", "Rule.M7.message.decider", decider.id()));
            }
            if (decisions.get(i).residentsVote().isEmpty()) {
                out.add(Violation.of(Rule.M7, decisionPath(i) + ".residentsVote", "Rule.M7.message.vote"));
            }
        }
        lastDecisionRecorded(initiative, Rule.M7, out);
    }

    private static void m8(Initiative initiative, List<Violation> out) {
        List<Decision> decisions = initiative.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            if (decision.councilVote().isPresent()
                    && decision.councilVote().get().carries() == (decision.outcome() == DecisionOutcome.REJECTED)) {
                CouncilVote vote = decision.councilVote().get();
                out.add(Violation.of(Rule.M8, decisionPath(i) + ".councilVote", "Rule.M8.message", vote.inFavour(), vote.against(),
                        decision.outcome()));
            }
        }
    }

    private static void m9(Initiative initiative, List<Violation> out) {
        boolean policy = initiative.kind() == InitiativeKind.CO_CONSTRUCTED_POLICY;
        if (initiative.revises().isPresent()) {
            if (!policy) {
                out.add(Violation.of(Rule.M9, "revises", "Rule.M9.message.notPolicy", initiative.kind()));
            } else if (initiative.revises().get().equals(initiative.id())) {
                out.add(Violation.of(Rule.M9, "revises", "Rule.M9.message.itself", initiative.id()));
            }
        }
        if (initiative.reviewDate().isEmpty()) {
            return;
        }
        if (!policy) {
            out.add(Violation.of(Rule.M9, "reviewDate", "Rule.M9.message.notPolicy", initiative.kind()));
            return;
        }
        for (LifecycleEvent event : initiative.history()) {
            LocalDate adopted = event.at().atZone(initiative.territory().zone()).toLocalDate();
            if (event.transition() == Transition.ADOPT && !initiative.reviewDate().get().isAfter(adopted)) {
                out.add(Violation.of(Rule.M9, "reviewDate", "Rule.M9.message.review", initiative.reviewDate().get(), adopted));
            }
        }
    }

    private static void m10(Initiative initiative, List<Violation> out) {
        Lifecycle lifecycle = initiative.lifecycle();
        List<LifecycleEvent> history = initiative.history();
        for (int i = 0; i < history.size(); i++) {
            LifecycleEvent event = history.get(i);
            if (!lifecycle.allows(event.transition(), event.from(), event.to())) {
                out.add(Violation.of(Rule.M10, "history[" + i + "].transition", "Rule.M10.message", event.transition(),
                        event.from(), event.to(), initiative.kind()));
            }
        }
    }

    private static void p1(Initiative initiative, List<Violation> out) {
        if (initiative.activities().isEmpty()) {
            return;
        }
        for (PlannedVersusPractised.Phase phase : PlannedVersusPractised.of(initiative.involvementPlan(), initiative.activities())
                .shortfalls()) {
            out.add(Violation.of(Rule.P1, "involvementPlan.levels[" + phase.phase() + "]", "Rule.P1.message", phase.phase(),
                    phase.planned().orElseThrow(), phase.practised().orElseThrow()));
        }
    }
}
