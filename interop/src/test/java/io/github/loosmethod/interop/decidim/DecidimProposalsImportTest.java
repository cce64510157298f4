package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.serialization.LoosJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Decidim proposals imported as a town's clerk would expect: each state as far as the rules allow,
 * the stand-in applicant said, the amendment flag and the counters reported, bad documents
 * refused at their pointer.
 */
class DecidimProposalsImportTest {

    static final ImportContext CONTEXT = DecidimResultsImportTest.CONTEXT;

    static List<ImportedRecord> read(ImportContext context, Path file) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = DecidimImport.proposals(context).read(file, records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        assertThat(summary.built()).isEqualTo(records.stream().filter(ImportedRecord::built).count());
        return records;
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(DecidimProposalsImportTest.class.getResource(name).toURI());
    }

    private static List<Loss> at(ImportedRecord record, String pointer) {
        return record.losses().stream().filter(loss -> loss.source().pointer().equals(Optional.of(pointer))).collect(Collectors.toList());
    }

    private static InitiativeStatus status(ImportedRecord record) {
        return record.initiative().orElseThrow().status();
    }

    @Test
    void the_sample_gives_id_2_under_assessment_ids_3_and_1_submitted_the_amendment_dropped() {
        Path sample = Samples.require("decidim/import_proposals.json");

        List<ImportedRecord> records = read(CONTEXT, sample);

        assertThat(records).extracting(record -> record.source().id().orElseThrow(), DecidimProposalsImportTest::status).containsExactly(
                tuple("2", InitiativeStatus.UNDER_ASSESSMENT), tuple("3", InitiativeStatus.SUBMITTED), tuple("1", InitiativeStatus.SUBMITTED));
        assertThat(records.get(0).initiative().orElseThrow().id()).isEqualTo("decidim:localhost:3000:proposal:2");
        assertThat(at(records.get(0), "/0/is_amend")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("true");
        });
        assertThat(at(records.get(0), "/0/original_proposal")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
        for (ImportedRecord record : records) {
            assertThat(record.losses()).filteredOn(loss -> loss.target().equals("/applicants/0")).singleElement()
                    .satisfies(loss -> assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED));
            // Counters are dropped wherever present, zero included.
            assertThat(record.losses()).filteredOn(loss -> loss.source().pointer().orElse("").endsWith("/supports"))
                    .extracting(Loss::category).containsExactly(LossCategory.DROPPED);
            // Machine translations are never a text of the record.
            assertThat(record.initiative().orElseThrow().themes()).doesNotContain("Iste adipisci eum quasi.");
        }
        assertThat(records.get(0).initiative().orElseThrow().themes()).containsExactly("Aliquam rerum aut dignissimos.");
        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : records) {
            Initiative initiative = record.initiative().orElseThrow();
            assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative);
        }
    }

    @Test
    void without_a_stand_in_every_proposal_of_the_sample_is_refused_saying_why() {
        Path sample = Samples.require("decidim/import_proposals.json");
        ImportContext noStandIn = ImportContext.of(CONTEXT.territory(), CONTEXT.town(), CONTEXT.importedAt())
                .withDecidingBody(DecidimResultsImportTest.COUNCIL);

        List<ImportedRecord> records = read(noStandIn, sample);

        assertThat(records).hasSize(3).noneMatch(ImportedRecord::built);
        assertThat(records).allSatisfy(record -> assertThat(record.losses()).filteredOn(loss -> loss.category() == LossCategory.REFUSED_RECORD)
                .singleElement().satisfies(loss -> assertThat(loss.target()).isEqualTo("/applicants")));
    }

    @Test
    void each_state_goes_as_far_as_the_rules_allow_with_the_council() throws Exception {
        List<ImportedRecord> records = read(CONTEXT, fixture("proposals-loos.json"));

        assertThat(records.subList(0, 7)).extracting(DecidimProposalsImportTest::status).containsExactly(InitiativeStatus.SUBMITTED,
                InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.ACCEPTED, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN,
                InitiativeStatus.SUBMITTED, InitiativeStatus.DRAFT);
        Initiative accepted = records.get(2).initiative().orElseThrow();
        assertThat(accepted.assessment()).hasValueSatisfying(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(DecidimResultsImportTest.COUNCIL);
            assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
            assertThat(decision.reasons()).containsExactly("Le conseil accepte le jardin.");
            assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2024-03-03T09:30:00Z"));
        });
        assertThat(at(records.get(2), "/2")).filteredOn(loss -> loss.target().equals("/decisions/0/decidedBy"))
                .extracting(Loss::category).containsExactly(LossCategory.DEFAULTED);
        assertThat(at(records.get(5), "/5/state")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.UNMAPPED);
            assertThat(loss.value()).hasValue("in_discussion");
        });
        Initiative first = records.get(0).initiative().orElseThrow();
        assertThat(first.id()).isEqualTo("decidim:decidim.loos.example:proposal:11");
        assertThat(first.title()).isEqualTo("Un composteur rue Lamartine");
        assertThat(first.purpose().livingEnvironment()).isEqualTo("Un composteur partagé, entretenu par les voisins.");
        assertThat(first.themes()).containsExactly("Environnement");
        assertThat(first.sources()).singleElement().satisfies(source -> {
            assertThat(source.pointer()).hasValue("/0");
            assertThat(source.url()).hasValue("https://decidim.loos.example/processes/loos-2024/f/7/proposals/11");
        });
        assertThat(at(records.get(0), "/0/category/name/machine_translations")).extracting(Loss::category)
                .containsExactly(LossCategory.DROPPED);
        assertThat(at(records.get(0), "/0/title/en")).extracting(Loss::category).containsExactly(LossCategory.DEGRADED);
        // is_amend false loses nothing; the counters do.
        assertThat(at(records.get(0), "/0/is_amend")).isEmpty();
        assertThat(at(records.get(0), "/0/supports")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
        assertThat(at(records.get(6), "/6")).filteredOn(loss -> loss.target().startsWith("/history")).isEmpty();
        LoosJson json = LoosJson.strict();
        records.stream().flatMap(record -> record.initiative().stream())
                .forEach(initiative -> assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative));
    }

    @Test
    void accepted_and_rejected_stay_under_assessment_without_a_council_each_capped_naming_r3() throws Exception {
        ImportContext noCouncil = ImportContext.of(CONTEXT.territory(), CONTEXT.town(), CONTEXT.importedAt())
                .withStandInApplicant(DecidimResultsImportTest.RESIDENTS);

        List<ImportedRecord> records = read(noCouncil, fixture("proposals-loos.json"));

        assertThat(records.subList(2, 4)).extracting(DecidimProposalsImportTest::status).containsOnly(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(records.subList(2, 4)).extracting(record -> at(record, "/" + records.indexOf(record) + "/state").get(0))
                .extracting(Loss::category, Loss::ruleId, Loss::candidates).containsExactly(
                        tuple(LossCategory.CAPPED_STATUS, Optional.of("R3"), List.of("accepted")),
                        tuple(LossCategory.CAPPED_STATUS, Optional.of("R3"), List.of("rejected")));
        // The answer has no decision to hold it.
        assertThat(at(records.get(2), "/2/answer")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
    }

    @Test
    void a_proposal_without_a_title_in_any_language_is_refused_at_its_title() throws Exception {
        ImportedRecord untitled = read(CONTEXT, fixture("proposals-loos.json")).get(7);

        assertThat(untitled.built()).isFalse();
        assertThat(untitled.losses()).filteredOn(loss -> loss.category() == LossCategory.REFUSED_RECORD).singleElement().satisfies(loss -> {
            assertThat(loss.source().pointer()).hasValue("/7/title");
            assertThat(loss.target()).isEqualTo("/title");
        });
        // The machine translation is never the title.
        assertThat(at(untitled, "/7/title/machine_translations")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
    }

    @Test
    void malformed_json_is_one_refused_record_at_its_pointer_after_the_proposals_before_it() throws Exception {
        List<ImportedRecord> records = read(CONTEXT, fixture("proposals-malformed.json"));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).built()).isTrue();
        assertThat(records.get(1).built()).isFalse();
        assertThat(records.get(1).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.source().pointer()).hasValue("/1/title/fr");
            assertThat(loss.source().line()).hasValue(3);
        });
    }

    @Test
    void an_empty_file_a_value_not_an_object_and_a_trailing_value_are_refused() {
        List<ImportedRecord> records = new ArrayList<>();
        DecidimImport.proposals(CONTEXT).read(new ByteArrayInputStream("[3] {}".getBytes(StandardCharsets.UTF_8)), "p.json", records::add);
        DecidimImport.proposals(CONTEXT).read(new ByteArrayInputStream(new byte[0]), "p.json", records::add);

        assertThat(records).hasSize(3).noneMatch(ImportedRecord::built);
        assertThat(records.get(0).losses().get(0).source().pointer()).hasValue("/0");
        assertThat(records.get(1).losses().get(0).message().english()).startsWith("More follows the document");
        assertThat(records.get(2).losses().get(0).message().english()).isEqualTo("The file holds no JSON value: nothing is imported.");
    }
}
