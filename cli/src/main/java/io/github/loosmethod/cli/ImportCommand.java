package io.github.loosmethod.cli;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSource;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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

    /** The sources, as {@link ImportSource} lists them for the desk too: codes and completion from there. */
    static final class SourceOption extends Codes.Choice<ImportSource> {
        SourceOption() {
            super(ImportSource.class);
        }
    }

    static final class KindOption extends Codes.Choice<InitiativeKind> {
        KindOption() {
            super(InitiativeKind.class);
        }
    }

    @Parameters(index = "0", paramLabel = "SOURCE", converter = SourceOption.class, descriptionKey = "import.source",
            completionCandidates = SourceOption.class)
    private ImportSource source;

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
    private InitiativeKind kind;

    @Option(names = "--locales", paramLabel = "fr,en", split = ",", descriptionKey = "import.locales")
    private List<String> locales = List.of("fr", "en");

    @Option(names = "--charset", paramLabel = "CHARSET", converter = Codes.CharsetOption.class, descriptionKey = "import.charset")
    private Charset charset;

    @Option(names = "--separator", paramLabel = "CHAR", converter = Codes.SeparatorOption.class, descriptionKey = "import.separator")
    private Character separator;

    @Option(names = "--imported-at", paramLabel = "INSTANT", converter = Codes.InstantOption.class, descriptionKey = "import.importedAt")
    private Instant importedAt;

    @Override
    public Integer call() {
        if (output.toString().equals("-")) {
            return outputIsAFile();
        }
        // An option the source does not read is refused rather than ignored.
        if (!source.isTable() && (charset != null || separator != null)) {
            err().println("loos: " + text("--charset and --separator are for a table; " + Codes.code(source) + " is JSON, in UTF-8",
                    "--charset et --separator sont pour une table ; " + Codes.code(source) + " est du JSON, en UTF-8"));
            return Loos.USAGE;
        }
        if (kind != null && !source.givesInitiatives()) {
            err().println("loos: " + text("--kind is for the sources that give initiatives; " + Codes.code(source) + " gives none",
                    "--kind est pour les sources qui donnent des initiatives ; " + Codes.code(source) + " n'en donne pas"));
            return Loos.USAGE;
        }
        if (kind != null && !source.kinds().contains(kind)) {
            err().println("loos: " + text("the " + Codes.code(source) + " adapter builds ", "l'adaptateur " + Codes.code(source)
                    + " construit ") + source.kinds().stream().map(Codes::code).collect(Collectors.joining(", "))
                    + text(", not ", ", pas ") + Codes.code(kind) + " (--kind)");
            return Loos.USAGE;
        }
        ImportContext context;
        try {
            context = context();
        } catch (TownOptions.Refused e) {
            return e.say(this);
        }
        Path in;
        Path copy = null;
        try {
            if ("-".equals(file)) {
                // The adapters read a file twice (its charset first): the standard input is kept in a temporary copy.
                copy = Output.copyOf(streams.in(), text("a temporary copy of the standard input", "une copie temporaire de l'entrée standard"));
                in = copy;
            } else {
                // Opened once to say why it cannot be read, as every command says it; the adapter reads it again.
                try (Input input = open(file)) {
                    in = Path.of(input.name());
                }
            }
            return run(context, in);
        } catch (IOException e) {
            return failed(e, file);
        } finally {
            if (copy != null) {
                Output.discard(copy);
            }
        }
    }

    private ImportContext context() {
        ImportContext context = ImportContext.of(town.territory(), town.town(), importedAt == null ? Instant.now() : importedAt)
                .withLocales(locales.stream().map(ImportCommand::locale).toList())
                .withProfile(kind != null ? kind : source.defaultKind(), InvolvementPlan.empty());
        // The names are the user's: blank, they are refused with the option that gave them.
        if (decidingBody != null && decidingBody.isBlank() || standIn != null && standIn.isBlank()) {
            throw new TownOptions.Refused(decidingBody != null && decidingBody.isBlank() ? "--deciding-body" : "--stand-in",
                    LocalizedText.of("a name, not blank", "un nom, non vide"));
        }
        if (decidingBody != null) {
            context = context.withDecidingBody(Actor.of("council-" + town.code, decidingBody, ActorKind.ELECTED_BODY));
        }
        if (standIn != null) {
            context = context.withStandInApplicant(Actor.of("residents-" + town.code, standIn, ActorKind.RESIDENT_GROUP));
        }
        return context;
    }

    /** A language preferred for texts, as {@code --locales} names it: {@code fr}, {@code en}, {@code pt-BR}. */
    private static Locale locale(String tag) {
        Locale locale = Locale.forLanguageTag(tag.strip());
        if (locale.getLanguage().isEmpty() || !tag.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new TownOptions.Refused("--locales", LocalizedText.of("'" + tag + "' is not a language such as fr, en or pt-BR",
                    "« " + tag + " » n'est pas une langue comme fr, en ou pt-BR"));
        }
        return locale;
    }

    private int run(ImportContext context, Path in) {
        Path losses = beside(output, ".jsonl", ".losses.jsonl");
        boolean initiatives = source.givesInitiatives();
        ImportSummary summary;
        Refusals refusals = new Refusals(this, file);
        try (Output records = initiatives ? Output.open(output.toString(), OutputStream.nullOutputStream()) : null;
                Output report = Output.open(losses.toString(), OutputStream.nullOutputStream());
                Progress progress = progress(file, source.isTable() ? lines(in) : -1, Progress.Unit.LINES)) {
            if (records != null && records.is(in) || report.is(in)) {
                err().println("loos: " + text("the output would replace the input: ", "la sortie remplacerait l'entrée : ") + file);
                return Loos.USAGE;
            }
            LossReport lossReport = LossReport.writer(report.stream());
            LoosJson json = LoosJson.strict();
            Consumer<ImportedRecord> each = record -> {
                lossReport.add(record);
                refusals.add(record.built(), record.losses());
                record.initiative().ifPresent(initiative -> {
                    try {
                        records.stream().write(json.write(initiative));
                        records.stream().write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                progress.record(() -> record.source().line().orElse(0));
            };
            summary = read(context, in, each, (from, built, entries) -> {
                lossReport.add(from, built, entries);
                refusals.add(built, entries);
                progress.record(() -> from.line().orElse(0));
            });
            lossReport.close();
            // The loss report always, since it says why; the portfolio only when something was built, so that a
            // portfolio there before is not replaced by an empty one. The report first: a portfolio is never left
            // without the report that says what it lost.
            report.commit();
            if (records != null && summary.built() > 0) {
                try {
                    records.commit();
                } catch (Output.WriteFailed e) {
                    err().println("loos: " + text("the loss report " + losses + " is written, the portfolio is not",
                            "le rapport de pertes " + losses + " est écrit, le portefeuille ne l'est pas"));
                    throw e;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return failed(e, file);
        }
        refusals.print();
        if (refusals.withoutApplicant() && standIn == null) {
            err().println(text("hint: --stand-in NAME lets a residents' group carry the records whose source names no applicant",
                    "conseil : --stand-in NOM laisse un groupe d'habitants porter les fiches dont la source ne nomme pas de porteur"));
        }
        if (initiatives && summary.built() == 0) {
            err().println(text("no record could be built: the portfolio is not written; the loss report says why: ",
                    "aucune fiche n'a pu être construite : le portefeuille n'est pas écrit ; le rapport de pertes dit pourquoi : ") + losses);
            return Loos.PROBLEMS;
        }
        out().printf(Locale.ROOT, text("%s: %d record(s) read, %d built, %d refused%n", "%s : %d fiche(s) lue(s), %d construite(s), %d refusée(s)%n"),
                file, summary.records(), summary.built(), summary.refused());
        if (initiatives) {
            out().println(text("  initiatives: ", "  initiatives : ") + output);
        } else {
            out().println(text("  no initiative: the format has no document for what this source gives; the loss report says what each record held",
                    "  aucune initiative : le format n'a pas de document pour ce que donne cette source ; le rapport de pertes dit ce que tenait chaque fiche"));
        }
        out().println(text("  loss report: ", "  rapport de pertes : ") + losses + " (" + Refusals.counts(summary) + ")");
        out().flush();
        return summary.refused() > 0 ? Loos.PROBLEMS : Loos.OK;
    }

    /**
     * The lines of a table, for the progress bar on a terminal: the adapters read the file
     * themselves, and a record says the line it was read at. One pass over the bytes, which the
     * adapter's own reading then finds in the system's cache; none when no bar is drawn.
     */
    private long lines(Path in) throws IOException {
        if (!drawsProgress()) {
            return -1;
        }
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream stream = Files.newInputStream(in)) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return lines + 1;
    }

    private ImportSummary read(ImportContext context, Path in, Consumer<ImportedRecord> each, ImportSource.OtherRecords others) {
        // A JSON source has neither charset nor separator (call() refused them): read as it is.
        if (charset == null && separator == null) {
            return source.read(context, in, each, others);
        }
        return source.read(context, in, charset == null ? StandardCharsets.UTF_8 : charset,
                separator == null ? source.separator().orElseThrow() : separator, each, others);
    }
}
