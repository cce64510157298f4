package io.github.loosmethod.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule about evaluations, with a passing case and a failing one reported with its id and path. */
class EvaluationRulesTest {

    private static final Evaluation VALID = EmileBaslyPlayground.narrativeEvaluation();
    private static final Initiative CLOSED = EmileBaslyPlayground.closed();

    private static Evaluation programme(List<String> effects, List<String> externalities) {
        return Evaluation.builder().withId("loos-programme-2016")
                .withSubject(EvaluationSubject.of(SubjectKind.PROGRAMME, "Conduite du changement", LoosEnGohelle.TERRITORY,
                        LocalDate.of(2014, 10, 7)))
                .withFramework(EvaluationFramework.of(Catalogue.LOOS_2016)).withMethod(EvaluationMethod.CASE_STUDY)
                .addEvaluator(io.github.loosmethod.actor.Actor.of("quadrant", "Quadrant Conseil",
                        io.github.loosmethod.actor.ActorKind.RESEARCH_BODY))
                .withDate(LocalDate.of(2016, 6, 30))
                .addScores(CriterionScore.scored("L16_POSTURE", 3), CriterionScore.scored("L16_BETTER_PUBLIC_ACTION", 3),
                        CriterionScore.scored("L16_KNOCK_ON", 2))
                .addAllUsefulEffects(effects).addAllNegativeExternalities(externalities).build();
    }

    private static Evaluation iap2(String code) {
        EvaluationFramework framework = EvaluationFramework.of(Catalogue.IAP2);
        var builder = Evaluation.builder().from(VALID).withFramework(framework).withMethod(EvaluationMethod.PEER_REVIEW)
                .withNarrativeSession(Optional.empty());
        builder.withScores(framework.criteria().stream().map(c -> c.criterion().code().equals(code)
                ? CriterionScore.scored(code, 1) : CriterionScore.notAssessed(c.criterion().code(), "Level not declared"))
                .collect(Collectors.toList()));
        return builder.build();
    }

    private static Arguments broken(String rule, String how, Supplier<ValidationReport> report, String path) {
        return Arguments.of(rule, how, report, path);
    }

    static Stream<Arguments> breaks() {
        return Stream.of(
                broken("R13", "no session recorded", () -> (Evaluation.builder().from(VALID)
                        .withNarrativeSession(Optional.empty()).build()).validate(), "narrativeSession"),
                broken("R13", "no attendee categories", () -> (Evaluation.builder().from(VALID)
                        .withNarrativeSession(NarrativeSession.builder().from(EmileBaslyPlayground.taidxSession())
                                .withAttendeeCategories(List.of()).build()).build()).validate(), "narrativeSession.attendeeCategories"),
                broken("R13", "no lessons", () -> (Evaluation.builder().from(VALID)
                        .withNarrativeSession(NarrativeSession.builder().from(EmileBaslyPlayground.taidxSession())
                                .withLessons(List.of()).build()).build()).validate(), "narrativeSession.lessons"),
                broken("R16", "a programme without useful effects", () -> (programme(List.of(),
                        List.of("Strain on the town hall's organisation"))).validate(), "usefulEffects"),
                broken("R16", "a programme without negative externalities", () -> (programme(
                        List.of("More projects carried by residents"), List.of())).validate(), "negativeExternalities"),
                broken("E1", "a score off its scale", () -> (Evaluation.builder().from(VALID)
                        .withScores(replace(VALID.scores(), CriterionScore.scored("LP_PRIDE", 5))).build()).validate(), "scores[3].value"),
                broken("E2", "a criterion neither scored nor explained", () -> (Evaluation.builder().from(VALID)
                        .withScores(VALID.scores().subList(0, 5)).build()).validate(), "framework.criteria[5]"),
                broken("E2", "a criterion from elsewhere", () -> (Evaluation.builder().from(VALID)
                        .addScore(CriterionScore.scored("L16_POSTURE", 2)).build()).validate(), "scores[6].criterionCode"),
                broken("E3", "dated before the subject began", () -> (Evaluation.builder().from(VALID)
                        .withDate(LocalDate.of(2021, 12, 1)).build()).validate(), "date"),
                broken("E3", "dated before the initiative's submission", () -> CLOSED.validateEvaluation(Evaluation.builder()
                        .from(VALID).withSubject(EvaluationSubject.builder().from(VALID.subject())
                                .withStartedOn(LocalDate.of(2020, 1, 1)).build())
                        .withDate(LocalDate.of(2022, 1, 10)).build()), "date"),
                broken("E4", "the promise of a level never declared", () -> CLOSED.validateEvaluation(iap2("IAP2_EMPOWER_PROMISE")), "scores[4].criterionCode"),
                broken("E5", "an evaluation of another initiative", () -> io.github.loosmethod.testkit.cases.StreetFlowerBoxes.closed().validateEvaluation(VALID), "subject.reference"));
    }

    private static List<CriterionScore> replace(List<CriterionScore> scores, CriterionScore replacement) {
        return scores.stream().map(s -> s.criterionCode().equals(replacement.criterionCode()) ? replacement : s)
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("breaks")
    void each_break_is_reported_with_exactly_its_rule_and_path(String rule, String how, Supplier<ValidationReport> check,
            String path) {
        ValidationReport report = check.get();

        assertThat(report.ruleIds()).as(report.toString()).containsExactly(rule);
        assertThat(report.violations()).extracting(Violation::path).contains(path);
        assertThat(report.isValid()).isFalse();
        assertThat(report.violations().get(0).message(Locale.FRENCH)).isNotEqualTo(report.violations().get(0).message(Locale.ENGLISH));
    }

    @Test
    void the_valid_cases_pass_every_rule() {
        assertThat(VALID.validate().violations()).isEmpty();
        assertThat(CLOSED.validateEvaluation(VALID).violations()).isEmpty();
        assertThat((programme(List.of("More projects carried by residents"),
                List.of("Strain on the town hall's organisation"))).validate().violations()).isEmpty();
    }

    @Test
    void an_iap2_promise_of_a_declared_level_passes() {
        // The Émile-Basly plan declares co-construction and co-production (IAP2 collaborate), among others.
        assertThat(CLOSED.involvementPlan().levelFor(ProjectPhase.IMPLEMENTATION)).contains(CoConstructionLevel.CO_PRODUCTION);
        assertThat(CLOSED.validateEvaluation(iap2("IAP2_COLLABORATE_PROMISE")).violations()).isEmpty();
        assertThat(iap2("IAP2_EMPOWER_PROMISE").validate().violations()).as("needs the initiative to judge").isEmpty();
    }

    @Test
    void a_value_on_its_scale_passes_e1_and_explained_criteria_pass_e2() {
        Evaluation explained = Evaluation.builder().from(VALID).withScores(VALID.framework().criteria().stream()
                .map(c -> CriterionScore.notAssessed(c.criterion().code(), "Session cut short")).collect(Collectors.toList()))
                .build();

        assertThat(explained.validate().violations()).isEmpty();
        assertThat(explained.scorecard().overall().coverage()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(explained.scorecard().overall().score()).isEmpty();
    }
}
