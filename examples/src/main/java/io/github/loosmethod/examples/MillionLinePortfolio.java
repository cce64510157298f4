package io.github.loosmethod.examples;

import io.github.loosmethod.cli.Problems;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioSummary;
import io.github.loosmethod.interchange.PortfolioWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes a JSON Lines portfolio of many initiatives (one million by default) and reads it back,
 * checking every line against the rules of the method and computing the portfolio indicators
 * on the way, to show that streaming runs in constant memory. Run it with a small fixed heap:
 *
 * <pre>mvn -q -pl examples -am test-compile exec:exec@million</pre>
 *
 * <p>Usage: {@code MillionLinePortfolio [--lang en|fr] [count] [file]}; without a file, a
 * temporary one is used and deleted whatever happens: at the end, on a failure, and when the run is
 * interrupted (Ctrl-C). Prints the time, throughput and peak heap of each half on stdout and its
 * progress on stderr; exits 1 if anything read back differs from what was written, 2 on bad
 * arguments or a file that cannot be written or read. {@code --help} prints the usage.
 */
public final class MillionLinePortfolio {

    private MillionLinePortfolio() {
    }

    /**
     * Runs the round trip and exits with its status, once the temporary file is deleted.
     *
     * @param args {@code --lang en|fr}, the number of lines, then the file to use; or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the temporary file in {@code temporaryFolder}. */
    static int run(String[] args, PrintStream out, PrintStream err, Path temporaryFolder) {
        return Cli.run(new Options(out, err, temporaryFolder), args);
    }

    /** The command line: how many lines, and where. */
    @Command(name = "MillionLinePortfolio")
    private static final class Options extends Cli.Program {

        private final Path temporaryFolder;

        @Parameters(index = "0", arity = "0..1", paramLabel = "count", descriptionKey = "count")
        private long count = 1_000_000L;

        @Parameters(index = "1", arity = "0..1", paramLabel = "file", descriptionKey = "file")
        private Optional<Path> file = Optional.empty();

        @Spec
        private CommandSpec spec;

        Options(PrintStream out, PrintStream err, Path temporaryFolder) {
            super(out, err);
            this.temporaryFolder = temporaryFolder;
        }

        @Override
        int execute() {
            if (count < 1) {
                // Reported as picocli reports its own errors: one line, the usage, status 2.
                err.println(text("error: count must be at least 1, not ", "erreur : count doit valoir au moins 1, non ") + count);
                spec.commandLine().usage(err);
                return Cli.USAGE;
            }
            if (file.isPresent()) {
                return roundTrip(file.get());
            }
            Path temporary;
            try {
                temporary = Files.createTempFile(temporaryFolder, "loos-portfolio-", ".jsonl");
            } catch (IOException e) {
                err.println(text("error: cannot create a file in ", "erreur : impossible de créer un fichier dans ") + temporaryFolder
                        + ": " + Cli.reason(e, french()));
                return Cli.USAGE;
            }
            // Ctrl-C ends the JVM without running the finally below; its shutdown hooks still run.
            temporary.toFile().deleteOnExit();
            try {
                return roundTrip(temporary);
            } finally {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    err.println(text("error: cannot delete ", "erreur : impossible de supprimer ") + temporary + ": "
                            + Cli.reason(e, french()));
                }
            }
        }

        private int roundTrip(Path path) {
            try {
                return MillionLinePortfolio.roundTrip(count, path, this) ? Cli.OK : Cli.PROBLEMS;
            } catch (IOException e) {
                err.println(text("error: ", "erreur : ") + path + ": " + Cli.reason(e, french()));
                return Cli.USAGE;
            } catch (UncheckedIOException e) {
                err.println(text("error: ", "erreur : ") + path + ": " + Cli.reason(e.getCause(), french()));
                return Cli.USAGE;
            } catch (InterchangeException e) {
                Problems.TEXT.print(path.toString(), e, locale(), err);
                return Cli.PROBLEMS;
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

    /**
     * Writes {@code count} lines to {@code file} and reads them back, printing the figures to the
     * program's out and its progress to its err.
     *
     * @return whether everything read back as written
     */
    private static boolean roundTrip(long count, Path file, Cli.Program program) throws IOException {
        PrintStream out = program.out;
        PrintStream err = program.err;
        LoosJson json = LoosJson.strict();
        resetPeaks();
        long start = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(file); PortfolioWriter writer = json.portfolioWriter(stream)) {
            for (long n = 0; n < count; n++) {
                writer.write(line(n));
                progress(err, program.text("written", "écrites"), n + 1, count);
            }
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(file);
        long writePeak = heapPeak();
        report(program, program.text("write", "écriture"), count, bytes, writeSeconds, writePeak);

        resetPeaks();
        start = System.nanoTime();
        long[] firstMismatch = {0};
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
                    if (n % 9973 == 0 && firstMismatch[0] == 0 && !initiative.equals(line(n))) {
                        firstMismatch[0] = n + 1;
                    }
                    n++;
                    progress(err, program.text("read", "lues"), n, count);
                    return initiative;
                }
            };
            indicators = PortfolioIndicators.of(() -> checked, List.of());
            summary = reader.summary();
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        report(program, program.text("read + validate + indicators", "lecture + validation + indicateurs"), summary.initiatives(), bytes,
                readSeconds, heapPeak());
        boolean same = firstMismatch[0] == 0 && summary.initiatives() == count && summary.badLines() == 0
                && indicators.initiativeCount() == count;
        out.printf(Locale.ROOT, program.text("max heap %d MiB; %s%n", "tas maximal %d Mio ; %s%n"), Runtime.getRuntime().maxMemory() >> 20,
                same ? program.text("every line read back valid", "chaque ligne relue valide")
                        : program.text("MISMATCH: ", "DIFFÉRENCE : ") + summary
                                + (firstMismatch[0] > 0 ? program.text(", line ", ", ligne ") + firstMismatch[0]
                                        + program.text(" does not read back as written", " ne se relit pas comme écrite") : ""));
        return same;
    }

    private static void progress(PrintStream err, String what, long done, long total) {
        if (done % 100_000 == 0 || done == total) {
            err.printf(Locale.ROOT, "  %s %,d / %,d%n", what, done, total);
        }
    }

    private static void report(Cli.Program program, String what, long records, long bytes, double seconds, long peak) {
        program.out.printf(Locale.ROOT, program.text(
                "%-30s %,d records, %,d MB in %.1f s: %,.0f records/s, %.1f MB/s, heap peak %d MiB%n",
                "%-34s %,d lignes, %,d Mo en %.1f s : %,.0f lignes/s, %.1f Mo/s, pic du tas %d Mio%n"), what,
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
