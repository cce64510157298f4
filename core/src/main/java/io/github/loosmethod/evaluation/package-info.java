/**
 * How the effects of the method are judged (<em>évaluation</em>): criteria from the town's own
 * 2016 evaluation, its principles, the OECD guidelines and the IAP2 promises; frameworks that
 * weigh them; evaluations that score them with evidence; and scorecards that always show how much of
 * the framework was assessed. Indicators across a portfolio are in {@code io.github.loosmethod.portfolio}.
 *
 * <p>An evaluation of an initiative on the six principles of the method, each scored with evidence or
 * said not assessed with a reason (rule E2), checked, and its scorecard:
 * <pre>{@code
 * Evaluation evaluation = Evaluation.builder()
 *         .withId("loos-2024-eval-jardinieres")
 *         .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, "loos-2023-ff-jardinieres", loos,
 *                 LocalDate.of(2023, 3, 1)))
 *         .withFramework(EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES))
 *         .withMethod(EvaluationMethod.SELF_ASSESSMENT)
 *         .addEvaluators(councillor)
 *         .withDate(LocalDate.of(2024, 4, 15))
 *         .addScores(                                      // every criterion: a score with evidence, or why not
 *                 CriterionScore.scored("LP_RECIPROCITY", 4,
 *                         Evidence.of(EvidenceKind.DOCUMENT, "Convention FF-2023-07: every commitment fulfilled")),
 *                 CriterionScore.scored("LP_GENERAL_INTEREST", 3,
 *                         Evidence.of(EvidenceKind.DOCUMENT, "Street survey 2024: flower boxes along the whole street")),
 *                 CriterionScore.scored("LP_CAPACITATION", 3,
 *                         Evidence.of(EvidenceKind.QUOTE, "« On sait tailler et arroser sans les services »")),
 *                 CriterionScore.scored("LP_PRIDE", 4,
 *                         Evidence.of(EvidenceKind.FIGURE, "12 households came to the planting day")),
 *                 CriterionScore.notAssessed("LP_DURABILITY", "Too early: one season only"),
 *                 CriterionScore.notAssessed("LP_TRANSVERSALITY", "Not discussed"))
 *         .build();
 *
 * ValidationReport report = evaluation.validate();     // the rules of the method for evaluations
 * Scorecard scorecard = Scorecard.of(evaluation);       // per dimension, with how much was assessed
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.evaluation;

import io.github.loosmethod.LoosStyle;
