package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Makes the Markdown table of {@code BENCHMARKS.md} from the results of one run of
 * {@link BenchmarkTable}: JMH's JSON output, the heap series of {@link HeapOverTime}, the profile of
 * the typed POJO's read and the run's context (commit, JDK, machine). Every figure of the table is
 * computed here from those files, so that the table can be made again from them
 * ({@code BenchmarkReport <results folder>}) and no figure is typed by hand.
 */
public final class BenchmarkReport {

    /** The line after which the table goes in {@code BENCHMARKS.md}. */
    static final String BEGIN = "<!-- BEGIN table made by BenchmarkTable: do not edit by hand -->";
    /** The line before which the table ends. */
    static final String END = "<!-- END table made by BenchmarkTable -->";

    private static final double MIB = 1024 * 1024;

    private final Map<String, JsonNode> benchmarks = new HashMap<>();
    private final Path results;
    private final ObjectMapper mapper = new ObjectMapper();

    private BenchmarkReport(Path results) throws IOException {
        this.results = results;
        for (String file : List.of("single.json", "validation.json", "portfolio.json", "cold.json")) {
            Path path = results.resolve(file);
            if (Files.exists(path)) {
                for (JsonNode run : mapper.readTree(path.toFile())) {
                    benchmarks.put(key(run), run);
                }
            }
        }
    }

    /**
     * Makes the table again from a results folder and prints it.
     *
     * @param args the results folder (default {@code target/benchmarks})
     * @throws IOException if a result cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(render(folder));
    }

    /**
     * Makes the table from a results folder.
     *
     * @param results the folder {@link BenchmarkTable} wrote
     * @return the Markdown, between the {@link #BEGIN} and {@link #END} lines
     * @throws IOException if a result cannot be read
     */
    static String render(Path results) throws IOException {
        return new BenchmarkReport(results).table();
    }

    /**
     * Puts a table in place of the one between the markers of a Markdown file.
     *
     * @param markdown the file's text
     * @param table the new table, markers included
     * @return the text with the new table
     * @throws IllegalArgumentException if the markers are not there, once each and in order
     */
    static String replaceTable(String markdown, String table) {
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        if (begin < 0 || end < begin || markdown.indexOf(BEGIN, begin + 1) >= 0) {
            throw new IllegalArgumentException("the file needs one line '" + BEGIN + "' and, after it, one '" + END + "'");
        }
        return markdown.substring(0, begin) + table + markdown.substring(end + END.length());
    }

    private static String key(JsonNode run) {
        String name = run.get("benchmark").asText();
        String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        JsonNode params = run.get("params");
        if (params != null) {
            for (Iterator<String> names = params.fieldNames(); names.hasNext();) {
                key += "@" + params.get(names.next()).asText();
            }
        }
        return key;
    }

    private JsonNode run(String key) {
        JsonNode run = benchmarks.get(key);
        if (run == null) {
            throw new IllegalStateException("no result for " + key + " in " + results);
        }
        return run;
    }

    private boolean has(String key) {
        return benchmarks.containsKey(key);
    }

