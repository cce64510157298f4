package io.github.loosmethod.cli;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.interop.budget.BudgetTableImport;
import io.github.loosmethod.interop.budget.ColumnProfile;
import io.github.loosmethod.interop.decidim.DecidimImport;
import io.github.loosmethod.interop.participedia.ParticipediaImport;
import io.github.loosmethod.interop.scdl.ScdlImport;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos import SOURCE FILE -o OUT} (<em>importer</em>): reads another system's file through
 * the library's interop adapter for that source and writes the initiatives built as a JSON Lines
 * portfolio ({@code OUT}), with the loss report beside it ({@code OUT} without its {@code .jsonl},
 * then {@code .losses.jsonl}): every value not carried over as it was, every record refused and
 * why ({@code docs/interop.md} gives each mapping). What the source does not say is given on the
 * command line: the town ({@link TownOptions}), its deciding body and the stand-in for residents a
 * source does not name (each optional, as in {@link ImportContext}), the kind it declares for the
 * records, its languages, the time of the import (now by default).
 *
 * <p>Two sources give no initiatives: Decidim processes and Participedia cases (a process, a case
 * as a subject to evaluate; the format has no document for either): for them only the loss report
 * is written, which says what each record held and lost. Both files are written whole or not at
 * all. {@code -} reads stdin (kept in a temporary file: the adapters read a table twice, first to
 * check its charset). Exit status: 0 when every record was built, 1 when some were refused (the
 * others are written), 2 for bad arguments or a file that cannot be read or written.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand extends LoosCommand {

    /** The sources the adapters read. */
    enum Source {
        SCDL_SUBVENTIONS(','), SCDL_DELIBERATIONS(','), DECIDIM_RESULTS(';'), DECIDIM_INITIATIVES(';'), DECIDIM_PROPOSALS(';'),
        DECIDIM_PROCESSES(';'), PARIS_BUDGET(','), PARTICIPEDIA_CASES(',');

        private final char separator;

        Source(char separator) {
            this.separator = separator;
        }
    }

    static final class SourceOption extends Codes.Choice<Source> {
        SourceOption() {
            super(Source.class);
        }
    }

    static final class KindOption extends Codes.Choice<InitiativeKind> {
        KindOption() {
            super(InitiativeKind.class);
        }
    }

    @Parameters(index = "0", paramLabel = "SOURCE", converter = SourceOption.class, descriptionKey = "import.source",
            completionCandidates = SourceOption.class)
    private Source source;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "import.file")
    private String file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", descriptionKey = "import.output")
    private Path output;

    @Mixin
    private TownOptions town = new TownOptions();

    @Option(names = "--deciding-body", paramLabel = "NAME", descriptionKey = "import.decidingBody")
    private String decidingBody;

    @Option(names = "--stand-in", paramLabel = "NAME", descriptionKey = "import.standIn")
    private String standIn;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindOption.class, completionCandidates = KindOption.class,
            descriptionKey = "import.kind")
    private InitiativeKind kind = InitiativeKind.FIFTY_FIFTY;

    @Option(names = "--locales", paramLabel = "fr,en", split = ",", descriptionKey = "import.locales")
    private List<String> locales = List.of("fr", "en");

    @Option(names = "--charset", paramLabel = "CHARSET", converter = Codes.CharsetOption.class, descriptionKey = "import.charset")
    private Charset charset = java.nio.charset.StandardCharsets.UTF_8;

    @Option(names = "--separator", paramLabel = "CHAR", converter = Codes.SeparatorOption.class, descriptionKey = "import.separator")
    private Character separator;

    @Option(names = "--imported-at", paramLabel = "INSTANT", converter = Codes.InstantOption.class, descriptionKey = "import.importedAt")
    private Instant importedAt;

    @Override
    public Integer call() {
        if (output.toString().equals("-")) {
            return outputIsAFile();
        }
        ImportContext context;
        try {
            context = context();
        } catch (InvalidValueException e) {
            err().println("loos: " + e.getMessage(locale()));
            return Loos.USAGE;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            err().println("loos: " + e.getMessage());
            return Loos.USAGE;
        }
        Path in;
        Path copy = null;
        try {
            if ("-".equals(file)) {
                copy = Files.createTempFile("loos-import", ".in");
                Files.copy(streams.in(), copy, StandardCopyOption.REPLACE_EXISTING);
                in = copy;
            } else {
                in = Path.of(file);
                if (!Files.isReadable(in) || Files.isDirectory(in)) {
                    return cannotRead(file, Files.exists(in) ? new java.nio.file.AccessDeniedException(file)
                            : new java.nio.file.NoSuchFileException(file));
                }
            }
            return run(context, in);
        } catch (IOException e) {
            return cannotRead(file, e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // A temporary file left behind is the system's to clean.
                }
            }
        }
    }

    private ImportContext context() {
        ImportContext context = ImportContext.of(town.territory(), town.town(), importedAt == null ? Instant.now() : importedAt)
                .withLocales(locales.stream().map(Locale::forLanguageTag).toList())
                .withProfile(kind, InvolvementPlan.empty());
        if (decidingBody != null) {
            context = context.withDecidingBody(Actor.of("council-" + town.code, decidingBody, ActorKind.ELECTED_BODY));
        }
        if (standIn != null) {
            context = context.withStandInApplicant(Actor.of("residents-" + town.code, standIn, ActorKind.RESIDENT_GROUP));
        }
        return context;
    }

    private int run(ImportContext context, Path in) {
        String name = output.getFileName().toString();
        Path losses = output.resolveSibling((name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name)
                + ".losses.jsonl");
        boolean initiatives = source != Source.DECIDIM_PROCESSES && source != Source.PARTICIPEDIA_CASES;
        ImportSummary summary;
        try (Output records = initiatives ? Output.open(output.toString(), OutputStream.nullOutputStream()) : null;
                Output report = Output.open(losses.toString(), OutputStream.nullOutputStream());
                Progress progress = progress(file, -1)) {
            LossReport lossReport = LossReport.writer(report.stream());
            LoosJson json = LoosJson.strict();
            Consumer<ImportedRecord> each = record -> {
                lossReport.add(record);
                record.initiative().ifPresent(initiative -> {
                    try {
                        records.stream().write(json.write(initiative));
                        records.stream().write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                progress.record(() -> 0);
            };
            summary = read(context, in, each, lossReport, progress);
            lossReport.close();
            if (records != null) {
                records.commit();
            }
            report.commit();
        } catch (IOException e) {
            return Output.isWriteFailure(e) || !Files.exists(output.toAbsolutePath().getParent()) ? cannotWrite(output.toString(), e)
                    : cannotRead(file, e);
        } catch (UncheckedIOException e) {
            return Output.isWriteFailure(e.getCause()) ? cannotWrite(output.toString(), e.getCause()) : cannotRead(file, e.getCause());
        }
        out().printf(Locale.ROOT, text("%s: %d record(s) read, %d built, %d refused%n", "%s : %d fiche(s) lue(s), %d construite(s), %d refusée(s)%n"),
                file, summary.records(), summary.built(), summary.refused());
        if (initiatives) {
            out().println(text("  initiatives: ", "  initiatives : ") + output);
        } else {
            out().println(text("  no initiative: the format has no document for what this source gives; the loss report says what each record held",
                    "  aucune initiative : le format n'a pas de document pour ce que donne cette source ; le rapport de pertes dit ce que tenait chaque fiche"));
        }
        out().printf(Locale.ROOT, text("  loss report: %s (%s)%n", "  rapport de pertes : %s (%s)%n"), losses,
                String.join(", ", summary.byCategory().entrySet().stream().filter(entry -> entry.getValue() > 0)
                        .map(entry -> entry.getValue() + " " + entry.getKey().code()).toList()));
        out().flush();
        return summary.refused() > 0 ? Loos.PROBLEMS : Loos.OK;
    }

    private ImportSummary read(ImportContext context, Path in, Consumer<ImportedRecord> each, LossReport report, Progress progress) {
        char by = separator == null ? source.separator : separator;
        return switch (source) {
            case SCDL_SUBVENTIONS -> ScdlImport.subventions(context).read(in, charset, by, each);
            case SCDL_DELIBERATIONS -> ScdlImport.deliberations(context).read(in, charset, by, each);
            case DECIDIM_RESULTS -> DecidimImport.results(context).read(in, charset, by, each);
            case DECIDIM_INITIATIVES -> DecidimImport.initiatives(context).read(in, charset, by, each);
            case DECIDIM_PROPOSALS -> DecidimImport.proposals(context).read(in, each);
            case DECIDIM_PROCESSES -> DecidimImport.processes(context).read(in, process -> {
                report.add(process.source(), process.built(), process.losses());
                progress.record(() -> 0);
            });
            case PARIS_BUDGET -> BudgetTableImport.of(ColumnProfile.PARIS, context).read(in, charset, by, each);
            case PARTICIPEDIA_CASES -> ParticipediaImport.cases(context).read(in, imported -> {
                report.add(imported.source(), imported.built(), imported.losses());
                progress.record(() -> 0);
            });
        };
    }
}
