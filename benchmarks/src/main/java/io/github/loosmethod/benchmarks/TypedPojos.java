package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The equivalent baseline: the same plain mutable POJOs as {@link Pojos}, but with the types of the
 * model — enums for codes, {@link LocalDate}, {@link Instant} and {@link java.time.ZoneId} through
 * Jackson's own java.time module — as a host system would write them to hold what a document says.
 * Still no validation. Identifier schemes stay strings: the format leaves them open.
 *
 * <p>The enums are the POJOs' own, their constants spelled as the format's codes, so that databind
 * binds them by exact name, its fastest way, with no annotation and no case-insensitive scan.
 * {@code BaselinesTest} holds the classes, fields and codes to the published JSON Schema.
 */
final class TypedPojos {

    private TypedPojos() {
    }

    enum ActorKind { resident, resident_group, association, school, elected_official, elected_body, municipal_service, municipality, company, public_partner, research_body, citizen_company }

    enum AgeBand { under_11, from_11_to_14, from_15_to_17 }

    enum CoConstructionLevel { information, consultation, concertation, co_construction, co_production, citizen_led }

    enum ProjectPhase { diagnosis, design, decision, implementation, stewardship, evaluation }

    enum ActivityKind { public_meeting, workshop, questionnaire, site_walk, online_consultation, exhibition, vote, steering_committee, work_site, narrative_session }

    enum ParticipantCategory { residents, minors, associations, elected_officials, services, partners }

    enum Side { town, applicants }

    enum CommitmentKind { advice, technical_support, funding, supplies, equipment_loan, concession, loan, design, realisation, stewardship }

    enum CommitmentStatus { planned, in_progress, fulfilled, partially_fulfilled, breached, waived }

    enum QuantityUnit { euros, hours, items, square_metres, kilowatts_peak, kilowatt_hours, metres, participants, trees }

    enum InitiativeKind { fifty_fifty, municipal_project, citizen_led, co_constructed_policy }

    enum TransitionDomain { local_democracy, energy, food, biodiversity, eco_construction, social_action, economic_development, mobility, housing, culture }

    enum InitiativeStatus { draft, submitted, under_assessment, accepted, rejected, agreed, in_progress, delivered, in_stewardship, closed, suspended, terminated, withdrawn, in_force, superseded, repealed, abandoned }

    enum Transition { submit, start_assessment, accept, reject, request_rework, sign, start_work, deliver, start_stewardship, close, suspend, resume, terminate, withdraw, adopt, repeal, supersede, abandon }

    enum DecisionOutcome { accepted, rejected, rework_requested, adopted, repealed }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Identifier {
        public String scheme;
        public String value;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Source {
        public String system;
        public String id;
        public String url;
        public String file;
        public Integer line;
        public String pointer;
        public Instant retrievedAt;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Territory {
        public String code;
        public String name;
        public String country;
        public java.time.ZoneId zone;
        public List<Identifier> identifiers;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Actor {
        public String id;
        public String name;
        public ActorKind kind;
        public Boolean minor;
        public String responsibleActorId;
        public AgeBand ageBand;
        public List<Identifier> identifiers;
        public List<Source> sources;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Purpose {
        public String livingEnvironment;
        public String generalInterest;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class InvolvementPlan {
        public Map<ProjectPhase, CoConstructionLevel> levels;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class CouncilVote {
        public Integer inFavour;
        public Integer against;
        public Integer abstentions;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class VoteResult {
        public String option;
        public Long votes;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ResidentsVote {
        public String electorate;
        public Long eligible;
        public Long voters;
        public List<VoteResult> results;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Decision {
        public Actor decidedBy;
        public Instant decidedAt;
        public DecisionOutcome outcome;
        public List<String> reasons;
        public String reference;
        public String object;
        public CouncilVote councilVote;
        public ResidentsVote residentsVote;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ParticipationActivity {
        public String id;
        public ActivityKind kind;
        public String title;
        public LocalDate heldOn;
        public ProjectPhase phase;
        public CoConstructionLevel level;
        public Integer participants;
        public List<ParticipantCategory> participantCategories;
        public List<String> outputs;
        public List<String> references;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class LifecycleEvent {
        public Transition transition;
        public InitiativeStatus from;
        public InitiativeStatus to;
        public Actor by;
        public Instant at;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Quantity {
        public BigDecimal amount;
        public QuantityUnit unit;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class StatusChange {
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
        public List<StatusChange> history;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Signature {
        public Side side;
        public Actor signer;
        public LocalDate date;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Convention {
        public String reference;
        public Actor town;
        public LocalDate startDate;
        public LocalDate endDate;
        public List<Commitment> commitments;
        public List<Signature> signatures;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Initiative {
        public Integer formatVersion;
        public String id;
        public Territory territory;
        public String title;
        public Purpose purpose;
        public InitiativeKind kind;
        public List<Actor> applicants;
        public List<String> themes;
        public List<TransitionDomain> domains;
        public String revises;
        public LocalDate reviewDate;
        public String replaces;
        public String withdrawnFromPublication;
        public List<Source> sources;
        public Integer rulesVersion;
        public InvolvementPlan involvementPlan;
        public InitiativeStatus status;
        public List<Decision> decisions;
        public List<ParticipationActivity> activities;
        public Convention convention;
        public List<LifecycleEvent> history;
    }
}
