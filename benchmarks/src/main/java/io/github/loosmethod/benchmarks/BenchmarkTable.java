package io.github.loosmethod.benchmarks;

import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and makes the table of {@code BENCHMARKS.md}: JMH runs of single documents
 * (with the GC profiler), of validation and of the portfolio (page cache warm, then dropped), each
 * writing JMH's JSON; the heap series of {@link HeapOverTime} over 10 million records in a JVM of
 * its own under {@code -Xmx64m}; one JFR profile of the typed POJO's read; then
 * {@link BenchmarkReport} makes the table from those files alone, with the commit, the JDK and the
 * machine, prints it and puts it in place in {@code BENCHMARKS.md} between its markers.
 *
 * <p>Arguments: {@code --quick} runs everything briefly to try the chain (the table then says so
 * and {@code BENCHMARKS.md} is left alone); {@code --heap-only} measures the heap series again and
 * remakes the table with the JMH results already there (the table gives each part's commit);
 * {@code --markdown FILE} names the file to update
 * (default {@code ../BENCHMARKS.md}, from the module's folder, where {@code exec:exec} runs).
 */
public final class BenchmarkTable {

    /** The command that runs this class, as the README and the table state it. */
    static final String COMMAND = "mvn -q -P benchmarks -pl benchmarks -am test-compile exec:exec@benchmarks";

    private static final long HEAP_RECORDS = 10_000_000;
    private static final long PARALLEL_HEAP_RECORDS = 2_000_000;

    private BenchmarkTable() {
    }

    /**
     * Runs the benchmarks, writes their results under {@code target/benchmarks} and the table.
     *
     * @param args {@code --quick}, {@code --heap-only}, {@code --markdown FILE}
     * @throws RunnerException if JMH fails
     * @throws IOException if a result cannot be written or read
     * @throws InterruptedException if interrupted while the heap run works
     */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        boolean quick = List.of(args).contains("--quick");
        boolean heapOnly = List.of(args).contains("--heap-only");
        int markdownAt = List.of(args).indexOf("--markdown");
        Path markdown = Path.of(markdownAt >= 0 ? args[markdownAt + 1] : "../BENCHMARKS.md");
        Path results = Path.of("target", "benchmarks");
        Files.createDirectories(results);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        if (heapOnly) {
            // The JMH results of an earlier run stay; the heap series is measured again, at this commit.
            heapRuns(results, quick);
            finish(out, results, markdown, quick);
            return;
        }
        writeContext(results, quick);
        jmh(results.resolve("single.json"), quick, 5, 3, 5, options -> options.include(ModelBenchmarks.class.getName() + "\\.")
                .addProfiler(GCProfiler.class));
        jmh(results.resolve("validation.json"), quick, 3, 3, 5, options -> options.include(ValidationBenchmarks.class.getName()));
        jmh(results.resolve("portfolio.json"), quick, 3, 1, 4, options -> options.include(PortfolioBenchmarks.class.getName())
                .jvmArgsAppend("-Xmx64m"));
        jmh(results.resolve("cold.json"), quick, 3, 0, 3, options -> options
                .include(PortfolioBenchmarks.class.getName() + "\\.streamModel$").param("cache", "cold").jvmArgsAppend("-Xmx64m"));
        heapRuns(results, quick);
        profileTypedPojo(results, quick);
        finish(out, results, markdown, quick);
    }

    private static void heapRuns(Path results, boolean quick) throws IOException, InterruptedException {
        heap(results.resolve("heap.json"), quick ? 200_000 : HEAP_RECORDS, 1);
        heap(results.resolve("heap-parallel.json"), quick ? 200_000 : PARALLEL_HEAP_RECORDS, PortfolioBenchmarks.THREADS);
    }

    /** Makes the table from the results, prints it and puts it in the Markdown file. */
    private static void finish(PrintStream out, Path results, Path markdown, boolean quick) throws IOException {
        String table = BenchmarkReport.render(results);
        out.print(table);
        if (!quick && Files.exists(markdown)) {
            String text = Files.readString(markdown, StandardCharsets.UTF_8);
            Files.writeString(markdown, BenchmarkReport.replaceTable(text, table), StandardCharsets.UTF_8);
            out.println("(written into " + markdown.toAbsolutePath().normalize() + ")");
        }
    }

    /** JMH options of a group, before the group's own choices. */
    private static void jmh(Path json, boolean quick, int forks, int warmups, int iterations,
            java.util.function.UnaryOperator<ChainedOptionsBuilder> group) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().forks(quick ? 1 : forks).warmupIterations(quick ? Math.min(1, warmups) : warmups)
                .warmupTime(TimeValue.seconds(1)).measurementIterations(quick ? 2 : iterations)
                .measurementTime(TimeValue.milliseconds(quick ? 200 : 1000)).resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        new Runner(group.apply(options).build()).run();
    }

    /** The run's context: commit, date, machine, inputs; the table says them. */
    private static void writeContext(Path results, boolean quick) throws IOException, InterruptedException {
        Map<String, String> context = new TreeMap<>();
        context.put("commit", commit());
        context.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        context.put("command", COMMAND + (quick ? " --quick (a trial of the chain, not a measure)" : ""));
        context.put("machine", machine());
        var pool = Inputs.generated(Inputs.POOL);
        context.put("inputs", Inputs.describe(pool) + "; the portfolio: the first " + String.format(Locale.ROOT, "%,d",
                PortfolioBenchmarks.LINES) + " records of the same generator");
        LoosJson json = LoosJson.strict();
        context.put("averageDocumentBytes", Double.toString(pool.stream().mapToInt(i -> json.write(i).length).average().orElseThrow()));
        context.put("portfolioBytes", Long.toString(Files.size(Inputs.portfolio(PortfolioBenchmarks.LINES))));
        List<String> lines = new ArrayList<>();
        context.forEach((key, value) -> lines.add(key + "=" + value.replace('\n', ' ')));
        Files.write(results.resolve("context.properties"), lines, StandardCharsets.UTF_8);
    }

    /** The commit of the working tree, and whether it holds changes not committed. */
    private static String commit() throws IOException, InterruptedException {
        String commit = command("git", "rev-parse", "--short", "HEAD").trim();
        // BENCHMARKS.md is this command's output: a table written by an earlier part of the run is no change to what is measured.
        boolean changed = !command("git", "status", "--porcelain", "--untracked-files=no", "--", ":/", ":(top,exclude)BENCHMARKS.md")
                .isBlank();
        return (commit.isEmpty() ? "unknown" : commit) + (changed ? " with uncommitted changes" : "");
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        long memory = 0;
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        }
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0) * 1024;
        }
        return String.format(Locale.ROOT, "%s, %d CPUs, %.1f GiB, %s %s", cpu, Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /** The heap series, in a JVM of its own so that nothing of this one's is counted. */
    private static void heap(Path json, long records, int threads) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                HeapOverTime.class.getName(), Long.toString(records), Integer.toString(threads), json.toString(), commit())
                .inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("the heap run of " + records + " records on " + threads + " threads failed");
        }
    }

    /**
     * Profiles the typed POJO's read with JFR in one fork and writes the share of its samples by
     * what they were doing, each sample counted once, in the first group its stack passes through.
     */
    private static void profileTypedPojo(Path results, boolean quick) throws RunnerException, IOException {
        Path recording = results.resolve("typed-pojo.jfr").toAbsolutePath();
        new Runner(new OptionsBuilder().include(ModelBenchmarks.class.getName() + "\\.readTypedPojo$").forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(1)).measurementIterations(quick ? 1 : 10)
                .measurementTime(TimeValue.seconds(1)).timeout(TimeValue.minutes(1))
                .jvmArgsAppend("-XX:StartFlightRecording=settings=profile,filename=" + recording).build()).run();
        String[][] groups = {
            {"dates and instants: jackson-datatype-jsr310 and java.time's formatters", "com.fasterxml.jackson.datatype.jsr310.",
                "java.time."},
            {"enum codes: databind's enum deserializer", "com.fasterxml.jackson.databind.deser.std.EnumDeserializer",
                "com.fasterxml.jackson.databind.util.EnumResolver", "com.fasterxml.jackson.databind.util.CompactStringObjectMap"},
            {"numbers: BigDecimal", "java.math."},
            {"the parser: names, strings, numbers", "com.fasterxml.jackson.core."},
            {"binding proper: bean properties, collections, maps", "com.fasterxml.jackson.databind."},
        };
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<String, Integer> otherLeaves = new TreeMap<>();
        for (String[] group : groups) {
            counts.put(group[0], 0);
        }
        counts.put("other", 0);
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            List<String> classes = event.getStackTrace().getFrames().stream().filter(RecordedFrame::isJavaFrame)
                    .map(f -> f.getMethod().getType().getName()).collect(Collectors.toList());
            if (classes.stream().noneMatch(c -> c.contains("ModelBenchmarks"))) {
                continue;
            }
            total++;
            String found = "other";
            for (String[] group : groups) {
                if (classes.stream().anyMatch(c -> java.util.Arrays.stream(group, 1, group.length).anyMatch(c::startsWith))) {
                    found = group[0];
                    break;
                }
            }
            counts.merge(found, 1, Integer::sum);
            if (found.equals("other") && !classes.isEmpty()) {
                otherLeaves.merge(classes.get(0), 1, Integer::sum);
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%,d samples of one fork (%d s measured). Each sample counts once, in the first group its stack passes through.%n%n",
                total, quick ? 1 : 10));
        table.append("| share of a read | what |\n|---:|---|\n");
        for (var entry : counts.entrySet()) {
            table.append(String.format(Locale.ROOT, "| %.0f %% | %s |%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()));
        }
        if (!otherLeaves.isEmpty()) {
            table.append("\nThe others' most frequent innermost classes: ").append(otherLeaves.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")").collect(Collectors.joining(", "))).append(".\n");
        }
        Files.writeString(results.resolve("typed-pojo-profile.txt"), table.toString(), StandardCharsets.UTF_8);
    }

    private static String command(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        }
    }
}
