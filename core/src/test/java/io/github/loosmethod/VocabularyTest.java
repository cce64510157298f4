package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.AttendeeCategory;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.ScaleKind;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Holder;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.RuleScope;
import io.github.loosmethod.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every term a person reads has a label in English and in French, and the two vocabularies match. */
class VocabularyTest {

    /** Every enum of the public API whose constants people read. */
    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(ActorKind.class, Holder.class,
            CoConstructionLevel.class, Iap2Level.class, ArnsteinRung.class, ProjectPhase.class, Side.class,
            CommitmentKind.class, CommitmentStatus.class, QuantityUnit.class, InitiativeKind.class,
            InitiativeStatus.class, Transition.class, DecisionOutcome.class, Severity.class, RuleScope.class, Rule.class,
            Dimension.class, ScaleKind.class, Catalogue.class, EvaluationMethod.class, AttendeeCategory.class,
            EvidenceKind.class, SubjectKind.class, io.github.loosmethod.actor.AgeBand.class,
            io.github.loosmethod.initiative.TransitionDomain.class, io.github.loosmethod.involvement.ActivityKind.class,
            io.github.loosmethod.involvement.ParticipantCategory.class, io.github.loosmethod.provenance.IdentifierScheme.class);

    static Stream<Labelled> everyLabelledConstant() {
        List<Labelled> constants = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                constants.add((Labelled) constant);
            }
        }
        return constants.stream();
    }

    @ParameterizedTest
    @MethodSource("everyLabelledConstant")
    void every_constant_has_an_english_and_a_french_label(Labelled constant) {
        assertThat(Vocabulary.has(constant.labelKey(), Language.ENGLISH)).as(constant.labelKey()).isTrue();
        assertThat(Vocabulary.has(constant.labelKey(), Language.FRENCH)).as(constant.labelKey()).isTrue();
        assertThat(constant.label(Locale.ENGLISH)).isNotBlank();
        assertThat(constant.label(Locale.FRANCE)).isNotBlank();
    }

    @Test
    void every_labelled_enum_of_the_api_is_checked_here() {
        // A new Labelled enum must be added to LABELLED_ENUMS: every one of them implements Labelled.
        assertThat(LABELLED_ENUMS).allSatisfy(type -> assertThat(Labelled.class).isAssignableFrom(type));
        Set<String> prefixes = new TreeSet<>();
        for (String key : Vocabulary.keys(Language.ENGLISH)) {
            prefixes.add(key.substring(0, key.indexOf('.')));
        }
        Set<String> covered = new TreeSet<>(Set.of("Operation", "Portfolio", "Readiness", "interop", "invariant", "read"));
        LABELLED_ENUMS.forEach(type -> covered.add(type.getSimpleName()));
        assertThat(covered).containsExactlyElementsOf(prefixes);
    }

    @Test
    void every_rule_has_title_and_rationale_in_both_languages() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.title(Locale.ENGLISH)).as(rule.id()).isNotBlank();
            assertThat(rule.title(Locale.FRENCH)).as(rule.id()).isNotBlank().isNotEqualTo(rule.title(Locale.ENGLISH));
            assertThat(rule.rationale(Locale.ENGLISH)).as(rule.id()).isNotBlank();
            assertThat(rule.rationale(Locale.FRENCH)).as(rule.id()).isNotBlank();
        }
    }

    @Test
    void every_level_says_who_decides_and_who_acts_in_both_languages() {
        for (CoConstructionLevel level : CoConstructionLevel.values()) {
            for (Language language : Language.values()) {
                assertThat(Vocabulary.has(level.labelKey() + ".decides", language)).as(level + " " + language).isTrue();
                assertThat(Vocabulary.has(level.labelKey() + ".acts", language)).as(level + " " + language).isTrue();
            }
        }
    }

    @Test
    void both_vocabularies_have_the_same_keys_and_the_same_placeholders() {
        assertThat(Vocabulary.keys(Language.FRENCH)).containsExactlyElementsOf(Vocabulary.keys(Language.ENGLISH));
        for (String key : Vocabulary.keys(Language.ENGLISH)) {
            assertThat(placeholders(Vocabulary.text(key, Language.FRENCH))).as(key)
                    .isEqualTo(placeholders(Vocabulary.text(key, Language.ENGLISH)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void french_is_chosen_for_every_french_locale_and_english_otherwise() {
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.FRENCH);
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.of(Locale.forLanguageTag("fr-BE"))).isEqualTo(Language.FRENCH);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.ENGLISH);
        assertThat(CoConstructionLevel.CO_PRODUCTION.label(Locale.FRANCE)).isEqualTo("co-production");
        assertThat(ProjectPhase.STEWARDSHIP.label(Locale.FRANCE)).isEqualTo("pérennité");
        assertThat(ProjectPhase.STEWARDSHIP.label(Locale.GERMAN)).isEqualTo("stewardship");
    }

    @Test
    void placeholders_are_replaced_literally_and_labelled_terms_speak_the_language() {
        assertThat(Vocabulary.format("Rule.R5.message", Language.FRENCH, Side.TOWN))
                .isEqualTo("La convention ne contient aucun engagement de la partie « commune ».");
        assertThat(Vocabulary.format("Rule.R5.message", Language.ENGLISH, Side.TOWN))
                .isEqualTo("The convention holds no commitment of the town side.");
        assertThat(Vocabulary.format("Rule.R10.message", Language.FRENCH, "l'élue")).contains("l'élue");
        assertThatThrownBy(() -> Vocabulary.text("No.such.key", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No.such.key");
    }

    @Test
    void an_argument_that_reads_like_a_placeholder_is_shown_as_it_is() {
        // An id taken from a document may read "{1}": it is a value, never searched for placeholders again.
        assertThat(Vocabulary.format("Rule.R8.message", Language.ENGLISH, "{1}", "services-techniques"))
                .isEqualTo("Commitment {1}: the realisation is held by services-techniques, who acts for the town.");
        assertThat(Vocabulary.format("Rule.R8.message", Language.ENGLISH, "{0}{1}", "{0}"))
                .isEqualTo("Commitment {0}{1}: the realisation is held by {0}, who acts for the town.");
        assertThat(Vocabulary.format("Rule.R8.message", Language.ENGLISH, "t1"))
                .as("a placeholder without its argument is left as it is")
                .isEqualTo("Commitment t1: the realisation is held by {1}, who acts for the town.");
    }

    @Test
    void english_uses_the_singular_for_one_only() {
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.ENGLISH, 0, 0)).isEqualTo("0 lines refused");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.ENGLISH, 1, 1)).isEqualTo("1 line refused");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.ENGLISH, 2, 2)).isEqualTo("2 lines refused");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.ENGLISH, 1_000_001, "1,000,001"))
                .isEqualTo("1,000,001 lines refused");
    }

    @Test
    void french_uses_the_singular_for_zero_and_one() {
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.FRENCH, 0, 0)).isEqualTo("0 ligne refusée");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.FRENCH, 1, 1)).isEqualTo("1 ligne refusée");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.FRENCH, 2, 2)).isEqualTo("2 lignes refusées");
        assertThat(Vocabulary.plural("Portfolio.refusedLines", Language.FRENCH, 1_000_001, "1 000 001"))
                .isEqualTo("1 000 001 lignes refusées");
    }
}
