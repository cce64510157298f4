package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The lower-bound baseline: plain mutable POJOs with the same shape as the format's initiative
 * document, bound by Jackson databind with no validation at all — dates and codes left as strings,
 * so that databind converts nothing. {@link TypedPojos} is the same shape in the model's types.
 */
final class Pojos {

    private Pojos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Actor {
        public String id;
        public String name;
        public String kind;
        public Boolean minor;
        public String responsibleActorId;
    }

    public static final class Territory {
        public String code;
        public String name;
        public String country;
        public String zone;
    }

    public static final class Purpose {
        public String livingEnvironment;
        public String generalInterest;
    }

    public static final class Plan {
        public Map<String, String> levels;
    }

    public static final class Assessment {
        public Actor decidedBy;
        public String decidedAt;
        public String outcome;
        public List<String> reasons;
    }

    public static final class Quantity {
        public BigDecimal amount;
        public String unit;
    }

    public static final class Change {
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
        public List<Change> history;
    }

    public static final class Signature {
        public String side;
        public Actor signer;
        public String date;
    }

    public static final class Convention {
        public String reference;
        public Actor town;
        public String startDate;
        public String endDate;
        public List<Commitment> commitments;
        public List<Signature> signatures;
    }

    public static final class Event {
        public String transition;
        public String from;
        public String to;
        public Actor by;
        public String at;
        public String reason;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Initiative {
        public int formatVersion;
        public String id;
        public Territory territory;
        public String title;
        public Purpose purpose;
        public String kind;
        public List<Actor> applicants;
        public List<String> themes;
        public Plan involvementPlan;
        public String status;
        public Assessment assessment;
        public Convention convention;
        public List<Event> history;
    }
}
