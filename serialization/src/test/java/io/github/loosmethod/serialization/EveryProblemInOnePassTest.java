package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A partner fixing an export sees every problem of a document in one refusal, in English or in
 * French, not one per run: wrong types, unknown fields, missing required fields and invariants,
 * each at its pointer and in the order of the document, up to the limit of {@link ReadLimits}.
 */
class EveryProblemInOnePassTest {

    private static final LoosJson STRICT = LoosJson.strict();
    private static final String AGREED = STRICT.writeAsString(StreetFlowerBoxes.agreed());

    /** The flower boxes' agreed record, broken in five independent places. */
    private static final String FIVE_PROBLEMS = AGREED
            .replace("\"code\":\"62528\",\"name\":\"Loos-en-Gohelle\",", "\"code\":\"62528\",\"mayor\":\"Jean-François Caron\",")
            .replace("\"title\":\"Flower boxes in the rue des Écoles\"", "\"title\":42")
            .replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"fifty-fifty\"")
            .replace("\"amount\":640.5", "\"amount\":-640.5");

    @Test
    void five_independent_problems_are_five_problems_of_one_refusal_in_the_order_of_the_document() {
        assertThat(FIVE_PROBLEMS).isNotEqualTo(AGREED);

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(FIVE_PROBLEMS, Initiative.class));

        assertThat(refused.problems()).extracting(Problem::pointer, Problem::message).containsExactly(
                tuple("/territory/mayor", "unknown field"),
                tuple("/territory/name", "is required"),
                tuple("/title", "must be a string, not a number"),
                tuple("/kind", refused.problems().get(3).message()),
                tuple("/convention/commitments/0/quantity/amount", "must not be negative (was -640.5)"));
        assertThat(refused.problems().get(3).message()).startsWith("unknown code \"fifty-fifty\"; expected one of: ")
                .contains("fifty_fifty");
        assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.ruleId()).isEmpty());
    }

    @Test
    void the_problems_are_said_in_french_for_a_french_locale_and_in_english_otherwise() {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(FIVE_PROBLEMS, Initiative.class));

        assertThat(refused.problems()).extracting(problem -> problem.message(Locale.FRENCH)).containsExactly(
                "champ inconnu",
                "est obligatoire",
                "doit être une chaîne, et non un nombre",
                refused.problems().get(3).frenchMessage(),
                "ne doit pas être négatif (valeur : -640.5)");
        assertThat(refused.problems().get(3).message(Locale.CANADA_FRENCH)).startsWith("code inconnu \"fifty-fifty\" ; codes admis : ");
        assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.message(Locale.GERMAN)).isEqualTo(problem.message()));
        assertThat(refused.getMessage(Locale.FRENCH)).startsWith("/territory/mayor : champ inconnu; /territory/name : est obligatoire; ");
        assertThat(refused.getMessage(Locale.ENGLISH)).isEqualTo(refused.getMessage())
                .startsWith("/territory/mayor: unknown field; /territory/name: is required; ");
    }

    @Test
    void both_backends_find_the_same_problems() {
        InterchangeException jackson2 = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(FIVE_PROBLEMS, Initiative.class));
        InterchangeException jackson3 = catchThrowableOfType(InterchangeException.class,
                () -> io.github.loosmethod.jackson3.LoosJson.strict().read(FIVE_PROBLEMS, Initiative.class));

        assertThat(jackson3.problems()).hasSize(5).isEqualTo(jackson2.problems());
    }

    @Test
    void every_element_of_a_list_and_every_entry_of_a_map_is_checked_past_one_that_fails() {
        String twoCommitments = AGREED.replace("\"dueDate\":\"2023-04-20\"", "\"dueDate\":\"20/04/2023\"")
                .replace("\"dueDate\":\"2023-04-30\"", "\"dueDate\":true");
        SamplePortfolio sample = SamplePortfolio.generate(7, 30);
        String written = STRICT.writeAsString(PortfolioIndicators.of(sample.initiatives(), sample.evaluations()));
        String twoYears = written.replaceFirst("\"countByYear\":\\{\"(\\d+)\":", "\"countByYear\":{\"0$1\":")
                .replaceFirst("\"countByKind\":\\{\"(\\w+)\":", "\"countByKind\":{\"$1\":-1,\"x_$1\":");

        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.read(twoCommitments, Initiative.class)).problems())
                .extracting(Problem::pointer).containsExactly("/convention/commitments/0/dueDate", "/convention/commitments/1/dueDate");
        assertThat(twoYears).isNotEqualTo(written);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.read(twoYears, PortfolioIndicators.class)).problems())
                .extracting(Problem::pointer).hasSize(3).allMatch(pointer -> pointer.startsWith("/countBy"));
    }

    @Test
    void past_the_limit_reading_stops_and_says_so_in_a_last_problem() {
        LoosJson two = STRICT.withLimits(ReadLimits.DEFAULT.withMaxProblems(2));

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> two.read(FIVE_PROBLEMS, Initiative.class));

        assertThat(refused.problems()).extracting(Problem::pointer, Problem::message).containsExactly(
                tuple("/territory/mayor", "unknown field"),
                tuple("/territory/name", "is required"),
                tuple("", "reading stopped after the first 2 problems: the document has more (ReadLimits.maxProblems)"));
        assertThat(refused.problems().get(2).message(Locale.FRENCH))
                .isEqualTo("lecture arrêtée après les 2 premiers problèmes : le document en a d'autres (ReadLimits.maxProblems)");
        LoosJson five = STRICT.withLimits(ReadLimits.DEFAULT.withMaxProblems(5));
        assertThat(catchThrowableOfType(InterchangeException.class, () -> five.read(FIVE_PROBLEMS, Initiative.class)).problems())
                .as("exactly as many problems as the limit: no note").hasSize(5);
    }

    @Test
    void a_root_read_to_its_end_that_fails_to_build_still_has_its_format_version_checked() {
        String noVersion = AGREED.replace("{\"formatVersion\":2,", "{").replace("\"status\":\"agreed\"", "\"status\":\"closed\"");

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(noVersion, Initiative.class));

        assertThat(refused.problems()).extracting(Problem::pointer).containsExactly("/status", "/formatVersion");
    }

    @Test
    void malformed_json_stops_the_reading_where_the_syntax_breaks_after_the_problems_before_it() {
        String broken = FIVE_PROBLEMS.replace("\"themes\":[", "\"themes\":[,");

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(broken, Initiative.class));

        assertThat(refused.problems()).extracting(Problem::pointer).containsExactly("/territory/mayor", "/territory/name", "/title",
                "/kind", "/themes/0");
        assertThat(refused.problems().get(4).message()).startsWith("malformed JSON at line 1, column ");
        assertThat(refused.problems().get(4).message(Locale.FRENCH)).startsWith("JSON mal formé à la ligne 1, colonne ");
    }

    @Test
    void a_line_of_a_portfolio_is_refused_with_all_its_problems_on_its_line() {
        byte[] portfolio = (AGREED + "\n" + FIVE_PROBLEMS + "\n").getBytes(StandardCharsets.UTF_8);
        List<InterchangeException> bad = new ArrayList<>();

        STRICT.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(bad::add)).forEachRemaining(initiative -> {
        });

        assertThat(bad).singleElement().satisfies(line -> {
            assertThat(line.line()).hasValue(2);
            assertThat(line.problems()).hasSize(5);
            assertThat(line.getMessage(Locale.FRENCH)).startsWith("ligne 2 : /territory/mayor : champ inconnu; ");
        });
    }
}
