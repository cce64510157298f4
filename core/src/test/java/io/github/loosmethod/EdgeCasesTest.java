package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.initiative.TransitionRefusedException;
import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.portfolio.PortfolioTally;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The edges of the small contracts: boundaries of decimals and texts, predicates, factories and guards. */
class EdgeCasesTest {

    @Test
    void decimals_keep_four_places_and_eleven_digits_before_the_point_exactly() {
        assertThat(Decimals.canonical("x", new BigDecimal("0.0001"))).isEqualTo(new BigDecimal("0.0001"));
        assertThatThrownBy(() -> Decimals.canonical("x", new BigDecimal("0.00001"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 4 decimal places");
        assertThat(Decimals.canonical("x", new BigDecimal("99999999999.9999"))).isEqualTo(new BigDecimal("99999999999.9999"));
        assertThat(Decimals.canonical("x", new BigDecimal("-99999999999.9999"))).isEqualTo(new BigDecimal("-99999999999.9999"));
        assertThatThrownBy(() -> Decimals.canonical("x", new BigDecimal("100000000000"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 11 digits before the point");
        assertThatThrownBy(() -> Decimals.canonical("x", new BigDecimal("1E+11"))).isInstanceOf(InvalidValueException.class);
        assertThat(Decimals.canonical("x", new BigDecimal("1E+10"))).isEqualTo(new BigDecimal("10000000000"));
        assertThat(Decimals.canonical("x", new BigDecimal("1E+10")).toString()).isEqualTo("10000000000");
        assertThat(Decimals.canonical("x", new BigDecimal("0.000")).scale()).isZero();
        assertThat(Decimals.canonical("x", new BigDecimal("2.50")).scale()).isEqualTo(1);
        assertThatThrownBy(() -> Decimals.canonical("x", new BigDecimal("1E+999999999"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("11 digits");
        // The schema states the same bounds: magnitude below 10^11, a multiple of 0.0001.
        assertThat(Decimals.BOUND).isEqualByComparingTo("100000000000");
    }

    @Test
    void commitments_move_along_the_graph_of_the_method_and_nowhere_else() {
        java.util.Map<CommitmentStatus, Set<CommitmentStatus>> graph = java.util.Map.of(
                CommitmentStatus.PLANNED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED,
                        CommitmentStatus.BREACHED, CommitmentStatus.WAIVED),
                CommitmentStatus.IN_PROGRESS, EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.PARTIALLY_FULFILLED,
                        CommitmentStatus.BREACHED, CommitmentStatus.WAIVED),
                CommitmentStatus.PARTIALLY_FULFILLED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED),
                CommitmentStatus.BREACHED, EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.WAIVED),
                CommitmentStatus.FULFILLED, EnumSet.noneOf(CommitmentStatus.class),
                CommitmentStatus.WAIVED, EnumSet.noneOf(CommitmentStatus.class));

        for (CommitmentStatus from : CommitmentStatus.values()) {
            assertThat(from.next()).as("after %s", from).isEqualTo(graph.get(from));
            for (CommitmentStatus to : CommitmentStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s to %s", from, to).isEqualTo(graph.get(from).contains(to));
            }
        }
    }

    @Test
    void a_territory_country_is_two_capital_letters() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        for (String country : List.of("FR", "AZ", "ZA", "BE")) {
            assertThat(Territory.of("62528", "Loos", country, paris).country()).isEqualTo(country);
        }
        for (String country : List.of("fr", "Fr", "fR", "F", "FRA", "", "@R", "[R", "F@", "F[", "F1", "1R")) {
            assertThatThrownBy(() -> Territory.of("62528", "Loos", country, paris)).as(country)
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("alpha-2");
        }
    }

    @Test
    void distinct_keys_are_checked_in_short_and_long_lists_alike() {
        for (int size : new int[] {2, 16, 17, 200}) {
            List<String> distinct = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                distinct.add("item-" + i);
            }
            List<String> repeated = new java.util.ArrayList<>(distinct);
            repeated.add(distinct.get(size / 2).toUpperCase(Locale.ROOT));

            InvalidValueException.requireDistinct("items", distinct, String::toString);
            InvalidValueException.requireDistinct("items", repeated, String::toString);
            assertThatThrownBy(() -> InvalidValueException.requireDistinct("items", repeated, s -> s.toLowerCase(Locale.ROOT)))
                    .as("%d items", size).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("items").hasMessageContaining("item-" + size / 2)
                    .hasMessageContaining("must not repeat an identifier");
        }
    }

    @Test
    void texts_must_be_well_formed_unicode() {
        String pair = "fleur \uD83C\uDF3C";
        assertThat(InvalidValueException.requireWellFormed("t", pair)).isSameAs(pair);
        assertThat(InvalidValueException.requireNonBlank("t", pair)).isSameAs(pair);
        for (String broken : List.of("\uD83C", "a\uD83Cb", "\uDF3C", "a\uDF3C", "\uDF3C\uD83C", "x\uD83C\uD83C\uDF3C\uDF3C",
                "\uD83C\uDF3C then \uDF3C")) {
            assertThatThrownBy(() -> InvalidValueException.requireWellFormed("t", broken)).as(broken)
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("unpaired surrogate");
        }
        assertThat(InvalidValueException.requireWellFormed("t", "")).isEmpty();
    }

    @Test
    void every_terminal_status_and_only_those() {
        Set<InitiativeStatus> terminal = EnumSet.noneOf(InitiativeStatus.class);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            if (status.isTerminal()) {
                terminal.add(status);
            }
        }
        assertThat(terminal).containsExactlyInAnyOrder(InitiativeStatus.REJECTED, InitiativeStatus.CLOSED,
                InitiativeStatus.TERMINATED, InitiativeStatus.WITHDRAWN, InitiativeStatus.SUPERSEDED, InitiativeStatus.REPEALED,
                InitiativeStatus.ABANDONED);
        // Terminal means that no step of any kind's lifecycle leaves the status, and every other status is left by one.
        for (InitiativeStatus status : InitiativeStatus.values()) {
            boolean left = io.github.loosmethod.initiative.Lifecycle.all().stream()
                    .flatMap(lifecycle -> lifecycle.steps().stream()).anyMatch(step -> step.from() == status);
            assertThat(left).as(status.name()).isEqualTo(!status.isTerminal());
        }
        assertThat(EnumSet.allOf(CommitmentStatus.class).stream().filter(CommitmentStatus::isOpen))
                .containsExactly(CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS);
        assertThat(EnumSet.allOf(ActorKind.class).stream().filter(ActorKind::isElected))
                .containsExactly(ActorKind.ELECTED_OFFICIAL, ActorKind.ELECTED_BODY);
        assertThat(Transition.SIGN.allows(InitiativeStatus.ACCEPTED, InitiativeStatus.AGREED)).isTrue();
        assertThat(Transition.SIGN.allows(InitiativeStatus.AGREED, InitiativeStatus.AGREED)).isFalse();
        assertThat(Transition.SIGN.allows(InitiativeStatus.ACCEPTED, InitiativeStatus.CLOSED)).isFalse();
        // Some kind's lifecycle has the step (the policy's adoption), though not every kind's.
        assertThat(Transition.ADOPT.allows(InitiativeStatus.DRAFT, InitiativeStatus.IN_FORCE)).isTrue();
        assertThat(Transition.ADOPT.sources()).containsExactly(InitiativeStatus.DRAFT);
        assertThat(Transition.ABANDON.targets()).containsExactly(InitiativeStatus.ABANDONED);
        assertThat(Transition.ACCEPT.sources()).containsExactlyInAnyOrder(InitiativeStatus.DRAFT, InitiativeStatus.UNDER_ASSESSMENT);
    }

    @Test
    void a_mapping_is_exactly_one_of_decided_ambiguous_or_unmapped() {
        LevelMapping decided = Iap2Level.INFORM.toLoos();
        LevelMapping ambiguous = Iap2Level.COLLABORATE.toLoos();
        LevelMapping unmapped = ArnsteinRung.THERAPY.toLoos();

        assertThat(List.of(decided.isDecided(), decided.isAmbiguous(), decided.isUnmapped())).containsExactly(true, false, false);
        assertThat(List.of(ambiguous.isDecided(), ambiguous.isAmbiguous(), ambiguous.isUnmapped())).containsExactly(false, true, false);
        assertThat(List.of(unmapped.isDecided(), unmapped.isAmbiguous(), unmapped.isUnmapped())).containsExactly(false, false, true);
        assertThat(unmapped.level()).isEmpty();
    }

    @Test
    void languages_have_their_locale_and_the_vocabulary_knows_its_keys() {
        assertThat(Language.FRENCH.locale()).isEqualTo(Locale.FRENCH);
        assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Vocabulary.has("Side.TOWN", Language.FRENCH)).isTrue();
        assertThat(Vocabulary.has("No.such.key", Language.FRENCH)).isFalse();
    }

    /** A value type, a value of it, and the attributes its builder cannot do without. */
    private record BuilderCase(Class<?> type, Object sample, List<String> required) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static Stream<BuilderCase> valueTypes() {
        io.github.loosmethod.validation.Violation violation = io.github.loosmethod.validation.Violation.of(
                io.github.loosmethod.validation.Rule.R5, "convention.commitments", "Rule.R5.message",
                io.github.loosmethod.commitment.Side.TOWN);
        io.github.loosmethod.commitment.ContributionReport contributions = EmileBaslyPlayground.convention().contributions();
        return Stream.of(
                new BuilderCase(Territory.class, LoosEnGohelle.TERRITORY, List.of("code", "name", "country", "zone")),
                new BuilderCase(io.github.loosmethod.commitment.StatusChange.class, io.github.loosmethod.commitment.StatusChange.of(
                        CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 4, 11), "Started"),
                        List.of("from", "to", "on", "reason")),
                new BuilderCase(io.github.loosmethod.commitment.Signature.class, io.github.loosmethod.commitment.Signature.of(
                        io.github.loosmethod.commitment.Side.TOWN, EmileBaslyPlayground.COUNCILLOR, LocalDate.of(2022, 3, 14)),
                        List.of("side", "signer", "date")),
                new BuilderCase(io.github.loosmethod.commitment.SideContribution.class,
                        contributions.of(io.github.loosmethod.commitment.Side.TOWN), List.of("side", "commitmentCount")),
                // Nothing is required of its map, but a report without both sides is refused by name.
                new BuilderCase(io.github.loosmethod.commitment.ContributionReport.class, contributions, List.of("sides")),
                new BuilderCase(io.github.loosmethod.initiative.LifecycleEvent.class, EmileBaslyPlayground.submitted().history().get(0),
                        List.of("transition", "from", "to", "by", "at", "reason")),
                new BuilderCase(io.github.loosmethod.initiative.Purpose.class, EmileBaslyPlayground.draft().purpose(),
                        List.of("livingEnvironment", "generalInterest")),
                new BuilderCase(io.github.loosmethod.validation.Violation.class, violation,
                        List.of("rule", "path", "englishMessage", "frenchMessage")),
                // The one type an empty builder may build: the clean report.
                new BuilderCase(io.github.loosmethod.validation.ValidationReport.class,
                        io.github.loosmethod.validation.ValidationReport.of(List.of(violation)), List.of()),
                new BuilderCase(EvaluationCriterion.class, Catalogue.LOOS_PRINCIPLES.criteria().get(0),
                        List.of("code", "name", "question", "origin", "source", "dimension", "scale")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTypes")
    void every_builder_is_a_fresh_one_and_builds_only_what_it_was_given(BuilderCase value) throws Exception {
        Method builder = value.type().getMethod("builder");
        Object filled = builder.invoke(null);
        Object untouched = builder.invoke(null);

        assertThat(filled).as("two calls, two builders").isNotSameAs(untouched);
        filled.getClass().getMethod("from", value.type()).invoke(filled, value.sample());
        assertThat(build(filled)).isEqualTo(value.sample());
        // What the first builder was given and built leaves the second as empty as it was.
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> build(untouched));
        if (value.required().isEmpty()) {
            assertThat(refused).isNull();
            assertThat(build(untouched)).isEqualTo(io.github.loosmethod.validation.ValidationReport.clean());
        } else {
            assertThat(refused).isInstanceOf(InvalidValueException.class);
            for (String attribute : value.required()) {
                assertThat(refused.getMessage()).as(value + " names " + attribute).contains(attribute);
            }
        }
        assertThat(build(filled)).as("a builder builds again what it holds").isEqualTo(value.sample());
    }

    private static Object build(Object builder) throws Exception {
        try {
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }

    @Test
    void a_territory_is_made_from_its_parts() {
        assertThat(Territory.of("62528", "Loos", "FR", ZoneId.of("Europe/Paris")).code()).isEqualTo("62528");
    }

    @Test
    void weights_targets_and_scores_are_canonical_and_checked() {
        EvaluationCriterion criterion = Catalogue.LOOS_PRINCIPLES.criteria().get(0);
        EvaluationCriterion counted = EvaluationCriterion.builder().from(criterion).withScale(io.github.loosmethod.evaluation.Scale.count())
                .withTarget(new BigDecimal("12.00")).build();

        assertThat(WeightedCriterion.of(criterion, new BigDecimal("2.5")).weight()).isEqualTo(new BigDecimal("2.5"));
        assertThat(WeightedCriterion.of(criterion, BigDecimal.ZERO).weight()).isEqualTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> WeightedCriterion.of(criterion, new BigDecimal("-0.5"))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("weight:");
        assertThat(counted.target()).contains(new BigDecimal("12"));
        assertThat(EvaluationCriterion.builder().from(counted).build()).isEqualTo(counted);
        assertThatThrownBy(() -> EvaluationCriterion.builder().from(counted).withTarget(new BigDecimal("1.5")).build())
                .hasMessageStartingWith("target:");
        assertThatThrownBy(() -> EvaluationCriterion.builder().from(criterion).withCode("lp_x").build()).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> EvaluationCriterion.builder().from(criterion).withOrigin(" ").build()).hasMessageStartingWith("origin:");
        assertThatThrownBy(() -> EvaluationCriterion.builder().from(criterion).withSource("").build()).hasMessageStartingWith("source:");
        assertThat(CriterionScore.scored("C", new BigDecimal("4")).value()).contains(new BigDecimal("4"));
        assertThatThrownBy(() -> CriterionScore.builder().withCriterionCode("C").withValue(BigDecimal.ONE)
                .withNotAssessedReason("both").build()).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> CriterionScore.builder().withCriterionCode("C").build()).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> CriterionScore.notAssessed("C", " ")).hasMessageStartingWith("notAssessedReason:");
        assertThatThrownBy(() -> CriterionScore.scored(" ", 1)).hasMessageStartingWith("criterionCode:");
        assertThatThrownBy(() -> Evidence.builder().withKind(EvidenceKind.QUOTE).withText("x").withReference(" ").build())
                .hasMessageStartingWith("reference:");
    }

