package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The second baseline: the same plain mutable POJOs as {@link Pojos}, but with the types of the
 * model — enums for codes, {@link LocalDate} and {@link Instant} through Jackson's own java.time
 * module — as a host system would write them to hold what a document says. Still no validation.
 *
 * <p>The territory and the purpose hold only texts, so they are {@link Pojos}' own. The enums are
 * the POJOs' own, their constants spelled as the format's codes, so that databind
 * binds them by exact name, its fastest way, with no annotation and no case-insensitive scan.
 */
final class TypedPojos {

    private TypedPojos() {
    }

    enum ActorKind { resident, resident_group, association, school, elected_official, elected_body, municipal_service,
        municipality, company, public_partner, research_body }

    enum InitiativeKind { fifty_fifty, municipal_project, citizen_led, co_constructed_policy }

    enum InitiativeStatus { draft, submitted, under_assessment, accepted, rejected, agreed, in_progress, delivered,
        in_stewardship, closed, suspended, terminated, withdrawn }

    enum Transition { submit, start_assessment, accept, reject, request_rework, sign, start_work, deliver, start_stewardship,
        close, suspend, resume, terminate, withdraw }

    enum DecisionOutcome { accepted, rejected, rework_requested }

    enum Side { town, applicants }

    enum CommitmentKind { advice, technical_support, funding, supplies, equipment_loan, design, realisation, stewardship }

    enum CommitmentStatus { planned, in_progress, fulfilled, partially_fulfilled, breached, waived }

    enum QuantityUnit { euros, hours, items, square_metres }

    enum ProjectPhase { diagnosis, design, decision, implementation, stewardship, evaluation }

    enum CoConstructionLevel { information, consultation, concertation, co_construction, co_production, citizen_led }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Actor {
        public String id;
        public String name;
        public ActorKind kind;
        public Boolean minor;
        public String responsibleActorId;
    }

    public static final class Plan {
        public Map<ProjectPhase, CoConstructionLevel> levels;
    }

    public static final class Assessment {
        public Actor decidedBy;
        public Instant decidedAt;
        public DecisionOutcome outcome;
        public List<String> reasons;
    }

    public static final class Quantity {
        public BigDecimal amount;
        public QuantityUnit unit;
    }

    public static final class Change {
        public CommitmentStatus from;
        public CommitmentStatus to;
        public LocalDate on;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Commitment {
        public String id;
        public Side side;
        public Actor responsible;
        public CommitmentKind kind;
        public String description;
        public Quantity quantity;
        public LocalDate dueDate;
        public ProjectPhase phase;
        public CommitmentStatus status;
        public List<Change> history;
    }

    public static final class Signature {
        public Side side;
        public Actor signer;
        public LocalDate date;
    }

    public static final class Convention {
        public String reference;
        public Actor town;
        public LocalDate startDate;
        public LocalDate endDate;
        public List<Commitment> commitments;
        public List<Signature> signatures;
    }

    public static final class Event {
        public Transition transition;
        public InitiativeStatus from;
        public InitiativeStatus to;
        public Actor by;
        public Instant at;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Initiative {
        public int formatVersion;
        public String id;
        public Pojos.Territory territory;
        public String title;
        public Pojos.Purpose purpose;
        public InitiativeKind kind;
        public List<Actor> applicants;
        public List<String> themes;
        public Plan involvementPlan;
        public InitiativeStatus status;
        public Assessment assessment;
        public Convention convention;
        public List<Event> history;
    }
}
