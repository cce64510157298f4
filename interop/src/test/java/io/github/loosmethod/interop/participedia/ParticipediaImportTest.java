package io.github.loosmethod.interop.participedia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Participedia cases imported as a town's clerk would expect: each case a programme to evaluate,
 * with its texts, themes, level on the IAP2 spectrum and evidence; every value it cannot hold
 * reported, the level's phase and the meaning of "collaborate" left to a person; what is not a case
 * refused, never thrown.
 */
class ParticipediaImportTest {

    static final Territory LOOS = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
    static final Actor TOWN = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    static final ImportContext CONTEXT = ImportContext.of(LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z"));

    /** The keys of a case carried into the imported case rather than reported. */
    private static final Set<String> MAPPED = Set.of("type", "title", "description", "body", "general_issues", "specific_topics", "tags",
            "start_date", "approaches", "evaluation_reports", "evaluation_links");

    private static Path fixture(String name) throws Exception {
        return Path.of(ParticipediaImportTest.class.getResource(name).toURI());
    }

    static List<ImportedCase> read(Path file) {
        List<ImportedCase> cases = new ArrayList<>();
        ImportSummary summary = ParticipediaImport.cases(CONTEXT).read(file, cases::add);
        assertThat(summary.records()).isEqualTo(cases.size());
        return cases;
    }

    static List<ImportedCase> read(String json) {
        List<ImportedCase> cases = new ArrayList<>();
        ImportSummary summary = ParticipediaImport.cases(CONTEXT).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "cases.json", cases::add);
        assertThat(summary.records()).isEqualTo(cases.size());
        return cases;
    }

    private static Optional<String> pointer(Loss loss) {
        return loss.source().pointer();
    }

    private static List<Loss> at(ImportedCase imported, String pointer) {
        return imported.losses().stream().filter(loss -> pointer(loss).equals(Optional.of(pointer))).toList();
    }

