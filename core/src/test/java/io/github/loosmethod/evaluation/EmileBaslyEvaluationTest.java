package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EmileBaslyEvaluationTest {

    @Test
    void the_playground_carries_a_ch_ti_taidx_narrative_evaluation() {
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();

        assertThat(evaluation.method()).isEqualTo(EvaluationMethod.NARRATIVE_SESSION);
        assertThat(evaluation.narrativeSession().orElseThrow().attendeeCategories()).containsExactly(AttendeeCategory.PUPILS,
                AttendeeCategory.PARENTS, AttendeeCategory.TEACHERS, AttendeeCategory.ASSOCIATION_MEMBERS,
                AttendeeCategory.MUNICIPAL_STAFF, AttendeeCategory.ELECTED_OFFICIALS);
        assertThat(evaluation.narrativeSession().orElseThrow().lessons()).isNotEmpty();
        assertThat(evaluation.subject().reference()).isEqualTo(EmileBaslyPlayground.closed().id());
        assertThat(evaluation.usefulEffects()).isNotEmpty();
        assertThat(evaluation.negativeExternalities()).isNotEmpty();
    }

    @Test
    void its_loos_principles_scorecard_shows_scores_with_their_coverage() {
        Scorecard card = EmileBaslyPlayground.narrativeEvaluation().scorecard();

        assertThat(card.frameworkId()).isEqualTo("LOOS_PRINCIPLES");
        // Scores 4, 4, 3, 4, 3 on 1..4 -> 1, 1, 0.6667, 1, 0.6667 -> mean 0.86668
        assertThat(card.overall().score()).contains(new BigDecimal("86.67"));
        assertThat(card.overall().assessedCount()).isEqualTo(5);
        assertThat(card.overall().coverage()).isEqualByComparingTo("0.8333");
        assertThat(card.dimensions().keySet()).containsExactly(Dimension.PROCESS, Dimension.OUTCOME, Dimension.CAPACITY,
                Dimension.RELATIONSHIP, Dimension.DURABILITY);
        ScoreLine process = card.dimensions().get(Dimension.PROCESS);
        assertThat(process.criteriaCount()).isEqualTo(2);
        assertThat(process.assessedCount()).isEqualTo(1);
        assertThat(process.coverage()).isEqualByComparingTo("0.5");
        assertThat(process.score()).contains(new BigDecimal("100"));
        assertThat(card.dimensions().get(Dimension.DURABILITY).score()).contains(new BigDecimal("66.67"));
    }
}
