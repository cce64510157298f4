package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The lower-bound baseline: plain mutable POJOs with the shape of the format's initiative document
 * (every object and field of the published JSON Schema's initiative, held to it by
 * {@code BaselinesTest}), bound by Jackson databind with no validation at all — dates and codes left
 * as strings, so that databind converts nothing. {@link TypedPojos} is the same shape in the
 * model's types.
 */
final class Pojos {

    private Pojos() {
    }

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
        public String retrievedAt;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Territory {
        public String code;
        public String name;
        public String country;
        public String zone;
        public List<Identifier> identifiers;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Actor {
        public String id;
        public String name;
        public String kind;
        public Boolean minor;
        public String responsibleActorId;
        public String ageBand;
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
        public Map<String, String> levels;
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
        public String decidedAt;
        public String outcome;
        public List<String> reasons;
        public String reference;
        public String object;
        public CouncilVote councilVote;
        public ResidentsVote residentsVote;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ParticipationActivity {
        public String id;
        public String kind;
        public String title;
        public String heldOn;
        public String phase;
        public String level;
        public Integer participants;
        public List<String> participantCategories;
        public List<String> outputs;
        public List<String> references;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class LifecycleEvent {
        public String transition;
        public String from;
        public String to;
        public Actor by;
        public String at;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Quantity {
        public BigDecimal amount;
        public String unit;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class StatusChange {
        public String from;
        public String to;
        public String on;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Commitment {
        public String id;
        public String side;
        public Actor responsible;
        public String kind;
        public String description;
        public Quantity quantity;
        public String dueDate;
        public String phase;
        public String status;
        public List<StatusChange> history;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Signature {
        public String side;
        public Actor signer;
        public String date;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Convention {
        public String reference;
        public Actor town;
        public String startDate;
        public String endDate;
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
        public String kind;
        public List<Actor> applicants;
        public List<String> themes;
        public List<String> domains;
        public String revises;
        public String reviewDate;
        public String replaces;
        public String withdrawnFromPublication;
        public List<Source> sources;
        public Integer rulesVersion;
        public InvolvementPlan involvementPlan;
        public String status;
        public List<Decision> decisions;
        public List<ParticipationActivity> activities;
        public Convention convention;
        public List<LifecycleEvent> history;
    }
}
