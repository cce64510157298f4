package io.github.loosmethod.interop.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test B-give of the samples' README (§6) on the Paris table, editions 2014 to 2017,
 * through {@link ColumnProfile#PARIS}. The README counts 609 records, 23 accepted, 539 capped and
 * 47 abandoned; the file also holds two {@code NON REGISTRÉ} titles (both {@code FIN}), which are
 * refused: so 607 built, 537 of them capped.
 */
class ParisBudgetSampleTest {

    private static final String SAMPLE = "paris-bp/paris-bp_projets_gagnants-editions-2014-2017.derived.csv";
    private static final Set<String> NOT_STARTED = Set.of("NON DEMARRE", "PROCEDURES", "ETUDES");
    private static final Set<String> WORKS = Set.of("TRAVAUX", "LIVRAISON", "FIN");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static Map<Long, String> WORDS;

    private static List<ImportedRecord> read(ImportContext context, List<ImportSummary> summaries) {
        List<ImportedRecord> records = new ArrayList<>();
        summaries.add(BudgetTableImport.of(ColumnProfile.PARIS, context).read(Samples.require(SAMPLE), StandardCharsets.UTF_8, ',',
                records::add));
        return records;
    }

    /** The progress word of each line of the sample, read apart from the import. */
    private static Map<Long, String> words() {
        Map<Long, String> words = new TreeMap<>();
        try (InputStream in = Files.newInputStream(Samples.require(SAMPLE));
                CsvTable table = CsvTable.open(in, StandardCharsets.UTF_8, ',')) {
            for (CsvRow row : table) {
                words.put(row.line(), row.cell("avancement_projet").orElseThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String progress(ImportedRecord record) {
        return WORDS.get((long) record.source().line().orElseThrow());
    }

    @Test
    void b_give_every_winning_project_accepted_at_most_its_progress_in_the_report() {
        WORDS = words();
        Map<String, Long> sampleWords = WORDS.values().stream().collect(Collectors.groupingBy(word -> word, Collectors.counting()));
        assertThat(sampleWords)
                .isEqualTo(Map.of("FIN", 502L, "ABANDONNÉ", 47L, "LIVRAISON", 22L, "TRAVAUX", 15L, "ETUDES", 11L, "PROCEDURES", 9L,
                        "NON DEMARRE", 3L));
        List<ImportSummary> summaries = new ArrayList<>();
        List<ImportedRecord> records = read(BudgetTableImportTest.CONTEXT, summaries);
        ImportSummary summary = summaries.get(0);

        assertThat(records).hasSize(609);
        assertThat(summary.records()).isEqualTo(609);
        assertThat(summary.built()).isEqualTo(607);
        // The two NON REGISTRÉ titles: refused at the title column, both of projects finished.
        List<ImportedRecord> refused = records.stream().filter(record -> !record.built()).collect(Collectors.toList());
        assertThat(refused).hasSize(2).allSatisfy(record -> assertThat(record.losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.column()).hasValue("titre_projet_gagnant");
            assertThat(loss.value()).hasValue("NON REGISTRÉ");
        }));
        assertThat(refused).extracting(record -> record.source().line().orElseThrow()).containsExactly(7, 221);

        List<ImportedRecord> built = records.stream().filter(ImportedRecord::built).collect(Collectors.toList());
        assertThat(built).allSatisfy(record -> assertThat(record.initiative().orElseThrow().status()).isEqualTo(InitiativeStatus.ACCEPTED));
        Map<String, Long> byProgress = built.stream().collect(Collectors.groupingBy(ParisBudgetSampleTest::capOrWord, TreeMap::new,
                Collectors.counting()));
        // NON DEMARRE 3 + PROCEDURES 9 + ETUDES 11: accepted, no cap.
        List<ImportedRecord> notStarted = built.stream().filter(record -> NOT_STARTED.contains(word(record))).collect(Collectors.toList());
        assertThat(notStarted).hasSize(23).allSatisfy(record -> assertThat(record.losses())
                .noneMatch(loss -> loss.category() == LossCategory.CAPPED_STATUS));
        // TRAVAUX 15 + LIVRAISON 22 + FIN 502, less the two refused: accepted, each capped (R4).
        List<ImportedRecord> works = built.stream().filter(record -> WORKS.contains(word(record))).collect(Collectors.toList());
        assertThat(works).hasSize(537).allSatisfy(record -> assertThat(record.losses()).filteredOn(loss -> loss.category()
                == LossCategory.CAPPED_STATUS).singleElement().satisfies(loss -> assertThat(loss.ruleId()).hasValue("R4")));
        assertThat(byProgress).isEqualTo(Map.of("NON DEMARRE", 3L, "PROCEDURES", 9L, "ETUDES", 11L, "ABANDONNÉ", 47L,
                "capped in_progress", 15L, "capped delivered", 522L));
        // ABANDONNÉ 47: unmapped, accepted, never withdrawn.
        List<Loss> unmapped = built.stream().flatMap(record -> record.losses().stream()).filter(loss -> loss.category() == LossCategory.UNMAPPED)
                .collect(Collectors.toList());
        assertThat(unmapped).hasSize(47).allSatisfy(loss -> assertThat(loss.value()).hasValue("ABANDONNÉ"));
        assertThat(built).allSatisfy(record -> assertThat(record.initiative().orElseThrow().history())
                .noneMatch(event -> event.to() == InitiativeStatus.WITHDRAWN));
        // Applicants: the stand-in on every record built, said each time.
        assertThat(built).allSatisfy(record -> assertThat(record.losses()).filteredOn(loss -> loss.target().equals("/applicants/0"))
                .singleElement().satisfies(loss -> assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED)));
        // No word for none is a date: every month entry of a word is a "none" or an unread value, never a month.
        List<Loss> monthEntries = records.stream().flatMap(record -> record.losses().stream())
                .filter(loss -> loss.column().filter(ColumnProfile.PARIS.months()::contains).isPresent()).collect(Collectors.toList());
        assertThat(monthEntries).allSatisfy(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            String value = loss.value().orElseThrow();
            if (MONTH.matcher(value).matches()) {
                assertThat(loss.ruleId()).hasValue("R4");
            } else {
                assertThat(ColumnProfile.PARIS.isNone(value)).as(value).isTrue();
                assertThat(loss.message().english()).as(value).endsWith("read as none, never as a date.");
            }
        });
        assertThat(monthEntries).filteredOn(loss -> !MONTH.matcher(loss.value().orElseThrow()).matches()).hasSize(424);
        // 427 words for none in the file's month columns; 3 are on the two refused rows.
        assertThat(built).allSatisfy(record -> {
            Initiative initiative = record.initiative().orElseThrow();
            int edition = Integer.parseInt(record.losses().stream().filter(loss -> loss.column().equals(java.util.Optional.of("edition")))
                    .findFirst().orElseThrow().value().orElseThrow());
            assertThat(initiative.history()).extracting(event -> event.at().atZone(BudgetTableImportTest.PARIS.zone()).toLocalDateTime())
                    .containsOnly(java.time.LocalDate.of(edition, 1, 1).atStartOfDay());
        });
        // Districts: 6 rows of "23" reported, 37 city-wide projects' district not taken for their place.
        assertThat(countWith(records, "arrondissement_projet_gagnant")).isEqualTo(609 - 2);
        assertThat(messages(built, "\"23\" is no district of the town")).isEqualTo(6);
        // 37 city-wide projects; one of them (line 7) is a NON REGISTRÉ title, refused.
        assertThat(messages(built, "A project of the whole city")).isEqualTo(36);
        assertThat(summary.byCategory()).containsEntry(LossCategory.UNMAPPED, 47L).containsEntry(LossCategory.CAPPED_STATUS, 537L)
                .containsEntry(LossCategory.REFUSED_RECORD, 2L);

        LoosJson json = LoosJson.strict();
        for (ImportedRecord record : built) {
            Initiative initiative = record.initiative().orElseThrow();
            assertThat(record.validation().isValid()).isTrue();
            assertThat(json.read(json.write(initiative), Initiative.class)).isEqualTo(initiative);
        }
    }

    @Test
    void b_give_without_a_stand_in_every_record_is_refused_and_the_report_says_so() {
        List<ImportSummary> summaries = new ArrayList<>();
        List<ImportedRecord> records = read(ImportContext.of(BudgetTableImportTest.PARIS, BudgetTableImportTest.TOWN,
                BudgetTableImportTest.IMPORTED_AT).withDecidingBody(BudgetTableImportTest.COUNCIL), summaries);

        assertThat(records).hasSize(609).noneMatch(ImportedRecord::built);
        assertThat(summaries.get(0).refused()).isEqualTo(609);
        assertThat(records).allSatisfy(record -> assertThat(record.losses()).anySatisfy(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
            assertThat(loss.target()).isEqualTo("/applicants");
        }));
    }

    private static String word(ImportedRecord record) {
        return progress(record);
    }

    private static String capOrWord(ImportedRecord record) {
        return record.losses().stream().filter(loss -> loss.category() == LossCategory.CAPPED_STATUS)
                .map(loss -> "capped " + loss.candidates().get(0)).findFirst().orElse(progress(record));
    }

    private static long countWith(List<ImportedRecord> records, String column) {
        return records.stream().filter(ImportedRecord::built)
                .filter(record -> record.losses().stream().anyMatch(loss -> loss.column().equals(java.util.Optional.of(column)))).count();
    }

    private static long messages(List<ImportedRecord> records, String start) {
        return records.stream().flatMap(record -> record.losses().stream())
                .filter(loss -> loss.message().english().startsWith(start)).count();
    }
}
