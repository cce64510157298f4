package io.github.loosmethod.serialization;

import static io.github.loosmethod.serialization.Wire.code;
import static io.github.loosmethod.serialization.Wire.date;
import static io.github.loosmethod.serialization.Wire.text;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.evaluation.AttendeeCategory;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.Scale;
import io.github.loosmethod.evaluation.ScaleKind;
import io.github.loosmethod.evaluation.ScalePoint;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.involvement.Iap2Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The wire contract of evaluation criteria, frameworks and evaluations (format v1). */
final class EvaluationCodecs {

    private EvaluationCodecs() {
    }

    static final TypeCodec<LocalizedText> TEXT = TypeCodec.of(LocalizedText.class, Fields.of("english", "french"), (out, t) -> {
        text(out, "english", t.english());
        text(out, "french", t.french());
    }, in -> {
        String english = null;
        String french = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "english": english = in.string(); break;
                case "french": french = in.string(); break;
                default: in.otherField();
            }
        }
        String e = in.require(english, "english");
        String f = in.require(french, "french");
        return in.build(() -> LocalizedText.of(e, f));
    });

    static final TypeCodec<ScalePoint> SCALE_POINT = TypeCodec.of(ScalePoint.class, Fields.of("value", "label"), (out, p) -> {
        Wire.number(out, "value", p.value());
        Wire.object(out, "label", TEXT, p.label());
    }, in -> {
        Integer value = null;
        LocalizedText label = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "value": value = in.integer(); break;
                case "label": label = TEXT.read(in); break;
                default: in.otherField();
            }
        }
        int v = in.require(value, "value");
        LocalizedText l = in.require(label, "label");
        return in.build(() -> ScalePoint.of(v, l));
    });

    static final TypeCodec<Scale> SCALE = TypeCodec.of(Scale.class, Fields.of("kind", "points"), (out, s) -> {
        code(out, "kind", s.kind());
        if (!s.points().isEmpty()) {
            Wire.array(out, "points", SCALE_POINT, s.points());
        }
    }, in -> {
        var builder = Scale.builder();
        ScaleKind kind = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "kind": kind = in.code(CodeTable.SCALE_KIND); break;
                case "points": builder.withPoints(in.list(SCALE_POINT::read)); break;
                default: in.otherField();
            }
        }
        builder.withKind(in.require(kind, "kind"));
        return in.build(builder::build);
    });

    static final TypeCodec<EvaluationCriterion> CRITERION = TypeCodec.of(EvaluationCriterion.class,
            Fields.of("code", "name", "question", "origin", "source", "dimension", "scale", "target", "iap2Level"), (out, c) -> {
        text(out, "code", c.code());
        Wire.object(out, "name", TEXT, c.name());
        Wire.object(out, "question", TEXT, c.question());
        text(out, "origin", c.origin());
        text(out, "source", c.source());
        code(out, "dimension", c.dimension());
        Wire.object(out, "scale", SCALE, c.scale());
        if (c.target().isPresent()) {
            Wire.decimal(out, "target", c.target().get());
        }
        if (c.iap2Level().isPresent()) {
            code(out, "iap2Level", c.iap2Level().get());
        }
    }, in -> {
        var builder = EvaluationCriterion.builder();
        String code = null;
        LocalizedText name = null;
        LocalizedText question = null;
        String origin = null;
        String source = null;
        Dimension dimension = null;
        Scale scale = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "code": code = in.string(); break;
                case "name": name = TEXT.read(in); break;
                case "question": question = TEXT.read(in); break;
                case "origin": origin = in.string(); break;
                case "source": source = in.string(); break;
                case "dimension": dimension = in.code(CodeTable.DIMENSION); break;
                case "scale": scale = SCALE.read(in); break;
                case "target": builder.withTarget(in.decimal()); break;
                case "iap2Level": builder.withIap2Level(in.code(CodeTable.IAP2_LEVEL)); break;
                default: in.otherField();
            }
        }
        builder.withCode(in.require(code, "code")).withName(in.require(name, "name"))
                .withQuestion(in.require(question, "question")).withOrigin(in.require(origin, "origin"))
                .withSource(in.require(source, "source")).withDimension(in.require(dimension, "dimension"))
                .withScale(in.require(scale, "scale"));
        return in.build(builder::build);
    });

    static final TypeCodec<WeightedCriterion> WEIGHTED = TypeCodec.of(WeightedCriterion.class,
            Fields.of("criterion", "weight"), (out, w) -> {
        Wire.object(out, "criterion", CRITERION, w.criterion());
        Wire.decimal(out, "weight", w.weight());
    }, in -> {
        EvaluationCriterion criterion = null;
        BigDecimal weight = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "criterion": criterion = CRITERION.read(in); break;
                case "weight": weight = in.decimal(); break;
                default: in.otherField();
            }
        }
        EvaluationCriterion c = in.require(criterion, "criterion");
        BigDecimal w = in.require(weight, "weight");
        return in.build(() -> WeightedCriterion.of(c, w));
    });

    static final TypeCodec<EvaluationFramework> FRAMEWORK = TypeCodec.of(EvaluationFramework.class,
            Fields.of("id", "name", "version", "criteria"), (out, f) -> {
        text(out, "id", f.id());
        text(out, "name", f.name());
        text(out, "version", f.version());
        Wire.array(out, "criteria", WEIGHTED, f.criteria());
    }, in -> {
        String id = null;
        String name = null;
        String version = null;
        List<WeightedCriterion> criteria = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "id": id = in.string(); break;
                case "name": name = in.string(); break;
                case "version": version = in.string(); break;
                case "criteria": criteria = in.list(WEIGHTED::read); break;
                default: in.otherField();
            }
        }
        var builder = EvaluationFramework.builder().withId(in.require(id, "id")).withName(in.require(name, "name"))
                .withVersion(in.require(version, "version")).withCriteria(in.require(criteria, "criteria"));
        return in.build(builder::build);
    });

    static final TypeCodec<NarrativeSession> SESSION = TypeCodec.of(NarrativeSession.class,
            Fields.of("title", "heldOn", "attendeeCategories", "frictions", "lessons"), (out, s) -> {
        text(out, "title", s.title());
        date(out, "heldOn", s.heldOn());
        Wire.codes(out, "attendeeCategories", s.attendeeCategories());
        Wire.texts(out, "frictions", s.frictions());
        Wire.texts(out, "lessons", s.lessons());
    }, in -> {
        String title = null;
        LocalDate heldOn = null;
        List<AttendeeCategory> categories = null;
        List<String> frictions = null;
        List<String> lessons = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "title": title = in.string(); break;
                case "heldOn": heldOn = in.date(); break;
                case "attendeeCategories": categories = in.list(i -> i.code(CodeTable.ATTENDEE_CATEGORY)); break;
                case "frictions": frictions = in.list(JsonIn::string); break;
                case "lessons": lessons = in.list(JsonIn::string); break;
                default: in.otherField();
            }
        }
        List<AttendeeCategory> c = in.require(categories, "attendeeCategories");
        if (c.size() != new java.util.HashSet<>(c).size()) {
            throw in.failureAt("attendeeCategories", "must not repeat a category");
        }
        var builder = NarrativeSession.builder().withTitle(in.require(title, "title")).withHeldOn(in.require(heldOn, "heldOn"))
                .withAttendeeCategories(c).withFrictions(in.require(frictions, "frictions"))
                .withLessons(in.require(lessons, "lessons"));
        return in.build(builder::build);
    });

    static final TypeCodec<Evidence> EVIDENCE = TypeCodec.of(Evidence.class, Fields.of("kind", "text", "reference"), (out, e) -> {
        code(out, "kind", e.kind());
        text(out, "text", e.text());
        if (e.reference().isPresent()) {
            text(out, "reference", e.reference().get());
        }
    }, in -> {
        var builder = Evidence.builder();
        EvidenceKind kind = null;
        String text = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "kind": kind = in.code(CodeTable.EVIDENCE_KIND); break;
                case "text": text = in.string(); break;
                case "reference": builder.withReference(in.string()); break;
                default: in.otherField();
            }
        }
        builder.withKind(in.require(kind, "kind")).withText(in.require(text, "text"));
        return in.build(builder::build);
    });

    static final TypeCodec<CriterionScore> SCORE = TypeCodec.of(CriterionScore.class,
            Fields.of("criterionCode", "value", "notAssessedReason", "evidence"), (out, s) -> {
        text(out, "criterionCode", s.criterionCode());
        if (s.value().isPresent()) {
            Wire.decimal(out, "value", s.value().get());
        }
        if (s.notAssessedReason().isPresent()) {
            text(out, "notAssessedReason", s.notAssessedReason().get());
        }
        Wire.array(out, "evidence", EVIDENCE, s.evidence());
    }, in -> {
        var builder = CriterionScore.builder();
        String code = null;
        List<Evidence> evidence = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "criterionCode": code = in.string(); break;
                case "value": builder.withValue(in.decimal()); break;
                case "notAssessedReason": builder.withNotAssessedReason(in.string()); break;
                case "evidence": evidence = in.list(EVIDENCE::read); break;
                default: in.otherField();
            }
        }
        builder.withCriterionCode(in.require(code, "criterionCode")).withEvidence(in.require(evidence, "evidence"));
        return in.build(builder::build);
    });

    static final TypeCodec<EvaluationSubject> SUBJECT = TypeCodec.of(EvaluationSubject.class,
            Fields.of("kind", "reference", "territory", "startedOn"), (out, s) -> {
        code(out, "kind", s.kind());
        text(out, "reference", s.reference());
        Wire.object(out, "territory", InitiativeCodecs.TERRITORY, s.territory());
        date(out, "startedOn", s.startedOn());
    }, in -> {
        SubjectKind kind = null;
        String reference = null;
        Territory territory = null;
        LocalDate startedOn = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "kind": kind = in.code(CodeTable.SUBJECT_KIND); break;
                case "reference": reference = in.string(); break;
                case "territory": territory = InitiativeCodecs.TERRITORY.read(in); break;
                case "startedOn": startedOn = in.date(); break;
                default: in.otherField();
            }
        }
        SubjectKind k = in.require(kind, "kind");
        String r = in.require(reference, "reference");
        Territory t = in.require(territory, "territory");
        LocalDate d = in.require(startedOn, "startedOn");
        return in.build(() -> EvaluationSubject.of(k, r, t, d));
    });

    static final TypeCodec<Evaluation> EVALUATION = TypeCodec.of(Evaluation.class,
            Fields.of("id", "subject", "framework", "method", "narrativeSession", "evaluators", "date", "scores",
                    "usefulEffects", "negativeExternalities", "lessonsLearned"), (out, e) -> {
        text(out, "id", e.id());
        Wire.object(out, "subject", SUBJECT, e.subject());
        Wire.object(out, "framework", FRAMEWORK, e.framework());
        code(out, "method", e.method());
        Wire.optional(out, "narrativeSession", SESSION, e.narrativeSession());
        Wire.array(out, "evaluators", InitiativeCodecs.ACTOR, e.evaluators());
        date(out, "date", e.date());
        Wire.array(out, "scores", SCORE, e.scores());
        Wire.texts(out, "usefulEffects", e.usefulEffects());
        Wire.texts(out, "negativeExternalities", e.negativeExternalities());
        Wire.texts(out, "lessonsLearned", e.lessonsLearned());
    }, in -> {
        var builder = Evaluation.builder();
        String id = null;
        EvaluationSubject subject = null;
        EvaluationFramework framework = null;
        EvaluationMethod method = null;
        List<Actor> evaluators = null;
        LocalDate date = null;
        List<CriterionScore> scores = null;
        List<String> effects = null;
        List<String> externalities = null;
        List<String> lessons = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "id": id = in.string(); break;
                case "subject": subject = SUBJECT.read(in); break;
                case "framework": framework = FRAMEWORK.read(in); break;
                case "method": method = in.code(CodeTable.EVALUATION_METHOD); break;
                case "narrativeSession": builder.withNarrativeSession(SESSION.read(in)); break;
                case "evaluators": evaluators = in.list(InitiativeCodecs.ACTOR::read); break;
                case "date": date = in.date(); break;
                case "scores": scores = in.list(SCORE::read); break;
                case "usefulEffects": effects = in.list(JsonIn::string); break;
                case "negativeExternalities": externalities = in.list(JsonIn::string); break;
                case "lessonsLearned": lessons = in.list(JsonIn::string); break;
                default: in.otherField();
            }
        }
        builder.withId(in.require(id, "id")).withSubject(in.require(subject, "subject"))
                .withFramework(in.require(framework, "framework")).withMethod(in.require(method, "method"))
                .withEvaluators(in.require(evaluators, "evaluators")).withDate(in.require(date, "date"))
                .withScores(in.require(scores, "scores")).withUsefulEffects(in.require(effects, "usefulEffects"))
                .withNegativeExternalities(in.require(externalities, "negativeExternalities"))
                .withLessonsLearned(in.require(lessons, "lessonsLearned"));
        return in.build(builder::build);
    });
}
