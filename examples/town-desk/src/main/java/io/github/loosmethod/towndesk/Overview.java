package io.github.loosmethod.towndesk;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An initiative as the clerk's page shows it, every term labelled in the reader's language: its
 * timeline (who, when, why), its convention and commitments, its involvement plan beside what was
 * practised, phase by phase on the ladder, the operations its status allows next, and the actors
 * the record knows, whom a clerk picks from. Codes stay codes; an absent value is an empty text
 * or a rank of 0, never null.
 *
 * @param id the initiative's id
 * @param title its title
 * @param kind its kind's label
 * @param status its status's code
 * @param statusLabel its status's label
 * @param version its record's version
 * @param ladder the rungs of the ladder, lowest first
 * @param phases the involvement plan beside practice, phase by phase
 * @param timeline the lifecycle events, in order
 * @param convention the convention, its reference empty when none is drafted
 * @param next the operations the status allows next, as the page offers them
 * @param actors the actors the record names, by id
 * @param town the town as a party to a convention: the convention's, or the municipality the record
 *        names, or one made of the territory ({@code town-<code>}, its name)
 * @param choices the codes a form offers, labelled, by the field they fill: {@code side},
 *        {@code commitmentKind}, {@code commitmentStatus}, {@code unit}, {@code activityKind},
 *        {@code phase}, {@code level}
 */
