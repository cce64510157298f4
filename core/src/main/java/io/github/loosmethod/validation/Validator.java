package io.github.loosmethod.validation;

import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks initiatives and evaluations against the rules of the method and reports every violation
 * at once (<em>contrôle de conformité</em>).
 *
 * <p>Each rule of scope {@link RuleScope#INITIATIVE} or {@link RuleScope#EVALUATION} has one check,
 * a method named after its id; checks run in catalogue order and each reports every element it
 * finds wrong, with its path. Rules that concern fifty-fifty initiatives only
 * ({@link Rule#fiftyFiftyOnly()}) are skipped for other kinds. Rules about the content of a
 * convention still being drafted (R5, R7, R14 for signatures, R15) apply once it is agreed; rules
 * about single elements (R6, R8, M2, M3) as soon as they exist.
 *
 * <p>This class is stateless and thread-safe. It never throws for a value that could be built:
 * every finding is in the report.
 */
public final class Validator {

    private Validator() {
    }

    /**
     * Checks an initiative against every rule of scope {@link RuleScope#INITIATIVE}.
     *
     * @param initiative the initiative, not null
     * @return the report, never null; {@link ValidationReport#isValid()} tells whether it passed
     * @throws NullPointerException if {@code initiative} is null
     */
    public static ValidationReport validate(Initiative initiative) {
        return validate(initiative, InitiativeChecks.RULES);
    }

    /**
     * Checks an initiative against some rules only; rules of another scope are ignored.
     *
     * @param initiative the initiative, not null
     * @param rules the rules to check, not null
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport validate(Initiative initiative, Set<Rule> rules) {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(rules, "rules");
        List<Violation> found = new ArrayList<>();
        boolean fiftyFifty = initiative.kind() == InitiativeKind.FIFTY_FIFTY;
        List<InitiativeChecks.RuleCheck> checks = InitiativeChecks.ALL;
        for (int i = 0; i < checks.size(); i++) {
            Rule rule = checks.get(i).rule();
            if (rules.contains(rule) && (fiftyFifty || !rule.fiftyFiftyOnly())) {
                checks.get(i).check().accept(initiative, found);
            }
        }
        return ValidationReport.of(found);
    }

    /**
     * Checks an evaluation on its own against every rule of scope {@link RuleScope#EVALUATION}
     * that needs nothing but the evaluation (E1, E2, E3 against the subject's start, R13, R16).
     *
     * @param evaluation the evaluation, not null
     * @return the report, never null
     * @throws NullPointerException if {@code evaluation} is null
     */
    public static ValidationReport validate(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<Violation> found = new ArrayList<>();
        EvaluationChecks.check(evaluation, null, found);
        return ValidationReport.of(found);
    }

    /**
     * Checks an evaluation of an initiative against every rule of scope
     * {@link RuleScope#EVALUATION}, including those that compare it with the initiative: it is
     * about that initiative (E5), not dated before its first event (E3), and its IAP2 promise
     * criteria refer to levels the initiative declared (E4).
     *
     * @param evaluation the evaluation, not null
     * @param subject the initiative evaluated, not null
     * @return the report, never null
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport validate(Evaluation evaluation, Initiative subject) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(subject, "subject");
        List<Violation> found = new ArrayList<>();
        EvaluationChecks.check(evaluation, subject, found);
        return ValidationReport.of(found);
    }

    /**
     * Returns the rules the validator checks on initiatives, in catalogue order.
     *
     * @return a new modifiable set, never null
     */
    public static Set<Rule> initiativeRules() {
        return EnumSet.copyOf(InitiativeChecks.RULES);
    }

    /**
     * Returns the rules the validator checks on evaluations, in catalogue order.
     *
     * @return a new modifiable set, never null
     */
    public static Set<Rule> evaluationRules() {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (Rule rule : Rule.values()) {
            if (rule.scope() == RuleScope.EVALUATION) {
                rules.add(rule);
            }
        }
        return rules;
    }
}
