package io.github.loosmethod.examples;

import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.cli.Problems;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.scdl.Publisher;
import io.github.loosmethod.interop.scdl.ScdlExport;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Publishes Loos-en-Gohelle's subsidy conventions and deliberations from a portfolio as the French
 * SCDL tables, and writes beside each the loss report of what the table cannot hold.
 *
 * <p>Usage: {@code ScdlPublication [--lang en|fr] [--output FOLDER] [--siret SIRET]
 * [portfolio.jsonl]}. Without a file, a built-in sample of three towns over seven years is used.
 * Writes {@code subventions.csv}, {@code deliberations.csv} and their {@code -losses.jsonl} in the
 * folder and prints a summary of each. A refused line of the portfolio is reported on stderr as {@code file:line: /pointer
 * [rule] message} and exits with status 1; bad arguments, or a file that cannot be read or
 * written, print a one-line error and exit with status 2.
 */
public final class ScdlPublication {

    private static final long SAMPLE_SEED = 20221114L;
    private static final int SAMPLE_SIZE = 1_000;
    private static final Territory TOWN = LoosEnGohelle.TERRITORY;

    private ScdlPublication() {
    }

    /**
     * Publishes the table and exits with its status.
     *
     * @param args the options and the portfolio, or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line. */
    @Command(name = "ScdlPublication")
    private static final class Options extends Cli.Program {

        @Parameters(arity = "0..1", paramLabel = "portfolio.jsonl", descriptionKey = "portfolio")
        private Optional<Path> file = Optional.empty();

        @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", descriptionKey = "output")
        private Path folder = Path.of(System.getProperty("java.io.tmpdir"), "loos-method-scdl");

        @Option(names = "--siret", paramLabel = "SIRET", descriptionKey = "siret")
        private String siret = "21620528600018";

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            Publisher publisher;
            try {
                publisher = new Publisher(TOWN, "Commune de " + TOWN.name(), siret);
            } catch (IllegalArgumentException e) {
                err.println(text("error: ", "erreur : ") + e.getMessage());
                return Cli.USAGE;
            }
            List<Initiative> portfolio = new ArrayList<>();
            List<InterchangeException> bad = new ArrayList<>();
            if (file.isEmpty()) {
                portfolio.addAll(SamplePortfolio.generate(SAMPLE_SEED, SAMPLE_SIZE).initiatives());
            } else {
                try (InputStream in = Files.newInputStream(file.get());
                        PortfolioReader reader = LoosJson.strict().portfolioReader(in, OnBadLine.collectAndContinue(bad::add))) {
                    reader.forEachRemaining(portfolio::add);
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
                    err.println(text("error: ", "erreur : ") + file.get() + ": " + Cli.reason(cause, french()));
                    return Cli.USAGE;
                }
                bad.forEach(failure -> Problems.TEXT.print(file.get().toString(), failure, locale(), err));
            }
            Instant now = Instant.now();
            try {
                Files.createDirectories(folder);
                publish("subventions", ScdlExport.subventions(publisher, now), portfolio);
                // The matter the model does not record: the publisher's choice for decisions on residents' initiatives.
                publish("deliberations", ScdlExport.deliberations(publisher, "9.1",
                        "Autres domaines de compétences/Autres domaines de compétences des communes", now),
                        portfolio);
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
                err.println(text("error: ", "erreur : ") + folder + ": " + Cli.reason(cause, french()));
                return Cli.USAGE;
            }
            return bad.isEmpty() ? Cli.OK : Cli.PROBLEMS;
        }

        /** Writes one table and its loss report, and says what they hold. */
        private void publish(String name, ScdlExport export, List<Initiative> portfolio) throws IOException {
            Path table = folder.resolve(name + ".csv");
            Path losses = folder.resolve(name + "-losses.jsonl");
            ImportSummary summary;
            try (OutputStream csv = Files.newOutputStream(table); OutputStream report = Files.newOutputStream(losses);
                    LossReport lossReport = LossReport.writer(report)) {
                summary = export.write(portfolio, csv, lossReport::add);
            }
            out.printf(Locale.ROOT, text("%s: %d initiatives read, %d published in %s, %d not published%n",
                    "%s : %d initiatives lues, %d publiées dans %s, %d non publiées%n"), TOWN.name(), summary.records(), summary.built(),
                    table, summary.refused());
            out.printf(Locale.ROOT, text("  loss report: %s (%d dropped, %d defaulted, %d degraded)%n",
                    "  rapport de pertes : %s (%d écartées, %d par défaut, %d dégradées)%n"), losses,
                    summary.byCategory().get(LossCategory.DROPPED), summary.byCategory().get(LossCategory.DEFAULTED),
                    summary.byCategory().get(LossCategory.DEGRADED));
        }
    }
}