    /** The measurements of a benchmark's primary score (or of a secondary one), as a speed. */
    Statistics.Sample sample(String key) {
        JsonNode run = run(key);
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : run.get("primaryMetric").get("rawData")) {
            double[] scores = new double[fork.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = fork.get(i).asDouble();
            }
            forks.add(scores);
        }
        return new Statistics.Sample(forks, "thrpt".equals(run.get("mode").asText()));
    }

    private double allocation(String key) {
        JsonNode secondary = run(key).get("secondaryMetrics");
        for (String name : List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm")) {
            if (secondary != null && secondary.has(name)) {
                return secondary.get(name).get("score").asDouble();
            }
        }
        return Double.NaN;
    }

    private String settings(String key) {
        JsonNode run = run(key);
        int forks = run.get("forks").asInt();
        return String.format(Locale.ROOT, "%d fork%s × (%d warm-up + %d measured iterations of %s)%s", forks, forks == 1 ? "" : "s",
                run.get("warmupIterations").asInt(), run.get("measurementIterations").asInt(),
                run.get("measurementTime").asText(), run.get("jvmArgs").toString().contains("-Xmx64m") ? ", -Xmx64m" : "");
    }

    private String table() throws IOException {
        Map<String, String> context = readContext();
        StringBuilder out = new StringBuilder(BEGIN).append("\n\n");
        JsonNode any = run("ModelBenchmarks.readModel");
        line(out, "*Made by `%s` on %s, at commit %s; %s %s (%s); %s. JMH %s.*", context.get("command"), context.get("date"),
                context.get("commit"), any.get("vmName").asText(), any.get("vmVersion").asText(), any.get("jdkVersion").asText(),
                context.get("machine"), any.get("jmhVersion").asText());
        line(out, "");
        line(out, "- **Intervals**: %.0f %% bootstrap intervals, forks drawn with replacement and then iterations within them "
                + "(`Statistics`); a ratio draws its two benchmarks independently. A target is *met* only when the interval's "
                + "lower bound clears it, *missed* when its upper bound is below it, *not shown* otherwise.",
                Statistics.LEVEL * 100);
        line(out, "- **Inputs**: %s.", context.get("inputs"));
        line(out, "- **Settings**: single documents %s; validation %s; portfolio %s.", settings("ModelBenchmarks.readModel"),
                settings("ValidationBenchmarks.validate@10"), settings("PortfolioBenchmarks.streamModel@warm"));
        line(out, "");
        double documentBytes = Double.parseDouble(context.get("averageDocumentBytes"));
        targets(out);
        single(out, documentBytes);
        validation(out);
        portfolio(out, Long.parseLong(context.get("portfolioBytes")));
        heap(out);
        profile(out);
        return out.append(END).append('\n').toString();
    }

    private Map<String, String> readContext() throws IOException {
        Map<String, String> context = new HashMap<>();
        for (String line : Files.readAllLines(results.resolve("context.properties"), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                context.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return context;
    }

    private void targets(StringBuilder out) throws IOException {
        line(out, "### Targets");
        line(out, "");
        line(out, "| ratio of speeds, same run | measured [%.0f %% interval] | target | |", Statistics.LEVEL * 100);
        line(out, "|---|---:|---:|---|");
        target(out, "read + validate / typed POJO read (databind, jsr310)",
                Statistics.ratio(sample("ModelBenchmarks.readModel"), sample("ModelBenchmarks.readTypedPojo")), 1.0);
        target(out, "read + validate / string POJO read (databind)",
                Statistics.ratio(sample("ModelBenchmarks.readModel"), sample("ModelBenchmarks.readPojo")), 0.8);
        target(out, "write / POJO write (databind)",
                Statistics.ratio(sample("ModelBenchmarks.writeModel"), sample("ModelBenchmarks.writePojo")), 1.0);
        target(out, "streaming, sequential / token scan (file in the page cache)",
                Statistics.ratio(sample("PortfolioBenchmarks.streamModel@warm"), sample("PortfolioBenchmarks.scanTokens@warm")),
                0.5);
        target(out, "streaming, " + PortfolioBenchmarks.THREADS + " threads / sequential (page cache)",
                Statistics.ratio(sample("PortfolioBenchmarks.streamParallel@warm"), sample("PortfolioBenchmarks.streamModel@warm")),
                1.7);
        Heap heap = Heap.read(mapper, results.resolve("heap.json"));
        line(out, "| live heap after a full collection, %,d records under -Xmx64m: last − first | %+.2f MiB (noise ± %.2f MiB) "
                + "| flat | %s |", heap.records, (heap.last() - heap.first()) / MIB, heap.noise() / MIB,
                heap.flat() ? "**met**" : "missed");
        line(out, "");
    }

    private static void target(StringBuilder out, String what, Statistics.Estimate ratio, double target) {
        String verdict = ratio.against(target);
        line(out, "| %s | %s | ≥ %.1f | %s |", what, ratio.format(2), target,
                "met".equals(verdict) ? "**met**" : verdict);
    }

    private void single(StringBuilder out, double documentBytes) {
        line(out, "### Single documents");
        line(out, "");
        line(out, "| | documents/s [%.0f %% interval] | MB/s | allocated, B/document |", Statistics.LEVEL * 100);
        line(out, "|---|---:|---:|---:|");
        String[][] rows = {
            {"readModel", "read + validate (library)"},
            {"readTypedPojo", "read, typed POJO (databind + jsr310)"},
            {"readPojo", "read, string POJO (databind)"},
            {"scanTokens", "token scan (`JsonParser.nextToken`)"},
            {"walkNamesAndStrings", "names + strings extracted"},
            {"writeModel", "write (library)"},
            {"writePojo", "write, POJO (databind)"},
        };
        for (String[] row : rows) {
            String key = "ModelBenchmarks." + row[0];
            Statistics.Estimate speed = Statistics.speed(sample(key));
            line(out, "| %s | %s | %,.0f | %,.0f |", row[1], speed.format(0), speed.value() * documentBytes / 1e6, allocation(key));
        }
        line(out, "");
    }

    private void validation(StringBuilder out) {
        line(out, "### Validation alone (the Émile-Basly record grown to more commitments)");
        line(out, "");
        line(out, "| commitments | µs per validation [%.0f %% interval] | µs per commitment |", Statistics.LEVEL * 100);
        line(out, "|---:|---:|---:|");
        for (String commitments : List.of("10", "100", "1000")) {
            String key = "ValidationBenchmarks.validate@" + commitments;
            Statistics.Estimate time = inverse(Statistics.speed(sample(key)), 1);
            line(out, "| %s | %s | %.3f |", commitments, time.format(2), time.value() / Integer.parseInt(commitments));
        }
        line(out, "");
    }

    /** A time from a speed: {@code scale / speed}, the interval's bounds swapped. */
    private static Statistics.Estimate inverse(Statistics.Estimate speed, double scale) {
        DoubleUnaryOperator f = v -> scale / v;
        return new Statistics.Estimate(f.applyAsDouble(speed.value()), f.applyAsDouble(speed.high()), f.applyAsDouble(speed.low()));
    }

    private void portfolio(StringBuilder out, long bytes) {
        line(out, "### Portfolio of %,d generated lines (%,.0f MB) read from a file, each fork under -Xmx64m",
                PortfolioBenchmarks.LINES, bytes / 1e6);
        line(out, "");
        line(out, "| | page cache | seconds per pass [%.0f %% interval] | records/s | MB/s |", Statistics.LEVEL * 100);
        line(out, "|---|---|---:|---:|---:|");
        String[][] rows = {
            {"streamModel@warm", "read + validate + indicators, 1 thread", "warm"},
            {"streamParallel@warm", "read + validate + indicators, " + PortfolioBenchmarks.THREADS + " threads", "warm"},
            {"scanTokens@warm", "token scan", "warm"},
            {"frameLines@warm", "line framing alone (the parallel reader's serial part)", "warm"},
            {"streamModel@cold", "read + validate + indicators, 1 thread", "cold (dropped, checked)"},
        };
        for (String[] row : rows) {
            String key = "PortfolioBenchmarks." + row[0];
            if (!has(key)) {
                continue;
            }
            Statistics.Estimate time = inverse(Statistics.speed(sample(key)), 1);
            line(out, "| %s | %s | %s | %,.0f | %,.0f |", row[1], row[2], time.format(3), PortfolioBenchmarks.LINES / time.value(),
                    bytes / 1e6 / time.value());
        }
        line(out, "");
        Statistics.Estimate speedUp = Statistics.ratio(sample("PortfolioBenchmarks.streamParallel@warm"),
                sample("PortfolioBenchmarks.streamModel@warm"));
        Statistics.Estimate framing = Statistics.ratio(sample("PortfolioBenchmarks.streamModel@warm"),
                sample("PortfolioBenchmarks.frameLines@warm"));
        int n = PortfolioBenchmarks.THREADS;
        // Amdahl: S(n) = 1 / (f + (1 - f) / n), so the serial fraction a measured S(n) implies is (n / S - 1) / (n - 1).
        double implied = (n / speedUp.value() - 1) / (n - 1);
        line(out, "Parallel reading: speed-up on %d threads %s; serial fraction implied by it (Amdahl) %.2f; the framing "
                + "alone takes %.3f of a sequential pass. Expected on 16 cores: %.1f× with the implied fraction, %.1f× if only "
                + "the framing stayed serial.", n, speedUp.format(2), implied, framing.value(), amdahl(implied, 16),
                amdahl(framing.value(), 16));
        line(out, "");
    }

    private static double amdahl(double serial, int threads) {
        double f = Math.max(0, Math.min(1, serial));
        return 1 / (f + (1 - f) / threads);
    }

    private void heap(StringBuilder out) throws IOException {
        line(out, "### Heap after collection over time");
        line(out, "");
        line(out, "| run | records | records/s | collections | live heap after full GC: first / middle / last / max, MiB "
                + "| old gen after the last young GC: first / last / max, MiB | |");
        line(out, "|---|---:|---:|---:|---:|---:|---|");
        for (String file : List.of("heap.json", "heap-parallel.json")) {
            Path path = results.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            Heap heap = Heap.read(mapper, path);
            line(out, "| %s, -Xmx%dm, at commit %s | %,d | %,.0f | %,d | %.2f / %.2f / %.2f / %.2f | %.1f / %.1f / %.1f | %s |",
                    heap.threads == 1 ? "sequential reader" : heap.threads + "-thread reader", Math.round(heap.maxHeap / MIB),
                    heap.commit, heap.records, heap.records / heap.seconds, heap.collections(), heap.first() / MIB,
                    heap.value(heap.samples.size() / 2) / MIB, heap.last() / MIB, heap.max() / MIB,
                    heap.old(0) / MIB, heap.old(heap.samples.size() - 1) / MIB, heap.maxOld() / MIB,
                    heap.flat() ? "flat" : "grows");
        }
        line(out, "");
        Heap heap = Heap.read(mapper, results.resolve("heap.json"));
        line(out, "Live heap after a full collection, MiB, one column per %,d records (sequential reader):", HeapOverTime.EVERY);
        line(out, "");
        line(out, "```");
        out.append(heap.plot(10));
        line(out, "```");
        line(out, "");
    }

    private void profile(StringBuilder out) throws IOException {
        Path path = results.resolve("typed-pojo-profile.txt");
        if (!Files.exists(path)) {
            return;
        }
        line(out, "### Where the typed POJO's read goes (JFR execution samples of `readTypedPojo`)");
        line(out, "");
        out.append(Files.readString(path, StandardCharsets.UTF_8));
        line(out, "");
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** The series written by {@link HeapOverTime}. */
    static final class Heap {

        final long records;
        final String commit;
        final int threads;
        final long maxHeap;
        final double seconds;
        final List<long[]> samples = new ArrayList<>();

        private Heap(JsonNode json) {
            records = json.get("records").asLong();
            commit = json.path("commit").asText("unknown");
            threads = json.get("threads").asInt();
            maxHeap = json.get("maxHeap").asLong();
            seconds = json.get("seconds").asDouble();
            for (JsonNode sample : json.get("samples")) {
                long[] values = new long[sample.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = sample.get(i).asLong();
                }
                samples.add(values);
            }
            if (samples.size() < 2) {
                throw new IllegalArgumentException("a heap series needs at least two samples");
            }
        }

        static Heap read(ObjectMapper mapper, Path file) throws IOException {
            return new Heap(mapper.readTree(file.toFile()));
        }

        double old(int i) {
            return samples.get(i)[1];
        }

        /**
         * The series judged: the live heap after a full collection, or, in a series taken before it
         * was measured, the old generation after the last collection.
         */
        double value(int i) {
            long[] sample = samples.get(i);
            return sample.length > 5 ? sample[5] : sample[1];
        }

        long collections() {
            return samples.get(samples.size() - 1)[3];
        }

        /** The mean of the first tenth of the series: one sample is one moment of a sawtooth. */
        double first() {
            return mean(0, tenth());
        }

        /** The mean of the last tenth of the series. */
        double last() {
            return mean(samples.size() - tenth(), samples.size());
        }

        private int tenth() {
            return Math.max(1, samples.size() / 10);
        }

        private double mean(int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += value(i);
            }
            return sum / (to - from);
        }

        double maxOld() {
            return samples.stream().mapToDouble(s -> s[1]).max().orElseThrow();
        }

        double max() {
            double max = 0;
            for (int i = 0; i < samples.size(); i++) {
                max = Math.max(max, value(i));
            }
            return max;
        }

        /** Twice the standard deviation of the whole series: how far two samples move with no trend. */
        double noise() {
            double mean = mean(0, samples.size());
            double squares = 0;
            for (int i = 0; i < samples.size(); i++) {
                squares += (value(i) - mean) * (value(i) - mean);
            }
            return 2 * Math.sqrt(squares / (samples.size() - 1));
        }

        /**
         * Flat: the last tenth's mean no higher than the first tenth's plus the noise. Only growth
         * counts against it: a heap that ends lower than it began (class loading, the JIT's first
         * objects, caches filled at the start) keeps nothing per record.
         */
        boolean flat() {
            return last() - first() <= noise();
        }

        /** The series as a text plot of a given height, one column per sample, the axis in MiB. */
        String plot(int height) {
            double max = Math.max(max(), 1);
            StringBuilder plot = new StringBuilder();
            for (int row = height; row >= 1; row--) {
                double level = max * row / height;
                plot.append(String.format(Locale.ROOT, "%6.1f |", level / MIB));
                for (int i = 0; i < samples.size(); i++) {
                    plot.append(value(i) >= level - max / (2.0 * height) ? '#' : ' ');
                }
                plot.append('\n');
            }
            plot.append("       +").append("-".repeat(samples.size())).append('\n');
            String end = String.format(Locale.ROOT, "%,d records", records);
            plot.append("        0").append(" ".repeat(Math.max(1, samples.size() - 1 - end.length()))).append(end).append('\n');
            return plot.toString();
        }
    }
}
