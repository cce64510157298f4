package io.github.loosmethod.testkit.cases;

import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.testkit.ValidRecords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A sample portfolio of several towns and years (<em>portefeuille d'exemple</em>), for
 * demonstrations, reports and tests: initiatives of the four kinds in Loos-en-Gohelle, Grenay and
 * Liévin submitted between 2018 and 2024, each driven through its kind's lifecycle to a status
 * drawn at random (every status occurs), as {@link ValidRecords} makes them — decisions and votes,
 * participation activities, conventions and commitment outcomes — with self-assessments on the
 * principles of the method of those that reached delivery or came into force. Every record has
 * no error (the one warning a record may carry is P2, before its convention); the same seed gives
 * the same portfolio. The towns are real; the initiatives are invented.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SamplePortfolio {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<Territory> TOWNS = List.of(
            Territory.of("62528", "Loos-en-Gohelle", "FR", PARIS),
            Territory.of("62386", "Grenay", "FR", PARIS),
            Territory.of("62510", "Liévin", "FR", PARIS));
    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2024;

    private final List<Initiative> initiatives;
    private final List<Evaluation> evaluations;

    private SamplePortfolio(long seed, int size) {
        ValidRecords records = ValidRecords.withSeed(seed, TOWNS, FIRST_YEAR, LAST_YEAR);
        // The evaluations draw from a stream of their own, so that the initiatives are those of the generator's seed.
        Random random = new Random(~seed);
        List<Initiative> made = new ArrayList<>(size);
        List<Evaluation> assessed = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Initiative initiative = records.initiative();
            made.add(initiative);
            boolean evaluable = initiative.hasReached(InitiativeStatus.DELIVERED) || initiative.hasReached(InitiativeStatus.IN_FORCE);
            if (evaluable && random.nextInt(3) > 0) {
                assessed.add(selfAssessment(initiative, random));
            }
        }
        this.initiatives = Collections.unmodifiableList(made);
        this.evaluations = Collections.unmodifiableList(assessed);
    }

    /**
     * Generates a sample portfolio.
     *
     * @param seed the seed: the same seed gives the same portfolio
     * @param size the number of initiatives, zero or more
     * @return the portfolio, never null
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public static SamplePortfolio generate(long seed, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return new SamplePortfolio(seed, size);
    }

    /**
     * Returns the initiatives, in the order generated.
     *
     * @return the initiatives, unmodifiable, never null
     */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /**
     * Returns the self-assessments of some of the initiatives that reached delivery or came into force.
     *
     * @return the evaluations, unmodifiable, never null
     */
    public List<Evaluation> evaluations() {
        return evaluations;
    }

    /** The carriers' self-assessment on the principles of the method, some principles left out with a reason. */
    private static Evaluation selfAssessment(Initiative initiative, Random random) {
        EvaluationFramework framework = EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES);
        LocalDate began = initiative.history().get(0).at().atZone(initiative.territory().zone()).toLocalDate();
        var builder = Evaluation.builder().withId("eval-" + initiative.id())
                .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, initiative.id(), initiative.territory(), began))
                .withFramework(framework).withMethod(EvaluationMethod.SELF_ASSESSMENT)
                .addEvaluator(initiative.applicants().get(0)).withDate(began.plusDays(100 + random.nextInt(500)));
        for (WeightedCriterion weighted : framework.criteria()) {
            EvaluationCriterion criterion = weighted.criterion();
            builder.addScore(random.nextInt(6) == 0 ? CriterionScore.notAssessed(criterion.code(), "Not discussed")
                    : CriterionScore.scored(criterion.code(), 1 + random.nextInt(4)));
        }
        return builder.build();
    }
}
