package io.github.loosmethod.interop.scdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
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
 * The SCDL subsidies table imported as a town's clerk would expect: each row a fifty-fifty
 * initiative of its beneficiary, decided by the town's council, every value the record cannot hold
 * in the loss report, and bad rows or files reported, never thrown or skipped.
 */
class ScdlSubventionsImportTest {

    static final Territory LOOS = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
    static final Actor TOWN = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    static final Actor COUNCIL = Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);
    static final ImportContext CONTEXT = ImportContext.of(LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z")).withDecidingBody(COUNCIL);

    private static Path fixture() throws Exception {
        return Path.of(ScdlSubventionsImportTest.class.getResource("subventions-loos.csv").toURI());
    }

    static List<ImportedRecord> read(ImportContext context, Path file, Charset charset, char separator) {
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = ScdlImport.subventions(context).read(file, charset, separator, records::add);
        assertThat(summary.records()).isEqualTo(records.size());
        return records;
    }

    private static List<LossCategory> categories(ImportedRecord record, String target) {
        return record.losses().stream().filter(loss -> loss.target().equals(target)).map(Loss::category).collect(Collectors.toList());
    }

    @Test
    void a_clean_row_becomes_an_accepted_fifty_fifty_of_its_beneficiary_decided_by_the_council() throws Exception {
        ImportedRecord first = read(CONTEXT, fixture(), StandardCharsets.UTF_8, ',').get(0);

        Initiative initiative = first.initiative().orElseThrow();
        assertThat(initiative.id()).isEqualTo("scdl-subventions:21620528600018:2023-04-03:W623001234");
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(initiative.title()).isEqualTo("Jardinières de la rue des Écoles");
        assertThat(initiative.applicants()).singleElement().satisfies(applicant -> {
            assertThat(applicant.kind()).isEqualTo(ActorKind.ASSOCIATION);
            assertThat(applicant.name()).isEqualTo("Les Voisins de la rue des Écoles");
            assertThat(applicant.identifiers()).extracting(id -> id.scheme(), id -> id.value()).containsExactly(tuple("rna", "W623001234"));
        });
        assertThat(initiative.assessment()).hasValueSatisfying(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(COUNCIL);
            assertThat(decision.reference()).hasValue("DELIB 2023-17");
            assertThat(decision.object()).hasValue("Subvention de 640.50 € (aide en numéraire)");
            assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2023-04-02T22:00:00Z"));
        });
        assertThat(initiative.sources()).singleElement().satisfies(source -> {
            assertThat(source.system()).isEqualTo("scdl-subventions");
            assertThat(source.file()).hasValue("subventions-loos.csv");
            assertThat(source.line()).hasValue(2);
            assertThat(source.id()).hasValue("DELIB 2023-17");
        });
        assertThat(first.validation().isValid()).isTrue();
        // The funding is never lost silently: the amount is kept, and its commitment reported with the rule.
        assertThat(first.losses()).filteredOn(loss -> loss.target().equals("/convention") && loss.column().equals(Optional.of("montant")))
                .singleElement().satisfies(loss -> {
                    assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
                    assertThat(loss.value()).hasValue("640.50");
                    assertThat(loss.ruleId()).hasValue("R5");
                });
        assertThat(categories(first, "/purpose/generalInterest")).containsExactly(LossCategory.DEFAULTED);
        assertThat(categories(first, "/decisions/0/decidedBy")).containsExactly(LossCategory.DEFAULTED);
        assertThat(categories(first, "/applicants/0/kind")).isEmpty();
    }

    @Test
    void uncertain_values_are_reported_with_their_candidates_and_normalised_ones_as_degraded() throws Exception {
        ImportedRecord second = read(CONTEXT, fixture(), StandardCharsets.UTF_8, ',').get(1);

        Initiative initiative = second.initiative().orElseThrow();
        assertThat(initiative.applicants().get(0).name()).isEqualTo("Atelier vélo \"La Chaîne\"");
        assertThat(initiative.applicants().get(0).identifiers()).singleElement()
                .satisfies(id -> assertThat(id.value()).isEqualTo("42424242400010"));
        assertThat(initiative.assessment().orElseThrow().object()).hasValue("Subvention de 333.00 € (aide en numéraire;aide en nature)");
        assertThat(second.losses()).extracting(Loss::column, Loss::category, Loss::candidates)
                .contains(tuple(Optional.of("idBeneficiaire"), LossCategory.DEGRADED, List.of()),
                        tuple(Optional.of("idBeneficiaire"), LossCategory.AMBIGUOUS, List.of("association", "company")),
                        tuple(Optional.of("pourcentageSubvention"), LossCategory.AMBIGUOUS, List.of("333.00", "1000")),
                        tuple(Optional.of("nature"), LossCategory.AMBIGUOUS, List.of("supplies", "equipment_loan", "technical_support",
                                "concession")),
                        tuple(Optional.of("dispositifAide"), LossCategory.DROPPED, List.of()));
        assertThat(second.losses()).filteredOn(loss -> loss.column().equals(Optional.of("datesPeriodeVersement"))).singleElement()
                .satisfies(loss -> assertThat(loss.message().english()).startsWith("The payment period ends before it starts"));
    }

    @Test
    void bad_rows_are_refused_at_their_line_and_the_others_read() throws Exception {
        List<ImportedRecord> records = read(CONTEXT, fixture(), StandardCharsets.UTF_8, ',');

        assertThat(records).extracting(record -> record.source().line().orElseThrow(), ImportedRecord::built)
                .containsExactly(tuple(2, true), tuple(3, true), tuple(4, false), tuple(5, false), tuple(6, false));
        assertThat(records.get(2).losses()).extracting(Loss::column, Loss::category, Loss::value)
                .containsExactly(tuple(Optional.of("dateConvention"), LossCategory.REFUSED_RECORD, Optional.of("12/06/2023")));
        assertThat(records.get(3).losses()).singleElement().satisfies(loss -> assertThat(loss.message().english())
                .isEqualTo("The row has 17 cells where the header has 16: it is not re-aligned by guess, and not imported."));
        assertThat(records.get(4).losses()).extracting(Loss::column, Loss::category)
                .containsExactly(tuple(Optional.of("objet"), LossCategory.REFUSED_RECORD));
    }

    @Test
    void every_record_built_reads_back_with_the_strict_reader() throws Exception {
        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : read(CONTEXT, fixture(), StandardCharsets.UTF_8, ',')) {
            record.initiative().ifPresent(initiative -> assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative));
        }
    }

    @Test
    void without_a_deciding_body_the_record_stays_under_assessment_and_the_cap_names_r3() throws Exception {
        ImportContext noDecider = ImportContext.of(LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z"));

        ImportedRecord first = read(noDecider, fixture(), StandardCharsets.UTF_8, ',').get(0);

        assertThat(first.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.UNDER_ASSESSMENT);
        assertThat(first.losses()).filteredOn(loss -> loss.category() == LossCategory.CAPPED_STATUS).singleElement()
                .satisfies(loss -> {
                    assertThat(loss.ruleId()).hasValue("R3");
                    assertThat(loss.candidates()).containsExactly("accepted");
                });
    }

    @Test
    void a_file_in_another_charset_imports_nothing_and_says_where(@TempDir Path folder) throws Exception {
        Path latin = folder.resolve("latin.csv");
        Files.write(latin, Files.readString(fixture(), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252")));

        List<ImportedRecord> records = read(CONTEXT, latin, StandardCharsets.UTF_8, ',');

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.built()).isFalse();
            assertThat(record.source().line()).hasValue(2);
            assertThat(record.losses()).singleElement().satisfies(loss -> assertThat(loss.message().english())
                    .startsWith("The file is not UTF-8: the bytes at offset 321 (line 2)"));
        });
        assertThat(read(CONTEXT, latin, Charset.forName("windows-1252"), ',')).filteredOn(ImportedRecord::built).hasSize(2);
    }

    @Test
    void a_wrong_separator_an_empty_file_and_a_byte_order_mark_are_told_apart(@TempDir Path folder) throws Exception {
        Path semicolons = folder.resolve("semicolons.csv");
        Files.writeString(semicolons, Files.readString(fixture()).lines().limit(2).map(line -> line.replace(',', ';'))
                .collect(Collectors.joining("\n", "", "\n")));
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        Path marked = folder.resolve("marked.csv");
        Files.writeString(marked, "\uFEFF" + Files.readString(fixture()));

        assertThat(read(CONTEXT, semicolons, StandardCharsets.UTF_8, ',')).singleElement().satisfies(record -> assertThat(
                record.losses().get(0).message().english()).contains("the file's separator may be \";\" rather than \",\""));
        assertThat(read(CONTEXT, empty, StandardCharsets.UTF_8, ',')).singleElement()
                .satisfies(record -> assertThat(record.losses().get(0).message().english()).isEqualTo("The file is empty: it has no header."));
        assertThat(read(CONTEXT, marked, StandardCharsets.UTF_8, ',')).filteredOn(ImportedRecord::built).hasSize(2);
        Path twice = folder.resolve("twice.csv");
        Files.writeString(twice, Files.readString(fixture()).replaceFirst("dispositifAide", "objet"));
        assertThat(read(CONTEXT, twice, StandardCharsets.UTF_8, ',')).singleElement().satisfies(record -> assertThat(
                record.losses().get(0).message().english()).startsWith("The header names objet more than once"));
    }

    @Test
    void antibes_sample_every_row_built_with_its_amount_and_every_uncertainty_reported() throws IOException {
        Path antibes = Samples.require("scdl/subventions-exemple_valide-antibes.csv");

        List<ImportedRecord> records = read(CONTEXT, antibes, StandardCharsets.UTF_8, ',');

        assertThat(records).hasSize(29).allMatch(ImportedRecord::built);
        List<String> lines = Files.readAllLines(antibes);
        for (ImportedRecord record : records) {
            String[] cells = lines.get(record.source().line().orElseThrow() - 1).split(",", -1);
            BigDecimal granted = new BigDecimal(cells[8]).multiply(new BigDecimal(cells[14])).setScale(2, java.math.RoundingMode.HALF_EVEN);
            assertThat(record.initiative().orElseThrow().assessment().orElseThrow().object().orElseThrow())
                    .startsWith("Subvention de " + granted.toPlainString() + " €");
        }
        assertThat(records.stream().flatMap(record -> record.losses().stream()))
                .filteredOn(loss -> loss.column().equals(Optional.of("pourcentageSubvention")) && loss.category() == LossCategory.AMBIGUOUS)
                .hasSize(27);
        assertThat(records.stream().flatMap(record -> record.losses().stream()))
                .filteredOn(loss -> loss.column().equals(Optional.of("nature")) && loss.category() == LossCategory.AMBIGUOUS).hasSize(2);
        assertThat(records.stream().flatMap(record -> record.losses().stream()))
                .filteredOn(loss -> loss.message().english().startsWith("The payment period ends before it starts"))
                .extracting(loss -> loss.source().line().orElseThrow()).containsExactly(24, 25, 29);
        assertThat(records).filteredOn(record -> record.initiative().get().applicants().get(0).identifiers().stream()
                .anyMatch(id -> id.scheme().equals(IdentifierScheme.RNA.code()))).as("the two rows with an RNA number")
                .extracting(record -> record.source().line().orElseThrow()).hasSize(2);
    }
}
