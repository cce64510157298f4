package io.github.loosmethod.initiative;

import static io.github.loosmethod.initiative.InitiativeStatus.ABANDONED;
import static io.github.loosmethod.initiative.InitiativeStatus.ACCEPTED;
import static io.github.loosmethod.initiative.InitiativeStatus.AGREED;
import static io.github.loosmethod.initiative.InitiativeStatus.CLOSED;
import static io.github.loosmethod.initiative.InitiativeStatus.DELIVERED;
import static io.github.loosmethod.initiative.InitiativeStatus.DRAFT;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_FORCE;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_PROGRESS;
import static io.github.loosmethod.initiative.InitiativeStatus.IN_STEWARDSHIP;
import static io.github.loosmethod.initiative.InitiativeStatus.REJECTED;
import static io.github.loosmethod.initiative.InitiativeStatus.REPEALED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUBMITTED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUPERSEDED;
import static io.github.loosmethod.initiative.InitiativeStatus.SUSPENDED;
import static io.github.loosmethod.initiative.InitiativeStatus.TERMINATED;
import static io.github.loosmethod.initiative.InitiativeStatus.UNDER_ASSESSMENT;
import static io.github.loosmethod.initiative.InitiativeStatus.WITHDRAWN;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.RuleScope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of one kind of initiative, as data (<em>cycle de vie</em>): every allowed step
 * (transition, from, to), who may make it, the guards it checks and the rules of the method it
 * asks the validator about; the rules of the method that apply to the kind; the statuses in
 * which a convention may be drafted. The lifecycle operations of {@link Initiative} follow these
 * tables and nothing else, so the four lifecycles can be listed, shown and tested:
 *
 * <pre>{@code
 * for (Lifecycle.Step step : Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).steps()) {
 *     System.out.println(step.from() + " -" + step.transition() + "-> " + step.to() + " by " + step.party());
 * }
 * }</pre>
 *
 * <p>The four lifecycles, after the domain brief §3 and the model's decisions
 * ({@code docs/method-model.md}):
 * <ul>
 * <li>{@link InitiativeKind#FIFTY_FIFTY}: the brief's lifecycle — submitted, assessed, a
 * convention signed by both sides, works, stewardship, closing; suspension after a breach.
 * <li>{@link InitiativeKind#MUNICIPAL_PROJECT}: the town carries the project and involves
 * residents at the levels of its plan; an elected official or body approves it; works start
 * after that decision without a convention with residents (an agreement with partners may be
 * signed, without changing the status); delivered, then closed.
 * <li>{@link InitiativeKind#CO_CONSTRUCTED_POLICY}: diagnosis and co-design while a draft;
 * adopted by a deliberation of an elected body and in force from then; superseded by a revised
 * version or repealed.
 * <li>{@link InitiativeKind#CITIZEN_LED}: the residents' own body decides; the town supports it
 * through an agreement it signs for its side; works and upkeep by the residents.
 * </ul>
 * In every kind the town may abandon an initiative it had accepted or started
 * ({@link Transition#ABANDON}), which differs from the applicants' withdrawal and from the
 * termination that follows a breach.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Lifecycle {

    /**
     * Who may make a step (guard L2).
     *
     * <p>This enum is immutable and thread-safe.
     */
    public enum Party {
        /** One of the initiative's applicants. */
        APPLICANTS,
        /** An actor of the town: elected official or body, municipality, municipal service. */
        TOWN,
        /** An applicant or an actor of the town. */
        APPLICANTS_OR_TOWN,
        /** Whoever the decision names; who may decide is a rule of each kind (R3, R10, M6, M7). */
        DECIDER,
        /** Whoever signs; who may sign for a side is a rule (M4). */
        SIGNER;

        boolean admits(Initiative initiative, Actor actor) {
            switch (this) {
                case APPLICANTS:
                    return initiative.isApplicant(actor);
                case TOWN:
                    return actor.actsForTown();
                case APPLICANTS_OR_TOWN:
                    return initiative.isApplicant(actor) || actor.actsForTown();
                default:
                    return true;
            }
        }
    }

    /**
     * One allowed step of a lifecycle.
     *
     * @param transition the transition
     * @param from the status it starts from
     * @param to the status it leads to
     * @param party who may make it
     * @param guards the guards checked before anything is built (L1–L8), in catalogue order
     * @param rules the rules of the method the validator checks on the initiative the step
     *        produces, among those that apply to the kind, in catalogue order
     */
    public record Step(Transition transition, InitiativeStatus from, InitiativeStatus to, Party party, Set<Rule> guards,
            Set<Rule> rules) {

        /**
         * Creates a step; the sets are copied.
         *
         * @param transition the transition, not null
         * @param from the status it starts from, not null
         * @param to the status it leads to, not null
         * @param party who may make it, not null
         * @param guards the guards it checks, not null
         * @param rules the rules it asks the validator about, not null
         * @throws NullPointerException if an argument is null
         */
        public Step {
            Objects.requireNonNull(transition, "transition");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(party, "party");
            guards = Collections.unmodifiableSet(guards.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(guards));
            rules = Collections.unmodifiableSet(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules));
        }

        @Override
        public String toString() {
            return from + " -" + transition + "-> " + to + " by " + party;
        }
    }

    // Static fields in the order they are needed: the lifecycles are built last.
    private static final int STATUSES = InitiativeStatus.values().length;

    private static final Set<Rule> COMMON_GUARDS = EnumSet.of(Rule.L1, Rule.L2, Rule.L3);

    /** The rules each transition asks the validator about, before restriction to the kind's rules. */
    private static final Map<Transition, Set<Rule>> RULES_OF_TRANSITION = rulesOfTransitions();

    /** The guards a transition checks beyond L1–L3. */
    private static final Map<Transition, Set<Rule>> OWN_GUARDS = ownGuards();

    private static final Map<InitiativeKind, Lifecycle> BY_KIND = lifecycles();

    private final InitiativeKind kind;
    private final List<Step> steps;
    private final Set<Rule> rules;
    private final Set<InitiativeStatus> conventionStatuses;
    /** Whether each (transition, from, to) is a step: asked of every event of every initiative read. */
    private final boolean[] allowed;

    private Lifecycle(InitiativeKind kind, List<Step> steps, Set<Rule> rules, Set<InitiativeStatus> conventionStatuses) {
        this.kind = kind;
        this.steps = List.copyOf(steps);
        this.rules = Collections.unmodifiableSet(rules);
        this.conventionStatuses = Collections.unmodifiableSet(conventionStatuses);
        this.allowed = new boolean[Transition.values().length * STATUSES * STATUSES];
        for (Step step : steps) {
            allowed[index(step.transition(), step.from(), step.to())] = true;
        }
    }

    private static int index(Transition transition, InitiativeStatus from, InitiativeStatus to) {
        return (transition.ordinal() * STATUSES + from.ordinal()) * STATUSES + to.ordinal();
    }

    /**
     * Tells whether this lifecycle has a step of a transition from one status to another.
     *
     * @param transition the transition, not null
     * @param from the status before, not null
     * @param to the status after, not null
     * @return true if the step exists
     * @throws NullPointerException if an argument is null
     */
    public boolean allows(Transition transition, InitiativeStatus from, InitiativeStatus to) {
        return allowed[index(transition, from, to)];
    }

    /**
     * Returns the lifecycle of a kind of initiative.
     *
     * @param kind the kind, not null
     * @return its lifecycle, never null
     * @throws NullPointerException if {@code kind} is null
     */
    public static Lifecycle of(InitiativeKind kind) {
        return BY_KIND.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the lifecycles of every kind, in the order of {@link InitiativeKind}.
     *
     * @return the lifecycles, unmodifiable, never empty
     */
    public static List<Lifecycle> all() {
        return List.copyOf(BY_KIND.values());
    }

    /**
     * Returns the kind this lifecycle is for.
     *
     * @return the kind, never null
     */
    public InitiativeKind kind() {
        return kind;
    }

    /**
     * Returns every allowed step, in the order of the lifecycle.
     *
     * @return the steps, unmodifiable, never empty
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns the rules of the method of scope {@link RuleScope#INITIATIVE} that apply to this kind;
     * {@link Initiative#validate()} checks these and only these.
     *
     * @return the rules, in catalogue order, unmodifiable
     */
    public Set<Rule> rules() {
        return rules;
    }

    /**
     * Returns the rules that applied to this kind in a version of the catalogue: in version 1,
     * the rules of the first catalogue, those about fifty-fifties (R1, R2, R5–R8) to fifty-fifties
     * only, every other one to every kind; from version 2 on, {@link #rules()}.
     *
     * @param catalogueVersion the catalogue's version, 1 or more
     * @return the rules, in catalogue order, unmodifiable
     */
    public Set<Rule> rules(int catalogueVersion) {
        if (catalogueVersion >= Rule.CATALOGUE_VERSION) {
            return rules;
        }
        Set<Rule> first = EnumSet.of(Rule.R3, Rule.R4, Rule.R10, Rule.R11, Rule.R12, Rule.R14, Rule.R15, Rule.M1, Rule.M2, Rule.M3,
                Rule.M4, Rule.M5);
        if (kind == InitiativeKind.FIFTY_FIFTY) {
            first.addAll(EnumSet.of(Rule.R1, Rule.R2, Rule.R5, Rule.R6, Rule.R7, Rule.R8));
        }
        return Collections.unmodifiableSet(first);
    }

    /**
     * Returns the statuses in which a convention may be drafted ({@link Initiative#draftConvention}).
     * For a municipal project it is the optional agreement with partners; a policy has none.
     *
     * @return the statuses, unmodifiable, empty for a kind without convention
     */
    public Set<InitiativeStatus> conventionStatuses() {
        return conventionStatuses;
    }

    /**
     * Returns every status an initiative of this kind can be in.
     *
     * @return the statuses, in catalogue order, unmodifiable
     */
    public Set<InitiativeStatus> statuses() {
        Set<InitiativeStatus> statuses = EnumSet.of(DRAFT);
        for (Step step : steps) {
            statuses.add(step.from());
            statuses.add(step.to());
        }
        return Collections.unmodifiableSet(statuses);
    }

    /**
     * Returns the steps of one transition.
     *
     * @param transition the transition, not null
     * @return the steps, possibly empty if this kind has no such transition
     * @throws NullPointerException if {@code transition} is null
     */
    public List<Step> steps(Transition transition) {
        Objects.requireNonNull(transition, "transition");
        List<Step> found = new ArrayList<>();
        for (Step step : steps) {
            if (step.transition() == transition) {
                found.add(step);
            }
        }
        return found;
    }

    /**
     * Finds the step of a transition from one status to another.
     *
     * @param transition the transition, not null
     * @param from the status before, not null
     * @param to the status after, not null
     * @return the step, or empty if this lifecycle does not allow it
     * @throws NullPointerException if an argument is null
     */
    public Optional<Step> step(Transition transition, InitiativeStatus from, InitiativeStatus to) {
        if (!allows(transition, from, to)) {
            return Optional.empty();
        }
        for (Step step : steps) {
            if (step.transition() == transition && step.from() == from && step.to() == to) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the step of a transition from a status: the lifecycle's own or, for a record left in
     * a status its kind's lifecycle does not have (a record of format version 1, whose every kind
     * followed the fifty-fifty's), the town's abandonment with its reason, so that no record is
     * stuck for good. Such a step is warned of by rule M10 like any other foreign one.
     *
     * @param transition the transition, not null
     * @param from the status, not null
     * @return the first step of the transition from that status, or empty
     * @throws NullPointerException if an argument is null
     */
    public Optional<Step> stepFrom(Transition transition, InitiativeStatus from) {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        for (Step step : steps) {
            if (step.transition() == transition && step.from() == from) {
                return Optional.of(step);
            }
        }
        if (transition == Transition.ABANDON && isLegacyAbandonment(from, InitiativeStatus.ABANDONED) && !statuses().contains(from)) {
            return Optional.of(new Step(Transition.ABANDON, from, InitiativeStatus.ABANDONED, Party.TOWN, COMMON_GUARDS, Set.of()));
        }
        return Optional.empty();
    }

    /** Whether an abandonment from a status to another is one the town may make of a record left outside its lifecycle. */
    static boolean isLegacyAbandonment(InitiativeStatus from, InitiativeStatus to) {
        return to == InitiativeStatus.ABANDONED && !from.isTerminal();
    }

    /**
     * Returns the statuses a transition may start from in this lifecycle.
     *
     * @param transition the transition, not null
     * @return the statuses, in catalogue order, possibly empty
     * @throws NullPointerException if {@code transition} is null
     */
    public Set<InitiativeStatus> sources(Transition transition) {
        Set<InitiativeStatus> sources = EnumSet.noneOf(InitiativeStatus.class);
        steps(transition).forEach(step -> sources.add(step.from()));
        return sources;
    }

    /**
     * Returns the shortest sequence of steps from a status to one where a transition is allowed,
     * avoiding suspension and the terminal statuses: what an initiative still needs before it.
     *
     * @param from the current status, not null
     * @param transition the transition wanted, not null
     * @return the steps to make first, empty if the transition is allowed now or cannot be reached
     * @throws NullPointerException if an argument is null
     */
    public List<Step> pathTo(InitiativeStatus from, Transition transition) {
        return pathTo(from, sources(transition));
    }

    /** The shortest sequence of steps from a status to one of {@code targets}, as {@link #pathTo(InitiativeStatus, Transition)}. */
    List<Step> pathTo(InitiativeStatus from, Set<InitiativeStatus> targets) {
        Map<InitiativeStatus, Step> reachedBy = new EnumMap<>(InitiativeStatus.class);
        Deque<InitiativeStatus> queue = new ArrayDeque<>(List.of(Objects.requireNonNull(from, "from")));
        Set<InitiativeStatus> seen = EnumSet.of(from);
        while (!queue.isEmpty()) {
            InitiativeStatus status = queue.removeFirst();
            if (targets.contains(status)) {
                List<Step> path = new ArrayList<>();
                for (InitiativeStatus s = status; s != from; s = reachedBy.get(s).from()) {
                    path.add(0, reachedBy.get(s));
                }
                return path;
            }
            for (Step step : steps) {
                if (step.from() == status && !step.to().isTerminal() && step.to() != SUSPENDED && seen.add(step.to())) {
                    reachedBy.put(step.to(), step);
                    queue.addLast(step.to());
                }
            }
        }
        return List.of();
    }

    /**
     * Tells whether a convention may still be drafted for an initiative in a status: the status is
     * one of {@link #conventionStatuses()} or leads to one.
     *
     * @param status the status, not null
     * @return true if a convention may still come
     * @throws NullPointerException if {@code status} is null
     */
    public boolean mayStillDraftConvention(InitiativeStatus status) {
        if (conventionStatuses.isEmpty()) {
            return false;
        }
        Set<InitiativeStatus> seen = EnumSet.of(Objects.requireNonNull(status, "status"));
        Deque<InitiativeStatus> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            InitiativeStatus s = queue.removeFirst();
            if (conventionStatuses.contains(s)) {
                return true;
            }
            for (Step step : steps) {
                if (step.from() == s && step.transition() != Transition.SIGN && seen.add(step.to())) {
                    queue.addLast(step.to());
                }
            }
        }
        return false;
    }

    /**
     * Returns the lifecycle as a Mermaid state diagram, as {@code docs/method-model.md} shows it.
     *
     * @return the diagram's text, never blank
     */
    public String toMermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n    [*] --> DRAFT\n");
        Set<String> lines = new LinkedHashSet<>();
        for (Step step : steps) {
            lines.add("    " + step.from() + " --> " + step.to() + " : " + step.transition().name().toLowerCase(java.util.Locale.ROOT));
        }
        lines.forEach(line -> out.append(line).append('\n'));
        for (InitiativeStatus status : statuses()) {
            if (status.isTerminal()) {
                out.append("    ").append(status).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Lifecycle of " + kind + " " + steps;
    }

    /** Collects the steps of one lifecycle. */
    private static final class Table {
        private final List<Step> steps = new ArrayList<>();
        private final Set<Rule> rules;

        Table(Set<Rule> rules) {
            this.rules = rules;
        }

        Table step(Transition transition, Set<InitiativeStatus> from, InitiativeStatus to, Party party) {
            for (InitiativeStatus source : from) {
                Set<Rule> guards = EnumSet.copyOf(COMMON_GUARDS);
                guards.addAll(OWN_GUARDS.getOrDefault(transition, Set.of()));
                Set<Rule> checked = EnumSet.noneOf(Rule.class);
                checked.addAll(RULES_OF_TRANSITION.getOrDefault(transition, Set.of()));
                checked.retainAll(rules);
                steps.add(new Step(transition, source, to, party, guards, checked));
            }
            return this;
        }

        Table step(Transition transition, InitiativeStatus from, InitiativeStatus to, Party party) {
            return step(transition, EnumSet.of(from), to, party);
        }

        /** A breach suspends an agreement: the town resumes it where it stopped, or terminates it. */
        Table suspension() {
            return step(Transition.SUSPEND, EnumSet.of(AGREED, IN_PROGRESS, IN_STEWARDSHIP), SUSPENDED, Party.TOWN)
                    .step(Transition.RESUME, SUSPENDED, AGREED, Party.TOWN)
                    .step(Transition.RESUME, SUSPENDED, IN_PROGRESS, Party.TOWN)
                    .step(Transition.RESUME, SUSPENDED, IN_STEWARDSHIP, Party.TOWN)
                    .step(Transition.TERMINATE, SUSPENDED, TERMINATED, Party.TOWN);
        }
    }

    private static Map<InitiativeKind, Lifecycle> lifecycles() {
        Map<InitiativeKind, Lifecycle> all = new EnumMap<>(InitiativeKind.class);

        Set<Rule> fiftyFiftyRules = EnumSet.of(Rule.R1, Rule.R2, Rule.R3, Rule.R4, Rule.R5, Rule.R6, Rule.R7, Rule.R8, Rule.R10,
                Rule.R11, Rule.R12, Rule.R14, Rule.R15, Rule.M1, Rule.M2, Rule.M3, Rule.M4, Rule.M5, Rule.M8, Rule.M9, Rule.M10, Rule.P1, Rule.P2);
        Table fiftyFifty = new Table(fiftyFiftyRules)
                .step(Transition.SUBMIT, DRAFT, SUBMITTED, Party.APPLICANTS)
                .step(Transition.START_ASSESSMENT, SUBMITTED, UNDER_ASSESSMENT, Party.TOWN)
                .step(Transition.ACCEPT, UNDER_ASSESSMENT, ACCEPTED, Party.DECIDER)
                .step(Transition.REJECT, UNDER_ASSESSMENT, REJECTED, Party.DECIDER)
                .step(Transition.REQUEST_REWORK, UNDER_ASSESSMENT, SUBMITTED, Party.DECIDER)
                .step(Transition.SIGN, ACCEPTED, ACCEPTED, Party.SIGNER)
                .step(Transition.SIGN, ACCEPTED, AGREED, Party.SIGNER)
                .step(Transition.START_WORK, AGREED, IN_PROGRESS, Party.APPLICANTS_OR_TOWN)
                .step(Transition.DELIVER, IN_PROGRESS, DELIVERED, Party.APPLICANTS_OR_TOWN)
                .step(Transition.START_STEWARDSHIP, DELIVERED, IN_STEWARDSHIP, Party.APPLICANTS_OR_TOWN)
                .step(Transition.CLOSE, IN_STEWARDSHIP, CLOSED, Party.TOWN)
                .suspension()
                .step(Transition.WITHDRAW, EnumSet.of(DRAFT, SUBMITTED, UNDER_ASSESSMENT, ACCEPTED), WITHDRAWN, Party.APPLICANTS)
                .step(Transition.ABANDON, EnumSet.of(ACCEPTED, AGREED, IN_PROGRESS), ABANDONED, Party.TOWN);
        all.put(InitiativeKind.FIFTY_FIFTY, new Lifecycle(InitiativeKind.FIFTY_FIFTY, fiftyFifty.steps, fiftyFiftyRules,
                EnumSet.of(ACCEPTED)));

        Set<Rule> municipalRules = EnumSet.of(Rule.R3, Rule.R10, Rule.R12, Rule.R14, Rule.M1, Rule.M2, Rule.M3, Rule.M4,
                Rule.M5, Rule.M8, Rule.M9, Rule.M10, Rule.P1, Rule.P2, Rule.P3);
        Table municipal = new Table(municipalRules)
                .step(Transition.ACCEPT, DRAFT, ACCEPTED, Party.DECIDER)
                .step(Transition.REJECT, DRAFT, REJECTED, Party.DECIDER)
                .step(Transition.SIGN, ACCEPTED, ACCEPTED, Party.SIGNER)
                .step(Transition.START_WORK, ACCEPTED, IN_PROGRESS, Party.TOWN)
                .step(Transition.DELIVER, IN_PROGRESS, DELIVERED, Party.TOWN)
                .step(Transition.CLOSE, DELIVERED, CLOSED, Party.TOWN)
                .step(Transition.ABANDON, EnumSet.of(DRAFT, ACCEPTED, IN_PROGRESS), ABANDONED, Party.TOWN);
        all.put(InitiativeKind.MUNICIPAL_PROJECT, new Lifecycle(InitiativeKind.MUNICIPAL_PROJECT, municipal.steps, municipalRules,
                EnumSet.of(ACCEPTED)));

        Set<Rule> citizenRules = EnumSet.of(Rule.R4, Rule.R5, Rule.R6, Rule.R8, Rule.R11, Rule.R12, Rule.R14, Rule.R15, Rule.M1,
                Rule.M2, Rule.M3, Rule.M4, Rule.M5, Rule.M7, Rule.M8, Rule.M9, Rule.M10, Rule.P1, Rule.P2);
        Table citizen = new Table(citizenRules)
                .step(Transition.ACCEPT, DRAFT, ACCEPTED, Party.DECIDER)
                .step(Transition.REJECT, DRAFT, REJECTED, Party.DECIDER)
                .step(Transition.SIGN, ACCEPTED, ACCEPTED, Party.SIGNER)
                .step(Transition.SIGN, ACCEPTED, AGREED, Party.SIGNER)
                .step(Transition.START_WORK, AGREED, IN_PROGRESS, Party.APPLICANTS)
                .step(Transition.DELIVER, IN_PROGRESS, DELIVERED, Party.APPLICANTS)
                .step(Transition.START_STEWARDSHIP, DELIVERED, IN_STEWARDSHIP, Party.APPLICANTS)
                .step(Transition.CLOSE, IN_STEWARDSHIP, CLOSED, Party.APPLICANTS_OR_TOWN)
                .suspension()
                .step(Transition.WITHDRAW, EnumSet.of(DRAFT, ACCEPTED), WITHDRAWN, Party.APPLICANTS)
                .step(Transition.ABANDON, EnumSet.of(ACCEPTED, AGREED, IN_PROGRESS), ABANDONED, Party.TOWN);
        all.put(InitiativeKind.CITIZEN_LED, new Lifecycle(InitiativeKind.CITIZEN_LED, citizen.steps, citizenRules,
                EnumSet.of(ACCEPTED)));

        Set<Rule> policyRules = EnumSet.of(Rule.R3, Rule.R10, Rule.R14, Rule.M1, Rule.M6, Rule.M8, Rule.M9, Rule.M10, Rule.P1, Rule.P3);
        Table policy = new Table(policyRules)
                .step(Transition.ADOPT, DRAFT, IN_FORCE, Party.DECIDER)
                .step(Transition.REJECT, DRAFT, REJECTED, Party.DECIDER)
                .step(Transition.REPEAL, IN_FORCE, REPEALED, Party.DECIDER)
                .step(Transition.SUPERSEDE, IN_FORCE, SUPERSEDED, Party.TOWN)
                .step(Transition.ABANDON, DRAFT, ABANDONED, Party.TOWN);
        all.put(InitiativeKind.CO_CONSTRUCTED_POLICY, new Lifecycle(InitiativeKind.CO_CONSTRUCTED_POLICY, policy.steps, policyRules,
                EnumSet.noneOf(InitiativeStatus.class)));
        return Collections.unmodifiableMap(all);
    }

    private static Map<Transition, Set<Rule>> rulesOfTransitions() {
        Map<Transition, Set<Rule>> rules = new EnumMap<>(Transition.class);
        Set<Rule> decision = EnumSet.of(Rule.R3, Rule.R10, Rule.M1, Rule.M6, Rule.M7, Rule.M8);
        rules.put(Transition.SUBMIT, EnumSet.of(Rule.R1, Rule.R2, Rule.R14, Rule.M1));
        rules.put(Transition.ACCEPT, decision);
        rules.put(Transition.REJECT, decision);
        rules.put(Transition.REQUEST_REWORK, decision);
        rules.put(Transition.ADOPT, EnumSet.of(Rule.R3, Rule.R10, Rule.R14, Rule.M1, Rule.M6, Rule.M8, Rule.M9, Rule.P3));
        rules.put(Transition.REPEAL, decision);
        rules.put(Transition.SIGN, Rule.ofScope(RuleScope.INITIATIVE));
        rules.put(Transition.START_WORK, EnumSet.of(Rule.R4, Rule.R11, Rule.R15, Rule.P3));
        rules.put(Transition.CLOSE, EnumSet.of(Rule.R12, Rule.M5));
        return rules;
    }

    private static Map<Transition, Set<Rule>> ownGuards() {
        Map<Transition, Set<Rule>> guards = new EnumMap<>(Transition.class);
        for (Transition decision : List.of(Transition.ACCEPT, Transition.REJECT, Transition.REQUEST_REWORK, Transition.ADOPT,
                Transition.REPEAL)) {
            guards.put(decision, EnumSet.of(Rule.L8));
        }
        guards.put(Transition.SIGN, EnumSet.of(Rule.L6, Rule.L7));
        guards.put(Transition.SUSPEND, EnumSet.of(Rule.L4));
        guards.put(Transition.RESUME, EnumSet.of(Rule.L5));
        return guards;
    }
}