    @Test
    void theSampleCaseIsAProgrammeWhoseCollaborationIsLeftToAPerson() throws Exception {
        Path sample = Samples.require("participedia/case.json");

        List<ImportedCase> cases = read(sample);

        assertThat(cases).hasSize(1);
        ImportedCase imported = cases.get(0);
        assertThat(imported.built()).isTrue();
        EvaluationSubject subject = imported.subject().orElseThrow();
        assertThat(subject.kind()).isEqualTo(SubjectKind.PROGRAMME);
        assertThat(subject.reference()).isEqualTo("First Title");
        assertThat(subject.territory()).isEqualTo(LOOS);
        assertThat(subject.startedOn()).isEqualTo(LocalDate.of(2005, 10, 27));
        assertThat(imported.text()).contains("First Description\n\nFirst Body");
        assertThat(imported.themes()).containsExactly("arts", "education", "environment", "planning", "citizenship", "natural_resources",
                "sustainability", "animal");
        // collaborate: co-construction or co-production, none taken; the approach named as evidence.
        assertThat(imported.plan().levels()).isEmpty();
        Loss collaborate = imported.losses().stream().filter(loss -> loss.target().equals("/involvementPlan/levels/decision")).findFirst()
                .orElseThrow();
        assertThat(collaborate.category()).isEqualTo(LossCategory.AMBIGUOUS);
        assertThat(collaborate.value()).contains("collaborate");
        assertThat(collaborate.candidates()).containsExactly("co_construction", "co_production");
        assertThat(collaborate.message().english()).contains("coproduction");
        assertThat(imported.evidence()).extracting(Evidence::text).contains("Approche Participedia : coproduction");
        // The phase: ambiguous, every phase a candidate, the decision first.
        Loss phase = imported.losses().stream().filter(loss -> loss.target().equals("/involvementPlan/levels")).findFirst().orElseThrow();
        assertThat(phase.category()).isEqualTo(LossCategory.AMBIGUOUS);
        assertThat(phase.candidates()).containsExactly("decision", "diagnosis", "design", "implementation", "stewardship", "evaluation");
        // Media, methods, vocabularies: dropped.
        for (String key : List.of("files", "links", "photos", "videos", "audio", "method_types", "tools_techniques_types",
                "specific_methods_tools_techniques", "decision_methods", "if_voting", "purposes", "targeted_participants", "funder",
                "primary_organizer", "organizer_types", "city", "country", "latitude", "longitude")) {
            assertThat(at(imported, "/" + key)).as(key).singleElement().extracting(Loss::category).isEqualTo(LossCategory.DROPPED);
        }
        assertThat(at(imported, "/start_date")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.DEGRADED);
        assertThat(imported.losses()).filteredOn(loss -> loss.target().equals("/subject/territory")).singleElement()
                .extracting(Loss::category).isEqualTo(LossCategory.DEFAULTED);
        // Every key of the case is carried over or has an entry.
        JsonNode json = new ObjectMapper().readTree(sample.toFile());
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            String key = field.getKey();
            assertThat(MAPPED.contains(key) || !at(imported, "/" + key).isEmpty()).as("the key %s is accounted for", key).isTrue();
        }
        assertThat(imported.losses()).noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
        assertThat(imported.losses()).allSatisfy(loss -> assertThat(loss.message().french()).isNotBlank());
    }

    @Test
    void theSampleCaseGivesTheSameReportEveryTime() throws Exception {
        Path sample = Samples.require("participedia/case.json");

        assertThat(report(read(sample))).isEqualTo(report(read(sample)));
        assertThat(new String(report(read(sample)), StandardCharsets.UTF_8)).endsWith(
                "\"records\":1,\"built\":1,\"refused\":0,\"byCategory\":{\"dropped\":54,\"ambiguous\":2,\"unmapped\":0,\"defaulted\":1,"
                        + "\"degraded\":1,\"capped_status\":0,\"refused_record\":0}}\n");
    }

    private static byte[] report(List<ImportedCase> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            cases.forEach(imported -> report.add(imported.source(), imported.built(), imported.losses()));
        }
        return out.toByteArray();
    }

    @Test
    void aMethodIsNotReadAsACase() {
        List<ImportedCase> cases = read(Samples.require("participedia/method.json"));

        assertThat(cases).singleElement().satisfies(imported -> {
            assertThat(imported.built()).isFalse();
            assertThat(imported.losses()).singleElement().satisfies(loss -> {
                assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
                assertThat(pointer(loss)).contains("/type");
                assertThat(loss.value()).contains("method");
                assertThat(loss.message().english()).contains("\"method\", not a case");
            });
        });
    }

    @Test
    void theEmptySkeletonGivesEntriesNotAnException() {
        List<ImportedCase> cases = read(Samples.require("participedia/case-structure.json"));

        ImportedCase imported = cases.get(0);
        assertThat(cases).hasSize(1);
        assertThat(imported.built()).isFalse();
        assertThat(imported.losses()).filteredOn(loss -> loss.category() == LossCategory.REFUSED_RECORD).extracting(loss -> pointer(loss)
                .orElseThrow()).containsExactly("/title", "/start_date");
        // The values it does hold, false flags of the entry, are reported; the empty ones lose nothing.
        assertThat(imported.losses()).filteredOn(loss -> loss.category() == LossCategory.DROPPED).extracting(loss -> pointer(loss)
                .orElseThrow()).containsExactly("/bookmarked", "/published", "/featured", "/hidden", "/verified");
        assertThat(at(imported, "/public_spectrum")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.DEFAULTED);
    }

    @Test
    void olderKeysAreReadThroughTheLegacyTableAndOlderVocabularyIsReported() throws Exception {
        ImportedCase imported = read(fixture("legacy-keys.json")).get(0);

        assertThat(imported.built()).isTrue();
        assertThat(imported.source().id()).contains("4213");
        assertThat(imported.source().url()).contains("https://participedia.net/case/4213");
        assertThat(imported.themes()).containsExactly("environment", "planning", "urban_gardens", "gardens");
        assertThat(at(imported, "/tags/0")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.UNMAPPED);
            assertThat(loss.value()).contains("general_agreement/consensus");
        });
        assertThat(at(imported, "/primary_organizers")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DROPPED);
            assertThat(loss.message().english()).contains("organisers");
        });
        assertThat(at(imported, "/decision_methods")).singleElement().extracting(loss -> loss.value().orElseThrow()).asString()
                .contains("general_agreement/consensus");
        assertThat(at(imported, "/favourite_colour")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.UNMAPPED);
        assertThat(imported.plan().levels()).containsExactly(Map.entry(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION));
        assertThat(at(imported, "/public_spectrum")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.AMBIGUOUS);
    }

    @Test
    void anOlderKeyBesideTheCurrentOneIsDropped() {
        ImportedCase imported = read("{\"title\":\"T\",\"start_date\":\"2020-01-01\",\"issues\":[\"a\"],\"general_issues\":[\"b\"]}").get(0);

        assertThat(imported.themes()).containsExactly("b");
        assertThat(at(imported, "/issues")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.DROPPED);
    }

    @Test
    void aCaseWithoutTitleIsRefusedAtTheTitle() throws Exception {
        ImportedCase imported = read(fixture("no-title.json")).get(0);

        assertThat(imported.built()).isFalse();
        assertThat(imported.plan().levels()).isEmpty();
        assertThat(imported.losses()).filteredOn(loss -> loss.category() == LossCategory.REFUSED_RECORD).singleElement()
                .satisfies(loss -> assertThat(pointer(loss)).contains("/title"));
        assertThat(at(imported, "/city")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.DROPPED);
    }

    @Test
    void malformedJsonIsOneRefusedRecordWhereTheReaderStopped() throws Exception {
        List<ImportedCase> cases = read(fixture("malformed.json"));

        assertThat(cases).singleElement().satisfies(imported -> {
            assertThat(imported.built()).isFalse();
            assertThat(imported.losses()).singleElement().satisfies(loss -> {
                assertThat(loss.category()).isEqualTo(LossCategory.REFUSED_RECORD);
                assertThat(pointer(loss).orElseThrow()).startsWith("/tags");
                assertThat(loss.source().line()).contains(4);
                assertThat(loss.message().english()).contains("line 4");
            });
        });
    }

    @Test
    void anEmptySpectrumGivesAnEmptyPlanAndOneEntry() throws Exception {
        ImportedCase imported = read(fixture("empty-spectrum.json")).get(0);

        assertThat(imported.built()).isTrue();
        assertThat(imported.plan().levels()).isEmpty();
        assertThat(imported.losses()).filteredOn(loss -> loss.target().startsWith("/involvementPlan")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED);
            assertThat(pointer(loss)).contains("/public_spectrum");
        });
        // Midnight loses nothing of the day.
        assertThat(at(imported, "/start_date")).isEmpty();
    }

    @Test
    void notOnTheSpectrumIsUnmapped() {
        ImportedCase imported = read("{\"title\":\"T\",\"start_date\":\"2020-01-01\",\"public_spectrum\":\"not\"}").get(0);

        assertThat(imported.plan().levels()).isEmpty();
        assertThat(at(imported, "/public_spectrum")).singleElement().extracting(Loss::category).isEqualTo(LossCategory.UNMAPPED);
    }

    @Test
    void anArrayOfCasesIsReadCaseByCaseEachAtItsPointer() {
        List<ImportedCase> cases = read("[{\"title\":\"A\",\"start_date\":\"2020-01-01\"}, {\"type\":\"method\"}, 7]");

        assertThat(cases).extracting(ImportedCase::built).containsExactly(true, false, false);
        assertThat(cases).extracting(imported -> imported.source().pointer().orElseThrow()).containsExactly("/0", "/1", "/2");
        assertThat(pointer(cases.get(1).losses().get(0))).contains("/1/type");
        assertThat(cases.get(2).losses().get(0).message().english()).contains("number");
    }

    @Test
    void whatIsNotOneDocumentIsRefusedNeverThrown() {
        assertThat(read("")).singleElement().satisfies(imported -> assertThat(imported.built()).isFalse());
        assertThat(read("{\"title\":\"A\",\"start_date\":\"2020-01-01\"} {}")).extracting(ImportedCase::built).containsExactly(true, false);
        assertThat(read("{\"title\":\"A\",\"title\":\"B\"}")).singleElement().satisfies(imported -> assertThat(imported.built()).isFalse());
        assertThat(read("{\"title\":\"" + "x".repeat(ParticipediaImport.LONGEST_TEXT + 1) + "\"}")).singleElement()
                .satisfies(imported -> assertThat(imported.losses().get(0).message().english()).contains("limit"));
        assertThat(read("[".repeat(ParticipediaImport.DEEPEST + 2))).singleElement()
                .satisfies(imported -> assertThat(imported.built()).isFalse());
        // A finding of the fuzzer: an exponent no BigDecimal holds.
        assertThat(read("{\"latitude\":4444137e4441374137}")).singleElement()
                .satisfies(imported -> assertThat(imported.losses().get(0).message().english()).contains("limit"));
        assertThat(read("{\"title\":7,\"start_date\":\"yesterday\"}")).singleElement().satisfies(imported -> {
            assertThat(imported.built()).isFalse();
            assertThat(imported.losses()).extracting(loss -> pointer(loss).orElseThrow()).contains("/title", "/start_date");
        });
    }

    @Test
    void aFileOfAnySizeIsReadCaseByCaseAndOnlyACaseTooLargeIsRefusedAtItsPointer() {
        // Three cases of about 2 MiB each: more than one case's bound in all, each within it.
        String text = "x".repeat(ParticipediaImport.LONGEST_TEXT);
        String large = "{\"title\":\"A\",\"start_date\":\"2020-01-01\",\"description\":\"" + text + "\",\"general_issues\":\"" + text
                + "\"}";
        // Five such texts in one case pass its bound, though no text passes the longest.
        String tooLarge = "{\"title\":\"B\",\"start_date\":\"2020-01-01\",\"a\":\"" + text + "\",\"b\":\"" + text + "\",\"c\":\"" + text
                + "\",\"d\":\"" + text + "\",\"e\":\"" + text + "\"}";

        List<ImportedCase> cases = read("[" + large + "," + large + "," + large + "," + tooLarge + "," + large + "]");

        assertThat(cases).extracting(imported -> imported.source().pointer().orElseThrow()).containsExactly("/0", "/1", "/2", "/3/e");
        // Reading stops where the bound is passed, within the case, as at any limit; nothing after is read.
        assertThat(cases.subList(0, 3)).allSatisfy(imported -> assertThat(imported.losses())
                .noneMatch(loss -> loss.category() == io.github.loosmethod.interop.LossCategory.REFUSED_RECORD));
        assertThat(cases.get(3).losses()).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(io.github.loosmethod.interop.LossCategory.REFUSED_RECORD);
            assertThat(loss.message().english()).contains("the size of a record");
            assertThat(loss.value()).hasValueSatisfying(reason -> assertThat(reason).contains(String.valueOf(ParticipediaImport.LARGEST_RECORD)));
        });
    }
}
