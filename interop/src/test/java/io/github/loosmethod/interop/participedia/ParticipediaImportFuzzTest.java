package io.github.loosmethod.interop.participedia;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the Participedia cases reader: whatever a document holds, the import never
 * throws, every case is either built — a subject — or refused with an entry saying why and nothing
 * built, every entry says why in both languages, and the summary and the loss report count them all.
 */
class ParticipediaImportFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(120)
    void cases(FuzzedDataProvider data) {
        byte[] input = data.consumeRemainingAsBytes();
        List<ImportedCase> cases = new ArrayList<>();

        ImportSummary summary = ParticipediaImport.cases(ParticipediaImportTest.CONTEXT).read(new ByteArrayInputStream(input), "cases.json",
                cases::add);

        assertThat(summary.records()).isEqualTo(cases.size());
        assertThat(summary.built() + summary.refused()).isEqualTo(cases.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            for (ImportedCase imported : cases) {
                if (imported.built()) {
                    assertThat(imported.losses()).noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                } else {
                    assertThat(imported.losses()).anyMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                    assertThat(imported.plan().levels()).isEmpty();
                }
                assertThat(imported.losses()).allSatisfy(loss -> {
                    assertThat(loss.message().english()).isNotBlank();
                    assertThat(loss.message().french()).isNotBlank();
                });
                report.add(imported.source(), imported.built(), imported.losses());
            }
            assertThat(report.summary()).isEqualTo(summary);
        }
    }
}
