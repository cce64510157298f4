package io.github.loosmethod.interop;

import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.budget.BudgetTableImport;
import io.github.loosmethod.interop.budget.ColumnProfile;
import io.github.loosmethod.interop.decidim.DecidimImport;
import io.github.loosmethod.interop.participedia.ParticipediaImport;
import io.github.loosmethod.interop.scdl.ScdlImport;
import io.github.loosmethod.provenance.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sources (<em>sources</em>) the interop adapters import, each read through its adapter: the
 * one list that {@code loos import} and the town desk's {@code POST /imports/{source}} both offer,
 * so that a source added here is offered by both. Each says its code, the separator of its table
 * (none for a JSON document), and the kinds of initiative its adapter builds (none for a source
 * that gives processes or evaluation subjects rather than initiatives).
 *
 * <p>Which adapter, column profile and reading each source takes is said only here; the mapping
 * of each is in {@code docs/interop.md}.
 */
public enum ImportSource {
    /** SCDL subventions 2.1.1, a CSV table: {@link ScdlImport#subventions(ImportContext)}. */
    SCDL_SUBVENTIONS(',', InitiativeKind.FIFTY_FIFTY),
    /** SCDL délibérations 2.1.5, a CSV table: {@link ScdlImport#deliberations(ImportContext)}. */
    SCDL_DELIBERATIONS(',', InitiativeKind.MUNICIPAL_PROJECT, InitiativeKind.CO_CONSTRUCTED_POLICY),
    /** Decidim accountability results, a CSV table: {@link DecidimImport#results(ImportContext)}. */
    DECIDIM_RESULTS(';', InitiativeKind.FIFTY_FIFTY),
    /** Decidim initiatives, the open-data CSV table: {@link DecidimImport#initiatives(ImportContext)}. */
    DECIDIM_INITIATIVES(';', InitiativeKind.values()),
    /** Decidim proposals, a JSON export: {@link DecidimImport#proposals(ImportContext)}. */
    DECIDIM_PROPOSALS(null, InitiativeKind.values()),
    /**
     * Decidim participatory processes, a JSON export: {@link DecidimImport#processes(ImportContext)};
     * no initiatives (a process is none, and the format has no document for it).
     */
    DECIDIM_PROCESSES(null),
    /**
     * Paris's participatory-budget winners, a CSV table:
     * {@link BudgetTableImport#of(ColumnProfile, ImportContext)} with {@link ColumnProfile#PARIS}.
     */
    PARIS_BUDGET(',', InitiativeKind.FIFTY_FIFTY),
    /**
     * Participedia cases, a JSON export: {@link ParticipediaImport#cases(ImportContext)}; no
     * initiatives (a case is a subject to evaluate, and the format has no document for it).
     */
    PARTICIPEDIA_CASES(null);

    /**
     * Where the records of a source that gives no initiatives go (a Decidim process, a Participedia
     * case): what each was read from, whether it was built, and its losses, the shape
     * {@link LossReport#add(Source, boolean, List)} takes, so that a report is a method reference.
     */
    @FunctionalInterface
    public interface OtherRecords {
        /**
         * Takes one record that is no initiative.
         *
         * @param source where the record was read, not null
         * @param built whether something was built from it
         * @param losses its losses, not null
         */
        void add(Source source, boolean built, List<Loss> losses);
    }

    // Null for a JSON document, which has none: the constants stay one short line each; separator() says it as an Optional.
    private final Character separator;
    private final List<InitiativeKind> kinds;

    ImportSource(Character separator, InitiativeKind... kinds) {
        this.separator = separator;
        this.kinds = List.of(kinds);
    }

    /**
     * Returns the source's code, as the command line and the desk's path spell it: its name in
     * lower case, {@code _} as {@code -}, such as {@code scdl-subventions}.
     *
     * @return the code, never null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the source of a code, as {@link #code()} spells it exactly.
     *
     * @param code a code such as {@code scdl-subventions}, not null
     * @return the source, or empty when no source has that code (the caller says so in its own
     *         words, naming the {@link #values()})
     */
    public static Optional<ImportSource> of(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(source -> source.code().equals(code)).findFirst();
    }

    /**
     * Returns the separator of the source's fields, by which it is read unless told another.
     *
     * @return the separator of a table, such as {@code ';'}, or empty for a JSON document
     */
    public Optional<Character> separator() {
        return Optional.ofNullable(separator);
    }

    /**
     * Says whether the source is a table, read row by row in a charset with a separator, rather
     * than a JSON document (always UTF-8, as RFC 8259 requires).
     *
     * @return true for a table
     */
    public boolean isTable() {
        return separator != null;
    }

