package io.github.loosmethod.interop.decidim;

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
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results of a Decidim accountability component imported as a town's clerk would expect: each
 * result a fifty-fifty carried by the applicant the town lets stand in, accepted by its council and
 * no further, its progress kept in the report; every value the record cannot hold reported; bad
 * rows or files reported, never thrown or skipped.
 */
class DecidimResultsImportTest {

    static final Territory LOOS = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
    static final Actor TOWN = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    static final Actor COUNCIL = Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);
    static final Actor RESIDENTS = Actor.of("habitants-loos", "Habitants de Loos-en-Gohelle", ActorKind.RESIDENT_GROUP);
    static final Instant IMPORTED_AT = Instant.parse("2026-12-01T09:00:00Z");
    static final ImportContext CONTEXT = ImportContext.of(LOOS, TOWN, IMPORTED_AT).withDecidingBody(COUNCIL).withStandInApplicant(RESIDENTS);

    private static Path fixture() throws Exception {
        return Path.of(DecidimResultsImportTest.class.getResource("results-loos.csv").toURI());
    }

    static List<ImportedRecord> read(ImportContext context, Path file, Charset charset, char separator) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = DecidimImport.results(context).read(file, charset, separator, records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        return records;
    }

    private static List<ImportedRecord> fixtureRecords() throws Exception {
        return read(CONTEXT, fixture(), StandardCharsets.UTF_8, ';');
    }

    private static List<Loss> losses(ImportedRecord record, String column) {
        return record.losses().stream().filter(loss -> loss.column().equals(Optional.of(column))).collect(Collectors.toList());
    }

    private static List<Loss> losses(List<ImportedRecord> records, LossCategory category) {
        return records.stream().flatMap(record -> record.losses().stream()).filter(loss -> loss.category() == category)
                .collect(Collectors.toList());
    }

    @Test
    void a_top_level_result_not_started_becomes_an_accepted_fifty_fifty_of_the_stand_in_decided_by_the_council() throws Exception {
        ImportedRecord first = fixtureRecords().get(0);

        Initiative initiative = first.initiative().orElseThrow();
        assertThat(initiative.id()).isEqualTo("decidim:localhost:3000:result:101");
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.title()).isEqualTo("Planters on the Rue des Écoles");
        assertThat(initiative.purpose().livingEnvironment()).isEqualTo("Plant flowers along the street; residents water them.\nA bench & a sign.");
        assertThat(initiative.purpose().generalInterest()).isEqualTo(initiative.purpose().livingEnvironment());
        assertThat(initiative.themes()).containsExactly("Living environment");
        assertThat(initiative.applicants()).containsExactly(RESIDENTS);
        assertThat(initiative.assessment()).hasValueSatisfying(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(COUNCIL);
            assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2023-04-03T08:15:00Z"));
        });
        assertThat(initiative.history()).extracting(event -> event.at()).containsOnly(Instant.parse("2023-04-03T08:15:00Z"));
        assertThat(initiative.sources()).singleElement().satisfies(source -> {
            assertThat(source.system()).isEqualTo("decidim");
            assertThat(source.file()).hasValue("results-loos.csv");
            assertThat(source.line()).hasValue(2);
            assertThat(source.id()).hasValue("101");
            // The participatory space is in the address: the results table has no other column for it.
            assertThat(source.url()).hasValue("http://localhost:3000/processes/loos-2023/f/15/results/101");
        });
        assertThat(first.validation().isValid()).isTrue();
        // Progress 0: nothing to cap.
        assertThat(first.losses()).noneMatch(loss -> loss.category() == LossCategory.CAPPED_STATUS);
        assertThat(first.losses()).extracting(loss -> loss.column().orElse(null), Loss::target, Loss::category).containsExactly(
                tuple("title/ca", "/title", LossCategory.DEGRADED),
                tuple("title/es", "/title", LossCategory.DEGRADED),
                tuple("description/ca", "/purpose/livingEnvironment", LossCategory.DEGRADED),
                tuple("description/es", "/purpose/livingEnvironment", LossCategory.DEGRADED),
                tuple("description/en", "/purpose/livingEnvironment", LossCategory.DEGRADED),
                tuple("description/en", "/purpose/generalInterest", LossCategory.DEFAULTED),
                tuple("category/name/ca", "/themes/0", LossCategory.DEGRADED),
                tuple("category/name/es", "/themes/0", LossCategory.DEGRADED),
                tuple("category/id", "/themes/0", LossCategory.DROPPED),
                tuple("scope/name/ca", "", LossCategory.DROPPED),
                tuple("scope/name/en", "", LossCategory.DROPPED),
                tuple("scope/name/es", "", LossCategory.DROPPED),
                tuple("scope/id", "", LossCategory.DROPPED),
                tuple("start_date", "", LossCategory.DROPPED),
                tuple("end_date", "", LossCategory.DROPPED),
                tuple("status/key", "/status", LossCategory.UNMAPPED),
                tuple("status/id", "/status", LossCategory.DROPPED),
                tuple("status/name/ca", "/status", LossCategory.DROPPED),
                tuple("status/name/en", "/status", LossCategory.DROPPED),
                tuple("status/name/es", "/status", LossCategory.DROPPED),
                tuple(null, "/applicants/0", LossCategory.DEFAULTED),
                tuple(null, "/kind", LossCategory.DEFAULTED),
                tuple("created_at", "/history/0", LossCategory.DEFAULTED),
                tuple("created_at", "/history/1", LossCategory.DEFAULTED),
                tuple(null, "/decisions/0/decidedBy", LossCategory.DEFAULTED),
                tuple("created_at", "/decisions/0/decidedAt", LossCategory.DEFAULTED),
                tuple("proposal_urls", "", LossCategory.DROPPED));
        assertThat(losses(first, "description/en").get(0).message().english()).startsWith("The description is HTML: imported as plain text");
        assertThat(losses(first, "status/key")).singleElement().satisfies(loss -> assertThat(loss.value()).hasValue("planned"));
    }

    @Test
    void a_child_result_done_is_capped_at_accepted_its_progress_and_parent_reported() throws Exception {
        ImportedRecord child = fixtureRecords().get(1);

        Initiative initiative = child.initiative().orElseThrow();
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.title()).isEqualTo("Benches");
        // No description: the title stands in for both texts of the purpose, and says so.
        assertThat(initiative.purpose().livingEnvironment()).isEqualTo("Benches");
        assertThat(child.losses()).filteredOn(loss -> loss.target().startsWith("/purpose/")).extracting(Loss::category)
                .containsExactly(LossCategory.DEFAULTED, LossCategory.DEFAULTED);
        assertThat(losses(child, "parent/id")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("101");
        });
        assertThat(child.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("progress");
            assertThat(loss.target()).isEqualTo("/status");
            assertThat(loss.value()).hasValue("100.0");
            assertThat(loss.candidates()).containsExactly("delivered");
            assertThat(loss.ruleId()).hasValue("R4");
            assertThat(loss.message().english()).isEqualTo(
                    "The result is 100.0 % done: \"delivered\" by its progress; without a convention signed by both sides (R4), imported as accepted.");
            assertThat(loss.message().french()).contains("« réalisée »");
        });
    }

    @Test
    void bad_rows_are_refused_at_their_line_and_the_others_read() throws Exception {
        List<ImportedRecord> records = fixtureRecords();

        assertThat(records).extracting(record -> record.source().line().orElseThrow(), ImportedRecord::built)
                .containsExactly(tuple(2, true), tuple(3, true), tuple(4, false), tuple(5, false), tuple(6, true));
        assertThat(records.get(2).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.column()).hasValue("title/ca, title/en, title/es");
            assertThat(loss.target()).isEqualTo("/title");
            assertThat(loss.message().english())
                    .isEqualTo("The result has no title in any language (title/ca, title/en, title/es): nothing is built.");
        });
        assertThat(records.get(3).losses()).singleElement().satisfies(loss -> assertThat(loss.message().english())
                .isEqualTo("The row has 27 cells where the header has 28: it is not re-aligned by guess, and not imported."));
    }

    @Test
    void a_text_in_none_of_the_towns_languages_is_taken_and_said_and_a_relative_address_is_not_kept() throws Exception {
        ImportedRecord spanish = fixtureRecords().get(4);

        Initiative initiative = spanish.initiative().orElseThrow();
        assertThat(initiative.title()).isEqualTo("Huerto compartido");
        assertThat(initiative.id()).isEqualTo("decidim:component-15:result:105");
        assertThat(initiative.sources().get(0).url()).isEmpty();
        assertThat(losses(spanish, "title/es")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DEGRADED);
            assertThat(loss.message().english()).isEqualTo("None of the town's languages (fr, en) has this text: the one of \"title/es\" is taken.");
        });
        assertThat(losses(spanish, "url")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.value()).hasValue("/processes/loos-2023/f/15/results/105");
        });
        assertThat(spanish.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement()
                .satisfies(loss -> assertThat(loss.candidates()).containsExactly("in_progress"));
    }

    @Test
    void the_towns_first_language_present_wins() throws Exception {
        ImportContext catalan = CONTEXT.withLocales(List.of(Locale.forLanguageTag("ca"), Locale.ENGLISH));

        ImportedRecord first = read(catalan, fixture(), StandardCharsets.UTF_8, ';').get(0);

        assertThat(first.initiative().orElseThrow().title()).isEqualTo("Jardineres del carrer de les Escoles");
        assertThat(first.initiative().orElseThrow().themes()).containsExactly("Entorn de vida");
        assertThat(first.losses()).filteredOn(loss -> loss.target().equals("/title")).extracting(loss -> loss.column().orElseThrow())
                .containsExactly("title/en", "title/es");
    }

    @Test
    void without_a_deciding_body_the_record_stays_under_assessment_and_the_cap_names_r3() throws Exception {
        ImportContext noDecider = ImportContext.of(LOOS, TOWN, IMPORTED_AT).withStandInApplicant(RESIDENTS);

        ImportedRecord child = read(noDecider, fixture(), StandardCharsets.UTF_8, ';').get(1);

        assertThat(child.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(child.initiative().orElseThrow().decisions()).isEmpty();
        assertThat(child.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement().satisfies(loss -> {
            assertThat(loss.ruleId()).hasValue("R3");
            assertThat(loss.value()).hasValue("100.0");
            assertThat(loss.candidates()).containsExactly("delivered");
        });
    }

    @Test
    void without_a_stand_in_applicant_every_result_is_refused_and_says_why() throws Exception {
        ImportContext nobody = ImportContext.of(LOOS, TOWN, IMPORTED_AT).withDecidingBody(COUNCIL);

        List<ImportedRecord> records = read(nobody, fixture(), StandardCharsets.UTF_8, ';');

        assertThat(records).noneMatch(ImportedRecord::built);
        assertThat(records.get(0).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.target()).isEqualTo("/applicants");
            assertThat(loss.message().english()).endsWith("an initiative has at least one applicant.");
        });
    }

    @Test
    void a_declared_plan_is_reported_and_another_kind_than_the_fifty_fifty_is_refused_up_front() throws Exception {
        InvolvementPlan plan = InvolvementPlan.empty().with(io.github.loosmethod.involvement.ProjectPhase.DESIGN,
                io.github.loosmethod.involvement.CoConstructionLevel.CONSULTATION);

        ImportedRecord first = read(CONTEXT.withProfile(InitiativeKind.FIFTY_FIFTY, plan), fixture(), StandardCharsets.UTF_8, ';').get(0);

        assertThat(first.initiative().orElseThrow().involvementPlan()).isEqualTo(plan);
        assertThat(first.losses()).filteredOn(loss -> loss.target().equals("/involvementPlan")).extracting(Loss::category)
                .containsExactly(LossCategory.DEFAULTED);
        assertThatThrownBy(() -> DecidimImport.results(CONTEXT.withProfile(InitiativeKind.MUNICIPAL_PROJECT, InvolvementPlan.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dates_progress_and_extra_columns_that_cannot_be_read_are_reported(@TempDir Path folder) throws Exception {
        Path odd = folder.resolve("odd.csv");
        Files.writeString(odd, "id;title/fr;title/machine_translations/en;created_at;progress;votes\n"
                + "1;Jardin partagé;Shared garden;2023-04-03T10:00:00+02:00;150;12\n"
                + "2;Compost;Compost;03/04/2023;;\n"
                + "3;Fresque;Mural;2023-04-05 09:00:00 +0200;;\n");

        List<ImportedRecord> records = read(CONTEXT, odd, StandardCharsets.UTF_8, ';');

        assertThat(records).extracting(ImportedRecord::built).containsExactly(true, false, true);
        ImportedRecord first = records.get(0);
        assertThat(first.initiative().orElseThrow().assessment().orElseThrow().decidedAt()).isEqualTo(Instant.parse("2023-04-03T08:00:00Z"));
        assertThat(first.initiative().orElseThrow().title()).isEqualTo("Jardin partagé");
        assertThat(first.losses()).extracting(loss -> loss.column().orElse(null), Loss::category).contains(
                tuple("votes", LossCategory.DROPPED),
                tuple("progress", LossCategory.DROPPED),
                tuple("title/machine_translations/en", LossCategory.DROPPED));
        assertThat(first.losses()).noneMatch(loss -> loss.category() == LossCategory.CAPPED_STATUS);
        assertThat(records.get(1).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.column()).hasValue("created_at");
            assertThat(loss.value()).hasValue("03/04/2023");
        });
        // The extra column is reported once per file, with the first row.
        assertThat(records.get(2).losses()).noneMatch(loss -> loss.column().equals(Optional.of("votes")));
        assertThat(records.get(2).initiative().orElseThrow().history().get(0).at()).isEqualTo(Instant.parse("2023-04-05T07:00:00Z"));
        assertThat(records.get(2).losses()).filteredOn(loss -> loss.target().equals("/status")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED);
            assertThat(loss.message().english()).isEqualTo("The result has no progress: taken as not started, so accepted.");
        });
    }

    @Test
    void every_record_built_reads_back_with_the_strict_reader() throws Exception {
        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : fixtureRecords()) {
            record.initiative().ifPresent(initiative -> assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative));
        }
    }

    @Test
    void a_file_in_another_charset_imports_nothing_and_says_where(@TempDir Path folder) throws Exception {
        Path latin = folder.resolve("latin.csv");
        Files.write(latin, Files.readString(fixture(), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252")));

        List<ImportedRecord> records = read(CONTEXT, latin, StandardCharsets.UTF_8, ';');

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.source().line()).hasValue(2);
            assertThat(record.losses()).singleElement().satisfies(loss -> assertThat(loss.message().english())
                    .startsWith("The file is not UTF-8: the bytes at offset 525 (line 2)"));
        });
        assertThat(read(CONTEXT, latin, Charset.forName("windows-1252"), ';')).filteredOn(ImportedRecord::built).hasSize(3);
    }

    @Test
    void a_long_file_whose_bad_bytes_come_late_imports_nothing_either(@TempDir Path folder) throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < 400; i++) {
            // Result 102's row, ASCII only, under other ids: far more than a reader's buffer.
            text.append(lines.get(2).replaceFirst("^102;", (1000 + i) + ";")).append('\n');
        }
        text.append(lines.get(1)).append('\n');
        Path late = folder.resolve("late.csv");
        Files.write(late, text.toString().getBytes(Charset.forName("windows-1252")));

        List<ImportedRecord> records = read(CONTEXT, late, StandardCharsets.UTF_8, ';');

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.source().line()).hasValue(402);
        });
    }

    @Test
    void a_wrong_separator_an_empty_file_and_a_byte_order_mark_are_told_apart(@TempDir Path folder) throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        Path marked = folder.resolve("marked.csv");
        Files.writeString(marked, "\uFEFF" + Files.readString(fixture()));

        assertThat(read(CONTEXT, fixture(), StandardCharsets.UTF_8, ',')).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.losses().get(0).message().english())
                    .isEqualTo("The header lacks the columns id, created_at, title/<locale>: it holds \";\", the file's separator may be \";\" "
                            + "rather than \",\".");
        });
        assertThat(read(CONTEXT, empty, StandardCharsets.UTF_8, ';')).singleElement()
                .satisfies(record -> assertThat(record.losses().get(0).message().english()).isEqualTo("The file is empty: it has no header."));
        List<ImportedRecord> fromMarked = read(CONTEXT, marked, StandardCharsets.UTF_8, ';');
        assertThat(fromMarked).filteredOn(ImportedRecord::built).hasSize(3);
        assertThat(fromMarked.get(0).initiative().orElseThrow().id()).isEqualTo("decidim:localhost:3000:result:101");
    }

    @Test
    void the_same_file_gives_the_same_records() throws Exception {
        assertThat(fixtureRecords()).isEqualTo(fixtureRecords());
    }

    @Test
    void decidim_sample_every_result_built_accepted_its_progress_capped_and_its_parent_link_reported() throws IOException {
        Path sample = Samples.require("decidim/valid_result.csv");

        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = DecidimImport.results(CONTEXT).read(sample, StandardCharsets.UTF_8, ';', records::add);

        assertThat(records).hasSize(39).allMatch(ImportedRecord::built);
        assertThat(summary.byCategory().get(LossCategory.REFUSED_RECORD)).isZero();
        assertThat(records).allSatisfy(record -> assertThat(record.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.ACCEPTED));
        java.util.Map<String, String> progressById = new java.util.HashMap<>();
        java.util.Set<String> children = new java.util.TreeSet<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(sample, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().get())) {
            parser.forEach(row -> {
                progressById.put(row.get("id"), row.get("progress"));
                if (!row.get("parent/id").isEmpty()) {
                    children.add(row.get("id"));
                }
            });
        }
        List<Loss> capped = losses(records, LossCategory.CAPPED_STATUS);
        assertThat(capped).hasSize(39).allSatisfy(loss -> {
            // The progress as the file has it, read apart.
            String progress = progressById.get(loss.source().id().orElseThrow());
            assertThat(loss.value()).hasValue(progress);
            assertThat(new java.math.BigDecimal(progress)).isStrictlyBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
            assertThat(loss.candidates()).containsExactly("in_progress");
            assertThat(loss.ruleId()).hasValue("R4");
        });
        assertThat(losses(records, LossCategory.DROPPED)).filteredOn(loss -> loss.column().equals(Optional.of("parent/id")))
                .hasSize(27).extracting(loss -> loss.source().id().orElseThrow()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(children);
        assertThat(records).extracting(record -> record.initiative().orElseThrow().id()).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("decidim:localhost:3000:result:"));
        assertThat(records).allSatisfy(record -> assertThat(record.source().url()).hasValueSatisfying(url -> assertThat(url)
                .startsWith("http://localhost:3000/processes/cum-odit/f/15/results/")));
        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : records) {
            Initiative initiative = record.initiative().orElseThrow();
            assertThat(record.validation().isValid()).isTrue();
            assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative);
        }
    }
}
