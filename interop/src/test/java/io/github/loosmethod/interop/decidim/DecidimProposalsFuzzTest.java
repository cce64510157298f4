package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.serialization.LoosJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the Decidim proposals reader: whatever a document holds, the import never throws,
 * every record is built — and reads back with the strict reader — or refused with an entry saying
 * why, every entry says why in both languages, and the summary and the loss report count them all.
 */
class DecidimProposalsFuzzTest {

    private static final LoosJson JSON = LoosJson.strict();

    @FuzzTest(maxDuration = "30s")
    @Timeout(120)
    void proposals(FuzzedDataProvider data) {
        byte[] input = data.consumeRemainingAsBytes();
        List<ImportedRecord> records = new ArrayList<>();

        ImportSummary summary = DecidimImport.proposals(DecidimProposalsImportTest.CONTEXT).read(new ByteArrayInputStream(input),
                "proposals.json", records::add);

        assertThat(summary.records()).isEqualTo(records.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LossReport report = LossReport.writer(out)) {
            for (ImportedRecord record : records) {
                if (record.built()) {
                    Initiative initiative = record.initiative().orElseThrow();
                    assertThat(JSON.read(JSON.write(initiative), Initiative.class)).isEqualTo(initiative);
                    assertThat(record.losses()).noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                }
                assertThat(record.losses()).allSatisfy(loss -> {
                    assertThat(loss.message().english()).isNotBlank();
                    assertThat(loss.message().french()).isNotBlank();
                });
                report.add(record);
            }
            assertThat(report.summary()).isEqualTo(summary);
        }
    }
}
