package io.github.loosmethod.interop.scdl;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.interop.TableFuzzing;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the SCDL deliberations reader: whatever a file holds, in whichever declared
 * charset and separator, the import never throws, every record is either built — valid, and read
 * back by the strict reader — or refused with an entry saying why, and the summary counts them all.
 * Its seed is the fixture, ending with the bytes that pick UTF-8 and {@code ,}.
 */
class ScdlDeliberationsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(120)
    void deliberations(FuzzedDataProvider data) throws Exception {
        TableFuzzing.check(data.consumeInt(0, TableFuzzing.CHOICES - 1), data.consumeInt(0, TableFuzzing.CHOICES - 1),
                data.consumeRemainingAsBytes(), "deliberations.csv", ScdlImport.deliberations(ScdlDeliberationsImportTest.PROJECTS)::read);
    }
}
