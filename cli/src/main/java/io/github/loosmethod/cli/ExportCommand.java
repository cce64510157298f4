package io.github.loosmethod.cli;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.scdl.Publisher;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.interop.scdl.ScdlExport;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos export scdl-subventions|scdl-deliberations PORTFOLIO -o OUT.csv} (<em>publier</em>):
 * publishes a town's portfolio as the French SCDL table asked for — the town's commitments of
 * signed conventions as the subsidies table (2.1.1), the decisions of its elected bodies as the
 * deliberations table (2.1.5) — with the loss report beside it ({@code OUT} without its
 * {@code .csv}, then {@code .losses.jsonl}) of what the table cannot hold (the applicants'
 * commitments, the stewardship, the ladder). The portfolio is read in one streaming pass
 * ({@code -} for stdin); a refused line is said on stderr and nothing is written (status 1): both
 * files are written whole or not at all. The town's SIRET is required on every row.
 */
@Command(name = "export", sortOptions = false)
final class ExportCommand extends LoosCommand {

    /** The tables the export writes. */
    enum Table {
        SCDL_SUBVENTIONS, SCDL_DELIBERATIONS
    }

    static final class TableOption extends Codes.Choice<Table> {
        TableOption() {
            super(Table.class);
        }
    }

    @Parameters(index = "0", paramLabel = "TABLE", converter = TableOption.class, completionCandidates = TableOption.class,
            descriptionKey = "export.table")
    private Table table;

    @Parameters(index = "1", paramLabel = "PORTFOLIO", descriptionKey = "export.portfolio")
    private String file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", descriptionKey = "export.output")
    private Path output;

    @Mixin
    private TownOptions town = new TownOptions();

    @Option(names = "--siret", required = true, paramLabel = "SIRET", descriptionKey = "export.siret")
    private String siret;

    @Option(names = "--matter-code", paramLabel = "CODE", descriptionKey = "export.matterCode")
    private String matterCode = "9.1";

    @Option(names = "--matter-name", paramLabel = "NAME", descriptionKey = "export.matterName")
    private String matterName = "Autres domaines de compétences/Autres domaines de compétences des communes";

    @Option(names = "--exported-at", paramLabel = "INSTANT", converter = Codes.InstantOption.class, descriptionKey = "export.exportedAt")
    private Instant exportedAt;

    private long refused;

    @Override
    public Integer call() {
        if (output.toString().equals("-")) {
            return outputIsAFile();
        }
        ScdlExport export;
        try {
            IdentifierScheme.SIRET.problem(siret).ifPresent(problem -> {
                throw new TownOptions.Refused("--siret", problem);
            });
            Publisher publisher = new Publisher(town.territory(), town.town().name(), siret);
            Instant at = exportedAt == null ? Instant.now() : exportedAt;
            try {
                export = table == Table.SCDL_SUBVENTIONS ? ScdlExport.subventions(publisher, at)
                        : ScdlExport.deliberations(publisher, matterCode, matterName, at);
            } catch (IllegalArgumentException e) {
                // The only values the export refuses beyond the town's: the matter of the deliberations.
                throw new TownOptions.Refused("--matter-code, --matter-name", io.github.loosmethod.LocalizedText.of(e.getMessage(), e.getMessage()));
            }
        } catch (TownOptions.Refused e) {
            return e.say(this);
        }
        Path losses = beside(output, ".csv", ".losses.jsonl");
        ImportSummary summary;
        Refusals notPublished = new Refusals(this, file);
        try (Input input = open(file)) {
            try (Output csv = Output.open(output.toString(), OutputStream.nullOutputStream());
                    Output report = Output.open(losses.toString(), OutputStream.nullOutputStream());
                    Progress progress = progress(file, input.size());
                    PortfolioReader reader = LoosJson.strict().portfolioReader(input.stream(), OnBadLine.collectAndContinue(this::refuse))) {
                if (!input.isStandardInput() && (csv.is(Path.of(file)) || report.is(Path.of(file)))) {
                    err().println("loos: " + text("the output would replace the input: ", "la sortie remplacerait l'entrée : ") + file);
                    return Loos.USAGE;
                }
                LossReport lossReport = LossReport.writer(report.stream());
                summary = export.write(() -> initiatives(reader, progress, input), csv.stream(), record -> {
                    lossReport.add(record);
                    notPublished.add(record.built(), record.losses());
                });
                lossReport.close();
                progress.clear();
                if (refused > 0) {
                    err().println(text("nothing written: ", "rien d'écrit : ") + refused + text(" line(s) refused", " ligne(s) refusée(s)"));
                    return Loos.PROBLEMS;
                }
                // The loss report first: a table is never left without the report that says what it lost.
                report.commit();
                try {
                    csv.commit();
                } catch (Output.WriteFailed e) {
                    err().println("loos: " + text("the loss report " + losses + " is written, the table is not",
                            "le rapport de pertes " + losses + " est écrit, la table ne l'est pas"));
                    throw e;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return failed(e, file);
        }
        notPublished.print();
        out().printf(Locale.ROOT, text("%s: %d initiative(s) read, %d published in %s, %d not published%n",
                "%s : %d initiative(s) lue(s), %d publiée(s) dans %s, %d non publiée(s)%n"), file, summary.records(), summary.built(),
                output, summary.refused());
        out().println(text("  loss report: ", "  rapport de pertes : ") + losses + " (" + Refusals.counts(summary) + ")");
        out().flush();
        return Loos.OK;
    }

    /** The initiatives of the portfolio, read as the export asks for them, the progress told of each. */
    private static Iterator<Initiative> initiatives(PortfolioReader reader, Progress progress, Input input) {
        return new Iterator<>() {
            private Initiative next;

            @Override
            public boolean hasNext() {
                if (next == null && reader.hasNext()) {
                    next = reader.next();
                    progress.record(input.stream()::count);
                }
                return next != null;
            }

            @Override
            public Initiative next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Initiative initiative = next;
                next = null;
                return initiative;
            }
        };
    }

    private void refuse(InterchangeException failure) {
        beforePrinting();
        refused++;
        Problems.TEXT.print(file, failure, locale(), err());
    }
}
