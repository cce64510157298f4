package io.github.loosmethod.interop.decidim;

import static io.github.loosmethod.interop.decidim.DecidimResultsImportTest.CONTEXT;
import static io.github.loosmethod.interop.decidim.DecidimResultsImportTest.RESIDENTS;
import static io.github.loosmethod.interop.decidim.DecidimResultsImportTest.TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.serialization.LoosJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The initiatives of a Decidim platform, from its open-data export, imported as a town's clerk
 * would expect: the platform's states never taken for the town's decisions, the promoters as
 * applicants when they can be told apart, every value the record cannot hold reported, bad rows
 * refused at their line while the others are read.
 */
class DecidimInitiativesImportTest {

    private static Path fixture() throws Exception {
        return Path.of(DecidimInitiativesImportTest.class.getResource("initiatives-loos.csv").toURI());
    }

    private static List<ImportedRecord> read(ImportContext context, Path file) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = DecidimImport.initiatives(context).read(file, StandardCharsets.UTF_8, ';', records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        return records;
    }

    private static List<ImportedRecord> fixtureRecords() throws Exception {
        return read(CONTEXT, fixture());
    }

    private static List<Loss> losses(ImportedRecord record, LossCategory category) {
        return record.losses().stream().filter(loss -> loss.category() == category).collect(Collectors.toList());
    }

    @Test
    void a_published_initiative_is_under_assessment_carried_by_its_promoters_and_its_state_is_reported_ambiguous() throws Exception {
        ImportedRecord record = fixtureRecords().get(0);

        Initiative initiative = record.initiative().orElseThrow();
        assertThat(initiative.id()).isEqualTo("decidim:initiative:LOOS-INIT-2024-03-7");
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(initiative.title()).isEqualTo("Jardin partagé de la cité 5");
        assertThat(initiative.purpose().livingEnvironment())
                .isEqualTo("Cultiver ensemble la friche derrière l'école ; les habitants l'entretiennent.");
        assertThat(initiative.themes()).containsExactly("Cadre de vie");
        assertThat(initiative.applicants()).containsExactly(
                Actor.of("decidim:LOOS:user:12", "Marie Dupont", ActorKind.RESIDENT),
                Actor.of("decidim:LOOS:user:15", "Karim Benali", ActorKind.RESIDENT));
        assertThat(initiative.history()).extracting(event -> event.at(), event -> event.by().id()).containsExactly(
                tuple(Instant.parse("2024-03-02T10:00:00Z"), "decidim:LOOS:user:12"),
                tuple(Instant.parse("2024-03-20T09:30:00Z"), TOWN.id()));
        assertThat(initiative.assessment()).isEmpty();
        assertThat(initiative.sources()).singleElement().satisfies(source -> {
            assertThat(source.system()).isEqualTo("decidim");
            assertThat(source.file()).hasValue("initiatives-loos.csv");
            assertThat(source.line()).hasValue(2);
            assertThat(source.id()).hasValue("LOOS-INIT-2024-03-7");
        });
        assertThat(record.validation().isValid()).isTrue();
        assertThat(record.losses()).extracting(loss -> loss.column().orElse(null), Loss::target, Loss::category, loss -> loss.value().orElse(null))
                .containsExactly(
                        tuple("title/en", "/title", LossCategory.DEGRADED, "Shared garden in cité 5"),
                        tuple("description/fr", "/purpose/livingEnvironment", LossCategory.DEGRADED,
                                "<p>Cultiver ensemble la friche derrière l'école ; les habitants l'entretiennent.</p>"),
                        tuple("description/fr", "/purpose/generalInterest", LossCategory.DEFAULTED, null),
                        tuple("area/name/en", "/themes/0", LossCategory.DEGRADED, "Living environment"),
                        tuple("area/id", "/themes/0", LossCategory.DROPPED, "3"),
                        tuple("scope/id", "", LossCategory.DROPPED, "4"),
                        tuple("scope/name/fr", "", LossCategory.DROPPED, "Cité 5"),
                        tuple("scope/name/en", "", LossCategory.DROPPED, "Cité 5"),
                        tuple("type/id", "/kind", LossCategory.DROPPED, "1"),
                        tuple("type/title/fr", "/kind", LossCategory.UNMAPPED, "Pétition"),
                        tuple("type/title/en", "/kind", LossCategory.UNMAPPED, "Petition"),
                        tuple("signatures", "", LossCategory.DROPPED, "87"),
                        tuple("signature_start_date", "", LossCategory.DROPPED, "2024-03-20"),
                        tuple("signature_end_date", "", LossCategory.DROPPED, "2024-07-18"),
                        tuple("signature_type", "", LossCategory.DROPPED, "online"),
                        tuple("hashtag", "", LossCategory.DROPPED, "jardin5"),
                        tuple("authors/name", "/applicants/0/kind", LossCategory.DEFAULTED, "Marie Dupont"),
                        tuple("authors/name", "/applicants/1/kind", LossCategory.DEFAULTED, "Karim Benali"),
                        tuple(null, "/kind", LossCategory.DEFAULTED, null),
                        tuple("created_at", "/history/0", LossCategory.DEFAULTED, "2024-03-02 10:00:00 UTC"),
                        tuple("published_at", "/history/1", LossCategory.DEFAULTED, "2024-03-20 09:30:00 UTC"),
                        tuple("state", "/status", LossCategory.AMBIGUOUS, "published"));
        assertThat(losses(record, LossCategory.AMBIGUOUS)).singleElement()
                .satisfies(loss -> assertThat(loss.candidates()).containsExactly("submitted", "under_assessment"));
    }

