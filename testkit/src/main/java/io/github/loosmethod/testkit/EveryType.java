package io.github.loosmethod.testkit;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.Scale;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * At least one value of every type of the interchange format — records, their parts and the
 * reports the model computes — from the worked cases and a generated portfolio, for a host to test
 * its own mapping of the format (embedding in its DTOs, storing, a JSON library of its own).
 * This class holds static methods only.
 */
public final class EveryType {

    private EveryType() {
    }

    /**
     * Returns at least one value of every type of the format, the same on every call.
     *
     * @return the values, in a new mutable list, never null
     */
    public static List<Object> values() {
        List<Object> samples = new ArrayList<>();
        Initiative closed = EmileBaslyPlayground.closed();
        Convention convention = closed.convention().orElseThrow();
        Commitment commitment = convention.commitments().get(3);
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        samples.add(closed.territory());
        samples.add(EmileBaslyPlayground.PUPILS);
        samples.add(EmileBaslyPlayground.SCHOOL);
        samples.add(closed.purpose());
        samples.add(closed.involvementPlan());
        samples.add(Iap2Level.COLLABORATE.toLoos());
        samples.add(ArnsteinRung.MANIPULATION.toLoos());
        samples.add(closed.assessment().orElseThrow());
        samples.add(closed.history().get(0));
        samples.add(commitment.quantity().orElseThrow());
        samples.add(commitment.history().get(0));
        samples.add(commitment);
        samples.add(convention.signatures().get(1));
        samples.add(convention);
        samples.add(EmileBaslyPlayground.draft());
        samples.add(EmileBaslyPlayground.agreed());
        samples.add(closed);
        samples.add(StreetFlowerBoxes.closed());
        samples.add(LocalizedText.of("shade", "ombre"));
        samples.add(Scale.fourPoints().points().get(2));
        samples.add(Scale.fourPoints());
        samples.add(Scale.count());
        EvaluationCriterion meetings = EvaluationCriterion.builder().withCode("LOCAL_MEETINGS")
                .withName(LocalizedText.of("Public meetings", "Réunions publiques"))
                .withQuestion(LocalizedText.of("How many public meetings were held?", "Combien de réunions publiques ?"))
                .withOrigin("LOOS_INDICATORS").withSource("MDF, VP-FF, GAZ").withDimension(Dimension.PROCESS)
                .withScale(Scale.count()).withTarget(new BigDecimal("12")).build();
        samples.add(meetings);
        samples.add(Catalogue.IAP2.criteria().get(3));
        samples.add(WeightedCriterion.of(meetings, new BigDecimal("2.5")));
        samples.add(EvaluationFramework.of(Catalogue.OECD_2021));
        samples.add(evaluation.narrativeSession().orElseThrow());
        samples.add(Evidence.builder().withKind(EvidenceKind.DOCUMENT).withText("Minutes").withReference("CM-2022-03.pdf").build());
        samples.add(evaluation.scores().get(0));
        samples.add(CriterionScore.notAssessed("LP_PRIDE", "Not discussed"));
        samples.add(evaluation.subject());
        samples.add(evaluation);
        // Errors (R2) and a warning (M3: a due date after the convention ends), so both severities are written.
        io.github.loosmethod.commitment.Convention late = io.github.loosmethod.commitment.Convention.builder()
                .from(closed.convention().orElseThrow()).withCommitments(closed.convention().orElseThrow().commitments().stream()
                        .map(c -> c.side() == io.github.loosmethod.commitment.Side.TOWN ? io.github.loosmethod.commitment.Commitment
                                .builder().from(c).withDueDate(closed.convention().orElseThrow().endDate().plusDays(1)).build() : c)
                        .collect(java.util.stream.Collectors.toList())).build();
        Initiative broken = Initiative.builder().from(closed).withPurpose(Purpose.of("", "")).withConvention(late).build();
        samples.add(broken.validate().violations().get(0));
        samples.add(broken.validate());
        samples.add(convention.contributions().of(io.github.loosmethod.commitment.Side.TOWN));
        samples.add(convention.contributions());
        samples.add(evaluation.scorecard().overall());
        samples.add(evaluation.scorecard());
        ValidRecords.Portfolio portfolio = ValidRecords.withSeed(Seeds.seed()).portfolio(300);
        PortfolioIndicators indicators = PortfolioIndicators.of(portfolio.initiatives(), portfolio.evaluations());
        samples.add(indicators.commitments().get(io.github.loosmethod.commitment.Side.APPLICANTS));
        samples.add(indicators.criteria().values().iterator().next());
        samples.add(indicators);
        return samples;
    }

    /**
     * Returns a portfolio generated with this run's seed ({@link Seeds#seed()}), plus one.
     *
     * @param size how many initiatives
     * @return the portfolio, never null
     */
    public static ValidRecords.Portfolio generated(int size) {
        return ValidRecords.withSeed(Seeds.seed() + 1).portfolio(size);
    }
}
