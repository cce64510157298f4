package io.github.loosmethod.interop.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.serialization.LoosJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Winning projects of a participatory budget, read through the Paris profile as a town's clerk
 * would expect: each a fifty-fifty carried by the applicant the town lets stand in, accepted by its
 * council and no further, its progress, district and months of works in the report; placeholders
 * never titles, words for "no date" never dates.
 */
class BudgetTableImportTest {

    static final Territory PARIS = Territory.of("75056", "Paris", "FR", ZoneId.of("Europe/Paris"));
    static final Territory PARIS_13 = Territory.of("75113", "Paris 13e arrondissement", "FR", ZoneId.of("Europe/Paris"));
    static final Actor TOWN = Actor.of("ville-de-paris", "Ville de Paris", ActorKind.MUNICIPALITY);
    static final Actor COUNCIL = Actor.of("conseil-de-paris", "Conseil de Paris", ActorKind.ELECTED_BODY);
    static final Actor RESIDENTS = Actor.of("habitants-de-paris", "Habitants de Paris", ActorKind.RESIDENT_GROUP);
    static final Instant IMPORTED_AT = Instant.parse("2026-12-01T09:00:00Z");
    static final ImportContext CONTEXT = ImportContext.of(PARIS, TOWN, IMPORTED_AT).withDecidingBody(COUNCIL).withStandInApplicant(RESIDENTS);
    /** 1 January 2016 at midnight in Paris. */
    private static final Instant EDITION_2016 = Instant.parse("2015-12-31T23:00:00Z");

    private static Path fixture() throws Exception {
        return Path.of(BudgetTableImportTest.class.getResource("winners-paris.csv").toURI());
    }

    static List<ImportedRecord> read(ImportContext context, Path file) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = BudgetTableImport.of(ColumnProfile.PARIS, context).read(file, StandardCharsets.UTF_8, ',', records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        return records;
    }

    private static List<ImportedRecord> fixtureRecords(ImportContext context) throws Exception {
        return read(context, fixture());
    }

    private static List<Loss> losses(ImportedRecord record, String column) {
        return record.losses().stream().filter(loss -> loss.column().equals(Optional.of(column))).collect(Collectors.toList());
    }

    private static List<Loss> losses(ImportedRecord record, LossCategory category) {
        return record.losses().stream().filter(loss -> loss.category() == category).collect(Collectors.toList());
    }

