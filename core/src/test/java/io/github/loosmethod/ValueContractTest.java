package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.testkit.EveryType;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.Iap2Level;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts every value type keeps: equals and hashCode checked by EqualsVerifier, collections
 * returned unmodifiable, collections given copied.
 */
class ValueContractTest {

    /** Every generated value class of core, found from the sources so that a new type cannot be forgotten. */
    static Stream<Class<?>> valueClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String text = Files.readString(source);
                if (text.contains("@Value.Immutable\n")) {
                    String relative = Path.of("src/main/java").relativize(source).toString();
                    String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                    int dot = name.lastIndexOf('.');
                    try {
                        classes.add(Class.forName(name.substring(0, dot) + ".Immutable" + name.substring(dot + 1)));
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(classes).hasSizeGreaterThanOrEqualTo(35);
        return classes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueClasses")
    void equals_and_hash_code_follow_the_contract(Class<?> type) {
        // Null fields cannot exist (the builders refuse them); decimals are kept in one canonical form at
        // construction (Decimals), so BigDecimal.equals is the right equality once a value exists.
        EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS, Warning.INHERITED_DIRECTLY_FROM_OBJECT,
                Warning.BIGDECIMAL_EQUALITY).verify();
    }

    @Test
    void records_follow_the_contract() {
        EqualsVerifier.forClass(LocalizedText.class).suppress(Warning.NULL_FIELDS).verify();
        EqualsVerifier.forClass(io.github.loosmethod.involvement.LevelMapping.class).suppress(Warning.NULL_FIELDS).verify();
    }

    private static List<Object> samples() {
        Initiative closed = EmileBaslyPlayground.closed();
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        SamplePortfolio sample = SamplePortfolio.generate(1, 60);
        List<Object> samples = new ArrayList<>(List.of(closed, closed.convention().orElseThrow(),
                closed.convention().orElseThrow().commitments().get(3), closed.assessment().orElseThrow(),
                closed.involvementPlan(), closed.convention().orElseThrow().contributions(),
                closed.convention().orElseThrow().contributions().of(io.github.loosmethod.commitment.Side.TOWN),
                evaluation, evaluation.framework(), evaluation.narrativeSession().orElseThrow(), evaluation.scores().get(0),
                evaluation.scorecard(), evaluation.scorecard().overall(), Iap2Level.COLLABORATE.toLoos(),
                closed.validate(), PortfolioIndicators.of(sample.initiatives(), sample.evaluations()),
                EvaluationFramework.of(Catalogue.OECD_2021).criteria().get(0).criterion().scale(), EmileBaslyPlayground.PUPILS));
        samples.addAll(Catalogue.LOOS_2016.criteria());
        // Every type of the format, those of version 2 included: votes, decisions, activities, the other kinds of initiative.
        samples.addAll(EveryType.values());
        return samples;
    }

    @Test
    void every_value_class_has_a_sample_whose_collections_are_checked() throws IOException {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsAll(valueClasses().collect(Collectors.toList()));
    }

    @Test
    void every_collection_a_value_returns_cannot_be_modified() throws Exception {
        int checked = 0;
        for (Object sample : samples()) {
            for (Method method : sample.getClass().getMethods()) {
                if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                        || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object result = method.invoke(sample);
                if (result instanceof Collection) {
                    checked++;
                    assertThatThrownBy(() -> ((Collection<?>) result).add(null)).as(sample.getClass().getSimpleName() + "."
                            + method.getName()).isInstanceOf(UnsupportedOperationException.class);
                } else if (result instanceof Map) {
                    checked++;
                    assertThatThrownBy(() -> ((Map<?, ?>) result).put(null, null)).as(sample.getClass().getSimpleName() + "."
                            + method.getName()).isInstanceOf(UnsupportedOperationException.class);
                    for (Object value : ((Map<?, ?>) result).values()) {
                        if (value instanceof Map) {
                            assertThatThrownBy(() -> ((Map<?, ?>) value).put(null, null)).isInstanceOf(UnsupportedOperationException.class);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void collections_given_to_builders_are_copied() {
        List<Actor> applicants = new ArrayList<>(EmileBaslyPlayground.draft().applicants());
        Set<String> themes = new TreeSet<>(List.of("a"));
        List<Commitment> commitments = new ArrayList<>(EmileBaslyPlayground.convention().commitments());
        Map<io.github.loosmethod.involvement.ProjectPhase, io.github.loosmethod.involvement.CoConstructionLevel> levels =
                new java.util.EnumMap<>(EmileBaslyPlayground.draft().involvementPlan().levels());
        Initiative initiative = Initiative.builder().from(EmileBaslyPlayground.draft()).withApplicants(applicants)
                .withThemes(themes).build();
        Convention convention = Convention.builder().from(EmileBaslyPlayground.convention()).withCommitments(commitments).build();
        InvolvementPlan plan = InvolvementPlan.builder().putAllLevels(levels).build();

        applicants.clear();
        themes.add("b");
        commitments.clear();
        levels.clear();

        assertThat(initiative.applicants()).hasSize(4);
        assertThat(initiative.themes()).containsExactly("a");
        assertThat(convention.commitments()).hasSize(6);
        assertThat(plan.levels()).hasSize(6);
    }
}
