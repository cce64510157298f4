package io.github.loosmethod.examples;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.decidim.DecidimImport;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports the results of a Decidim participatory process (its accountability export, CSV) into a
 * JSON Lines portfolio of Loos-en-Gohelle, and writes beside it the loss report of everything the
 * initiatives could not take as it was.
 *
 * <p>Usage: {@code DecidimResultsImport [--lang en|fr] [--output FOLDER] results.csv}. The file is
 * read as UTF-8 with {@code ;} between fields, as Decidim writes it. Writes {@code portfolio.jsonl}
 * and {@code losses.jsonl} in the folder and prints one line per record. The town's context is
 * the example's: its council decides, and the residents, whom the results do not name, are
 * recorded as one stand-in group. Exit status 0 when every record was built, 1 when some were
 * refused, 2 for bad arguments or a file that cannot be read or written.
 */
public final class DecidimResultsImport {

    /** The residents a platform's result does not name, as the town records them. */
    private static final Actor RESIDENTS = Actor.of("habitants-loos-en-gohelle", "Habitants de Loos-en-Gohelle",
            ActorKind.RESIDENT_GROUP);

    private DecidimResultsImport() {
    }

    /**
     * Imports the file and exits with the status.
     *
     * @param args the options and the results file, or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line. */
    @Command(name = "DecidimResultsImport")
    private static final class Options extends Cli.Program {

        @Parameters(arity = "1", paramLabel = "results.csv", descriptionKey = "results")
        private Path file;

        @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", descriptionKey = "output")
        private Path folder = Path.of(System.getProperty("java.io.tmpdir"), "loos-method-import");

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            ImportContext context = ImportContext.of(LoosEnGohelle.TERRITORY, LoosEnGohelle.MUNICIPALITY, Instant.now())
                    .withDecidingBody(LoosEnGohelle.MUNICIPAL_COUNCIL).withStandInApplicant(RESIDENTS)
                    .withLocales(french() ? List.of(Locale.FRENCH, Locale.ENGLISH) : List.of(Locale.ENGLISH, Locale.FRENCH));
            if (!Files.isRegularFile(file)) {
                err.println(text("error: no such file: ", "erreur : fichier introuvable : ") + file);
                return Cli.USAGE;
            }
            Path portfolio = folder.resolve("portfolio.jsonl");
            Path losses = folder.resolve("losses.jsonl");
            ImportSummary summary;
            try {
                Files.createDirectories(folder);
                try (OutputStream lines = Files.newOutputStream(portfolio); OutputStream report = Files.newOutputStream(losses);
                        PortfolioWriter writer = LoosJson.strict().portfolioWriter(lines); LossReport lossReport = LossReport.writer(report)) {
                    summary = DecidimImport.results(context).read(file, StandardCharsets.UTF_8, ';', record -> {
                        lossReport.add(record);
                        record.initiative().ifPresent(writer::write);
                        out.printf(Locale.ROOT, "%s:%d  %s  %s%n", file.getFileName(), record.source().line().orElse(0),
                                record.initiative().map(initiative -> initiative.id() + "  " + initiative.status().label(locale()))
                                        .orElse(text("refused", "refusé")),
                                record.losses().stream().filter(loss -> loss.category() == LossCategory.REFUSED_RECORD).findFirst()
                                        .map(loss -> loss.message().in(locale())).orElse(""));
                    });
                }
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
                err.println(text("error: ", "erreur : ") + Cli.reason(cause, french()));
                return Cli.USAGE;
            }
            out.printf(Locale.ROOT, text("%d records: %d imported into %s, %d refused%n",
                    "%d fiches : %d importées dans %s, %d refusées%n"), summary.records(), summary.built(), portfolio, summary.refused());
            out.printf(Locale.ROOT, text("loss report: %s (%d capped statuses, %d dropped, %d defaulted, %d degraded)%n",
                    "rapport de pertes : %s (%d statuts plafonnés, %d écartées, %d par défaut, %d dégradées)%n"), losses,
                    summary.byCategory().get(LossCategory.CAPPED_STATUS), summary.byCategory().get(LossCategory.DROPPED),
                    summary.byCategory().get(LossCategory.DEFAULTED), summary.byCategory().get(LossCategory.DEGRADED));
            return summary.refused() == 0 ? Cli.OK : Cli.PROBLEMS;
        }
    }
}
