package io.github.loosmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path folder;

    /** The results of a short run of the whole chain (BenchmarkTable --quick), kept as they were written. */
    private static final Path QUICK_RUN = Path.of("src/test/resources/quick-run");

    @Test
    void theTableIsMadeFromTheResultsFilesAlone() throws IOException {
        String table = BenchmarkReport.render(QUICK_RUN);

        assertThat(table).startsWith(BenchmarkReport.BEGIN).endsWith(BenchmarkReport.END + "\n");
        assertThat(table).contains("at commit 50bb7b7", "OpenJDK 64-Bit Server VM", "AMD EPYC, 2 CPUs", "JMH 1.37",
                "1,000 generated initiatives (ValidRecords, seed 2026)");
        for (String row : List.of("| read + validate / typed POJO read (databind, jsr310) |", "| read + validate / string POJO read (databind) |",
                "| write / POJO write (databind) |", "| streaming, sequential / token scan (file in the page cache) |",
                "| streaming, 2 threads / sequential (page cache) |", "| read + validate (library) |", "| read, typed POJO (databind + jsr310) |",
                "| read, string POJO (databind) |", "| line framing alone", "| sequential reader, -Xmx64m, at commit unknown |", "share of a read")) {
            assertThat(table).contains(row);
        }
    }

    @Test
    void everyTargetsVerdictFollowsItsInterval() throws IOException {
        String table = BenchmarkReport.render(QUICK_RUN);
        Matcher row = Pattern.compile("\\| ([^|]+) \\| ([0-9.,]+) \\[([0-9.,]+), ([0-9.,]+)\\] \\| ≥ ([0-9.]+) \\| ([^|]+) \\|").matcher(table);
        int rows = 0;
        while (row.find()) {
            rows++;
            double low = Double.parseDouble(row.group(3).replace(",", ""));
            double high = Double.parseDouble(row.group(4).replace(",", ""));
            double target = Double.parseDouble(row.group(5));
            String verdict = row.group(6).trim();
            assertThat(verdict).as(row.group(1)).isEqualTo(low >= target ? "**met**" : high < target ? "missed" : "not shown");
        }
        assertThat(rows).isEqualTo(5);
    }

    @Test
    void theTableTakesThePlaceOfTheOneBetweenTheMarkers() {
        String markdown = "# Benchmarks\n\nintro\n\n" + BenchmarkReport.BEGIN + "\nold table\n" + BenchmarkReport.END + "\n\n## Analysis\n";
        String table = BenchmarkReport.BEGIN + "\nnew table\n" + BenchmarkReport.END;

        assertThat(BenchmarkReport.replaceTable(markdown, table))
                .isEqualTo("# Benchmarks\n\nintro\n\n" + BenchmarkReport.BEGIN + "\nnew table\n" + BenchmarkReport.END + "\n\n## Analysis\n");
    }

    @Test
    void aFileWithoutItsMarkersIsRefusedRatherThanRewritten() {
        assertThatThrownBy(() -> BenchmarkReport.replaceTable("no markers", "table")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkReport.replaceTable(BenchmarkReport.END + "\n" + BenchmarkReport.BEGIN, "table"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkReport.replaceTable(BenchmarkReport.BEGIN + BenchmarkReport.BEGIN + BenchmarkReport.END, "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSawtoothWithoutTrendIsFlat() throws IOException {
        BenchmarkReport.Heap heap = heap(i -> (20 + i % 7) * MIB);

        assertThat(heap.flat()).isTrue();
        assertThat(heap.maxOld()).isEqualTo(26.0 * MIB);
    }

    @Test
    void aHeapThatKeepsSomethingPerRecordGrows() throws IOException {
        // 0.1 MiB more per sample: 10 MiB over the run, against a sawtooth of 7 MiB.
        BenchmarkReport.Heap heap = heap(i -> (20 + i % 7) * MIB + i * MIB / 10);

        assertThat(heap.flat()).isFalse();
    }

    @Test
    void theLiveHeapAfterAFullCollectionIsWhatIsJudged() throws IOException {
        // Floating garbage piles up in the old generation between old collections; the live heap stays put.
        BenchmarkReport.Heap heap = heap(i -> (20 + i % 7) * MIB + i * MIB / 10, i -> 12 * MIB + (i % 3) * 1024);

        assertThat(heap.flat()).isTrue();
        assertThat(heap.max()).isEqualTo(12.0 * MIB + 2048);
        assertThat(heap.maxOld()).isGreaterThan(25.0 * MIB);
    }

    @Test
    void aHeapThatEndsLowerThanItBeganIsFlat() throws IOException {
        BenchmarkReport.Heap heap = heap(i -> 20 * MIB, i -> (i < 10 ? 13 * MIB : 12 * MIB) + (i % 3) * 1024);

        assertThat(heap.flat()).isTrue();
    }

    @Test
    void aLiveHeapThatKeepsSomethingPerRecordGrows() throws IOException {
        BenchmarkReport.Heap heap = heap(i -> 20 * MIB, i -> 12 * MIB + i * MIB / 20 + (i % 3) * 1024);

        assertThat(heap.flat()).isFalse();
    }

    @Test
    void thePlotHasOneColumnPerSample() throws IOException {
        String plot = heap(i -> (i % 2 == 0 ? 4 : 11) * MIB).plot(4);

        List<String> lines = plot.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("  11.0 |").hasSize(8 + 100);
        assertThat(lines.get(0).substring(8)).isEqualTo("_#".replace('_', ' ').repeat(50));
        assertThat(lines.get(4)).isEqualTo("       +" + "-".repeat(100));
    }

    /** A series as HeapOverTime wrote it before it measured the live heap. */
    private BenchmarkReport.Heap heap(LongUnaryOperator oldAt) throws IOException {
        return heap(oldAt, null);
    }

    private BenchmarkReport.Heap heap(LongUnaryOperator oldAt, LongUnaryOperator liveAt) throws IOException {
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long[] sample = {(i + 1) * 100_000L, oldAt.applyAsLong(i), oldAt.applyAsLong(i) + MIB, 30L * (i + 1), 1000L * i};
            samples.add(liveAt == null ? sample : new long[] {sample[0], sample[1], sample[2], sample[3], sample[4], liveAt.applyAsLong(i)});
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", 10_000_000);
        json.put("threads", 1);
        json.put("maxHeap", 64 * MIB);
        json.put("seconds", 100.0);
        json.put("samples", samples);
        Path file = folder.resolve("heap.json");
        ObjectMapper mapper = new ObjectMapper();
        mapper.writeValue(file.toFile(), json);
        return BenchmarkReport.Heap.read(mapper, file);
    }
}
