package io.github.loosmethod.validation;

import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of the rules of the method on an evaluation, in catalogue order, one method per rule
 * named after its id. The {@link Validator} is their only entry point. Checks that compare the
 * evaluation with its initiative run only when one is given.
 */
final class EvaluationChecks {

    private EvaluationChecks() {
    }

    static void check(Evaluation evaluation, Initiative subject, List<Violation> out) {
        r13(evaluation, out);
        r16(evaluation, out);
        e1(evaluation, out);
        e2(evaluation, out);
        e3(evaluation, subject, out);
        if (subject != null) {
            e4(evaluation, subject, out);
            e5(evaluation, subject, out);
        }
    }

    private static void r13(Evaluation evaluation, List<Violation> out) {
        if (evaluation.method() != EvaluationMethod.NARRATIVE_SESSION) {
            return;
        }
        Optional<NarrativeSession> session = evaluation.narrativeSession();
        if (session.isEmpty()) {
            out.add(Violation.of(Rule.R13, "narrativeSession", "Rule.R13.message.missing"));
            return;
        }
        if (session.get().attendeeCategories().isEmpty()) {
            out.add(Violation.of(Rule.R13, "narrativeSession.attendeeCategories", "Rule.R13.message.attendees"));
        }
        if (session.get().lessons().isEmpty()) {
            out.add(Violation.of(Rule.R13, "narrativeSession.lessons", "Rule.R13.message.lessons"));
        }
    }

    private static void r16(Evaluation evaluation, List<Violation> out) {
        if (evaluation.subject().kind() != SubjectKind.PROGRAMME) {
            return;
        }
        if (evaluation.usefulEffects().isEmpty()) {
            out.add(Violation.of(Rule.R16, "usefulEffects", "Rule.R16.message.usefulEffects"));
        }
        if (evaluation.negativeExternalities().isEmpty()) {
            out.add(Violation.of(Rule.R16, "negativeExternalities", "Rule.R16.message.negativeExternalities"));
        }
    }

    private static void e1(Evaluation evaluation, List<Violation> out) {
        List<CriterionScore> scores = evaluation.scores();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            Optional<WeightedCriterion> criterion = evaluation.framework().criterion(score.criterionCode());
            if (criterion.isPresent() && score.value().isPresent()
                    && !criterion.get().criterion().scale().accepts(score.value().get())) {
                out.add(Violation.of(Rule.E1, "scores[" + i + "].value", "Rule.E1.message", score.criterionCode(),
                        score.value().get().toPlainString(), criterion.get().criterion().scale().kind()));
            }
        }
    }

    private static void e2(Evaluation evaluation, List<Violation> out) {
        List<WeightedCriterion> criteria = evaluation.framework().criteria();
        for (int j = 0; j < criteria.size(); j++) {
            String code = criteria.get(j).criterion().code();
            if (evaluation.score(code).isEmpty()) {
                out.add(Violation.of(Rule.E2, "framework.criteria[" + j + "]", "Rule.E2.message.missing", code));
            }
        }
        List<CriterionScore> scores = evaluation.scores();
        for (int i = 0; i < scores.size(); i++) {
            if (evaluation.framework().criterion(scores.get(i).criterionCode()).isEmpty()) {
                out.add(Violation.of(Rule.E2, "scores[" + i + "].criterionCode", "Rule.E2.message.unknown",
                        scores.get(i).criterionCode(), evaluation.framework().id()));
            }
        }
    }

    private static void e3(Evaluation evaluation, Initiative subject, List<Violation> out) {
        LocalDate date = evaluation.date();
        if (date.isBefore(evaluation.subject().startedOn())) {
            out.add(Violation.of(Rule.E3, "date", "Rule.E3.message", date, evaluation.subject().startedOn()));
        }
        if (subject != null && !subject.history().isEmpty()) {
            LocalDate began = subject.history().get(0).at().atZone(subject.territory().zone()).toLocalDate();
            if (date.isBefore(began)) {
                out.add(Violation.of(Rule.E3, "date", "Rule.E3.message", date, began));
            }
        }
    }

    private static void e4(Evaluation evaluation, Initiative subject, List<Violation> out) {
        Set<Iap2Level> declared = EnumSet.noneOf(Iap2Level.class);
        for (CoConstructionLevel level : subject.involvementPlan().levels().values()) {
            declared.add(level.toIap2());
        }
        List<CriterionScore> scores = evaluation.scores();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            Optional<Iap2Level> promised = evaluation.framework().criterion(score.criterionCode())
                    .flatMap(c -> c.criterion().iap2Level());
            if (score.isAssessed() && promised.isPresent() && !declared.contains(promised.get())) {
                out.add(Violation.of(Rule.E4, "scores[" + i + "].criterionCode", "Rule.E4.message", score.criterionCode(),
                        promised.get()));
            }
        }
    }

    private static void e5(Evaluation evaluation, Initiative subject, List<Violation> out) {
        if (evaluation.subject().kind() != SubjectKind.INITIATIVE || !evaluation.subject().reference().equals(subject.id())) {
            out.add(Violation.of(Rule.E5, "subject.reference", "Rule.E5.message", evaluation.subject().reference(),
                    subject.id()));
        }
    }
}