    @Test
    void the_platform_accepting_or_rejecting_by_signatures_is_never_taken_for_the_towns_decision() throws Exception {
        List<ImportedRecord> records = fixtureRecords();
        ImportedRecord accepted = records.get(1);
        ImportedRecord rejected = records.get(2);

        // The context names the council: still no decision, since the platform's state is no vote of it.
        assertThat(CONTEXT.decidingBody()).isPresent();
        assertThat(accepted.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(accepted.initiative().orElseThrow().assessment()).isEmpty();
        assertThat(losses(accepted, LossCategory.AMBIGUOUS)).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("accepted");
            assertThat(loss.candidates()).containsExactly("under_assessment", "accepted");
            assertThat(loss.ruleId()).hasValue("R3");
        });
        // The town's answer, its date and its address: free text, reported with their values.
        assertThat(accepted.losses()).filteredOn(loss -> loss.target().equals("/decisions"))
                .extracting(loss -> loss.column().orElseThrow(), loss -> loss.value().orElseThrow())
                .containsExactly(tuple("answer/fr", "<p>Le conseil municipal retient le projet pour 2024.</p>"),
                        tuple("answered_at", "2024-01-15 18:00:00 UTC"),
                        tuple("answer_url", "https://loos.example.org/deliberations/2024-01"));
        assertThat(accepted.losses()).anySatisfy(loss -> {
            assertThat(loss.column()).hasValue("first_progress_notification_at");
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
        });