    @Test
    void an_evaluation_refuses_impossible_lists() {
        Evaluation valid = EmileBaslyPlayground.narrativeEvaluation();

        assertThatThrownBy(() -> Evaluation.builder().from(valid).withEvaluators(List.of()).build()).hasMessageStartingWith("evaluators:");
        assertThatThrownBy(() -> Evaluation.builder().from(valid).addScore(valid.scores().get(0)).build()).hasMessageStartingWith("scores:");
        assertThatThrownBy(() -> Evaluation.builder().from(valid).addUsefulEffect(" ").build()).hasMessageStartingWith("usefulEffects[2]:");
        assertThatThrownBy(() -> Evaluation.builder().from(valid).addNegativeExternalities(" ").build())
                .hasMessageStartingWith("negativeExternalities[1]:");
        assertThatThrownBy(() -> Evaluation.builder().from(valid).addLessonsLearned("ok", " ").build())
                .hasMessageStartingWith("lessonsLearned[2]:");
        assertThatThrownBy(() -> NarrativeSession.builder().from(valid.narrativeSession().orElseThrow()).addFriction(" ").build())
                .hasMessageStartingWith("frictions[2]:");
        assertThatThrownBy(() -> NarrativeSession.builder().from(valid.narrativeSession().orElseThrow()).addLesson(" ").build())
                .hasMessageStartingWith("lessons[2]:");
        assertThatThrownBy(() -> Decision.builder().from(EmileBaslyPlayground.assessment()).addReason(" ").build())
                .hasMessageStartingWith("reasons[3]:");
        assertThatThrownBy(() -> EvaluationFramework.builder().from(valid.framework()).addCriterion(valid.framework().criteria().get(0))
                .build()).hasMessageStartingWith("criteria:");
    }

