package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.interchange.Checked;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host keeps drafts and imports that break rules of the method: it reads them with their report
 * and writes them back as they were, while the strict default still refuses them for interchange.
 */
class ReadingWithoutLossTest {

    private static final LoosJson STRICT = LoosJson.strict();
    /** A draft whose purpose says nothing of the general interest yet (R2), as a clerk saves it halfway. */
    private static final Initiative HALFWAY = Initiative.builder().from(StreetFlowerBoxes.draft())
            .withPurpose(Purpose.of("More flowers along the street.", " ")).build();
    private static final byte[] DOCUMENT = STRICT.write(HALFWAY);

    @Test
    void a_document_breaking_rules_is_read_with_its_report_and_written_back_identically() {
        Checked<Initiative> checked = STRICT.readChecked(DOCUMENT, Initiative.class);

        assertThat(checked.value()).isEqualTo(HALFWAY);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.report().errors()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("R2", "purpose.generalInterest"));
        assertThat(STRICT.write(checked.value())).isEqualTo(DOCUMENT);
        assertThat(STRICT.readChecked(new String(DOCUMENT, StandardCharsets.UTF_8), Initiative.class)).isEqualTo(checked);
    }

    @Test
    void the_strict_default_still_refuses_it() {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.readInitiative(DOCUMENT));

        assertThat(refused.problems()).extracting(Problem::pointer, Problem::ruleId)
                .containsExactly(tuple("/purpose/generalInterest", java.util.Optional.of("R2")));
    }

    @Test
    void what_is_not_well_formed_or_breaks_an_invariant_is_refused_all_the_same() {
        String wrongType = new String(DOCUMENT, StandardCharsets.UTF_8).replace("\"title\":", "\"title\":1,\"x\":");
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.readChecked(wrongType, Initiative.class)).problems())
                .extracting(Problem::pointer, Problem::message)
                .containsExactly(tuple("/title", "must be a string, not a number"), tuple("/x", "unknown field"));
        String blankTitle = new String(DOCUMENT, StandardCharsets.UTF_8).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\" \"");
        assertThat(catchThrowableOfType(InterchangeException.class, () -> STRICT.readChecked(blankTitle, Initiative.class)).problems())
                .extracting(Problem::pointer).containsExactly("/title");
    }

    @Test
    void a_value_the_rules_do_not_judge_comes_with_an_empty_report() {
        Checked<?> actor = STRICT.readChecked(STRICT.write(StreetFlowerBoxes.ASSOCIATION), io.github.loosmethod.actor.Actor.class);

        assertThat(actor.value()).isEqualTo(StreetFlowerBoxes.ASSOCIATION);
        assertThat(actor.report().violations()).isEmpty();
    }

    @Test
    void a_portfolio_reader_refuses_the_line_by_default_and_reads_it_on_request() {
        byte[] portfolio = (STRICT.writeAsString(StreetFlowerBoxes.closed()) + "\n" + new String(DOCUMENT, StandardCharsets.UTF_8)
                + "\n").getBytes(StandardCharsets.UTF_8);

        List<InterchangeException> bad = new ArrayList<>();
        List<Initiative> strict = new ArrayList<>();
        try (PortfolioReader reader = STRICT.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.collectAndContinue(bad::add),
                OnRuleBreak.REFUSE)) {
            reader.readAll(strict::add);
        }
        assertThat(strict).containsExactly(StreetFlowerBoxes.closed());
        assertThat(bad).singleElement().satisfies(e -> assertThat(e.line()).hasValue(2L));

        List<Checked<Initiative>> kept = new ArrayList<>();
        PortfolioSummary summary;
        try (PortfolioReader reader = STRICT.portfolioReader(new ByteArrayInputStream(portfolio), OnBadLine.stop(),
                OnRuleBreak.REPORT)) {
            summary = reader.readAllChecked(kept::add);
        }
        assertThat(summary.initiatives()).isEqualTo(2);
        assertThat(summary.badLines()).isZero();
        assertThat(kept).extracting(Checked::value).containsExactly(StreetFlowerBoxes.closed(), HALFWAY);
        assertThat(kept.get(0).report().violations()).isEmpty();
        assertThat(kept.get(1).report().errors()).extracting(Violation::ruleId).containsExactly("R2");
    }

    @Test
    void an_identifier_that_fails_its_check_is_refused_at_its_place() {
        String withSiret = STRICT.writeAsString(StreetFlowerBoxes.draft()).replace("\"kind\":\"association\"}",
                "\"kind\":\"association\",\"identifiers\":[{\"scheme\":\"siret\",\"value\":\"67895644300011\"}]}");

        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> STRICT.read(withSiret, Initiative.class));

        assertThat(refused.problems()).extracting(Problem::pointer).containsExactly("/applicants/0/identifiers/0/value");
        assertThat(refused.problems().get(0).message()).contains("is not a valid siret: its check digit is wrong");
    }
}
