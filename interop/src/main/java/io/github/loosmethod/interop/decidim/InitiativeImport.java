package io.github.loosmethod.interop.decidim;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.initiative.ImmutableInitiative;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.csv.TableImport;
import io.github.loosmethod.interop.decidim.ExportColumns.Localized;
import io.github.loosmethod.provenance.ImmutableSource;
import io.github.loosmethod.provenance.Source;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports the initiatives of a Decidim platform (<em>import des initiatives citoyennes
 * Decidim</em>), as its open-data export writes them ({@code <host>-open-data-initiatives.csv}):
 * one row, one initiative that residents launched and for which they collected signatures,
 * becomes one initiative of the kind the context declares; every value the initiative cannot hold
 * is an entry of the loss report. {@code docs/interop.md} ("Decidim initiatives") gives the mapping
 * column by column.
 *
 * <p>The file is read as the results export is ({@link DecidimImport#read}): the caller gives the
 * charset and the separator; the locales and the optional columns are taken from the header; the
 * required ones are {@code reference}, {@code state}, {@code created_at} and at least one
 * {@code title/} column.
 *
 * <p>The platform's states are false friends, and are never taken for a decision of the town:
 * <ul>
 * <li>{@code created} (the promoters gather their committee): {@code DRAFT}.</li>
 * <li>{@code validating} (the town's technical check): {@code SUBMITTED}, {@code ambiguous} with
 * under assessment.</li>
 * <li>{@code published} (collecting signatures, after the technical check): {@code UNDER_ASSESSMENT},
 * {@code ambiguous} with submitted.</li>
 * <li>{@code accepted}: the signatures reached their goal when the collection closed, set by the
 * platform — not the town's decision, which only its free-text answer may give. The record stays
 * {@code UNDER_ASSESSMENT}, {@code ambiguous} with accepted and naming R3.</li>
 * <li>{@code rejected}: the goal was missed — neither a decision of the town nor a withdrawal of the
 * promoters. The record stays {@code UNDER_ASSESSMENT}, {@code capped_status} with both
 * candidates.</li>
 * <li>{@code discarded} (idle, or unpublished by the platform's administrators) and any other
 * state: {@code unmapped}; the record is submitted, under assessment when it was published.</li>
 * </ul>
 * The submission is dated {@code created_at}, the start of the assessment {@code published_at}
 * (else {@code created_at}), each {@code defaulted}: the export has no date for either step. The
 * town's answer, its date and its address are {@code dropped}: free text that no adapter reads as
 * a decision.
 *
 * <p>The promoters ({@code authors/id}, {@code authors/name}: lists joined by {@code ", "}) are
 * the applicants, residents each ({@code defaulted}: the export does not say whether one is a minor,
 * R14), with the id {@code decidim:<organisation>:user:<id>}, the organisation's prefix taken from
 * the reference. When the two lists cannot be paired (a name holding {@code ", "}) they are
 * {@code ambiguous}, and the context's stand-in applicant carries the initiative ({@code defaulted});
 * without promoters or stand-in the record is refused.
 *
 * <p>The initiative's id is {@code decidim:initiative:<reference>}; the source keeps the system
 * {@code decidim}, the file, the line and the reference. The area's name is a theme; the scope (a
 * part of the territory), the initiative type (its kind is the town's: {@code unmapped}), the
 * signature counters and dates, the hashtag and the platform's notification dates are
 * {@code dropped}. Texts are taken as {@link DecidimImport} takes them.
 *
 * <p>Bad input never throws, as for {@link DecidimImport#read}; only a file that cannot be opened
 * throws. The same file gives the same records and report, byte for byte. Streams: memory holds
 * one row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InitiativeImport {

    /** Decidim's reference of an initiative: {@code <organisation prefix>-INIT-<year>-<month>-<id>}. */
    private static final Pattern REFERENCE = Pattern.compile("(.+)-INIT-\\d{4}-\\d{2}-\\d+");
    private static final Pattern USER_ID = Pattern.compile("[1-9]\\d{0,17}");
    /** How Decidim's CSV export joins the elements of a list in one cell. */
    private static final String LIST_SEPARATOR = ", ";
    private static final String DROPPED_COUNTER = "interop.decidim.counter";
    private static final String DROPPED_SIGNATURES = "interop.decidim.initiative.signatures";

    private final ImportContext context;
    private final Language language;

    InitiativeImport(ImportContext context) {
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Reads an initiatives export, giving each row's record to {@code each} in the order of the
     * file.
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
                header -> ExportColumns.initiatives(header).missing(List.of(ExportColumns.REFERENCE, ExportColumns.STATE, ExportColumns.CREATED_AT)),
                (name, header) -> {
                    ExportColumns columns = ExportColumns.initiatives(header);
                    return new TableImport.Rows(columns.extra(), row -> source(name, row.line(), RowTexts.text(row, ExportColumns.REFERENCE)),
                            (row, losses) -> row(row, columns, losses));
                },
                (name, line) -> source(name, line, Optional.empty())), each);
    }

    /** Builds the record of one row, or refuses it with every reason found. */
    private ImportedRecord row(CsvRow row, ExportColumns columns, Losses losses) {
        boolean refused = false;
        Optional<String> reference = RowTexts.text(row, ExportColumns.REFERENCE);
        if (reference.isEmpty()) {
            losses.add(ExportColumns.REFERENCE, "", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", ExportColumns.REFERENCE);
            refused = true;
        }
        List<Localized> titles = columns.translated(ExportColumns.TITLE);
        if (titles.stream().allMatch(title -> RowTexts.text(row, title.column()).isEmpty())) {
            String names = titles.stream().map(Localized::column).collect(Collectors.joining(", "));
            losses.add(names, "/title", LossCategory.REFUSED_RECORD, null, "interop.decidim.initiative.titleBlank", names);
            refused = true;
        }
        Optional<Instant> createdAt = date(row, ExportColumns.CREATED_AT, true, losses);
        Optional<Instant> publishedAt = date(row, ExportColumns.PUBLISHED_AT, false, losses);
        if (createdAt.isEmpty() || row.cell(ExportColumns.PUBLISHED_AT).isPresent() && publishedAt.isEmpty()) {
            refused = true;
        }
        List<Promoter> applicants = reference.map(value -> promoters(row, value, losses)).orElse(List.of());
        if (applicants.isEmpty() && context.standInApplicant().isEmpty()) {
            losses.add(ExportColumns.AUTHOR_NAMES, "/applicants", LossCategory.REFUSED_RECORD, null,
                    "interop.decidim.initiative.noApplicant");
            refused = true;
        }
        if (refused) {
            return losses.refused();
        }
        return losses.record(() -> build(row, columns, losses, reference.get(), createdAt.get(), publishedAt, applicants));
    }

    /**
     * A date of the row: empty, with a refusal, when it cannot be read, or when it is required and
     * blank.
     */
    private static Optional<Instant> date(CsvRow row, String column, boolean required, Losses losses) {
        Optional<String> text = RowTexts.text(row, column);
        if (text.isEmpty()) {
            if (required) {
                losses.add(column, "/history", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", column);
            }
            return Optional.empty();
        }
        Optional<Instant> instant = DecidimImport.instant(text.get());
        if (instant.isEmpty()) {
            losses.add(column, "/history", LossCategory.REFUSED_RECORD, text.get(), "interop.decidim.createdAt");
        }
        return instant;
    }

    /** A promoter as the export names it; an actor once the record is built, where the model may refuse its values. */
    private record Promoter(String id, String name) {
    }

    /**
     * The promoters, paired id with name; none, with an {@code ambiguous} entry, when the two lists
     * cannot be paired.
     */
    private List<Promoter> promoters(CsvRow row, String reference, Losses losses) {
        Optional<String> ids = RowTexts.text(row, ExportColumns.AUTHOR_IDS);
        Optional<String> names = RowTexts.text(row, ExportColumns.AUTHOR_NAMES);
        if (ids.isEmpty() && names.isEmpty()) {
            return List.of();
        }
        List<String> idList = ids.map(InitiativeImport::split).orElse(List.of());
        List<String> nameList = names.map(InitiativeImport::split).orElse(List.of());
        if (idList.size() != nameList.size() || !idList.stream().allMatch(id -> USER_ID.matcher(id).matches())
                || nameList.stream().anyMatch(String::isEmpty)) {
            losses.add(ExportColumns.AUTHOR_NAMES, "/applicants", LossCategory.AMBIGUOUS, names.or(() -> ids).orElseThrow(),
                    "interop.decidim.initiative.authors", ids.orElse(""), names.orElse(""));
            return List.of();
        }
        Matcher matcher = REFERENCE.matcher(reference);
        String platform = matcher.matches() ? matcher.group(1) + ":" : "";
        List<Promoter> promoters = new ArrayList<>();
        for (int i = 0; i < idList.size(); i++) {
            promoters.add(new Promoter(DecidimImport.DECIDIM + ":" + platform + "user:" + idList.get(i), nameList.get(i)));
        }
        return promoters;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(LIST_SEPARATOR, -1)).map(String::strip).collect(Collectors.toList());
    }

    private Initiative build(CsvRow row, ExportColumns columns, Losses losses, String reference, Instant createdAt,
            Optional<Instant> publishedAt, List<Promoter> promoters) {
        Localized titleColumn = RowTexts.translated(row, columns.translated(ExportColumns.TITLE), "/title", losses, context.locales())
                .orElseThrow();
        String title = RowTexts.text(row, titleColumn.column()).orElseThrow();
        String purpose = RowTexts.purpose(row, columns.translated(ExportColumns.DESCRIPTION), title, losses, context.locales(),
                "interop.decidim.initiative.purpose", "interop.decidim.initiative.purposeFromTitle");
        Optional<String> theme = RowTexts.translated(row, columns.translated(ExportColumns.AREA_NAME), "/themes/0", losses, context.locales())
                .flatMap(column -> RowTexts.text(row, column.column()));
        RowTexts.dropped(row, ExportColumns.AREA_ID, "/themes/0", "interop.decidim.initiative.areaId", losses);
        RowTexts.dropped(row, ExportColumns.SCOPE_ID, "", "interop.decidim.scope", losses);
        for (Localized scope : columns.translated(ExportColumns.SCOPE_NAME)) {
            RowTexts.dropped(row, scope.column(), "", "interop.decidim.scope", losses);
        }
        RowTexts.dropped(row, ExportColumns.TYPE_ID, "/kind", "interop.decidim.initiative.type", losses);
        for (Localized type : columns.translated(ExportColumns.TYPE_TITLE)) {
            row.cell(type.column()).ifPresent(value -> losses.add(type.column(), "/kind", LossCategory.UNMAPPED, value,
                    "interop.decidim.initiative.type", type.column()));
        }
        RowTexts.dropped(row, ExportColumns.SIGNATURES, "", DROPPED_COUNTER, losses);
        for (String column : List.of(ExportColumns.SIGNATURE_START_DATE, ExportColumns.SIGNATURE_END_DATE, ExportColumns.SIGNATURE_TYPE)) {
            RowTexts.dropped(row, column, "", DROPPED_SIGNATURES, losses);
        }
        for (String column : List.of(ExportColumns.HASHTAG, ExportColumns.FIRST_PROGRESS_NOTIFICATION_AT,
                ExportColumns.SECOND_PROGRESS_NOTIFICATION_AT)) {
            RowTexts.dropped(row, column, "", "interop.dropped", losses);
        }
        for (Localized answer : columns.translated(ExportColumns.ANSWER)) {
            RowTexts.dropped(row, answer.column(), "/decisions", "interop.decidim.initiative.answer", losses);
        }
        RowTexts.dropped(row, ExportColumns.ANSWERED_AT, "/decisions", "interop.decidim.initiative.answer", losses);
        RowTexts.dropped(row, ExportColumns.ANSWER_URL, "/decisions", "interop.decidim.initiative.answer", losses);
        for (String machine : columns.machineTranslations()) {
            RowTexts.dropped(row, machine, "", "interop.decidim.machineTranslation", losses);
        }

        ImmutableInitiative.Builder draft = context.draft(DecidimImport.DECIDIM + ":initiative:" + reference, title, purpose, losses.source());
        theme.ifPresent(draft::addTheme);
        if (promoters.isEmpty()) {
            draft.addApplicant(context.standInApplicant().orElseThrow());
            losses.add(null, "/applicants/0", LossCategory.DEFAULTED, null, "interop.decidim.initiative.standIn",
                    context.standInApplicant().get().name());
        } else {
            for (int i = 0; i < promoters.size(); i++) {
                draft.addApplicant(Actor.of(promoters.get(i).id(), promoters.get(i).name(), ActorKind.RESIDENT));
                losses.add(ExportColumns.AUTHOR_NAMES, "/applicants/" + i + "/kind", LossCategory.DEFAULTED, promoters.get(i).name(),
                        "interop.decidim.initiative.resident");
            }
        }
        losses.add(null, "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        if (!context.plan().levels().isEmpty()) {
            losses.add(null, "/involvementPlan", LossCategory.DEFAULTED, null, "interop.decidim.plan");
        }
        return status(row, losses, draft.build(), createdAt, publishedAt);
    }

    /** The status the platform's state reaches, as far as the facts and the rules allow. */
    private Initiative status(CsvRow row, Losses losses, Initiative draft, Instant createdAt, Optional<Instant> publishedAt) {
        String state = RowTexts.text(row, ExportColumns.STATE).orElse("");
        if ("created".equals(state)) {
            RowTexts.dropped(row, ExportColumns.PUBLISHED_AT, "/history", "interop.decidim.initiative.notPublished", losses);
            return draft;
        }
        Actor promoter = draft.applicants().get(0);
        Initiative submitted = draft.submit(promoter, createdAt, words("interop.decidim.initiative.submitted"));
        losses.add(ExportColumns.CREATED_AT, "/history/0", LossCategory.DEFAULTED, row.cell(ExportColumns.CREATED_AT).orElseThrow(),
                "interop.decidim.initiative.eventAt", "submit", ExportColumns.CREATED_AT);
        if ("validating".equals(state)) {
            RowTexts.dropped(row, ExportColumns.PUBLISHED_AT, "/history", "interop.decidim.initiative.notPublished", losses);
            losses.add(ExportColumns.STATE, "/status", LossCategory.AMBIGUOUS, state, candidates(InitiativeStatus.SUBMITTED,
                    InitiativeStatus.UNDER_ASSESSMENT), null, "interop.decidim.initiative.validating");
            return submitted;
        }
        boolean published = List.of("published", "accepted", "rejected").contains(state);
        if (!published && publishedAt.isEmpty()) {
            otherState(state, losses);
            return submitted;
        }
        String dateColumn = publishedAt.isPresent() ? ExportColumns.PUBLISHED_AT : ExportColumns.CREATED_AT;
        Initiative assessed = submitted.startAssessment(context.town(), publishedAt.orElse(createdAt),
                words("interop.decidim.initiative.assessed"));
        losses.add(dateColumn, "/history/1", LossCategory.DEFAULTED, row.cell(dateColumn).orElseThrow(), "interop.decidim.initiative.eventAt",
                "start_assessment", dateColumn);
        switch (state) {
            case "published" -> losses.add(ExportColumns.STATE, "/status", LossCategory.AMBIGUOUS, state,
                    candidates(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_ASSESSMENT), null, "interop.decidim.initiative.published");
            case "accepted" -> losses.add(ExportColumns.STATE, "/status", LossCategory.AMBIGUOUS, state,
                    candidates(InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.ACCEPTED), "R3", "interop.decidim.initiative.accepted");
            case "rejected" -> losses.add(ExportColumns.STATE, "/status", LossCategory.CAPPED_STATUS, state,
                    candidates(InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN), "R3", "interop.decidim.initiative.rejected");
            default -> otherState(state, losses);
        }
        return assessed;
    }

    /** A state the adapter does not map ({@code discarded}, a platform's own), or none. */
    private static void otherState(String state, Losses losses) {
        if (state.isEmpty()) {
            losses.add(ExportColumns.STATE, "/status", LossCategory.DEFAULTED, null, "interop.decidim.initiative.noState");
        } else {
            losses.add(ExportColumns.STATE, "/status", LossCategory.UNMAPPED, state, "interop.decidim.initiative.state", state);
        }
    }

    private static List<String> candidates(InitiativeStatus... statuses) {
        return Arrays.stream(statuses).map(DecidimImport::code).collect(Collectors.toList());
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }

    private Source source(String file, long line, Optional<String> reference) {
        ImmutableSource.Builder source = Source.builder().withSystem(DecidimImport.DECIDIM).withFile(file)
                .withLine((int) Math.min(line, Integer.MAX_VALUE)).withRetrievedAt(context.importedAt());
        reference.ifPresent(source::withId);
        return source.build();
    }
}
