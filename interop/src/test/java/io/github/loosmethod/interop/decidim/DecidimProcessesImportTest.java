package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.Samples;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Decidim processes imported as what they are: a frame of steps, each placed in a phase of the
 * method only by the town's dictionary, the prose on levels never read as one.
 */
class DecidimProcessesImportTest {

    static final ImportContext CONTEXT = DecidimResultsImportTest.CONTEXT;

    static List<ImportedProcess> read(ProcessImport importer, Path file) {
        List<ImportedProcess> processes = new ArrayList<>();
        ImportSummary summary = importer.read(file, processes::add);
        assertThat(summary.records()).isEqualTo(processes.size());
        return processes;
    }

    private static Path fixture() throws Exception {
        return Path.of(DecidimProcessesImportTest.class.getResource("processes-loos.json").toURI());
    }

    private static List<Loss> at(ImportedProcess process, String pointer) {
        return process.losses().stream().filter(loss -> loss.source().pointer().equals(Optional.of(pointer))).collect(Collectors.toList());
    }

    @Test
    void the_sample_step_is_ambiguous_without_a_dictionary() {
        Path sample = Samples.require("decidim/participatory_processes.json");

        List<ImportedProcess> processes = read(DecidimImport.processes(CONTEXT), sample);

        ImportedProcess process = processes.get(0);
        assertThat(process.built()).isTrue();
        assertThat(process.title()).hasValue("Tempora esse debitis in ut.");
        assertThat(process.slug()).hasValue("distinctio-cupiditate");
        assertThat(process.startsOn()).hasValue(LocalDate.parse("2019-10-02"));
        assertThat(process.steps()).singleElement().satisfies(step -> {
            assertThat(step.title()).isEqualTo("Magni.");
            assertThat(step.phase()).isEmpty();
            assertThat(step.active()).isTrue();
        });
        assertThat(at(process, "/0/participatory_process_steps/0/title")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.AMBIGUOUS);
            assertThat(loss.target()).isEqualTo("/steps/0/phase");
            assertThat(loss.candidates()).isEqualTo(Arrays.stream(ProjectPhase.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        });
        // The prose on what is decided, how and with whom: never a level.
        assertThat(process.losses()).filteredOn(loss -> loss.category() == LossCategory.UNMAPPED).extracting(loss -> loss.source().pointer()
                .orElseThrow()).containsExactly("/0/participatory_scope", "/0/participatory_structure", "/0/target");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            report.add(process.source(), process.built(), process.losses());
            assertThat(report.summary().built()).isEqualTo(1);
        }
    }

    @Test
    void the_sample_step_is_mapped_with_a_dictionary() {
        Path sample = Samples.require("decidim/participatory_processes.json");

        ImportedProcess process = read(DecidimImport.processes(CONTEXT).withSteps(Map.of("magni.", ProjectPhase.DIAGNOSIS)), sample).get(0);

        assertThat(process.steps()).singleElement().satisfies(step -> assertThat(step.phase()).hasValue(ProjectPhase.DIAGNOSIS));
        assertThat(at(process, "/0/participatory_process_steps/0/title")).singleElement().satisfies(loss -> {
            assertThat(loss.category()).isEqualTo(LossCategory.DEFAULTED);
            assertThat(loss.target()).isEqualTo("/steps/0/phase");
        });
        assertThat(process.losses()).noneMatch(loss -> loss.category() == LossCategory.AMBIGUOUS);
    }

    @Test
    void a_dictionary_giving_a_step_two_phases_takes_none_and_bad_values_are_reported() throws Exception {
        List<ImportedProcess> processes = read(DecidimImport.processes(CONTEXT)
                .withSteps(Map.of("Diagnostic", ProjectPhase.DIAGNOSIS, "Vote", ProjectPhase.DECISION)), fixture());

        ImportedProcess process = processes.get(0);
        assertThat(process.title()).hasValue("Budget participatif 2024");
        assertThat(process.steps()).extracting(ImportedProcess.Step::title, ImportedProcess.Step::phase).containsExactly(
                org.assertj.core.api.Assertions.tuple("Diagnostic", Optional.empty()),
                org.assertj.core.api.Assertions.tuple("Vote", Optional.of(ProjectPhase.DECISION)));
        assertThat(at(process, "/0/participatory_process_steps/0/title")).filteredOn(loss -> loss.category() == LossCategory.AMBIGUOUS)
                .singleElement().satisfies(loss -> assertThat(loss.candidates()).containsExactlyInAnyOrder("diagnosis", "decision"));
        assertThat(at(process, "/0/participatory_process_steps/2")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
        assertThat(at(process, "/0/end_date")).extracting(Loss::category).containsExactly(LossCategory.DROPPED);
        assertThat(process.endsOn()).isEmpty();
        ImportedProcess untitled = processes.get(1);
        assertThat(untitled.built()).isFalse();
        assertThat(untitled.losses()).filteredOn(loss -> loss.category() == LossCategory.REFUSED_RECORD).singleElement()
                .satisfies(loss -> assertThat(loss.source().pointer()).hasValue("/1/title"));
    }
}
