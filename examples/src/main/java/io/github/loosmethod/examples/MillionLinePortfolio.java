package io.github.loosmethod.examples;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.serialization.OnBadLine;
import io.github.loosmethod.serialization.PortfolioReader;
import io.github.loosmethod.serialization.PortfolioSummary;
import io.github.loosmethod.serialization.PortfolioWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a JSON Lines portfolio of many initiatives (one million by default) and reads it back,
 * checking every line against the rules of the method and computing the portfolio indicators
 * on the way, to show that streaming runs in constant memory. Run it with a small fixed heap:
 *
 * <pre>mvn -q -pl examples -am test-compile exec:exec@million</pre>
 *
 * <p>Usage: {@code MillionLinePortfolio [count] [file]}; without a file, a temporary one is used
 * and deleted. Prints the time, throughput and peak heap of each half; exits 1 if anything read
 * back differs from what was written, 2 on bad arguments.
 */
public final class MillionLinePortfolio {

    private static final String USAGE = "usage: MillionLinePortfolio [count] [file]";

    private MillionLinePortfolio() {
    }

    /**
     * Runs the round trip.
     *
     * @param args the number of lines, then the file to use
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long count;
        try {
            count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || args.length > 2) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        boolean temporary = args.length < 2;
        Path file = temporary ? Files.createTempFile("loos-portfolio-", ".jsonl") : Path.of(args[1]);
        try {
            System.exit(run(count, file, out) ? 0 : 1);
        } finally {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The stages cycled through, so lines have realistic, varied sizes (0.7 to 8 KB). */
    private static final List<Initiative> TEMPLATES = List.of(StreetFlowerBoxes.draft(), StreetFlowerBoxes.agreed(),
            StreetFlowerBoxes.closed(), EmileBaslyPlayground.submitted(), EmileBaslyPlayground.inProgress(),
            EmileBaslyPlayground.closed());

    static Initiative line(long n) {
        Initiative template = TEMPLATES.get((int) (n % TEMPLATES.size()));
        return Initiative.builder().from(template).withId(template.id() + "-" + n).build();
    }

    static boolean run(long count, Path file, PrintStream out) throws IOException {
        LoosJson json = LoosJson.strict();
        resetPeaks();
        long start = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(file); PortfolioWriter writer = json.portfolioWriter(stream)) {
            for (long n = 0; n < count; n++) {
                writer.write(line(n));
                progress("written", n + 1, count);
            }
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(file);
        long writePeak = heapPeak();
        report(out, "write", count, bytes, writeSeconds, writePeak);

        resetPeaks();
        start = System.nanoTime();
        boolean same = true;
        PortfolioSummary summary;
        PortfolioIndicators indicators;
        try (InputStream stream = Files.newInputStream(file);
                PortfolioReader reader = json.portfolioReader(stream, OnBadLine.stop())) {
            Iterator<Initiative> checked = new Iterator<>() {
                private long n;

                @Override
                public boolean hasNext() {
                    return reader.hasNext();
                }

                @Override
                public Initiative next() {
                    Initiative initiative = reader.next();
                    if (n % 9973 == 0 && !initiative.equals(line(n))) {
                        throw new IllegalStateException("line " + (n + 1) + " does not read back as written");
                    }
                    n++;
                    progress("read", n, count);
                    return initiative;
                }
            };
            indicators = PortfolioIndicators.of(() -> checked, List.of());
            summary = reader.summary();
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        report(out, "read + validate + indicators", summary.initiatives(), bytes, readSeconds, heapPeak());
        same &= summary.initiatives() == count && summary.badLines() == 0 && indicators.initiativeCount() == count;
        out.printf(Locale.ROOT, "max heap %d MiB; %s%n", Runtime.getRuntime().maxMemory() >> 20,
                same ? "every line read back valid" : "MISMATCH: " + summary);
        return same;
    }

    private static void progress(String what, long done, long total) {
        if (done % 100_000 == 0 || done == total) {
            System.err.printf(Locale.ROOT, "  %s %,d / %,d%n", what, done, total);
        }
    }

    private static void report(PrintStream out, String what, long records, long bytes, double seconds, long peak) {
        out.printf(Locale.ROOT, "%-30s %,d records, %,d MB in %.1f s: %,.0f records/s, %.1f MB/s, heap peak %d MiB%n", what,
                records, bytes / 1_000_000, seconds, records / seconds, bytes / 1e6 / seconds, peak >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
