package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireDistinct;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation of an initiative or of a programme (<em>évaluation</em>): the framework used, the
 * method, who evaluated and when, a score for each criterion with its evidence (or an explicit
 * "not assessed"), and what was learned — useful effects, negative externalities and lessons.
 *
 * <p>A narrative evaluation ({@link EvaluationMethod#NARRATIVE_SESSION}) carries its session. The
 * rules about evaluations that need nothing but the evaluation (E1–E3, R13, R16) are checked by
 * {@link #validate()}; those that compare it with the initiative it evaluates (E3–E5) by
 * {@code Initiative.validateEvaluation(Evaluation)}. {@link #scorecard()}
 * sums the scores up by dimension, always with their coverage.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the id is not blank; there is at least one evaluator; no criterion is scored twice; effects,
 * externalities and lessons are not blank. Instances are immutable and thread-safe.
 *
 * <p>Built through {@link ImmutableEvaluation.Builder}:
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
@Value.Immutable
public abstract class Evaluation {

    Evaluation() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableEvaluation.Builder builder() {
        return ImmutableEvaluation.builder();
    }

    /**
     * Returns the identifier of the evaluation.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns what is evaluated.
     *
     * @return the subject, never null
     */
    public abstract EvaluationSubject subject();

    /**
     * Returns the framework of criteria used.
     *
     * @return the framework, never null
     */
    public abstract EvaluationFramework framework();

    /**
     * Returns how the evaluation was made.
     *
     * @return the method, never null
     */
    public abstract EvaluationMethod method();

    /**
     * Returns the narrative session, for a narrative evaluation.
     *
     * @return the session, or empty
     */
    public abstract Optional<NarrativeSession> narrativeSession();

    /**
     * Returns who evaluated.
     *
     * @return the evaluators, unmodifiable, never empty
     */
    public abstract List<Actor> evaluators();

    /**
     * Returns the day of the evaluation.
     *
     * @return the date, never null
     */
    public abstract LocalDate date();

    /**
     * Returns the scores, one per criterion at most.
     *
     * @return the scores, unmodifiable
     */
    public abstract List<CriterionScore> scores();

    /**
     * Returns the useful effects observed (<em>effets utiles</em>).
     *
     * @return the effects, unmodifiable
     */
    public abstract List<String> usefulEffects();

    /**
     * Returns the negative externalities observed (<em>externalités négatives</em>).
     *
     * @return the externalities, unmodifiable
     */
    public abstract List<String> negativeExternalities();

    /**
     * Returns the lessons learned (<em>enseignements</em>).
     *
     * @return the lessons, unmodifiable
     */
    public abstract List<String> lessonsLearned();

    /**
     * Returns where the evaluation comes from, when another system recorded it.
     *
     * @return the sources, unmodifiable, possibly empty
     */
    public abstract List<Source> sources();

    /**
     * Returns the version of the rule catalogue this evaluation is judged by, as
     * {@code Initiative.rulesVersion()} says for an initiative.
     *
     * @return the version, 1 or more
     */
    @Value.Default
    public int rulesVersion() {
        return io.github.loosmethod.validation.Rule.CATALOGUE_VERSION;
    }

    /**
     * Finds the score of a criterion.
     *
     * @param criterionCode the criterion's code, not null
     * @return the score, or empty if the criterion was not scored nor explained
     * @throws NullPointerException if {@code criterionCode} is null
     */
    public Optional<CriterionScore> score(String criterionCode) {
        Objects.requireNonNull(criterionCode, "criterionCode");
        return scores().stream().filter(s -> s.criterionCode().equals(criterionCode)).findFirst();
    }

    /**
     * Checks this evaluation against every rule of the method of scope
     * {@link io.github.loosmethod.validation.RuleScope#EVALUATION} that needs nothing but the
     * evaluation: R13, R16, E1, E2 and E3 against its subject's start. Every violation is reported
     * at once, with its rule id, path and bilingual message; this never throws for an evaluation
     * that could be built. To check it against the initiative it evaluates as well, use
     * {@code Initiative.validateEvaluation(Evaluation)}.
     *
     * @return the report, never null
     */
    public final ValidationReport validate() {
        return EvaluationChecks.check(this);
    }

    /**
     * Sums the scores up by dimension and overall, each with its coverage.
     *
     * @return the scorecard, never null
     */
    public Scorecard scorecard() {
        return Scorecard.of(this);
    }

    @Value.Check
    final void checkInvariants() {
        requireThat(rulesVersion() >= 1, "rulesVersion", rulesVersion(), "invariant.fromOne");
        requireNonBlank("id", id());
        InvalidValueException.requireDate("date", date());
        requireThat(!evaluators().isEmpty(), "evaluators", List.of(), "invariant.oneEvaluator");
        requireDistinct("scores", scores(), CriterionScore::criterionCode);
        requireTexts("usefulEffects", usefulEffects());
        requireTexts("negativeExternalities", negativeExternalities());
        requireTexts("lessonsLearned", lessonsLearned());
    }

    private static void requireTexts(String field, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            requireNonBlank(field + "[" + i + "]", texts.get(i));
        }
    }
}