    /**
     * Returns the kinds of initiative the source's adapter can build, the one it builds when the
     * town declares none first.
     *
     * @return the kinds, unmodifiable; empty for a source that gives no initiatives
     */
    public List<InitiativeKind> kinds() {
        return kinds;
    }

    /**
     * Says whether the source gives initiatives; the others (processes, cases) give only what
     * {@link OtherRecords} takes, their losses.
     *
     * @return true when {@link #kinds()} is not empty
     */
    public boolean givesInitiatives() {
        return !kinds.isEmpty();
    }

    /**
     * Returns the kind an {@link ImportContext} declares for this source when the town declares
     * none: the first of {@link #kinds()}; for a source that gives no initiatives, which reads no
     * kind, {@link InitiativeKind#FIFTY_FIFTY}, since a context must declare one.
     *
     * @return the kind, never null
     */
    public InitiativeKind defaultKind() {
        return kinds.isEmpty() ? InitiativeKind.FIFTY_FIFTY : kinds.get(0);
    }

    /**
     * Reads a file of this source as it comes: a table in UTF-8 by its own {@link #separator()},
     * a JSON document. What the adapter builds and loses is handed on, not thrown: a record the
     * adapter cannot build is a refused record with its losses.
     *
     * @param context what the source does not say, not null
     * @param file the file, not null; its name is the one the records' provenance cites
     * @param each takes each record read as an initiative (built or refused), not null; called
     *        only for a source that {@link #givesInitiatives()}
     * @param others takes each record of a source that gives no initiatives, not null
     * @return the counts of the records read, built and refused, by category of loss
     * @throws java.io.UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(ImportContext context, Path file, Consumer<ImportedRecord> each, OtherRecords others) {
        // A JSON document's adapter takes neither charset nor separator: the 0 reaches none.
        return dispatch(context, file, StandardCharsets.UTF_8, separator == null ? 0 : separator, each, others);
    }

    /**
     * Reads a table of this source in the charset and by the separator given, for a file that is
     * not as its format says (UTF-8, {@link #separator()}): an export saved in Windows-1252, a
     * SCDL file with {@code ;}.
     *
     * @param context what the source does not say, not null
     * @param file the file, not null; its name is the one the records' provenance cites
     * @param charset the table's charset, not null
     * @param separator the separator of the table's fields
     * @param each takes each record read (built or refused), not null
     * @param others not called, every table giving initiatives; not null, taken so that both
     *        readings take the same pair
     * @return the counts of the records read, built and refused, by category of loss
     * @throws java.io.UncheckedIOException if the file cannot be opened or read
     * @throws IllegalArgumentException if the source is a JSON document, which has no separator
     *         and is in UTF-8: what is given is refused rather than ignored
     */
    public ImportSummary read(ImportContext context, Path file, Charset charset, char separator, Consumer<ImportedRecord> each,
            OtherRecords others) {
        if (!isTable()) {
            throw new IllegalArgumentException(code() + " is JSON, in UTF-8 with no separator: no charset or separator to give");
        }
        return dispatch(context, file, charset, separator, each, others);
    }

    // The one place each source meets its adapter; private so that a JSON source is never handed a table's charset.
    private ImportSummary dispatch(ImportContext context, Path file, Charset charset, char separator, Consumer<ImportedRecord> each,
            OtherRecords others) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(each, "each");
        Objects.requireNonNull(others, "others");
        return switch (this) {
            case SCDL_SUBVENTIONS -> ScdlImport.subventions(context).read(file, charset, separator, each);
            case SCDL_DELIBERATIONS -> ScdlImport.deliberations(context).read(file, charset, separator, each);
            case DECIDIM_RESULTS -> DecidimImport.results(context).read(file, charset, separator, each);
            case DECIDIM_INITIATIVES -> DecidimImport.initiatives(context).read(file, charset, separator, each);
            case DECIDIM_PROPOSALS -> DecidimImport.proposals(context).read(file, each);
            case DECIDIM_PROCESSES -> DecidimImport.processes(context).read(file, process ->
                    others.add(process.source(), process.built(), process.losses()));
            case PARIS_BUDGET -> BudgetTableImport.of(ColumnProfile.PARIS, context).read(file, charset, separator, each);
            case PARTICIPEDIA_CASES -> ParticipediaImport.cases(context).read(file, imported ->
                    others.add(imported.source(), imported.built(), imported.losses()));
        };
    }
}