        assertThat(rejected.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(losses(rejected, LossCategory.CAPPED_STATUS)).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("rejected");
            assertThat(loss.candidates()).containsExactly("rejected", "withdrawn");
            assertThat(loss.ruleId()).hasValue("R3");
        });
    }

    @Test
    void each_state_goes_only_as_far_as_the_dates_of_the_export_show() throws Exception {
        List<ImportedRecord> records = fixtureRecords();

        assertThat(records).extracting(record -> record.initiative().map(Initiative::status).orElse(null)).containsExactly(
                InitiativeStatus.UNDER_ASSESSMENT, // published
                InitiativeStatus.UNDER_ASSESSMENT, // accepted
                InitiativeStatus.UNDER_ASSESSMENT, // rejected
                InitiativeStatus.SUBMITTED, // discarded, never published
                InitiativeStatus.DRAFT, // created
                InitiativeStatus.UNDER_ASSESSMENT, // published, promoters that cannot be paired
                null, // no reference, no title
                InitiativeStatus.SUBMITTED, // validating
                null); // an unreadable date of creation
        ImportedRecord discarded = records.get(3);
        assertThat(losses(discarded, LossCategory.UNMAPPED)).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("state");
            assertThat(loss.value()).hasValue("discarded");
        });
        ImportedRecord created = records.get(4);
        assertThat(created.initiative().orElseThrow().history()).isEmpty();
        ImportedRecord validating = records.get(7);
        assertThat(losses(validating, LossCategory.AMBIGUOUS)).singleElement()
                .satisfies(loss -> assertThat(loss.candidates()).containsExactly("submitted", "under_assessment"));
    }

    @Test
    void promoters_that_cannot_be_told_apart_are_reported_ambiguous_and_the_stand_in_carries_the_initiative() throws Exception {
        ImportedRecord record = fixtureRecords().get(5);

        assertThat(record.initiative().orElseThrow().applicants()).containsExactly(RESIDENTS);
        assertThat(losses(record, LossCategory.AMBIGUOUS)).first().satisfies(loss -> {
            assertThat(loss.column()).hasValue("authors/name");
            assertThat(loss.target()).isEqualTo("/applicants");
            assertThat(loss.value()).hasValue("Dupont, Marie, Lefebvre, Jean");
        });
        assertThat(record.losses()).anySatisfy(loss -> {
            assertThat(loss.target()).isEqualTo("/applicants/0");
            assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED);
            assertThat(loss.message().english()).contains(RESIDENTS.name());
        });

        ImportContext withoutStandIn = ImportContext.of(CONTEXT.territory(), CONTEXT.town(), CONTEXT.importedAt());
        ImportedRecord refused = read(withoutStandIn, fixture()).get(5);
        assertThat(refused.initiative()).isEmpty();
        assertThat(losses(refused, LossCategory.REFUSED_RECORD)).singleElement()
                .satisfies(loss -> assertThat(loss.target()).isEqualTo("/applicants"));
        // The promoters named one by one do not need the stand-in.
        assertThat(read(withoutStandIn, fixture()).get(0).built()).isTrue();
    }

    @Test
    void a_row_without_reference_or_title_or_with_an_unreadable_date_is_refused_with_every_reason_at_its_line() throws Exception {
        List<ImportedRecord> records = fixtureRecords();

        ImportedRecord untitled = records.get(6);
        assertThat(untitled.source().line()).hasValue(8);
        assertThat(losses(untitled, LossCategory.REFUSED_RECORD)).extracting(loss -> loss.column().orElse(null), Loss::target)
                .containsExactly(tuple("reference", ""), tuple("title/fr, title/en", "/title"));
        ImportedRecord undated = records.get(8);
        assertThat(undated.source().line()).hasValue(10);
        assertThat(losses(undated, LossCategory.REFUSED_RECORD)).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("created_at");
            assertThat(loss.value()).hasValue("en attente");
        });
    }

    @Test
    void every_initiative_built_reads_back_with_the_strict_reader_and_the_report_is_the_same_byte_for_byte() throws Exception {
        List<ImportedRecord> records = fixtureRecords();
        for (ImportedRecord record : records) {
            if (record.built()) {
                Initiative initiative = record.initiative().get();
                assertThat(LoosJson.strict().read(LoosJson.strict().write(initiative), Initiative.class)).isEqualTo(initiative);
            }
        }
        assertThat(report(records)).isEqualTo(report(fixtureRecords()));
    }

    @Test
    void a_header_without_the_required_columns_imports_nothing_and_says_which(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("initiatives.csv");
        Files.writeString(file, "reference;title/fr;created_at\nLOOS-INIT-2024-03-7;Jardin;2024-03-02 10:00:00 UTC\n");

        List<ImportedRecord> records = read(CONTEXT, file);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.losses()).singleElement().satisfies(loss -> assertThat(loss.message().english()).contains("state"));
        });
    }

    private static String report(List<ImportedRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            records.forEach(report::add);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
