package io.github.loosmethod.interop.decidim;

import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Texts;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.ImmutableInitiative;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.csv.TableImport;
import io.github.loosmethod.interop.decidim.ExportColumns.Localized;
import io.github.loosmethod.provenance.Source;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports the results of a Decidim accountability component (<em>import des résultats
 * Decidim</em>), as its open-data or admin export writes them: one row, one result of a
 * participatory process that the town carries out, becomes one fifty-fifty initiative, accepted by
 * the town's deciding body when the context names it; every value the initiative cannot hold is an
 * entry of the loss report. {@code docs/interop.md} ("Decidim results") gives the mapping column by
 * column.
 *
 * <p>The file is read as the export writes it: {@code ;} between fields (the caller says so),
 * nested keys joined by {@code /}, one column per locale for a translated text
 * ({@code title/ca}, {@code title/en}…). The locales and the optional columns are taken from the
 * header; the required ones are {@code id}, {@code created_at} and at least one {@code title/}
 * column.
 *
 * <p>The decisions this adapter makes where the source is silent, each reported:
 * <ul>
 * <li><b>Applicants.</b> A result names no proposer: the context's stand-in applicant carries it
 * ({@code defaulted}); without one the record is refused, since an initiative has at least one
 * applicant.</li>
 * <li><b>Status.</b> From {@code progress}: 0 (or none) is a result accepted and not started,
 * {@code ACCEPTED}; above 0 it is in progress, and at 100 delivered, both capped at
 * {@code ACCEPTED} with a {@code capped_status} entry holding the progress and the status it
 * implies: a fifty-fifty in progress has a convention signed by both sides (R4) that no result
 * holds, and applicants' commitments are never invented.
 * Accepting needs an elected body's decision (R3): the context's deciding body
 * ({@code defaulted}); without one the record stays {@code UNDER_ASSESSMENT}, its
 * {@code capped_status} entry naming R3.</li>
 * <li><b>History.</b> Submission, assessment and acceptance are dated {@code created_at}, the
 * only date of the result's own ({@code defaulted} each); a row without a readable one is
 * refused.</li>
 * <li><b>Texts.</b> The title and the description in the first of the context's locales that has
 * one, else in the first locale of the header that has one ({@code degraded}); the other locales
 * {@code degraded}; machine translations never taken ({@code dropped}). The description is HTML:
 * its plain text ({@code degraded}) is the living-environment purpose, and stands in for the
 * general interest the export does not state ({@code defaulted}); without a description the
 * title stands in for both.</li>
 * <li><b>Category and scope.</b> The category's name is a theme (its id {@code dropped}); a scope
 * is a part of the territory (a district) or a field the platform defines, not a theme:
 * {@code dropped}.</li>
 * <li><b>Identity.</b> The id is {@code decidim:<host>:result:<id>}, the host (and port) of the
 * result's {@code url}, else {@code decidim:component-<component id>:result:<id>}: stable across
 * re-exports of the platform. The source keeps the system {@code decidim}, the file, the line,
 * the result's id and its URL, which holds the participatory space
 * ({@code /processes/<slug>/f/<component>/results/<id>}).</li>
 * <li><b>No place in the model.</b> The parent result (a sub-result of a project), the planned
 * dates of the works, the platform's own status, the links to proposals, the scope: each
 * {@code dropped} where present; columns the export does not have, once per file.</li>
 * </ul>
 *
 * <p>Bad input never throws: a file in another charset imports nothing and is one refused record
 * naming the line and byte offset; a header without the required columns (often a wrong
 * separator, which the message names), an empty file, a malformed quote likewise; a ragged row, a
 * row without id, title or date of creation are each a refused record at their line, and the other
 * rows are read. Only a file that cannot be opened throws ({@link UncheckedIOException}). The same
 * file gives the same records and report, byte for byte. Streams: memory holds one row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DecidimImport {

    /** The system named in the sources of what this adapter imports. */
    public static final String DECIDIM = "decidim";

    /** A progress as the export writes it: {@code 46.33}, {@code 25.0}, {@code 0}. */
    private static final Pattern PROGRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,9})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A time as Rails writes it ({@code 2020-05-10 22:36:26 UTC}, {@code … +0200}) or ISO 8601. */
    private static final Pattern CREATED_AT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?) ?(UTC|Z|[+-]\\d{2}:?\\d{2})");
    /** The component in a result's address: {@code /f/15/}. */
    private static final String COMPONENT_IN_PATH = "/f/%s/";

    private final ImportContext context;
    private final Language language;

    private DecidimImport(ImportContext context) {
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Returns the importer of a platform's results for a town.
     *
     * @param context what the export does not say, not null
     * @return the importer, never null
     * @throws IllegalArgumentException if the context declares another kind than the fifty-fifty,
     *         the one this adapter builds
     */
    public static DecidimImport results(ImportContext context) {
        Objects.requireNonNull(context, "context");
        if (context.kind() != InitiativeKind.FIFTY_FIFTY) {
            throw new IllegalArgumentException("the Decidim results adapter builds fifty-fifty initiatives, not " + context.kind());
        }
        return new DecidimImport(context);
    }

    /**
     * Returns the importer of a platform's proposals for a town: each proposal of its JSON export
     * one initiative of the kind the context declares. {@code docs/interop.md} ("Decidim
     * proposals") gives the mapping key by key.
     *
     * @param context what the export does not say, not null
     * @return the importer, never null
     */
    public static ProposalImport proposals(ImportContext context) {
        return new ProposalImport(Objects.requireNonNull(context, "context"));
    }

    /**
     * Returns the importer of a platform's initiatives (<em>initiatives citoyennes</em>), as its
     * open-data export writes them: each row one initiative of the kind the context declares.
     * {@code docs/interop.md} ("Decidim initiatives") gives the mapping column by column.
     *
     * @param context what the export does not say, not null
     * @return the importer, never null
     */
    public static InitiativeImport initiatives(ImportContext context) {
        return new InitiativeImport(Objects.requireNonNull(context, "context"));
    }

    /**
     * Returns the importer of a platform's participatory processes: each process one
     * {@link ImportedProcess}, its steps mapped to the method's phases only through the caller's
     * dictionary ({@link ProcessImport#withSteps}). {@code docs/interop.md} ("Decidim processes")
     * gives the mapping key by key.
     *
     * @param context what the export does not say, not null
     * @return the importer, never null
     */
    public static ProcessImport processes(ImportContext context) {
        return new ProcessImport(Objects.requireNonNull(context, "context"), java.util.Map.of());
    }

    /**
     * Reads a results export, giving each row's record to {@code each} in the order of the file.
     *
     * @param file the CSV file, not null
     * @param charset the charset it is written in, never guessed, not null
     * @param separator its separator of fields, never guessed; Decidim writes {@code ';'}
     * @param each receives each imported record, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Charset charset, char separator, Consumer<ImportedRecord> each) {
        return TableImport.read(file, charset, separator, new TableImport.Format(
                header -> ExportColumns.results(header).missing(List.of(ExportColumns.ID, ExportColumns.CREATED_AT)),
                (name, header) -> {
                    ExportColumns columns = ExportColumns.results(header);
                    return new TableImport.Rows(columns.extra(), row -> source(name, row.line(), RowTexts.text(row, ExportColumns.ID),
                            row.cell(ExportColumns.URL).filter(DecidimImport::isWebAddress)), (row, losses) -> row(row, columns, losses));
                },
                (name, line) -> source(name, line, Optional.empty(), Optional.empty())), each);
    }

    /** Builds the record of one row, or refuses it with every reason found. */
    private ImportedRecord row(CsvRow row, ExportColumns columns, Losses losses) {
        boolean refused = false;
        if (RowTexts.text(row, ExportColumns.ID).isEmpty()) {
            losses.add(ExportColumns.ID, "", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", ExportColumns.ID);
            refused = true;
        }
        List<Localized> titles = columns.translated(ExportColumns.TITLE);
        if (titles.stream().allMatch(title -> RowTexts.text(row, title.column()).isEmpty())) {
            String names = titles.stream().map(Localized::column).collect(Collectors.joining(", "));
            losses.add(names, "/title", LossCategory.REFUSED_RECORD, null, "interop.decidim.titleBlank", names);
            refused = true;
        }
        Optional<String> createdAtText = row.cell(ExportColumns.CREATED_AT);
        Optional<Instant> createdAt = createdAtText.flatMap(DecidimImport::instant);
        if (createdAtText.isEmpty()) {
            losses.add(ExportColumns.CREATED_AT, "/history", LossCategory.REFUSED_RECORD, null, "interop.csv.blank",
                    ExportColumns.CREATED_AT);
            refused = true;
        } else if (createdAt.isEmpty()) {
            losses.add(ExportColumns.CREATED_AT, "/history", LossCategory.REFUSED_RECORD, createdAtText.get(), "interop.decidim.createdAt");
            refused = true;
        }
        if (context.standInApplicant().isEmpty()) {
            losses.add(null, "/applicants", LossCategory.REFUSED_RECORD, null, "interop.decidim.noApplicant");
            refused = true;
        }
        if (refused) {
            return losses.refused();
        }
        return losses.record(() -> build(row, columns, losses, createdAt.get(), context.standInApplicant().get()));
    }

    private Initiative build(CsvRow row, ExportColumns columns, Losses losses, Instant createdAt, Actor applicant) {
        identity(row, losses);
        row.cell(ExportColumns.PARENT_ID).ifPresent(parent -> losses.add(ExportColumns.PARENT_ID, "", LossCategory.DROPPED, parent,
                "interop.decidim.parent", parent));
        Localized titleColumn = RowTexts.translated(row, columns.translated(ExportColumns.TITLE), "/title", losses, context.locales()).orElseThrow();
        String title = RowTexts.text(row, titleColumn.column()).orElseThrow();
        String purpose = RowTexts.purpose(row, columns.translated(ExportColumns.DESCRIPTION), title, losses, context.locales(),
                "interop.decidim.purpose", "interop.decidim.purposeFromTitle");
        Optional<String> theme = theme(row, columns, losses);
        for (Localized scope : columns.translated(ExportColumns.SCOPE_NAME)) {
            RowTexts.dropped(row, scope.column(), "", "interop.decidim.scope", losses);
        }
        RowTexts.dropped(row, ExportColumns.SCOPE_ID, "", "interop.decidim.scope", losses);
        RowTexts.dropped(row, ExportColumns.START_DATE, "", "interop.decidim.dates", losses);
        RowTexts.dropped(row, ExportColumns.END_DATE, "", "interop.decidim.dates", losses);
        status(row, columns, losses);
        Optional<InitiativeStatus> implied = implied(row, losses);

        ImmutableInitiative.Builder draft = context.draft(id(row), title, purpose, losses.source())
                .addApplicant(applicant);
        theme.ifPresent(draft::addTheme);
        losses.add(null, "/applicants/0", LossCategory.DEFAULTED, null, "interop.decidim.standIn", applicant.name());
        losses.add(null, "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        if (!context.plan().levels().isEmpty()) {
            losses.add(null, "/involvementPlan", LossCategory.DEFAULTED, null, "interop.decidim.plan");
        }
        String at = row.cell(ExportColumns.CREATED_AT).orElseThrow();
        Initiative assessed = draft.build()
                .submit(applicant, createdAt, words("interop.decidim.submitted"))
                .startAssessment(context.town(), createdAt, words("interop.decidim.assessed"));
        losses.add(ExportColumns.CREATED_AT, "/history/0", LossCategory.DEFAULTED, at, "interop.decidim.eventAt", "submit");
        losses.add(ExportColumns.CREATED_AT, "/history/1", LossCategory.DEFAULTED, at, "interop.decidim.eventAt", "start_assessment");
        Initiative initiative = assessed;
        Optional<String> progress = row.cell(ExportColumns.PROGRESS);
        InitiativeStatus candidate = implied.orElse(InitiativeStatus.ACCEPTED);
        if (context.decidingBody().isPresent()) {
            initiative = assessed.accept(Decision.builder().withDecidedBy(context.decidingBody().get()).withDecidedAt(createdAt)
                    .withOutcome(DecisionOutcome.ACCEPTED).addReasons(words("interop.decidim.accepted")).build());
            losses.add(null, "/decisions/0/decidedBy", LossCategory.DEFAULTED, null, "interop.decidim.decidedBy",
                    context.decidingBody().get().name());
            losses.add(ExportColumns.CREATED_AT, "/decisions/0/decidedAt", LossCategory.DEFAULTED, at, "interop.decidim.eventAt", "accept");
            if (candidate != InitiativeStatus.ACCEPTED) {
                losses.add(ExportColumns.PROGRESS, "/status", LossCategory.CAPPED_STATUS, progress.orElseThrow(), List.of(code(candidate)),
                        "R4", "interop.decidim.progressCapped", progress.get(), label(candidate));
            }
        } else {
            losses.add(progress.isPresent() ? ExportColumns.PROGRESS : null, "/status", LossCategory.CAPPED_STATUS, progress.orElse(null),
                    List.of(code(candidate)), "R3", "interop.decidim.noDecider", label(candidate));
        }
        RowTexts.dropped(row, ExportColumns.PROPOSAL_URLS, "", "interop.decidim.proposals", losses);
        for (String machine : columns.machineTranslations()) {
            RowTexts.dropped(row, machine, "", "interop.decidim.machineTranslation", losses);
        }
        return initiative;
    }

    /** The address and the component: kept in the source and the id, or reported. */
    private void identity(CsvRow row, Losses losses) {
        Optional<String> url = row.cell(ExportColumns.URL);
        if (url.isPresent() && !isWebAddress(url.get())) {
            losses.add(ExportColumns.URL, "/sources/0/url", LossCategory.DROPPED, url.get(), "interop.decidim.url");
        }
        Optional<String> component = row.cell(ExportColumns.COMPONENT_ID);
        // The component is in the id when no address gives the host, else in the address.
        if (component.isPresent() && losses.source().url().isPresent()
                && !String.valueOf(URI.create(losses.source().url().get()).getRawPath()).contains(String.format(COMPONENT_IN_PATH, component.get()))) {
            losses.add(ExportColumns.COMPONENT_ID, "", LossCategory.DROPPED, component.get(), "interop.dropped", ExportColumns.COMPONENT_ID);
        }
    }

    /** The category's name as a theme; its id is not kept. */
    private Optional<String> theme(CsvRow row, ExportColumns columns, Losses losses) {
        Optional<String> theme = RowTexts.translated(row, columns.translated(ExportColumns.CATEGORY_NAME), "/themes/0", losses, context.locales())
                .flatMap(column -> RowTexts.text(row, column.column()));
        row.cell(ExportColumns.CATEGORY_ID).ifPresent(id -> losses.add(ExportColumns.CATEGORY_ID, "/themes/0", LossCategory.DROPPED, id,
                "interop.decidim.categoryId"));
        return theme;
    }

    /** The platform's own status of the result: a vocabulary of each platform, not the record's status. */
    private void status(CsvRow row, ExportColumns columns, Losses losses) {
        Optional<String> key = row.cell(ExportColumns.STATUS_KEY);
        key.ifPresent(value -> losses.add(ExportColumns.STATUS_KEY, "/status", LossCategory.UNMAPPED, value, "interop.decidim.status", value));
        RowTexts.dropped(row, ExportColumns.STATUS_ID, "/status", "interop.dropped", losses);
        for (Localized name : columns.translated(ExportColumns.STATUS_NAME)) {
            RowTexts.dropped(row, name.column(), "/status", "interop.dropped", losses);
        }
    }

    /** The status the progress implies, or empty (accepted, not started) when there is none or it cannot be read. */
    private static Optional<InitiativeStatus> implied(CsvRow row, Losses losses) {
        Optional<String> progress = row.cell(ExportColumns.PROGRESS);
        if (progress.isEmpty()) {
            losses.add(null, "/status", LossCategory.DEFAULTED, null, "interop.decidim.noProgress");
            return Optional.empty();
        }
        if (!PROGRESS.matcher(progress.get()).matches() || new BigDecimal(progress.get()).compareTo(HUNDRED) > 0) {
            losses.add(ExportColumns.PROGRESS, "/status", LossCategory.DROPPED, progress.get(), "interop.decidim.progress");
            return Optional.empty();
        }
        BigDecimal percent = new BigDecimal(progress.get());
        if (percent.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(percent.compareTo(HUNDRED) == 0 ? InitiativeStatus.DELIVERED : InitiativeStatus.IN_PROGRESS);
    }

    static Optional<Instant> instant(String text) {
        Matcher matcher = CREATED_AT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String zone = matcher.group(3);
        try {
            ZoneOffset offset = zone.equals("UTC") || zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return Optional.of(LocalDate.parse(matcher.group(1)).atTime(LocalTime.parse(matcher.group(2))).toInstant(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An absolute http or https address with a host, as a source's URL must be. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code decidim:<host[:port]>:result:<id>}, else {@code decidim:component-<id>:result:<id>}, else {@code decidim:result:<id>}. */
    private static String id(CsvRow row) {
        String result = RowTexts.text(row, ExportColumns.ID).orElseThrow();
        Optional<String> host = row.cell(ExportColumns.URL).filter(DecidimImport::isWebAddress).map(URI::create)
                .map(uri -> uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        Optional<String> space = host.or(() -> row.cell(ExportColumns.COMPONENT_ID).map(component -> "component-" + component));
        return DECIDIM + ":" + space.map(value -> value + ":").orElse("") + "result:" + result;
    }

    static String code(InitiativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static LocalizedText label(InitiativeStatus status) {
        return LocalizedText.of(status.label(Locale.ENGLISH), status.label(Locale.FRENCH));
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }

    private Source source(String file, long line, Optional<String> id, Optional<String> url) {
        io.github.loosmethod.provenance.ImmutableSource.Builder source = Source.builder().withSystem(DECIDIM).withFile(file).withLine((int) Math.min(line, Integer.MAX_VALUE))
                .withRetrievedAt(context.importedAt());
        id.ifPresent(source::withId);
        url.ifPresent(source::withUrl);
        return source.build();
    }
}