    @Test
    void a_finished_project_is_an_accepted_fifty_fifty_of_the_stand_in_its_progress_capped_and_every_column_reported() throws Exception {
        ImportedRecord first = fixtureRecords(CONTEXT).get(0);

        Initiative initiative = first.initiative().orElseThrow();
        assertThat(initiative.id()).isEqualTo("paris-bp:9001");
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.title()).isEqualTo("Végétaliser la rue de Tolbiac");
        assertThat(initiative.purpose().livingEnvironment()).isEqualTo("Végétaliser la rue de Tolbiac");
        assertThat(initiative.purpose().generalInterest()).isEqualTo("Végétaliser la rue de Tolbiac");
        assertThat(initiative.themes()).containsExactly("Cadre de vie");
        assertThat(initiative.territory()).isEqualTo(PARIS);
        assertThat(initiative.kind()).isEqualTo(InitiativeKind.FIFTY_FIFTY);
        assertThat(initiative.applicants()).containsExactly(RESIDENTS);
        assertThat(initiative.assessment()).hasValueSatisfying(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(COUNCIL);
            assertThat(decision.decidedAt()).isEqualTo(EDITION_2016);
            assertThat(decision.object()).hasValue("Projet du budget participatif de 150000 €");
        });
        assertThat(initiative.history()).extracting(event -> event.at()).containsOnly(EDITION_2016);
        assertThat(initiative.convention()).isEmpty();
        assertThat(initiative.sources()).singleElement().satisfies(source -> {
            assertThat(source.system()).isEqualTo("paris-bp");
            assertThat(source.file()).hasValue("winners-paris.csv");
            assertThat(source.line()).hasValue(2);
            assertThat(source.id()).hasValue("9001");
        });
        assertThat(first.validation().isValid()).isTrue();
        assertThat(first.losses()).extracting(loss -> loss.column().orElse(null), Loss::target, Loss::category).containsExactly(
                tuple("titre_projet_gagnant", "/purpose/livingEnvironment", LossCategory.DEFAULTED),
                tuple("titre_projet_gagnant", "/purpose/generalInterest", LossCategory.DEFAULTED),
                tuple("echelle_bp", "/territory", LossCategory.DROPPED),
                tuple("arrondissement_projet_gagnant", "/territory", LossCategory.DEGRADED),
                tuple(null, "/applicants/0", LossCategory.DEFAULTED),
                tuple("direction_pilote_projet", "", LossCategory.DROPPED),
                tuple(null, "/kind", LossCategory.DEFAULTED),
                tuple("edition", "/history/0", LossCategory.DEFAULTED),
                tuple("edition", "/history/1", LossCategory.DEFAULTED),
                tuple(null, "/decisions/0/decidedBy", LossCategory.DEFAULTED),
                tuple("edition", "/decisions/0/decidedAt", LossCategory.DEFAULTED),
                tuple("avancement_projet", "/status", LossCategory.CAPPED_STATUS),
                tuple("budget_global_projet_gagnant", "/convention", LossCategory.DROPPED),
                tuple("lancement_procedure_projet", "", LossCategory.DROPPED),
                tuple("debut_etudes_projet", "", LossCategory.DROPPED),
                tuple("lancement_travaux_projet", "", LossCategory.DROPPED),
                tuple("livraison_prev_projet", "", LossCategory.DROPPED),
                tuple("ouverture_projet", "", LossCategory.DROPPED),
                tuple("adresse_projet_gagnant", "", LossCategory.DROPPED),
                tuple("projet_q_pop", "", LossCategory.DROPPED),
                tuple("budget_intervalle", "", LossCategory.DROPPED));
        assertThat(losses(first, LossCategory.CAPPED_STATUS)).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("FIN");
            assertThat(loss.candidates()).containsExactly("delivered");
            assertThat(loss.ruleId()).hasValue("R4");
        });
        assertThat(losses(first, "arrondissement_projet_gagnant")).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("13");
            assertThat(loss.message().english()).isEqualTo("The project is of district 13 (75113): the record's territory is Paris (75056), as the import's.");
        });
        assertThat(losses(first, "direction_pilote_projet")).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("Direction des Espaces Verts et de l’Environnement");
            assertThat(loss.ruleId()).hasValue("R1");
        });
        assertThat(losses(first, "budget_global_projet_gagnant")).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("150000");
            assertThat(loss.ruleId()).hasValue("R5");
        });
        assertThat(losses(first, "lancement_travaux_projet")).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("2017-09");
            assertThat(loss.ruleId()).hasValue("R4");
        });
        assertThat(losses(first, "edition")).extracting(loss -> loss.value().orElseThrow()).containsOnly("2016");
    }

    @Test
    void a_project_in_studies_is_accepted_without_a_cap_and_its_words_for_none_are_never_dates() throws Exception {
        ImportedRecord studies = fixtureRecords(CONTEXT).get(1);

        assertThat(studies.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(losses(studies, LossCategory.CAPPED_STATUS)).isEmpty();
        assertThat(losses(studies, LossCategory.DEGRADED)).extracting(loss -> loss.column().orElseThrow())
                .containsExactly("arrondissement_projet_gagnant");
        assertThat(losses(studies, "lancement_travaux_projet")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("NON LANCÉS");
            assertThat(loss.ruleId()).isEmpty();
            assertThat(loss.message().english()).isEqualTo("\"NON LANCÉS\" says there is no date: read as none, never as a date.");
            assertThat(loss.message().french()).isEqualTo("« NON LANCÉS » dit qu'il n'y a pas de date : lu comme absent, jamais comme une date.");
        });
        assertThat(losses(studies, "livraison_prev_projet")).singleElement().satisfies(loss -> assertThat(loss.value()).hasValue("NON PRÉVUE"));
        assertThat(losses(studies, "ouverture_projet")).singleElement().satisfies(loss -> assertThat(loss.value()).hasValue("Non ouvert"));
        assertThat(studies.initiative().orElseThrow().history()).extracting(event -> event.at())
                .containsOnly(Instant.parse("2016-12-31T23:00:00Z"));
    }

    @Test
    void a_placeholder_title_is_never_a_title_the_record_is_refused_at_its_column() throws Exception {
        ImportedRecord placeholder = fixtureRecords(CONTEXT).get(2);

        assertThat(placeholder.built()).isFalse();
        assertThat(placeholder.source().line()).hasValue(4);
        assertThat(placeholder.source().id()).hasValue("9003");
        assertThat(placeholder.losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.column()).hasValue("titre_projet_gagnant");
            assertThat(loss.target()).isEqualTo("/title");
            assertThat(loss.value()).hasValue("NON REGISTRÉ");
        });
    }

    @Test
    void works_under_way_are_capped_and_district_23_is_reported_never_guessed() throws Exception {
        ImportedRecord works = fixtureRecords(CONTEXT).get(3);

        Initiative initiative = works.initiative().orElseThrow();
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.territory()).isEqualTo(PARIS);
        assertThat(losses(works, LossCategory.CAPPED_STATUS)).singleElement().satisfies(loss -> {
            assertThat(loss.value()).hasValue("TRAVAUX");
            assertThat(loss.candidates()).containsExactly("in_progress");
            assertThat(loss.ruleId()).hasValue("R4");
        });
        assertThat(losses(works, "arrondissement_projet_gagnant")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("23");
            assertThat(loss.message().english()).isEqualTo("\"23\" is no district of the town: not kept, not guessed.");
        });
        assertThat(losses(works, "livraison_prev_projet")).singleElement().satisfies(loss -> assertThat(loss.value())
                .hasValue("NON ENCORE FIXE"));
    }

    @Test
    void an_abandoned_project_stays_accepted_unmapped_never_withdrawn_and_a_city_wide_district_is_not_its_place() throws Exception {
        ImportedRecord abandoned = fixtureRecords(CONTEXT).get(4);

        Initiative initiative = abandoned.initiative().orElseThrow();
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.history()).extracting(event -> event.to()).doesNotContain(InitiativeStatus.WITHDRAWN);
        assertThat(losses(abandoned, LossCategory.CAPPED_STATUS)).isEmpty();
        assertThat(losses(abandoned, LossCategory.UNMAPPED)).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("avancement_projet");
            assertThat(loss.target()).isEqualTo("/status");
            assertThat(loss.value()).hasValue("ABANDONNÉ");
        });
        assertThat(losses(abandoned, "arrondissement_projet_gagnant")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("4");
            assertThat(loss.message().english()).startsWith("A project of the whole city");
        });
        assertThat(losses(abandoned, "adresse_projet_gagnant")).singleElement().satisfies(loss -> assertThat(loss.value())
                .hasValue("Place de l' Hotel de Ville, Paris"));
        assertThat(losses(abandoned, "lancement_procedure_projet")).singleElement().satisfies(loss -> assertThat(loss.value())
                .hasValue("NON LANCÉE"));
        assertThat(losses(abandoned, "debut_etudes_projet")).singleElement().satisfies(loss -> assertThat(loss.value())
                .hasValue("NON DÉMARRÉES"));
    }

    @Test
    void a_project_not_started_is_accepted_and_non_registre_months_are_no_dates() throws Exception {
        ImportedRecord notStarted = fixtureRecords(CONTEXT).get(5);

        assertThat(notStarted.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(losses(notStarted, LossCategory.CAPPED_STATUS)).isEmpty();
        assertThat(losses(notStarted, LossCategory.UNMAPPED)).isEmpty();
        for (String month : ColumnProfile.PARIS.months().subList(0, 4)) {
            assertThat(losses(notStarted, month)).singleElement().satisfies(loss -> {
                assertThat(loss.value()).hasValue("NON REGISTRE");
                assertThat(loss.message().english()).contains("read as none, never as a date");
            });
        }
    }

    @Test
    void without_a_stand_in_applicant_every_record_is_refused_and_says_why() throws Exception {
        List<ImportedRecord> records = fixtureRecords(ImportContext.of(PARIS, TOWN, IMPORTED_AT).withDecidingBody(COUNCIL));

        assertThat(records).hasSize(6).noneMatch(ImportedRecord::built);
        assertThat(records).allSatisfy(record -> assertThat(record.losses()).anySatisfy(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.target()).isEqualTo("/applicants");
            assertThat(loss.message().english()).contains("every record of the table is refused");
        }));
    }

    @Test
    void without_a_deciding_body_the_record_stays_under_assessment_and_the_cap_names_r3() throws Exception {
        List<ImportedRecord> records = fixtureRecords(ImportContext.of(PARIS, TOWN, IMPORTED_AT).withStandInApplicant(RESIDENTS));

        assertThat(records).filteredOn(ImportedRecord::built).hasSize(5).allSatisfy(record -> {
            assertThat(record.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
            assertThat(record.initiative().orElseThrow().assessment()).isEmpty();
            assertThat(losses(record, LossCategory.CAPPED_STATUS)).singleElement().satisfies(loss -> assertThat(loss.ruleId()).hasValue("R3"));
            // No decision holds the budget: it is reported all the same.
            assertThat(losses(record, "budget_global_projet_gagnant")).singleElement().satisfies(loss -> assertThat(loss.ruleId()).hasValue("R5"));
        });
        assertThat(records).filteredOn(ImportedRecord::built).extracting(record -> losses(record, LossCategory.CAPPED_STATUS).get(0).candidates())
                .containsExactly(List.of("delivered"), List.of("accepted"), List.of("in_progress"), List.of("accepted"), List.of("accepted"));
    }

    @Test
    void a_district_imported_as_its_own_territory_loses_nothing_of_its_place() throws Exception {
        List<ImportedRecord> records = fixtureRecords(ImportContext.of(PARIS_13, TOWN, IMPORTED_AT).withDecidingBody(COUNCIL)
                .withStandInApplicant(RESIDENTS));

        assertThat(records.get(0).initiative().orElseThrow().territory()).isEqualTo(PARIS_13);
        assertThat(losses(records.get(0), "arrondissement_projet_gagnant")).isEmpty();
    }

    @Test
    void bad_rows_are_refused_at_their_line_unknown_progress_and_amounts_reported(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, String.join("\n",
                "identifiant_projet_gagnant,titre_projet_gagnant,edition,avancement_projet,budget_global_projet_gagnant,lancement_travaux_projet,couleur",
                ",Sans identifiant,2016,FIN,10,2017-01,bleu",
                "2,,2016,FIN,10,2017-01,bleu",
                "3,Édition illisible,seize,FIN,10,2017-01,bleu",
                "4,Mot inconnu,2016,EN PAUSE,\"12,5\",2017-13,bleu",
                "5,Sans avancement,2016,,,,",
                "6,Trop de cellules,2016,FIN,10,2017-01,bleu,vert") + "\n", StandardCharsets.UTF_8);

        List<ImportedRecord> records = read(CONTEXT, file);

        assertThat(records).extracting(ImportedRecord::built).containsExactly(false, false, false, true, true, false);
        assertThat(records.get(0).losses()).extracting(loss -> loss.column().orElse(null), Loss::category).containsExactly(
                tuple("couleur", LossCategory.DROPPED), tuple("identifiant_projet_gagnant", LossCategory.REFUSED_RECORD));
        assertThat(losses(records.get(1), LossCategory.REFUSED_RECORD)).extracting(loss -> loss.column().orElseThrow())
                .containsExactly("titre_projet_gagnant");
        assertThat(losses(records.get(2), LossCategory.REFUSED_RECORD)).singleElement().satisfies(loss -> assertThat(loss.value())
                .hasValue("seize"));
        ImportedRecord unknown = records.get(3);
        assertThat(unknown.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(losses(unknown, LossCategory.UNMAPPED)).singleElement().satisfies(loss -> assertThat(loss.value()).hasValue("EN PAUSE"));
        assertThat(losses(unknown, LossCategory.CAPPED_STATUS)).isEmpty();
        assertThat(unknown.initiative().orElseThrow().assessment().orElseThrow().object()).isEmpty();
        assertThat(losses(unknown, "budget_global_projet_gagnant")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("12,5");
        });
        assertThat(losses(unknown, "lancement_travaux_projet")).singleElement().satisfies(loss -> assertThat(loss.message().english())
                .startsWith("\"2017-13\" is neither a month"));
        assertThat(records.get(4).losses()).anySatisfy(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED);
            assertThat(loss.target()).isEqualTo("/status");
        });
        assertThat(records.get(5).source().line()).isEqualTo(Optional.of(7));
    }

    @Test
    void a_header_without_the_profiles_columns_is_one_refused_record_and_another_kind_is_refused_up_front(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("semicolons.csv");
        Files.writeString(file, "identifiant_projet_gagnant;titre_projet_gagnant;edition\n1;Un projet;2016\n", StandardCharsets.UTF_8);

        List<ImportedRecord> records = read(CONTEXT, file);

        assertThat(records).singleElement().satisfies(record -> assertThat(record.losses()).singleElement().satisfies(loss -> assertThat(
                loss.message().english()).contains("the file's separator may be \";\"")));
        assertThatThrownBy(() -> BudgetTableImport.of(ColumnProfile.PARIS, CONTEXT.withProfile(InitiativeKind.MUNICIPAL_PROJECT,
                InvolvementPlan.empty()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_profile_reads_words_as_people_do_and_refuses_a_column_named_twice() {
        assertThat(ColumnProfile.PARIS.isNone("non  lancée")).isTrue();
        assertThat(ColumnProfile.PARIS.isNone("2016-05")).isFalse();
        assertThat(ColumnProfile.PARIS.isNonTitle("Non registre")).isTrue();
        assertThat(ColumnProfile.PARIS.progressOf("abandonne")).hasValue(Progress.ABANDONED);
        assertThat(ColumnProfile.PARIS.progressOf("Livraison")).hasValue(Progress.DELIVERED);
        assertThat(ColumnProfile.PARIS.districtCode("20")).hasValue("75120");
        assertThat(ColumnProfile.PARIS.districtCode("23")).isEmpty();
        ColumnProfile p = ColumnProfile.PARIS;
        assertThatThrownBy(() -> new ColumnProfile(p.system(), p.id(), p.id(), p.edition(), p.theme(), p.scale(), p.district(), p.budget(),
                p.progress(), p.leadService(), p.months(), p.dropped(), p.cityWideScales(), p.districts(), p.progressWords(), p.noneWords(),
                p.nonTitles())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_file_gives_the_same_records_and_every_record_built_reads_back() throws Exception {
        List<ImportedRecord> records = fixtureRecords(CONTEXT);
        assertThat(records).isEqualTo(fixtureRecords(CONTEXT));
        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : records) {
            record.initiative().ifPresent(initiative -> assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative));
        }
    }
}
