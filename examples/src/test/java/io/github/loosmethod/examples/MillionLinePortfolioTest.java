package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MillionLinePortfolioTest {

    @Test
    void a_small_portfolio_is_written_and_read_back_valid(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = folder.resolve("portfolio.jsonl");

        int status = MillionLinePortfolio.run(new String[] {"--lang", "en", "600", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(Files.readAllLines(file)).hasSize(600);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("write ", "600 records", "read + validate + indicators",
                "every line read back valid");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("written 600 / 600", "read 600 / 600");
    }

    @Test
    void progress_goes_to_the_stream_it_is_given_never_behind_the_caller_s_back(@TempDir Path folder) throws Exception {
        PrintStream process = System.err;
        ByteArrayOutputStream behind = new ByteArrayOutputStream();
        System.setErr(new PrintStream(behind, true, StandardCharsets.UTF_8));
        try {
            MillionLinePortfolio.run(new String[] {"60", folder.resolve("portfolio.jsonl").toString()}, discard(), discard());
        } finally {
            System.setErr(process);
        }

        assertThat(behind.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static PrintStream discard() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void the_temporary_file_is_deleted_when_the_round_trip_fails(@TempDir Path temporary) {
        // An output that breaks once the writing half is done, as a closed pipe would.
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("broken output");
            }
        }, true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MillionLinePortfolio.run(new String[] {"60"}, broken, discard(), temporary))
                .hasMessage("broken output");
        assertThat(temporary).isEmptyDirectory();
    }

    @Test
    void the_temporary_file_is_deleted_when_the_program_ends(@TempDir Path temporary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = MillionLinePortfolio.run(new String[] {"--lang", "fr", "60"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                discard(), temporary);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("chaque ligne relue valide");
        assertThat(temporary).isEmptyDirectory();
    }

    /** Starts the program's {@code main} in its own JVM, with its temporary files in {@code temporary}. */
    private static Process start(Path temporary, Path logs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                MillionLinePortfolio.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(logs.resolve("err.txt").toFile()).start();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toList());
        }
    }

    @Test
    void main_deletes_its_temporary_file_when_it_ends(@TempDir Path temporary, @TempDir Path logs) throws Exception {
        Process process = start(temporary, logs, "12");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(logs.resolve("err.txt"))).isZero();
        assertThat(Files.readString(logs.resolve("out.txt"))).contains("12 records");
        assertThat(files(temporary)).isEmpty();
    }

    @Test
    void main_deletes_its_temporary_file_when_it_is_interrupted(@TempDir Path temporary, @TempDir Path logs)
            throws Exception {
        Process process = start(temporary, logs, "100000000");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // Interrupted once it is writing, as a user stopping a 4 GB run with Ctrl-C would.
            while (files(temporary).stream().noneMatch(file -> file.toFile().length() > 0) && System.nanoTime() < deadline
                    && process.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(process.isAlive()).as(Files.readString(logs.resolve("err.txt"))).isTrue();
            assertThat(files(temporary)).hasSize(1);
        } finally {
            process.destroy();
        }

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(files(temporary)).isEmpty();
    }

    @Test
    void lines_cycle_through_the_stages_of_the_worked_cases_with_unique_ids() {
        assertThat(MillionLinePortfolio.line(0).id()).isNotEqualTo(MillionLinePortfolio.line(6).id());
        assertThat(MillionLinePortfolio.line(0).status()).isEqualTo(MillionLinePortfolio.line(6).status());
    }
}
