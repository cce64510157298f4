package io.github.loosmethod.interop.scdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import java.nio.charset.Charset;
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
 * The SCDL deliberations table imported as a town's clerk would expect: each row the decision of
 * the town's council on its own project or policy, every value the record cannot hold in the loss
 * report, and bad rows or files reported, never thrown or skipped.
 */
class ScdlDeliberationsImportTest {

    static final Actor TOWN = Actor.builder().withId("commune-loos-en-gohelle").withName("Commune de Loos-en-Gohelle")
            .withKind(ActorKind.MUNICIPALITY).addIdentifiers(Identifier.of(IdentifierScheme.SIRET, ScdlSubventionsExportTest.LOOS_SIRET))
            .build();
    static final ImportContext PROJECTS = ImportContext.of(ScdlSubventionsImportTest.LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z"))
            .withDecidingBody(ScdlSubventionsImportTest.COUNCIL).withProfile(InitiativeKind.MUNICIPAL_PROJECT, InvolvementPlan.empty());
    static final ImportContext POLICIES = PROJECTS.withProfile(InitiativeKind.CO_CONSTRUCTED_POLICY, InvolvementPlan.empty());

    private static Path fixture() throws Exception {
        return Path.of(ScdlDeliberationsImportTest.class.getResource("deliberations-loos.csv").toURI());
    }

    static List<ImportedRecord> read(ImportContext context, Path file, Charset charset, char separator) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = ScdlImport.deliberations(context).read(file, charset, separator, records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        assertThat(summary.built()).isEqualTo(records.stream().filter(ImportedRecord::built).count());
        return records;
    }

    private static List<LossCategory> categories(ImportedRecord record, String target) {
        return record.losses().stream().filter(loss -> loss.target().equals(target)).map(Loss::category).collect(Collectors.toList());
    }

    @Test
    void a_project_approval_becomes_an_approved_municipal_project_of_the_town_with_the_council_vote() throws Exception {
        ImportedRecord first = read(PROJECTS, fixture(), StandardCharsets.UTF_8, ',').get(0);

        Initiative initiative = first.initiative().orElseThrow();
        assertThat(initiative.id()).isEqualTo("scdl-deliberations:21620528600018:DEL-2023-041");
        assertThat(initiative.kind()).isEqualTo(InitiativeKind.MUNICIPAL_PROJECT);
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.title()).isEqualTo("Approbation du projet de réaménagement du square Émile-Zola");
        assertThat(initiative.applicants()).containsExactly(TOWN);
        assertThat(initiative.themes()).containsExactly("Domaines de compétences par thèmes/Aménagement du territoire");
        assertThat(initiative.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(ScdlSubventionsImportTest.COUNCIL);
            assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2023-05-14T22:00:00Z"));
            assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
            assertThat(decision.reference()).hasValue("DEL-2023-041");
            assertThat(decision.object()).hasValue("Approbation du projet de réaménagement du square Émile-Zola");
            assertThat(decision.councilVote()).hasValue(CouncilVote.of(22, 2, 3));
        });
        assertThat(initiative.sources()).singleElement().satisfies(source -> {
            assertThat(source.system()).isEqualTo("scdl-deliberations");
            assertThat(source.line()).hasValue(2);
            assertThat(source.id()).hasValue("DEL-2023-041");
            assertThat(source.url()).hasValue("https://www.loos-en-gohelle.fr/deliberations/DEL-2023-041.pdf");
        });
        assertThat(first.validation().isValid()).isTrue();
        assertThat(first.losses()).filteredOn(loss -> loss.target().equals("/decisions/0/outcome")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.AMBIGUOUS);
            assertThat(loss.candidates()).containsExactly("accepted", "rejected");
        });
        assertThat(categories(first, "/decisions/0/decidedBy")).containsExactly(LossCategory.DEFAULTED);
        assertThat(categories(first, "/decisions/0/decidedAt")).containsExactly(LossCategory.DEFAULTED);
        assertThat(categories(first, "/applicants/0")).containsExactly(LossCategory.DEFAULTED);
        assertThat(categories(first, "/purpose/generalInterest")).containsExactly(LossCategory.DEFAULTED);
        assertThat(first.losses()).extracting(loss -> loss.column().orElse(""), Loss::category, loss -> loss.value().orElse(""))
                .contains(tuple("DELIB_MATIERE_CODE", LossCategory.DROPPED, "8.4"), tuple("VOTE_EFFECTIF", LossCategory.DROPPED, "29"),
                        tuple("VOTE_REEL", LossCategory.DROPPED, "27"), tuple("BUDGET_ANNEE", LossCategory.DROPPED, "2023"),
                        tuple("BUDGET_NOM", LossCategory.DROPPED, "Budget principal"), tuple("PREF_ID", LossCategory.DROPPED, "PREF062"),
                        tuple("PREF_DATE", LossCategory.DROPPED, "2023-05-20"));
        assertThat(first.losses()).filteredOn(loss -> loss.column().equals(Optional.of("VOTE_REEL"))).singleElement()
                .satisfies(loss -> assertThat(loss.message().english()).isEqualTo("The members who voted (27) have no place in the model."));
    }

    @Test
    void a_policy_adoption_puts_the_policy_in_force_with_its_reference() throws Exception {
        ImportedRecord second = read(POLICIES, fixture(), StandardCharsets.UTF_8, ',').get(1);

        Initiative initiative = second.initiative().orElseThrow();
        assertThat(initiative.kind()).isEqualTo(InitiativeKind.CO_CONSTRUCTED_POLICY);
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.IN_FORCE);
        assertThat(initiative.title()).isEqualTo("Adoption de la charte des jardins partagés, écrite avec les habitants");
        assertThat(initiative.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
            assertThat(decision.reference()).hasValue("DEL-2023-052");
            assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2023-06-25T22:00:00Z"));
            assertThat(decision.councilVote()).hasValue(CouncilVote.of(25, 0, 0));
        });
        assertThat(initiative.sources().get(0).url()).isEmpty();
        assertThat(second.losses()).filteredOn(loss -> loss.target().equals("/decisions/0/outcome")).singleElement()
                .satisfies(loss -> assertThat(loss.candidates()).containsExactly("adopted", "rejected"));
        assertThat(second.validation().isValid()).isTrue();
    }

    @Test
    void bad_rows_are_refused_at_their_line_and_the_others_read() throws Exception {
        List<ImportedRecord> records = read(PROJECTS, fixture(), StandardCharsets.UTF_8, ',');

        assertThat(records).extracting(record -> record.source().line().orElseThrow(), ImportedRecord::built)
                .containsExactly(tuple(2, true), tuple(3, true), tuple(4, false), tuple(5, false), tuple(6, true), tuple(7, false));
        assertThat(records.get(2).losses()).extracting(Loss::column, Loss::category)
                .containsExactly(tuple(Optional.of("DELIB_ID"), LossCategory.REFUSED_RECORD));
        assertThat(records.get(3).losses()).extracting(Loss::column, Loss::category, Loss::value)
                .containsExactly(tuple(Optional.of("DELIB_DATE"), LossCategory.REFUSED_RECORD, Optional.of("26/06/2023")));
        assertThat(records.get(5).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("COLL_SIRET");
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.message().english()).isEqualTo("The deliberation is of Commune de Liévin (SIRET 21620510500019), not of the"
                    + " town, Commune de Loos-en-Gohelle (SIRET 21620528600018): not imported.");
        });
    }

    @Test
    void votes_that_do_not_add_up_are_kept_and_said_and_an_address_that_is_not_absolute_is_dropped() throws Exception {
        ImportedRecord fifth = read(PROJECTS, fixture(), StandardCharsets.UTF_8, ',').get(4);

        assertThat(fifth.initiative().orElseThrow().assessment().orElseThrow().councilVote()).hasValue(CouncilVote.of(20, 3, 2));
        assertThat(fifth.initiative().orElseThrow().sources().get(0).url()).isEmpty();
        assertThat(fifth.losses()).filteredOn(loss -> loss.column().equals(Optional.of("VOTE_REEL"))).singleElement()
                .satisfies(loss -> assertThat(loss.message().english()).startsWith(
                        "The members who voted (27) are not the sum of the votes for, against and abstaining (25)"));
        assertThat(fifth.losses()).extracting(loss -> loss.column().orElse(""), Loss::category, Loss::target)
                .contains(tuple("DELIB_URL", LossCategory.DROPPED, "/sources/0/url"));
    }

    @Test
    void counts_that_contradict_the_outcome_and_incomplete_counts_are_not_kept(@TempDir Path folder) throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        Path file = Files.write(folder.resolve("votes.csv"), List.of(lines.get(0),
                lines.get(1).replace(",29,27,22,2,3,", ",29,27,10,14,3,"),
                lines.get(1).replace(",29,27,22,2,3,", ",29,27,22,,3,")));

        List<ImportedRecord> records = read(PROJECTS, file, StandardCharsets.UTF_8, ',');

        assertThat(records).allMatch(ImportedRecord::built);
        assertThat(records).allSatisfy(record -> assertThat(record.initiative().get().assessment().get().councilVote()).isEmpty());
        assertThat(records.get(0).losses()).filteredOn(loss -> loss.column().equals(Optional.of("VOTE_POUR"))).singleElement()
                .satisfies(loss -> assertThat(loss.ruleId()).hasValue("M8"));
        assertThat(records.get(1).losses()).filteredOn(loss -> loss.column().equals(Optional.of("VOTE_POUR"))).singleElement()
                .satisfies(loss -> assertThat(loss.message().english()).startsWith("A council vote needs the three counts"));
    }

    @Test
    void without_a_deciding_body_the_record_stays_a_draft_and_the_cap_names_the_rule() throws Exception {
        ImportContext noDecider = ImportContext.of(ScdlSubventionsImportTest.LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z"));

        ImportedRecord project = read(noDecider.withProfile(InitiativeKind.MUNICIPAL_PROJECT, InvolvementPlan.empty()), fixture(),
                StandardCharsets.UTF_8, ',').get(0);
        ImportedRecord policy = read(noDecider.withProfile(InitiativeKind.CO_CONSTRUCTED_POLICY, InvolvementPlan.empty()), fixture(),
                StandardCharsets.UTF_8, ',').get(1);

        assertThat(project.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(project.initiative().orElseThrow().decisions()).isEmpty();
        assertThat(project.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement().satisfies(loss -> {
            assertThat(loss.ruleId()).hasValue("R3");
            assertThat(loss.candidates()).containsExactly("accepted");
        });
        assertThat(policy.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(policy.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement().satisfies(loss -> {
            assertThat(loss.ruleId()).hasValue("M6");
            assertThat(loss.candidates()).containsExactly("in_force");
        });
    }

    @Test
    void a_town_without_siret_takes_the_collectivity_as_itself_and_says_so() throws Exception {
        ImportContext plain = ImportContext.of(ScdlSubventionsImportTest.LOOS, ScdlSubventionsImportTest.TOWN,
                Instant.parse("2026-12-01T09:00:00Z")).withDecidingBody(ScdlSubventionsImportTest.COUNCIL)
                .withProfile(InitiativeKind.MUNICIPAL_PROJECT, InvolvementPlan.empty());

        List<ImportedRecord> records = read(plain, fixture(), StandardCharsets.UTF_8, ',');

        assertThat(records.get(5).built()).isTrue();
        assertThat(categories(records.get(5), "/territory")).containsExactly(LossCategory.DEFAULTED);
    }

    @Test
    void the_kinds_a_deliberation_does_not_decide_are_refused_at_construction() {
        for (InitiativeKind kind : new InitiativeKind[] {InitiativeKind.FIFTY_FIFTY, InitiativeKind.CITIZEN_LED}) {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> ScdlImport.deliberations(PROJECTS.withProfile(kind, InvolvementPlan.empty()))))
                    .hasMessageContaining("municipal projects and co-constructed policies");
        }
    }

    @Test
    void every_record_built_reads_back_with_the_strict_reader() throws Exception {
        LoosJson json = LoosJson.strict();
        for (ImportContext context : List.of(PROJECTS, POLICIES)) {
            for (ImportedRecord record : read(context, fixture(), StandardCharsets.UTF_8, ',')) {
                record.initiative().ifPresent(initiative -> {
                    assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative);
                    assertThat(record.validation().isValid()).isTrue();
                });
            }
        }
    }

    @Test
    void exported_deliberations_import_back_with_their_reference_date_and_object(@TempDir Path folder) throws Exception {
        for (List<Object> kind : List.of(List.<Object>of(TownHallSquare.approved(), PROJECTS),
                List.<Object>of(LivingEnvironmentCharter.inForce(), POLICIES))) {
            Initiative exported = (Initiative) kind.get(0);
            Path table = Files.write(folder.resolve("export.csv"), ScdlDeliberationsExportTest.export(List.of(exported), new ArrayList<>()));

            List<ImportedRecord> records = read((ImportContext) kind.get(1), table, StandardCharsets.UTF_8, ',');

            List<Decision> deliberations = exported.decisions();
            assertThat(records).hasSize(deliberations.size()).allMatch(ImportedRecord::built);
            for (int i = 0; i < records.size(); i++) {
                Decision original = deliberations.get(i);
                Decision imported = records.get(i).initiative().get().decisions().get(0);
                assertThat(imported.reference()).isEqualTo(original.reference());
                assertThat(imported.object()).isEqualTo(original.object());
                assertThat(imported.outcome()).isEqualTo(original.outcome());
                assertThat(imported.decidedAt().atZone(LoosEnGohelle.ZONE).toLocalDate())
                        .isEqualTo(original.decidedAt().atZone(LoosEnGohelle.ZONE).toLocalDate());
                // The outcome is read from the exported object: nothing ambiguous left.
                assertThat(categories(records.get(i), "/decisions/0/outcome")).isEmpty();
            }
        }
    }

    @Test
    void a_file_in_another_charset_imports_nothing_and_says_where(@TempDir Path folder) throws Exception {
        Path latin = folder.resolve("latin.csv");
        Files.write(latin, Files.readString(fixture(), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252")));

        assertThat(read(PROJECTS, latin, StandardCharsets.UTF_8, ',')).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.source().line()).hasValue(2);
            assertThat(record.losses()).singleElement().satisfies(loss -> assertThat(loss.message().english())
                    .startsWith("The file is not UTF-8"));
        });
        assertThat(read(PROJECTS, latin, Charset.forName("windows-1252"), ',')).filteredOn(ImportedRecord::built).hasSize(3);
    }

    @Test
    void a_wrong_separator_a_ragged_row_and_an_empty_file_are_reported(@TempDir Path folder) throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        Path semicolons = Files.write(folder.resolve("semicolons.csv"),
                lines.stream().limit(2).map(line -> line.replace(',', ';')).collect(Collectors.toList()));
        Path ragged = Files.write(folder.resolve("ragged.csv"), List.of(lines.get(0), lines.get(1) + ",extra", lines.get(1)));
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");

        assertThat(read(PROJECTS, semicolons, StandardCharsets.UTF_8, ',')).singleElement().satisfies(record -> assertThat(
                record.losses().get(0).message().english()).contains("the file's separator may be \";\" rather than \",\""));
        assertThat(read(PROJECTS, ragged, StandardCharsets.UTF_8, ',')).extracting(ImportedRecord::built).containsExactly(false, true);
        assertThat(read(PROJECTS, empty, StandardCharsets.UTF_8, ',')).singleElement()
                .satisfies(record -> assertThat(record.losses().get(0).message().english()).isEqualTo("The file is empty: it has no header."));
    }
}
