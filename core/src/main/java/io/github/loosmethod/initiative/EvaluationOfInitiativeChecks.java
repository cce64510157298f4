package io.github.loosmethod.initiative;

import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of the rules that compare an evaluation with the initiative it evaluates, in
 * catalogue order, after the evaluation's own checks: it is not dated before the initiative's first
 * event (E3), its IAP2 promise criteria refer to levels the initiative declared (E4), and it is
 * about that initiative (E5), and the activities its evidence cites are the initiative's (E6). They live with the initiative, whose history and plan they read, so
 * that evaluations never depend on initiatives.
 */
final class EvaluationOfInitiativeChecks {

    private EvaluationOfInitiativeChecks() {
    }

    static ValidationReport check(Evaluation evaluation, Initiative subject) {
        List<Violation> out = new ArrayList<>(evaluation.validate().violations());
        e3(evaluation, subject, out);
        e4(evaluation, subject, out);
        e5(evaluation, subject, out);
        e6(evaluation, subject, out);
        return ValidationReport.of(out);
    }

    private static void e3(Evaluation evaluation, Initiative subject, List<Violation> out) {
        if (subject.history().isEmpty()) {
            return;
        }
        LocalDate began = subject.history().get(0).at().atZone(subject.territory().zone()).toLocalDate();
        if (evaluation.date().isBefore(began)) {
            out.add(Violation.of(Rule.E3, "date", "Rule.E3.message", evaluation.date(), began));
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

    private static void e6(Evaluation evaluation, Initiative subject, List<Violation> out) {
        List<CriterionScore> scores = evaluation.scores();
        for (int i = 0; i < scores.size(); i++) {
            List<Evidence> evidence = scores.get(i).evidence();
            for (int j = 0; j < evidence.size(); j++) {
                Evidence cited = evidence.get(j);
                if (cited.kind() != EvidenceKind.ACTIVITY) {
                    continue;
                }
                String id = cited.reference().orElse("");
                if (subject.activities().stream().noneMatch(a -> a.id().equals(id))) {
                    out.add(Violation.of(Rule.E6, "scores[" + i + "].evidence[" + j + "].reference", "Rule.E6.message", id,
                            subject.id()));
                }
            }
        }
    }
}
