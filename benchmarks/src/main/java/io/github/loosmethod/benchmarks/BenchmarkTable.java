package io.github.loosmethod.benchmarks;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.serialization.LoosJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark (JMH, 2 forks each, with the GC profiler) and prints the table of ratios
 * measured in the same run: the library's read with validation and write against plain Jackson
 * POJOs (codes and dates as strings, and with the model's types) and the raw token scan, allocation per document, validation's growth with the number of
 * commitments, and portfolio streaming against the token scan of the same file.
 */
public final class BenchmarkTable {

    private BenchmarkTable() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args none
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, RunResult> results = new HashMap<>();
        Options single = new OptionsBuilder().include(ModelBenchmarks.class.getName()).include(ValidationBenchmarks.class.getName())
                .forks(2).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(2)).addProfiler(GCProfiler.class).build();
        collect(new Runner(single).run(), results);
        Options portfolio = new OptionsBuilder().include(PortfolioBenchmarks.class.getName()).forks(2).warmupIterations(1)
                .measurementIterations(2).jvmArgsAppend("-Xmx64m").build();
        collect(new Runner(portfolio).run(), results);
        print(out, results);
    }

    private static void collect(Collection<RunResult> runs, Map<String, RunResult> results) {
        for (RunResult run : runs) {
            String name = run.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String commitments = run.getParams().getParam("commitments");
            results.put(commitments == null ? key : key + "@" + commitments, run);
        }
    }

    private static double score(Map<String, RunResult> results, String key) {
        return results.get(key).getPrimaryResult().getScore();
    }

    @SuppressWarnings("rawtypes") // JMH declares its secondary results with a raw Result type.
    private static double allocation(Map<String, RunResult> results, String key) {
        Map<String, Result> secondary = results.get(key).getSecondaryResults();
        Result result = secondary.containsKey("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
                : secondary.get("·gc.alloc.rate.norm");
        return result == null ? Double.NaN : result.getScore();
    }

    static void print(PrintStream out, Map<String, RunResult> results) {
        int size = LoosJson.strict().write(Inputs.initiative()).length;
        double readModel = score(results, "ModelBenchmarks.readModel");
        double readPojo = score(results, "ModelBenchmarks.readPojo");
        double readTyped = score(results, "ModelBenchmarks.readTypedPojo");
        double scan = score(results, "ModelBenchmarks.scanTokens");
        double writeModel = score(results, "ModelBenchmarks.writeModel");
        double writePojo = score(results, "ModelBenchmarks.writePojo");
        out.printf(Locale.ROOT, "%nOne initiative document (10 commitments, 20 events, %,d bytes)%n", size);
        out.printf(Locale.ROOT, "  %-28s %12s %10s %12s %10s%n", "", "docs/s", "MB/s", "B/doc", "");
        row(out, "read + validate (library)", readModel, size, allocation(results, "ModelBenchmarks.readModel"));
        row(out, "read (Jackson POJO, strings)", readPojo, size, allocation(results, "ModelBenchmarks.readPojo"));
        row(out, "read (Jackson POJO, typed)", readTyped, size, allocation(results, "ModelBenchmarks.readTypedPojo"));
        row(out, "token scan", scan, size, allocation(results, "ModelBenchmarks.scanTokens"));
        double walk = score(results, "ModelBenchmarks.walkNamesAndStrings");
        row(out, "names + strings extracted", walk, size, allocation(results, "ModelBenchmarks.walkNamesAndStrings"));
        row(out, "write (library)", writeModel, size, allocation(results, "ModelBenchmarks.writeModel"));
        row(out, "write (Jackson POJO)", writePojo, size, allocation(results, "ModelBenchmarks.writePojo"));
        out.printf(Locale.ROOT, "%nRatios (target)%n");
        ratio(out, "read + validate / typed POJO", readModel / readTyped, 0.8);
        ratio(out, "read + validate / string POJO", readModel / readPojo, 0.8);
        ratio(out, "read + validate / token scan", readModel / scan, Double.NaN);
        ratio(out, "write / POJO write", writeModel / writePojo, 0.9);
        double per10 = score(results, "ValidationBenchmarks.validate@10");
        double floor = 1e6 / walk;
        out.printf(Locale.ROOT, "%nOne read, in µs per document%n");
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "names + strings extracted (any binder pays it)", floor);
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "string POJO binding above that", 1e6 / readPojo - floor);
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "typed POJO binding above that", 1e6 / readTyped - floor);
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "library above that: model, checks, validation", 1e6 / readModel - floor);
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "  of which validation (measured alone)", per10);
        out.printf(Locale.ROOT, "  %-44s %8.2f%n", "budget above it at 0.8 of the string POJO", 1e6 / (0.8 * readPojo) - floor);
        out.printf(Locale.ROOT, "%nValidation alone%n");
        for (String n : new String[] {"10", "100", "1000"}) {
            double micros = score(results, "ValidationBenchmarks.validate@" + n);
            out.printf(Locale.ROOT, "  %5s commitments %10.2f µs  (%.2f µs per commitment, x%.1f the time of 10)%n", n, micros,
                    micros / Integer.parseInt(n), micros / per10);
        }
        long bytes = portfolioBytes();
        double stream = score(results, "PortfolioBenchmarks.streamModel");
        double streamScan = score(results, "PortfolioBenchmarks.scanTokens");
        out.printf(Locale.ROOT, "%nPortfolio of %,d lines (%,d MB) streamed from disk, heap -Xmx64m%n", PortfolioBenchmarks.LINES,
                bytes / 1_000_000);
        out.printf(Locale.ROOT, "  stream + validate  %8.2f s  %,10.0f records/s  %7.1f MB/s%n", stream,
                PortfolioBenchmarks.LINES / stream, bytes / 1e6 / stream);
        out.printf(Locale.ROOT, "  token scan         %8.2f s  %,10.0f records/s  %7.1f MB/s%n", streamScan,
                PortfolioBenchmarks.LINES / streamScan, bytes / 1e6 / streamScan);
        ratio(out, "streaming / token scan", streamScan / stream, 0.3);
    }

    private static long portfolioBytes() {
        Initiative template = Inputs.initiative();
        LoosJson json = LoosJson.strict();
        long bytes = 0;
        for (int n = 0; n < PortfolioBenchmarks.LINES; n++) {
            bytes += json.write(Initiative.builder().from(template).withId(template.id() + "-" + n).build()).length + 1;
        }
        return bytes;
    }

    private static void row(PrintStream out, String name, double perSecond, int size, double bytesPerOp) {
        out.printf(Locale.ROOT, "  %-28s %,12.0f %10.1f %,12.0f%n", name, perSecond, perSecond * size / 1e6, bytesPerOp);
    }

    private static void ratio(PrintStream out, String name, double value, double target) {
        String verdict = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "(target %.1f: %s)", target,
                value >= target ? "met" : "MISSED");
        out.printf(Locale.ROOT, "  %-30s %6.2f  %s%n", name, value, verdict);
    }
}
