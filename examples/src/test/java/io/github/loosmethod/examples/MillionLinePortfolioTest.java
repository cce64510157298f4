package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MillionLinePortfolioTest {

    @Test
    void a_small_portfolio_is_written_and_read_back_valid(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Path file = folder.resolve("portfolio.jsonl");

        boolean same = MillionLinePortfolio.run(600, file, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(same).isTrue();
        assertThat(Files.readAllLines(file)).hasSize(600);
        assertThat(output).contains("write ", "600 records", "read + validate + indicators", "every line read back valid");
    }

    @Test
    void lines_cycle_through_the_stages_of_the_worked_cases_with_unique_ids() {
        assertThat(MillionLinePortfolio.line(0).id()).isNotEqualTo(MillionLinePortfolio.line(6).id());
        assertThat(MillionLinePortfolio.line(0).status()).isEqualTo(MillionLinePortfolio.line(6).status());
    }
}