    @Test
    void evaluation_rules_compare_with_the_initiative_only_where_they_can() {
        Evaluation programme = Evaluation.builder().from(EmileBaslyPlayground.narrativeEvaluation())
                .withSubject(EvaluationSubject.of(SubjectKind.PROGRAMME, EmileBaslyPlayground.draft().id(), LoosEnGohelle.TERRITORY,
                        LocalDate.of(2022, 1, 1)))
                .addUsefulEffect("More projects").addNegativeExternalities("Strain").build();
        Evaluation early = Evaluation.builder().from(EmileBaslyPlayground.narrativeEvaluation())
                .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, EmileBaslyPlayground.draft().id(), LoosEnGohelle.TERRITORY,
                        LocalDate.of(2020, 1, 1)))
                .withDate(LocalDate.of(2021, 1, 1)).build();

        assertThat(EmileBaslyPlayground.closed().validateEvaluation(programme).ruleIds()).containsExactly("E5");
        assertThat(EmileBaslyPlayground.draft().validateEvaluation(early).ruleIds()).isEmpty();
        assertThat(EmileBaslyPlayground.closed().validateEvaluation(early).ruleIds()).containsExactly("E3");
    }

    @Test
    void a_tally_chains_and_counts_only_scores_on_their_scale_of_their_framework() {
        Evaluation valid = EmileBaslyPlayground.narrativeEvaluation();
        Evaluation odd = Evaluation.builder().from(valid).withId("odd").withScores(List.of(CriterionScore.scored("LP_PRIDE", 9),
                CriterionScore.scored("ELSEWHERE", 2))).build();

        PortfolioTally tally = new PortfolioTally().add(valid).add(odd).add(EmileBaslyPlayground.closed());
        PortfolioIndicators indicators = tally.indicators();

        assertThat(indicators.evaluationCount()).isEqualTo(2);
        assertThat(indicators.initiativeCount()).isEqualTo(1);
        assertThat(indicators.criteria().get("LP_PRIDE").count()).isEqualTo(1);
        assertThat(indicators.criteria()).doesNotContainKey("ELSEWHERE");
        assertThat(indicators.commitments().get(io.github.loosmethod.commitment.Side.TOWN).breachedShare())
                .contains(BigDecimal.ZERO);
    }

    @Test
    void conventions_say_when_they_are_in_force_and_refuse_unknown_commitments() {
        Convention convention = EmileBaslyPlayground.convention();

        assertThat(convention.isInForceOn(convention.startDate())).isTrue();
        assertThat(convention.isInForceOn(convention.endDate())).isTrue();
        assertThat(convention.isInForceOn(convention.startDate().minusDays(1))).isFalse();
        assertThat(convention.isInForceOn(convention.endDate().plusDays(1))).isFalse();
        assertThatThrownBy(() -> convention.withCommitment(io.github.loosmethod.commitment.Commitment.of("unknown",
                io.github.loosmethod.commitment.Side.TOWN, LoosEnGohelle.MUNICIPALITY,
                io.github.loosmethod.commitment.CommitmentKind.FUNDING, "Money"))).hasMessageStartingWith("commitments:");
    }

    @Test
    void nothing_is_recorded_on_an_initiative_that_has_ended() {
        Initiative closed = EmileBaslyPlayground.closed();

        assertThatThrownBy(() -> closed.recordCommitmentStatus("school-upkeep", CommitmentStatus.WAIVED, LocalDate.of(2023, 8, 1), "x"))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("L1");
        assertThat(closed.hasReached(InitiativeStatus.AGREED)).isTrue();
        assertThat(closed.hasReached(InitiativeStatus.SUSPENDED)).isFalse();
        assertThat(closed.hasReached(InitiativeStatus.CLOSED)).isTrue();
        assertThat(EmileBaslyPlayground.draft().hasReached(InitiativeStatus.DRAFT)).isTrue();
    }

    @Test
    void rules_for_fifty_fifties_are_skipped_for_other_kinds_even_when_asked_for() {
        Initiative municipal = Initiative.builder().from(EmileBaslyPlayground.draft())
                .withKind(io.github.loosmethod.initiative.InitiativeKind.MUNICIPAL_PROJECT)
                .withPurpose(io.github.loosmethod.initiative.Purpose.of("", "")).build();

        assertThat(municipal.validate(Set.of(io.github.loosmethod.validation.Rule.R2)).violations()).isEmpty();
    }
}
