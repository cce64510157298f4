package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of the validator program's file input: whatever a file holds, the program reports
 * it and exits 0 or 1 — it never throws, and never takes more than a few seconds.
 */
class ValidateFilesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void fileInput(byte[] input) throws Exception {
        Path folder = Files.createTempDirectory("loos-fuzz");
        Path file = folder.resolve(input.length > 0 && (input[0] & 1) == 1 ? "input.jsonl" : "input.json");
        try {
            Files.write(file, input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int status = ValidateFiles.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(5);
            assertThat(status).isIn(0, 1);
            assertThat(status == 1).isEqualTo(out.size() > 0);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
