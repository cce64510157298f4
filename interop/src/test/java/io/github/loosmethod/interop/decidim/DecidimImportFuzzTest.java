package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.serialization.LoosJson;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the Decidim results reader: whatever a file holds, in whichever declared charset
 * and separator, the import never throws, every record is either built — valid, and read back by
 * the strict reader — or refused with an entry saying why, and the summary counts them all.
 */
class DecidimImportFuzzTest {

    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE};
    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final LoosJson JSON = LoosJson.strict();

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void results(FuzzedDataProvider data) throws Exception {
        Charset charset = CHARSETS[data.consumeInt(0, CHARSETS.length - 1)];
        char separator = SEPARATORS[data.consumeInt(0, SEPARATORS.length - 1)];
        byte[] input = data.consumeRemainingAsBytes();
        Path folder = Files.createTempDirectory("loos-fuzz");
        Path file = folder.resolve("results.csv");
        try {
            Files.write(file, input);
            List<ImportedRecord> records = new ArrayList<>();

            ImportSummary summary = DecidimImport.results(DecidimResultsImportTest.CONTEXT).read(file, charset, separator, records::add);

            assertThat(summary.records()).isEqualTo(records.size());
            assertThat(summary.built() + summary.refused()).isEqualTo(records.size());
            for (ImportedRecord record : records) {
                if (record.built()) {
                    Initiative initiative = record.initiative().get();
                    assertThat(record.validation().isValid()).isTrue();
                    assertThat(JSON.read(JSON.write(initiative), Initiative.class)).isEqualTo(initiative);
                } else {
                    assertThat(record.losses()).anyMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                }
                assertThat(record.losses()).allSatisfy(loss -> {
                    assertThat(loss.message().english()).isNotBlank();
                    assertThat(loss.message().french()).isNotBlank();
                });
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