public record Overview(String id, String title, String kind, String status, String statusLabel, long version,
        List<Rung> ladder, List<Phase> phases, List<Event> timeline, ConventionView convention, List<Next> next,
        List<Actor> actors, Actor town, Map<String, List<Choice>> choices) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public Overview {
        ladder = List.copyOf(ladder);
        phases = List.copyOf(phases);
        timeline = List.copyOf(timeline);
        next = List.copyOf(next);
        actors = List.copyOf(actors);
        choices = Map.copyOf(choices);
    }

    /**
     * A code a form offers, with its label.
     *
     * @param code the interchange format's code, such as {@code fulfilled}
     * @param label its label in the reader's language
     */
    public record Choice(String code, String label) {
    }

    /** The operations that are no transition of the lifecycle, offered beside its steps: English, French. */
    private static final Map<Operation, List<String>> OTHER_LABELS = Map.of(
            Operation.DRAFT_CONVENTION, List.of("Draft the convention", "Rédiger la convention"),
            Operation.RECORD_COMMITMENT_STATUS, List.of("Record a commitment's status", "Suivre un engagement"),
            Operation.RECORD_ACTIVITY, List.of("Record a participation activity", "Enregistrer une activité de participation"));

    /**
     * One rung of the co-construction ladder (<em>échelle de la co-construction</em>).
     *
     * @param code the level's code
     * @param rank its rank, from 1
     * @param label its label
     */
    public record Rung(String code, int rank, String label) {
    }

    /**
     * One phase of the project: the level planned and the highest level practised.
     *
     * @param code the phase's code
     * @param label its label
     * @param planned the planned level's rank, 0 for none
     * @param practised the practised level's rank, 0 for none
     * @param fallsShort whether practice fell short of the plan
     */
    public record Phase(String code, String label, int planned, int practised, boolean fallsShort) {
    }

    /**
     * One lifecycle event.
     *
     * @param at when, ISO-8601
     * @param who who made it, by name
     * @param transition what, labelled
     * @param to the status it led to, labelled
     * @param why its reason
     */
    public record Event(String at, String who, String transition, String to, String why) {
    }

    /**
     * The convention (<em>convention</em>).
     *
     * @param reference its reference, empty when none is drafted
     * @param from its first day, empty when none
     * @param to its last day, empty when none
     * @param commitments its commitments
     * @param signatures who signed, as "side: name, date"
     */
    public record ConventionView(String reference, String from, String to, List<CommitmentView> commitments,
            List<String> signatures) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list is null
         */
        public ConventionView {
            commitments = List.copyOf(commitments);
            signatures = List.copyOf(signatures);
        }
    }

    /**
     * One commitment (<em>engagement</em>).
     *
     * @param id its id
     * @param side the side that owes it, labelled
     * @param responsible who answers for it, by name
     * @param description what
     * @param due its due date, empty when none
     * @param status its status, labelled
     */
    public record CommitmentView(String id, String side, String responsible, String description, String due,
            String status) {
    }

    /**
     * An operation the page offers.
     *
     * @param operation its path segment, such as {@code start-work}
     * @param label its label
     * @param body the form it needs: {@code move}, {@code decision} (with {@code outcome}), {@code signature},
     *        {@code convention}, {@code commitment} or {@code activity}
     * @param outcome the decision's outcome code, empty unless a decision
     */
    public record Next(String operation, String label, String body, String outcome) {
    }

    /** The decisions' outcomes, by the transition that records them. */
    private static final Map<Transition, String> OUTCOMES = Map.of(Transition.ACCEPT, "accepted",
            Transition.REJECT, "rejected", Transition.REQUEST_REWORK, "rework_requested", Transition.ADOPT, "adopted",
            Transition.REPEAL, "repealed");

    /**
     * Makes the overview of a stored initiative.
     *
     * @param stored the initiative and its version, not null
     * @param locale the reader's locale, not null
     * @return the overview, never null
     */
    public static Overview of(StoredInitiative stored, Locale locale) {
        Initiative initiative = stored.initiative();
        List<Rung> ladder = Arrays.stream(CoConstructionLevel.values())
                .map(level -> new Rung(Codes.code(level), level.rank(), level.label(locale))).toList();
        List<Phase> phases = PlannedVersusPractised.of(initiative.involvementPlan(), initiative.activities()).phases().stream()
                .map(p -> new Phase(Codes.code(p.phase()), p.phase().label(locale), p.planned().map(CoConstructionLevel::rank).orElse(0),
                        p.practised().map(CoConstructionLevel::rank).orElse(0), p.fallsShort()))
                .toList();
        List<Event> timeline = initiative.history().stream()
                .map(e -> new Event(e.at().toString(), e.by().name(), e.transition().label(locale), e.to().label(locale), e.reason()))
                .toList();
        return new Overview(initiative.id(), initiative.title(), initiative.kind().label(locale), Codes.code(initiative.status()),
                initiative.status().label(locale), stored.version(), ladder, phases, timeline,
                convention(initiative.convention(), locale), next(initiative, locale), actors(initiative), town(initiative),
                choices(locale));
    }

    private static Actor town(Initiative initiative) {
        return initiative.convention().map(Convention::town)
                .or(() -> actors(initiative).stream().filter(a -> a.kind() == ActorKind.MUNICIPALITY).findFirst())
                .orElseGet(() -> Actor.of("town-" + initiative.territory().code(), initiative.territory().name(), ActorKind.MUNICIPALITY));
    }

    private static Map<String, List<Choice>> choices(Locale locale) {
        return Map.of("side", labelled(Side.values(), locale), "commitmentKind", labelled(CommitmentKind.values(), locale),
                "commitmentStatus", labelled(CommitmentStatus.values(), locale), "unit", labelled(QuantityUnit.values(), locale),
                "activityKind", labelled(ActivityKind.values(), locale), "phase", labelled(ProjectPhase.values(), locale),
                "level", labelled(CoConstructionLevel.values(), locale));
    }

    private static <E extends Enum<E> & Labelled> List<Choice> labelled(E[] constants, Locale locale) {
        return Arrays.stream(constants).map(c -> new Choice(Codes.code(c), c.label(locale))).toList();
    }

    private static ConventionView convention(Optional<Convention> drafted, Locale locale) {
        return drafted.map(c -> new ConventionView(c.reference(), c.startDate().toString(), c.endDate().toString(),
                c.commitments().stream().map(m -> commitment(m, locale)).toList(),
                c.signatures().stream().map(s -> s.side().label(locale) + " : " + s.signer().name() + ", " + s.date()).toList()))
                .orElse(new ConventionView("", "", "", List.of(), List.of()));
    }

    private static CommitmentView commitment(Commitment commitment, Locale locale) {
        return new CommitmentView(commitment.id(), commitment.side().label(locale), commitment.responsible().name(),
                commitment.description(), commitment.dueDate().map(LocalDate::toString).orElse(""),
                commitment.status().label(locale));
    }

    /** The steps of the kind's lifecycle from the current status; signing, while the convention waits for it. */
    private static List<Next> next(Initiative initiative, Locale locale) {
        Map<Transition, Next> next = new LinkedHashMap<>();
        for (Lifecycle.Step step : initiative.lifecycle().steps()) {
            if (step.from() != initiative.status() || next.containsKey(step.transition())) {
                continue;
            }
            Transition transition = step.transition();
            String operation = Codes.code(transition).replace('_', '-');
            String body = OUTCOMES.containsKey(transition) ? "decision" : transition == Transition.SIGN ? "signature" : "move";
            if (transition == Transition.SIGN && initiative.convention().isEmpty()) {
                continue;
            }
            next.put(transition, new Next(operation, transition.label(locale), body, OUTCOMES.getOrDefault(transition, "")));
        }
        List<Next> offered = new ArrayList<>(next.values());
        // The operations that are no step of the lifecycle, where the library's guards allow them: a convention is
        // drafted once accepted; its commitments are followed once both sides signed it, until the initiative has
        // ended; activities are recorded until then too.
        InitiativeStatus status = initiative.status();
        if (status == InitiativeStatus.ACCEPTED) {
            offered.add(other(Operation.DRAFT_CONVENTION, "convention", locale));
        }
        if (!status.isTerminal() && initiative.convention().map(Convention::isSignedByBothSides).orElse(false)) {
            offered.add(other(Operation.RECORD_COMMITMENT_STATUS, "commitment", locale));
        }
        if (!status.isTerminal()) {
            offered.add(other(Operation.RECORD_ACTIVITY, "activity", locale));
        }
        return offered;
    }

    private static Next other(Operation operation, String body, Locale locale) {
        List<String> labels = OTHER_LABELS.get(operation);
        return new Next(operation.path(), Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? labels.get(1) : labels.get(0), body, "");
    }

    private static List<Actor> actors(Initiative initiative) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        initiative.applicants().forEach(a -> actors.putIfAbsent(a.id(), a));
        initiative.convention().ifPresent(c -> {
            actors.putIfAbsent(c.town().id(), c.town());
            c.commitments().forEach(m -> actors.putIfAbsent(m.responsible().id(), m.responsible()));
        });
        initiative.decisions().stream().map(Decision::decidedBy).forEach(a -> actors.putIfAbsent(a.id(), a));
        initiative.history().forEach(e -> actors.putIfAbsent(e.by().id(), e.by()));
        return new ArrayList<>(actors.values());
    }
}
