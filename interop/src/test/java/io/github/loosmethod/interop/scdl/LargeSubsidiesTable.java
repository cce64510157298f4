package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A measurement, not a test: writes a subsidies table of about the size asked (the project's
 * fixture's rows repeated, each with its own date) and imports it, the loss report written to a
 * file, so that a run under a small heap ({@code -Xmx128m}) shows the import streams. Prints the
 * rows, the time and the rate. Usage: {@code LargeSubsidiesTable FILE MEGABYTES}.
 */
public final class LargeSubsidiesTable {

    private LargeSubsidiesTable() {
    }

    /**
     * Writes and imports the table.
     *
     * @param args the file to write, and its size in megabytes
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long size = Long.parseLong(args[1]) << 20;
        List<String> fixture = Files.readAllLines(Path.of(LargeSubsidiesTable.class.getResource("subventions-loos.csv").toURI()));
        String good = fixture.get(1);
        long written = 0;
        int day = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] header = (fixture.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(header);
            written += header.length;
            while (written < size) {
                String row = good.replace("2023-04-03", java.time.LocalDate.of(2000, 1, 1).plusDays(day++ % 9000).toString()) + "\n";
                byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        }
        long start = System.nanoTime();
        ImportSummary summary;
        try (OutputStream report = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0] + ".losses.jsonl")), 1 << 20);
                LossReport losses = LossReport.writer(report)) {
            summary = ScdlImport.subventions(ScdlSubventionsImportTest.CONTEXT).read(file, StandardCharsets.UTF_8, ',', losses::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d MiB, %d rows, %d built, %d refused, %.1f s, %.0f rows/s, %.1f MiB/s, max heap %d MiB%n", written >> 20,
                summary.records(), summary.built(), summary.refused(), seconds, summary.records() / seconds, (written >> 20) / seconds,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
