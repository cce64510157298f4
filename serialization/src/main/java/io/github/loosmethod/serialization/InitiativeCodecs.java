package io.github.loosmethod.serialization;

import static io.github.loosmethod.serialization.Wire.code;
import static io.github.loosmethod.serialization.Wire.date;
import static io.github.loosmethod.serialization.Wire.instant;
import static io.github.loosmethod.serialization.Wire.text;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.initiative.AssessmentOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.RequestAssessment;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wire contract of actors, involvement, initiatives and commitments (format v1). Fields are
 * written in the order listed here; optional fields are left out when empty; enum values are
 * lower-case codes; dates and instants are ISO-8601; amounts are exact decimals.
 */
final class InitiativeCodecs {

    private InitiativeCodecs() {
    }

    static final TypeCodec<Territory> TERRITORY = TypeCodec.of(Territory.class,
            Fields.of("code", "name", "country", "zone"), (out, t) -> {
        text(out, "code", t.code());
        text(out, "name", t.name());
        text(out, "country", t.country());
        text(out, "zone", t.zone().getId());
    }, in -> {
        String code = null;
        String name = null;
        String country = null;
        ZoneId zone = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "code": code = in.string(); break;
                case "name": name = in.string(); break;
                case "country": country = in.string(); break;
                case "zone": zone = in.zone(); break;
                default: in.otherField();
            }
        }
        String c = in.require(code, "code");
        String n = in.require(name, "name");
        String k = in.require(country, "country");
        ZoneId z = in.require(zone, "zone");
        return in.build(() -> Territory.of(c, n, k, z));
    });

    static final TypeCodec<Actor> ACTOR = TypeCodec.of(Actor.class,
            Fields.of("id", "name", "kind", "minor", "responsibleActorId"), (out, a) -> {
        text(out, "id", a.id());
        text(out, "name", a.name());
        code(out, "kind", a.kind());
        if (a.minor()) {
            out.writeFieldName(Wire.name("minor"));
            out.writeBoolean(true);
        }
        if (a.responsibleActorId().isPresent()) {
            text(out, "responsibleActorId", a.responsibleActorId().get());
        }
    }, in -> {
        String id = null;
        String name = null;
        ActorKind kind = null;
        boolean minor = false;
        String responsible = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "id": id = in.string(); break;
                case "name": name = in.string(); break;
                case "kind": kind = in.code(CodeTable.ACTOR_KIND); break;
                case "minor": minor = in.bool(); break;
                case "responsibleActorId": responsible = in.string(); break;
                default: in.otherField();
            }
        }
        String i = in.require(id, "id");
        String n = in.require(name, "name");
        ActorKind k = in.require(kind, "kind");
        // The same actor appears in many places of a record: a repeat is the instance already read.
        Actor known = in.actor(i);
        if (known != null && known.name().equals(n) && known.kind() == k && known.minor() == minor
                && known.responsibleActorId().equals(Optional.ofNullable(responsible))) {
            return known;
        }
        var builder = Actor.builder().withId(i).withName(n).withKind(k).withMinor(minor).withResponsibleActorId(
                Optional.ofNullable(responsible));
        return in.remember(in.build(builder::build));
    });

    static final TypeCodec<Purpose> PURPOSE = TypeCodec.of(Purpose.class,
            Fields.of("livingEnvironment", "generalInterest"), (out, p) -> {
        text(out, "livingEnvironment", p.livingEnvironment());
        text(out, "generalInterest", p.generalInterest());
    }, in -> {
        String living = null;
        String general = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "livingEnvironment": living = in.string(); break;
                case "generalInterest": general = in.string(); break;
                default: in.otherField();
            }
        }
        String l = in.require(living, "livingEnvironment");
        String g = in.require(general, "generalInterest");
        return in.build(() -> Purpose.of(l, g));
    });

    static final TypeCodec<InvolvementPlan> INVOLVEMENT_PLAN = TypeCodec.of(InvolvementPlan.class, Fields.of("levels"), (out, p) ->
            Wire.codeMap(out, "levels", p.levels(), (o, level) -> o.writeString(Wire.code(level))), in -> {
        Map<ProjectPhase, CoConstructionLevel> levels = null;
        while (in.nextField()) {
            if ("levels".equals(in.fieldName())) {
                levels = codeMap(in, CodeTable.PROJECT_PHASE, i -> i.code(CodeTable.CO_CONSTRUCTION_LEVEL));
            } else {
                in.otherField();
            }
        }
        Map<ProjectPhase, CoConstructionLevel> l = in.require(levels, "levels");
        return in.build(() -> InvolvementPlan.builder().putAllLevels(l).build());
    });

    static final TypeCodec<LevelMapping> LEVEL_MAPPING = TypeCodec.of(LevelMapping.class, Fields.of("candidates"), (out, m) ->
            Wire.codes(out, "candidates", m.candidates()), in -> {
        List<CoConstructionLevel> candidates = null;
        while (in.nextField()) {
            if ("candidates".equals(in.fieldName())) {
                candidates = in.list(i -> i.code(CodeTable.CO_CONSTRUCTION_LEVEL));
            } else {
                in.otherField();
            }
        }
        List<CoConstructionLevel> c = in.require(candidates, "candidates");
        if (c.size() != new java.util.HashSet<>(c).size()) {
            throw in.failureAt("candidates", "must not repeat a level");
        }
        return in.build(() -> new LevelMapping(java.util.Set.copyOf(c)));
    });

    /** Reads an object keyed by the codes of an enum; a key that is no code is a problem at that key. */
    static <K extends Enum<K>, V> Map<K, V> codeMap(JsonIn in, CodeTable<K> keys, JsonIn.Element<V> values) throws IOException {
        in.beginObject(keys.fields());
        Map<K, V> map = new EnumMap<>(keys.type());
        while (in.nextField()) {
            if (in.fieldIndex() < 0) {
                throw in.failure("unknown key; expected one of: " + keys.allowed());
            }
            map.put(keys.constant(in.fieldIndex()), values.read(in));
        }
        return map;
    }

    static final TypeCodec<RequestAssessment> ASSESSMENT = TypeCodec.of(RequestAssessment.class,
            Fields.of("decidedBy", "decidedAt", "outcome", "reasons"), (out, a) -> {
        Wire.object(out, "decidedBy", ACTOR, a.decidedBy());
        instant(out, "decidedAt", a.decidedAt());
        code(out, "outcome", a.outcome());
        Wire.texts(out, "reasons", a.reasons());
    }, in -> {
        Actor decidedBy = null;
        Instant decidedAt = null;
        AssessmentOutcome outcome = null;
        List<String> reasons = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "decidedBy": decidedBy = ACTOR.read(in); break;
                case "decidedAt": decidedAt = in.instant(); break;
                case "outcome": outcome = in.code(CodeTable.ASSESSMENT_OUTCOME); break;
                case "reasons": reasons = in.list(JsonIn::string); break;
                default: in.otherField();
            }
        }
        var builder = RequestAssessment.builder().withDecidedBy(in.require(decidedBy, "decidedBy"))
                .withDecidedAt(in.require(decidedAt, "decidedAt")).withOutcome(in.require(outcome, "outcome"))
                .addAllReasons(in.require(reasons, "reasons"));
        return in.build(builder::build);
    });

    static final TypeCodec<LifecycleEvent> EVENT = TypeCodec.of(LifecycleEvent.class,
            Fields.of("transition", "from", "to", "by", "at", "reason"), (out, e) -> {
        code(out, "transition", e.transition());
        code(out, "from", e.from());
        code(out, "to", e.to());
        Wire.object(out, "by", ACTOR, e.by());
        instant(out, "at", e.at());
        text(out, "reason", e.reason());
    }, in -> {
        Transition transition = null;
        InitiativeStatus from = null;
        InitiativeStatus to = null;
        Actor by = null;
        Instant at = null;
        String reason = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "transition": transition = in.code(CodeTable.TRANSITION); break;
                case "from": from = in.code(CodeTable.INITIATIVE_STATUS); break;
                case "to": to = in.code(CodeTable.INITIATIVE_STATUS); break;
                case "by": by = ACTOR.read(in); break;
                case "at": at = in.instant(); break;
                case "reason": reason = in.string(); break;
                default: in.otherField();
            }
        }
        var builder = LifecycleEvent.builder().withTransition(in.require(transition, "transition"))
                .withFrom(in.require(from, "from")).withTo(in.require(to, "to")).withBy(in.require(by, "by"))
                .withAt(in.require(at, "at")).withReason(in.require(reason, "reason"));
        return in.build(builder::build);
    });

    static final TypeCodec<Quantity> QUANTITY = TypeCodec.of(Quantity.class, Fields.of("amount", "unit"), (out, q) -> {
        Wire.decimal(out, "amount", q.amount());
        code(out, "unit", q.unit());
    }, in -> {
        BigDecimal amount = null;
        QuantityUnit unit = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "amount": amount = in.decimal(); break;
                case "unit": unit = in.code(CodeTable.QUANTITY_UNIT); break;
                default: in.otherField();
            }
        }
        BigDecimal a = in.require(amount, "amount");
        QuantityUnit u = in.require(unit, "unit");
        return in.build(() -> Quantity.of(a, u));
    });

    static final TypeCodec<StatusChange> STATUS_CHANGE = TypeCodec.of(StatusChange.class,
            Fields.of("from", "to", "on", "reason"), (out, c) -> {
        code(out, "from", c.from());
        code(out, "to", c.to());
        date(out, "on", c.on());
        text(out, "reason", c.reason());
    }, in -> {
        CommitmentStatus from = null;
        CommitmentStatus to = null;
        LocalDate on = null;
        String reason = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "from": from = in.code(CodeTable.COMMITMENT_STATUS); break;
                case "to": to = in.code(CodeTable.COMMITMENT_STATUS); break;
                case "on": on = in.date(); break;
                case "reason": reason = in.string(); break;
                default: in.otherField();
            }
        }
        CommitmentStatus f = in.require(from, "from");
        CommitmentStatus t = in.require(to, "to");
        LocalDate d = in.require(on, "on");
        String r = in.require(reason, "reason");
        return in.build(() -> StatusChange.of(f, t, d, r));
    });

    static final TypeCodec<Commitment> COMMITMENT = TypeCodec.of(Commitment.class,
            Fields.of("id", "side", "responsible", "kind", "description", "quantity", "dueDate", "phase", "status",
                    "history"), (out, c) -> {
        text(out, "id", c.id());
        code(out, "side", c.side());
        Wire.object(out, "responsible", ACTOR, c.responsible());
        code(out, "kind", c.kind());
        text(out, "description", c.description());
        Wire.optional(out, "quantity", QUANTITY, c.quantity());
        if (c.dueDate().isPresent()) {
            date(out, "dueDate", c.dueDate().get());
        }
        code(out, "phase", c.phase());
        code(out, "status", c.status());
        Wire.array(out, "history", STATUS_CHANGE, c.history());
    }, in -> {
        var builder = Commitment.builder();
        String id = null;
        Side side = null;
        Actor responsible = null;
        CommitmentKind kind = null;
        String description = null;
        CommitmentStatus status = null;
        List<StatusChange> history = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "id": id = in.string(); break;
                case "side": side = in.code(CodeTable.SIDE); break;
                case "responsible": responsible = ACTOR.read(in); break;
                case "kind": kind = in.code(CodeTable.COMMITMENT_KIND); break;
                case "description": description = in.string(); break;
                case "quantity": builder.withQuantity(QUANTITY.read(in)); break;
                case "dueDate": builder.withDueDate(in.date()); break;
                case "phase": builder.withPhase(in.code(CodeTable.PROJECT_PHASE)); break;
                case "status": status = in.code(CodeTable.COMMITMENT_STATUS); break;
                case "history": history = in.list(STATUS_CHANGE::read); break;
                default: in.otherField();
            }
        }
        builder.withId(in.require(id, "id")).withSide(in.require(side, "side"))
                .withResponsible(in.require(responsible, "responsible")).withKind(in.require(kind, "kind"))
                .withDescription(in.require(description, "description")).withHistory(in.require(history, "history"));
        CommitmentStatus declared = in.require(status, "status");
        Commitment commitment = in.build(builder::build);
        if (commitment.status() != declared) {
            throw in.failureAt("status", "\"" + Codes.code(declared) + "\" does not follow from the history, which ends in \""
                    + Codes.code(commitment.status()) + "\"");
        }
        return commitment;
    });

    static final TypeCodec<Signature> SIGNATURE = TypeCodec.of(Signature.class, Fields.of("side", "signer", "date"), (out, s) -> {
        code(out, "side", s.side());
        Wire.object(out, "signer", ACTOR, s.signer());
        date(out, "date", s.date());
    }, in -> {
        Side side = null;
        Actor signer = null;
        LocalDate date = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "side": side = in.code(CodeTable.SIDE); break;
                case "signer": signer = ACTOR.read(in); break;
                case "date": date = in.date(); break;
                default: in.otherField();
            }
        }
        Side s = in.require(side, "side");
        Actor a = in.require(signer, "signer");
        LocalDate d = in.require(date, "date");
        return in.build(() -> Signature.of(s, a, d));
    });

    static final TypeCodec<Convention> CONVENTION = TypeCodec.of(Convention.class,
            Fields.of("reference", "town", "startDate", "endDate", "commitments", "signatures"), (out, c) -> {
        text(out, "reference", c.reference());
        Wire.object(out, "town", ACTOR, c.town());
        date(out, "startDate", c.startDate());
        date(out, "endDate", c.endDate());
        Wire.array(out, "commitments", COMMITMENT, c.commitments());
        Wire.array(out, "signatures", SIGNATURE, c.signatures());
    }, in -> {
        String reference = null;
        Actor town = null;
        LocalDate start = null;
        LocalDate end = null;
        List<Commitment> commitments = null;
        List<Signature> signatures = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "reference": reference = in.string(); break;
                case "town": town = ACTOR.read(in); break;
                case "startDate": start = in.date(); break;
                case "endDate": end = in.date(); break;
                case "commitments": commitments = in.list(COMMITMENT::read); break;
                case "signatures": signatures = in.list(SIGNATURE::read); break;
                default: in.otherField();
            }
        }
        var builder = Convention.builder().withReference(in.require(reference, "reference")).withTown(in.require(town, "town"))
                .withStartDate(in.require(start, "startDate")).withEndDate(in.require(end, "endDate"))
                .withCommitments(in.require(commitments, "commitments")).withSignatures(in.require(signatures, "signatures"));
        return in.build(builder::build);
    });

    static final TypeCodec<Initiative> INITIATIVE = TypeCodec.of(Initiative.class,
            Fields.of("id", "territory", "title", "purpose", "kind", "applicants", "themes", "involvementPlan", "status",
                    "assessment", "convention", "history"), (out, i) -> {
        text(out, "id", i.id());
        Wire.object(out, "territory", TERRITORY, i.territory());
        text(out, "title", i.title());
        Wire.object(out, "purpose", PURPOSE, i.purpose());
        code(out, "kind", i.kind());
        Wire.array(out, "applicants", ACTOR, i.applicants());
        Wire.texts(out, "themes", i.themes());
        Wire.object(out, "involvementPlan", INVOLVEMENT_PLAN, i.involvementPlan());
        code(out, "status", i.status());
        Wire.optional(out, "assessment", ASSESSMENT, i.assessment());
        Wire.optional(out, "convention", CONVENTION, i.convention());
        Wire.array(out, "history", EVENT, i.history());
    }, in -> {
        var builder = Initiative.builder();
        String id = null;
        Territory territory = null;
        String title = null;
        Purpose purpose = null;
        InitiativeKind kind = null;
        List<Actor> applicants = null;
        List<String> themes = null;
        InvolvementPlan plan = null;
        InitiativeStatus status = null;
        List<LifecycleEvent> history = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "id": id = in.string(); break;
                case "territory": territory = TERRITORY.read(in); break;
                case "title": title = in.string(); break;
                case "purpose": purpose = PURPOSE.read(in); break;
                case "kind": kind = in.code(CodeTable.INITIATIVE_KIND); break;
                case "applicants": applicants = in.list(ACTOR::read); break;
                case "themes": themes = in.list(JsonIn::string); break;
                case "involvementPlan": plan = INVOLVEMENT_PLAN.read(in); break;
                case "status": status = in.code(CodeTable.INITIATIVE_STATUS); break;
                case "assessment": builder.withAssessment(ASSESSMENT.read(in)); break;
                case "convention": builder.withConvention(CONVENTION.read(in)); break;
                case "history": history = in.list(EVENT::read); break;
                default: in.otherField();
            }
        }
        builder.withId(in.require(id, "id")).withTerritory(in.require(territory, "territory"))
                .withTitle(in.require(title, "title")).withPurpose(in.require(purpose, "purpose"))
                .withKind(in.require(kind, "kind")).withApplicants(in.require(applicants, "applicants"))
                .withThemes(in.require(themes, "themes")).withInvolvementPlan(in.require(plan, "involvementPlan"))
                .withHistory(in.require(history, "history"));
        InitiativeStatus declared = in.require(status, "status");
        List<String> themeList = themes;
        if (themeList.size() != new java.util.HashSet<>(themeList).size()) {
            throw in.failureAt("themes", "must not repeat a theme");
        }
        Initiative initiative = in.build(builder::build);
        if (initiative.status() != declared) {
            throw in.failureAt("status", "\"" + Codes.code(declared) + "\" does not follow from the history, which ends in \""
                    + Codes.code(initiative.status()) + "\"");
        }
        return initiative;
    });
}
