package io.github.loosmethod.serialization;

import static io.github.loosmethod.serialization.Wire.code;
import static io.github.loosmethod.serialization.Wire.text;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.ContributionReport;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.SideContribution;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.ScoreLine;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.portfolio.CommitmentOutcomes;
import io.github.loosmethod.portfolio.CriterionStatistics;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.Severity;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wire contract of what the model computes — validation reports, contribution reports,
 * scorecards and portfolio indicators (format v1) — so that host systems can publish them.
 * Derived figures (shares, validity) are not written: a reader computes them from what is.
 */
final class ReportCodecs {

    private ReportCodecs() {
    }

    static final TypeCodec<Violation> VIOLATION = TypeCodec.of(Violation.class,
            Fields.of("rule", "severity", "path", "englishMessage", "frenchMessage"), (out, v) -> {
        text(out, "rule", v.ruleId());
        code(out, "severity", v.severity());
        text(out, "path", v.path());
        text(out, "englishMessage", v.englishMessage());
        text(out, "frenchMessage", v.frenchMessage());
    }, in -> {
        Rule rule = null;
        Severity severity = null;
        String path = null;
        String english = null;
        String french = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "rule":
                    String id = in.string();
                    rule = Rule.byId(id).orElseThrow(() -> in.failure("unknown rule " + io.github.loosmethod.Texts.excerpt(id)
                            + "; expected an id of the catalogue, such as R4"));
                    break;
                case "severity": severity = in.code(CodeTable.SEVERITY); break;
                case "path": path = in.string(); break;
                case "englishMessage": english = in.string(); break;
                case "frenchMessage": french = in.string(); break;
                default: in.otherField();
            }
        }
        Rule r = in.require(rule, "rule");
        if (in.require(severity, "severity") != r.severity()) {
            throw in.failureAt("severity", "rule " + r.id() + " has severity \"" + Codes.code(r.severity()) + "\"");
        }
        var builder = Violation.builder().withRule(r).withPath(in.require(path, "path"))
                .withEnglishMessage(in.require(english, "englishMessage")).withFrenchMessage(in.require(french, "frenchMessage"));
        return in.build(builder::build);
    });

    static final TypeCodec<ValidationReport> VALIDATION_REPORT = TypeCodec.of(ValidationReport.class, Fields.of("violations"), (out, r) ->
            Wire.array(out, "violations", VIOLATION, r.violations()), in -> {
        List<Violation> violations = null;
        while (in.nextField()) {
            if ("violations".equals(in.fieldName())) {
                violations = in.list(VIOLATION::read);
            } else {
                in.otherField();
            }
        }
        List<Violation> v = in.require(violations, "violations");
        return in.build(() -> ValidationReport.of(v));
    });

    private static void counts(JsonGenerator out, String name, Map<? extends Enum<?>, ? extends Number> counts)
            throws IOException {
        out.writeObjectFieldStart(name);
        for (Map.Entry<? extends Enum<?>, ? extends Number> entry : counts.entrySet()) {
            out.writeNumberField(Codes.code(entry.getKey()), entry.getValue().longValue());
        }
        out.writeEndObject();
    }

    private static void decimals(JsonGenerator out, String name, Map<QuantityUnit, BigDecimal> totals) throws IOException {
        out.writeObjectFieldStart(name);
        for (Map.Entry<QuantityUnit, BigDecimal> entry : totals.entrySet()) {
            Wire.decimal(out, Codes.code(entry.getKey()), entry.getValue());
        }
        out.writeEndObject();
    }

    static final TypeCodec<SideContribution> SIDE_CONTRIBUTION = TypeCodec.of(SideContribution.class,
            Fields.of("side", "commitmentCount", "countByKind", "countByStatus", "totals"), (out, s) -> {
        code(out, "side", s.side());
        Wire.number(out, "commitmentCount", s.commitmentCount());
        counts(out, "countByKind", s.countByKind());
        counts(out, "countByStatus", s.countByStatus());
        decimals(out, "totals", s.totals());
    }, in -> {
        Side side = null;
        Integer count = null;
        Map<CommitmentKind, Integer> byKind = null;
        Map<CommitmentStatus, Integer> byStatus = null;
        Map<QuantityUnit, BigDecimal> totals = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "side": side = in.code(CodeTable.SIDE); break;
                case "commitmentCount": count = in.count(); break;
                case "countByKind": byKind = InitiativeCodecs.codeMap(in, CodeTable.COMMITMENT_KIND, JsonIn::count); break;
                case "countByStatus": byStatus = InitiativeCodecs.codeMap(in, CodeTable.COMMITMENT_STATUS, JsonIn::count); break;
                case "totals": totals = InitiativeCodecs.codeMap(in, CodeTable.QUANTITY_UNIT, JsonIn::decimal); break;
                default: in.otherField();
            }
        }
        var builder = SideContribution.builder().withSide(in.require(side, "side"))
                .withCommitmentCount(in.require(count, "commitmentCount")).putAllCountByKind(in.require(byKind, "countByKind"))
                .putAllCountByStatus(in.require(byStatus, "countByStatus")).putAllTotals(in.require(totals, "totals"));
        return in.build(builder::build);
    });

    static final TypeCodec<ContributionReport> CONTRIBUTION_REPORT = TypeCodec.of(ContributionReport.class, Fields.of("sides"), (out, r) ->
            Wire.array(out, "sides", SIDE_CONTRIBUTION, List.copyOf(r.sides().values())), in -> {
        List<SideContribution> sides = null;
        while (in.nextField()) {
            if ("sides".equals(in.fieldName())) {
                sides = in.list(SIDE_CONTRIBUTION::read);
            } else {
                in.otherField();
            }
        }
        List<SideContribution> s = in.require(sides, "sides");
        Map<Side, SideContribution> bySide = new EnumMap<>(Side.class);
        s.forEach(c -> bySide.put(c.side(), c));
        if (bySide.size() != Side.values().length || s.size() != Side.values().length) {
            throw in.failureAt("sides", "must hold each side exactly once");
        }
        return in.build(() -> ContributionReport.builder().putAllSides(bySide).build());
    });

    static final TypeCodec<ScoreLine> SCORE_LINE = TypeCodec.of(ScoreLine.class,
            Fields.of("criteriaCount", "assessedCount", "coverage", "score", "notComparable"), (out, l) -> {
        Wire.number(out, "criteriaCount", l.criteriaCount());
        Wire.number(out, "assessedCount", l.assessedCount());
        Wire.decimal(out, "coverage", l.coverage());
        if (l.score().isPresent()) {
            Wire.decimal(out, "score", l.score().get());
        }
        Wire.texts(out, "notComparable", l.notComparable());
    }, in -> {
        var builder = ScoreLine.builder();
        Integer criteria = null;
        Integer assessed = null;
        BigDecimal coverage = null;
        List<String> notComparable = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "criteriaCount": criteria = in.count(); break;
                case "assessedCount": assessed = in.count(); break;
                case "coverage": coverage = in.decimal(); break;
                case "score": builder.withScore(in.decimal()); break;
                case "notComparable": notComparable = in.list(JsonIn::string); break;
                default: in.otherField();
            }
        }
        builder.withCriteriaCount(in.require(criteria, "criteriaCount")).withAssessedCount(in.require(assessed, "assessedCount"))
                .withCoverage(in.require(coverage, "coverage")).withNotComparable(in.require(notComparable, "notComparable"));
        return in.build(builder::build);
    });

    static final TypeCodec<Scorecard> SCORECARD = TypeCodec.of(Scorecard.class,
            Fields.of("evaluationId", "frameworkId", "frameworkVersion", "dimensions", "overall"), (out, s) -> {
        text(out, "evaluationId", s.evaluationId());
        text(out, "frameworkId", s.frameworkId());
        text(out, "frameworkVersion", s.frameworkVersion());
        Wire.codeMap(out, "dimensions", s.dimensions(), SCORE_LINE::write);
        Wire.object(out, "overall", SCORE_LINE, s.overall());
    }, in -> {
        String evaluation = null;
        String framework = null;
        String version = null;
        Map<Dimension, ScoreLine> dimensions = null;
        ScoreLine overall = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "evaluationId": evaluation = in.string(); break;
                case "frameworkId": framework = in.string(); break;
                case "frameworkVersion": version = in.string(); break;
                case "dimensions": dimensions = InitiativeCodecs.codeMap(in, CodeTable.DIMENSION, SCORE_LINE::read); break;
                case "overall": overall = SCORE_LINE.read(in); break;
                default: in.otherField();
            }
        }
        var builder = Scorecard.builder().withEvaluationId(in.require(evaluation, "evaluationId"))
                .withFrameworkId(in.require(framework, "frameworkId")).withFrameworkVersion(in.require(version, "frameworkVersion"))
                .putAllDimensions(in.require(dimensions, "dimensions")).withOverall(in.require(overall, "overall"));
        return in.build(builder::build);
    });

    static final TypeCodec<CommitmentOutcomes> OUTCOMES = TypeCodec.of(CommitmentOutcomes.class,
            Fields.of("total", "fulfilled", "breached"), (out, o) -> {
        Wire.number(out, "total", o.total());
        Wire.number(out, "fulfilled", o.fulfilled());
        Wire.number(out, "breached", o.breached());
    }, in -> {
        Long total = null;
        Long fulfilled = null;
        Long breached = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "total": total = in.longCount(); break;
                case "fulfilled": fulfilled = in.longCount(); break;
                case "breached": breached = in.longCount(); break;
                default: in.otherField();
            }
        }
        var builder = CommitmentOutcomes.builder().withTotal(in.require(total, "total"))
                .withFulfilled(in.require(fulfilled, "fulfilled")).withBreached(in.require(breached, "breached"));
        return in.build(builder::build);
    });

    static final TypeCodec<CriterionStatistics> STATISTICS = TypeCodec.of(CriterionStatistics.class,
            Fields.of("count", "mean", "standardDeviation", "min", "max"), (out, s) -> {
        Wire.number(out, "count", s.count());
        Wire.decimal(out, "mean", s.mean());
        Wire.decimal(out, "standardDeviation", s.standardDeviation());
        Wire.decimal(out, "min", s.min());
        Wire.decimal(out, "max", s.max());
    }, in -> {
        Long count = null;
        BigDecimal mean = null;
        BigDecimal deviation = null;
        BigDecimal min = null;
        BigDecimal max = null;
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "count": count = in.longCount(); break;
                case "mean": mean = in.decimal(); break;
                case "standardDeviation": deviation = in.decimal(); break;
                case "min": min = in.decimal(); break;
                case "max": max = in.decimal(); break;
                default: in.otherField();
            }
        }
        var builder = CriterionStatistics.builder().withCount(in.require(count, "count")).withMean(in.require(mean, "mean"))
                .withStandardDeviation(in.require(deviation, "standardDeviation")).withMin(in.require(min, "min"))
                .withMax(in.require(max, "max"));
        return in.build(builder::build);
    });

    /** A year key, 0 to 9999: the spelling Integer.toString gives, and no other. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("0|[1-9][0-9]{0,3}");

    static final TypeCodec<PortfolioIndicators> PORTFOLIO = TypeCodec.of(PortfolioIndicators.class,
            Fields.of("initiativeCount", "undatedCount", "countByYear", "countByKind", "countByStatus",
                    "involvementProfile", "commitments", "contributions", "evaluationCount", "criteria"), (out, p) -> {
        Wire.number(out, "initiativeCount", p.initiativeCount());
        Wire.number(out, "undatedCount", p.undatedCount());
        out.writeObjectFieldStart("countByYear");
        for (Map.Entry<Integer, Long> entry : p.countByYear().entrySet()) {
            out.writeNumberField(entry.getKey().toString(), entry.getValue());
        }
        out.writeEndObject();
        counts(out, "countByKind", p.countByKind());
        counts(out, "countByStatus", p.countByStatus());
        Wire.codeMap(out, "involvementProfile", p.involvementProfile(), (o, levels) -> {
            o.writeStartObject();
            for (Map.Entry<CoConstructionLevel, Long> entry : levels.entrySet()) {
                o.writeNumberField(Codes.code(entry.getKey()), entry.getValue());
            }
            o.writeEndObject();
        });
        Wire.codeMap(out, "commitments", p.commitments(), OUTCOMES::write);
        Wire.codeMap(out, "contributions", p.contributions(), (o, totals) -> {
            o.writeStartObject();
            for (Map.Entry<QuantityUnit, BigDecimal> entry : totals.entrySet()) {
                Wire.decimal(o, Codes.code(entry.getKey()), entry.getValue());
            }
            o.writeEndObject();
        });
        Wire.number(out, "evaluationCount", p.evaluationCount());
        out.writeObjectFieldStart("criteria");
        for (Map.Entry<String, CriterionStatistics> entry : p.criteria().entrySet()) {
            Wire.object(out, entry.getKey(), STATISTICS, entry.getValue());
        }
        out.writeEndObject();
    }, in -> {
        var builder = PortfolioIndicators.builder();
        Long initiatives = null;
        Long undated = null;
        Long evaluations = null;
        boolean[] seen = new boolean[8];
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "initiativeCount": initiatives = in.longCount(); break;
                case "undatedCount": undated = in.longCount(); break;
                case "evaluationCount": evaluations = in.longCount(); break;
                case "countByYear":
                    in.beginObject();
                    while (in.nextField()) {
                        // One spelling per year: "02023" or "-0" would merge with another key and lose a count.
                        String key = in.fieldName();
                        if (!YEAR.matcher(key).matches()) {
                            throw in.failure("must be a year from 0 to 9999 written without leading zeros, such as 2023");
                        }
                        builder.putCountByYear(Integer.valueOf(key), in.longCount());
                    }
                    seen[0] = true;
                    break;
                case "countByKind":
                    builder.putAllCountByKind(InitiativeCodecs.codeMap(in, CodeTable.INITIATIVE_KIND, JsonIn::longCount));
                    seen[1] = true;
                    break;
                case "countByStatus":
                    builder.putAllCountByStatus(InitiativeCodecs.codeMap(in, CodeTable.INITIATIVE_STATUS, JsonIn::longCount));
                    seen[2] = true;
                    break;
                case "involvementProfile":
                    InitiativeCodecs.codeMap(in, CodeTable.PROJECT_PHASE,
                            i -> InitiativeCodecs.codeMap(i, CodeTable.CO_CONSTRUCTION_LEVEL, JsonIn::longCount))
                            .forEach((phase, levels) -> builder.putInvolvementProfile(phase,
                                    java.util.Collections.unmodifiableSortedMap(new TreeMap<>(levels))));
                    seen[3] = true;
                    break;
                case "commitments":
                    builder.putAllCommitments(InitiativeCodecs.codeMap(in, CodeTable.SIDE, OUTCOMES::read));
                    seen[4] = true;
                    break;
                case "contributions":
                    InitiativeCodecs.codeMap(in, CodeTable.SIDE, i -> InitiativeCodecs.codeMap(i, CodeTable.QUANTITY_UNIT, JsonIn::decimal))
                            .forEach((side, totals) -> builder.putContribution(side,
                                    java.util.Collections.unmodifiableSortedMap(new TreeMap<>(totals))));
                    seen[5] = true;
                    break;
                case "criteria":
                    in.beginObject();
                    while (in.nextField()) {
                        builder.putCriterion(in.fieldName(), STATISTICS.read(in));
                    }
                    seen[6] = true;
                    break;
                default: in.otherField();
            }
        }
        String[] names = {"countByYear", "countByKind", "countByStatus", "involvementProfile", "commitments", "contributions",
            "criteria"};
        for (int i = 0; i < names.length; i++) {
            in.require(seen[i] ? Boolean.TRUE : null, names[i]);
        }
        builder.withInitiativeCount(in.require(initiatives, "initiativeCount")).withUndatedCount(in.require(undated, "undatedCount"))
                .withEvaluationCount(in.require(evaluations, "evaluationCount"));
        return in.build(builder::build);
    });
}
