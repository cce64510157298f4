package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the Decidim processes reader: whatever a document holds, the import never throws,
 * every process is built or refused with an entry saying why, each step's phase is the
 * dictionary's or none, and the summary and the loss report count them all.
 */
class DecidimProcessesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(120)
    void processes(FuzzedDataProvider data) {
        byte[] input = data.consumeRemainingAsBytes();
        List<ImportedProcess> processes = new ArrayList<>();

        ImportSummary summary = DecidimImport.processes(DecidimProcessesImportTest.CONTEXT)
                .withSteps(Map.of("Diagnostic", ProjectPhase.DIAGNOSIS, "Vote", ProjectPhase.DECISION))
                .read(new ByteArrayInputStream(input), "processes.json", processes::add);

        assertThat(summary.records()).isEqualTo(processes.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            for (ImportedProcess process : processes) {
                assertThat(process.built()).isEqualTo(process.losses().stream().noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD));
                assertThat(process.losses()).allSatisfy(loss -> {
                    assertThat(loss.message().english()).isNotBlank();
                    assertThat(loss.message().french()).isNotBlank();
                });
                report.add(process.source(), process.built(), process.losses());
            }
            assertThat(report.summary()).isEqualTo(summary);
        }
    }
}
