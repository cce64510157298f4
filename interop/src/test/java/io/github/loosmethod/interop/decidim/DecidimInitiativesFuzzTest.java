package io.github.loosmethod.interop.decidim;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.interop.TableFuzzing;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the Decidim initiatives reader: whatever a file holds, in whichever declared charset
 * and separator, the import never throws, every record is either built — valid, and read back by
 * the strict reader — or refused with an entry saying why, and the summary counts them all.
 */
class DecidimInitiativesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(120)
    void initiatives(FuzzedDataProvider data) throws Exception {
        TableFuzzing.check(data.consumeInt(0, TableFuzzing.CHOICES - 1), data.consumeInt(0, TableFuzzing.CHOICES - 1),
                data.consumeRemainingAsBytes(), "initiatives.csv", DecidimImport.initiatives(DecidimResultsImportTest.CONTEXT)::read);
    }
}
