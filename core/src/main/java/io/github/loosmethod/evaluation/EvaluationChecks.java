package io.github.loosmethod.evaluation;

import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the rules of the method that need nothing but the evaluation, in catalogue order,
 * one method per rule named after its id; {@link Evaluation#validate()} runs them. The rules that
 * compare an evaluation with the initiative it evaluates (E3 against its first event, E4, E5) are
 * checked by the initiative, which knows its own history and plan.
 */
final class EvaluationChecks {

    private EvaluationChecks() {
    }

    static ValidationReport check(Evaluation evaluation) {
        List<Violation> out = new ArrayList<>();
        r13(evaluation, out);
        r16(evaluation, out);
        e1(evaluation, out);
        e2(evaluation, out);
        e3(evaluation, out);
        return ValidationReport.of(out);
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

    private static void e3(Evaluation evaluation, List<Violation> out) {
        LocalDate date = evaluation.date();
        if (date.isBefore(evaluation.subject().startedOn())) {
            out.add(Violation.of(Rule.E3, "date", "Rule.E3.message", date, evaluation.subject().startedOn()));
        }
    }
}
