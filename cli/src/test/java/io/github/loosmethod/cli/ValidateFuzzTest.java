package io.github.loosmethod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target of {@code loos validate}'s file input: whatever a file holds, the command reports it
 * and exits 0 or 1 — it never throws, never says more than one line per problem, and never takes
 * more than a few seconds.
 */
class ValidateFuzzTest {

    /**
     * Checks a valid document and a bad portfolio once before the fuzz test, so that the time
     * limit measures a check, not the first loading (and, when fuzzing, instrumenting) of the
     * hundreds of classes a check uses, which alone can take seconds on a busy machine.
     */
    @BeforeAll
    static void load_the_classes_a_check_uses(@TempDir Path folder) throws Exception {
        Path document = Files.write(folder.resolve("valid.json"), LoosJson.strict().write(StreetFlowerBoxes.agreed()));
        Path portfolio = Files.writeString(folder.resolve("bad.jsonl"), "{\"formatVersion\":2}\nnot json\n");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(Loos.run(new String[] {"validate", document.toString(), portfolio.toString()},
                new Loos.Streams(InputStream.nullInputStream(), discard, discard, false))).isEqualTo(1);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(120)
    void fileInput(byte[] input) throws Exception {
        Path folder = Files.createTempDirectory("loos-fuzz");
        Path file = folder.resolve(input.length > 0 && (input[0] & 1) == 1 ? "input.jsonl" : "input.json");
        try {
            Files.write(file, input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Loos.run(new String[] {"validate", file.toString()}, new Loos.Streams(InputStream.nullInputStream(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
            assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(5);
            assertThat(status).isIn(0, 1);
            assertThat(status == 1).isEqualTo(out.size() > 0);
            // One line on stderr, the summary: nothing of a failure's own, no stack trace.
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
