package io.github.loosmethod.interop.budget;

import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.ImmutableDecision;
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
import io.github.loosmethod.provenance.Source;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Imports a town's table of winning participatory-budget projects through a {@link ColumnProfile}
 * (<em>import des projets lauréats d'un budget participatif</em>): one row, one project the
 * residents voted for, becomes one fifty-fifty initiative, accepted by the town's deciding body
 * when the context names it; every value the initiative cannot hold is an entry of the loss
 * report. {@code docs/interop.md} ("Participatory-budget tables (Paris profile)") gives the mapping
 * column by column; {@link ColumnProfile#PARIS} is the first profile.
 *
 * <p>The decisions this adapter makes where the table is silent, each reported:
 * <ul>
 * <li><b>Applicants.</b> A winning project names no proposer (T1): the context's stand-in
 * applicant carries it ({@code defaulted}); without one every record is refused, since an
 * initiative has at least one applicant. The service that leads the works is a municipal service:
 * it may not be an applicant (R1), and without a convention the model has no place for it
 * ({@code dropped}, naming R1).</li>
 * <li><b>Decider.</b> Winning the residents' vote is no decision of an elected body (R3): the
 * context's deciding body accepts the project ({@code defaulted}); without one the record stays
 * {@code UNDER_ASSESSMENT}, its {@code capped_status} entry naming R3 and the status the progress
 * implies.</li>
 * <li><b>Status.</b> The progress word, through the profile: not started (procedures, studies)
 * is {@code ACCEPTED}; works under way, delivered or finished are capped at {@code ACCEPTED} with
 * a {@code capped_status} entry naming R4 and the status implied ({@code in_progress},
 * {@code delivered}): a fifty-fifty in progress has a convention signed by both sides that no
 * table holds, and applicants' commitments are never invented.
 * A project the town abandoned stays {@code ACCEPTED} — it did win the vote and was accepted —
 * with an {@code unmapped} entry: the model has no abandonment by the town, and a withdrawal is the
 * applicants' act, so it is never {@code WITHDRAWN}. A word the profile does not know is
 * {@code unmapped} too; no progress is a project not started ({@code defaulted}).</li>
 * <li><b>History.</b> Submission, assessment and acceptance are dated 1 January of the edition,
 * the year of the vote, at midnight in the territory's zone ({@code defaulted} each): the table
 * has no date of the vote. A row without an edition written as a year is refused.</li>
 * <li><b>Months.</b> The month columns date the works (procedures, studies, works, delivery,
 * opening): steps after acceptance, which a record without a convention does not reach (R4). So a
 * month is {@code dropped} (naming R4), never the date of a step of the vote; a word for "no
 * date" ({@code NON LANCÉE}, {@code Non ouvert}…) is an absent value, reported, never parsed as a
 * date; another value that is no {@code YYYY-MM} month is reported as such.</li>
 * <li><b>Territory.</b> The record's territory is the context's: the caller chooses the city or a
 * district. A district of the project other than that territory is {@code degraded} (the place is
 * wider than the project's); a city-wide project's district (Paris writes the city hall's, 4) is
 * {@code dropped}, never taken for its place; a value that is no district of the profile (Paris's
 * {@code 23}) is {@code dropped}, never guessed. The scale the project won in is {@code dropped}.</li>
 * <li><b>Budget.</b> With a decision, the budget is kept exactly in its object; the town's funding
 * is never a commitment without the applicants' side of a convention ({@code dropped}, naming R5,
 * as the SCDL subsidies adapter does). Its range, when the table has one, is {@code dropped}.</li>
 * <li><b>Texts.</b> A title that is a placeholder of the profile ({@code NON REGISTRÉ}) is no
 * title: the record is refused at the title column. The title stands in for both texts of the
 * purpose, which the table does not have ({@code defaulted}); the theme is kept as a theme.</li>
 * <li><b>Identity.</b> The id is {@code <system>:<project id>} ({@code paris-bp:2205}): stable
 * across editions and re-exports. The source keeps the system, the file, the line and the
 * project's id.</li>
 * </ul>
 *
 * <p>Bad input never throws: a file in another charset imports nothing and is one refused record
 * naming the line and byte offset; a header without the profile's id, title and edition columns
 * (often a wrong separator, which the message names), an empty file, a malformed quote likewise; a
 * ragged row, a row without id, title or edition are each a refused record at their line, and the
 * other rows are read. Only a file that cannot be opened throws ({@link UncheckedIOException}).
 * The same file gives the same records and report, byte for byte. Streams: memory holds one row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetTableImport {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

    private final ColumnProfile profile;
    private final ImportContext context;
    private final Language language;

    private BudgetTableImport(ColumnProfile profile, ImportContext context) {
        this.profile = profile;
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Returns the importer of a table read through a profile, for a town.
     *
     * @param profile what the table's columns mean, not null
     * @param context what the table does not say, not null
     * @return the importer, never null
     * @throws IllegalArgumentException if the context declares another kind than the fifty-fifty,
     *         the one this adapter builds
     */
    public static BudgetTableImport of(ColumnProfile profile, ImportContext context) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(context, "context");
        if (context.kind() != InitiativeKind.FIFTY_FIFTY) {
            throw new IllegalArgumentException("the participatory-budget adapter builds fifty-fifty initiatives, not " + context.kind());
        }
        return new BudgetTableImport(profile, context);
    }

    /**
     * Reads a table, giving each row's record to {@code each} in the order of the file.
     *
     * @param file the CSV file, not null
     * @param charset the charset it is written in, never guessed, not null
     * @param separator its separator of fields, never guessed; Paris's is {@code ','}
     * @param each receives each imported record, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Charset charset, char separator, Consumer<ImportedRecord> each) {
        return TableImport.read(file, charset, separator, new TableImport.Format(
                header -> Stream.of(profile.id(), profile.title(), profile.edition()).filter(column -> !header.contains(column)).toList(),
                (name, header) -> new TableImport.Rows(header.stream().filter(column -> !profile.columns().contains(column)).distinct().toList(),
                        row -> source(name, row.line(), row.cell(profile.id())), this::row),
                (name, line) -> source(name, line, Optional.empty())), each);
    }

    /** Builds the record of one row, or refuses it with every reason found. */
    private ImportedRecord row(CsvRow row, Losses losses) {
        boolean refused = false;
        if (row.cell(profile.id()).isEmpty()) {
            losses.add(profile.id(), "", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", profile.id());
            refused = true;
        }
        Optional<String> title = row.cell(profile.title());
        if (title.isEmpty()) {
            losses.add(profile.title(), "/title", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", profile.title());
            refused = true;
        } else if (profile.isNonTitle(title.get())) {
            losses.add(profile.title(), "/title", LossCategory.REFUSED_RECORD, title.get(), "interop.budget.notTitle", title.get());
            refused = true;
        }
        Optional<String> edition = row.cell(profile.edition());
        if (edition.isEmpty()) {
            losses.add(profile.edition(), "/history", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", profile.edition());
            refused = true;
        } else if (!YEAR.matcher(edition.get()).matches()) {
            losses.add(profile.edition(), "/history", LossCategory.REFUSED_RECORD, edition.get(), "interop.budget.edition");
            refused = true;
        }
        if (context.standInApplicant().isEmpty()) {
            losses.add(null, "/applicants", LossCategory.REFUSED_RECORD, null, "interop.budget.noApplicant");
            refused = true;
        }
        if (refused) {
            return losses.refused();
        }
        return losses.record(() -> build(row, losses, title.get(), edition.get(), context.standInApplicant().get()));
    }

    private Initiative build(CsvRow row, Losses losses, String title, String edition, Actor applicant) {
        String id = profile.system() + ":" + row.cell(profile.id()).orElseThrow();
        Instant voted = LocalDate.of(Integer.parseInt(edition), 1, 1).atStartOfDay(context.territory().zone()).toInstant();
        ImmutableInitiative.Builder draft = context.draft(id, title, title, losses.source())
                .addApplicant(applicant);
        profile.theme().flatMap(row::cell).ifPresent(draft::addTheme);
        losses.add(profile.title(), "/purpose/livingEnvironment", LossCategory.DEFAULTED, null, "interop.budget.purpose");
        losses.add(profile.title(), "/purpose/generalInterest", LossCategory.DEFAULTED, null, "interop.budget.purpose");
        territory(row, losses);
        losses.add(null, "/applicants/0", LossCategory.DEFAULTED, null, "interop.budget.standIn", applicant.name());
        profile.leadService().ifPresent(column -> row.cell(column).ifPresent(service -> losses.add(column, "", LossCategory.DROPPED,
                service, List.of(), "R1", "interop.budget.leadService", service)));
        losses.add(null, "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        if (!context.plan().levels().isEmpty()) {
            losses.add(null, "/involvementPlan", LossCategory.DEFAULTED, null, "interop.budget.plan");
        }
        Initiative assessed = draft.build()
                .submit(applicant, voted, words("interop.budget.submitted", edition))
                .startAssessment(context.town(), voted, words("interop.budget.assessed", edition));
        losses.add(profile.edition(), "/history/0", LossCategory.DEFAULTED, edition, "interop.budget.eventAt", "submit");
        losses.add(profile.edition(), "/history/1", LossCategory.DEFAULTED, edition, "interop.budget.eventAt", "start_assessment");
        Optional<BigDecimal> budget = budget(row, losses);
        Optional<String> progressWord = profile.progress().flatMap(row::cell);
        Progress progress = progress(progressWord, losses);
        InitiativeStatus candidate = progress.implied().orElse(InitiativeStatus.ACCEPTED);
        Initiative initiative = assessed;
        if (context.decidingBody().isPresent()) {
            ImmutableDecision.Builder decision = Decision.builder().withDecidedBy(context.decidingBody().get()).withDecidedAt(voted)
                    .withOutcome(DecisionOutcome.ACCEPTED).addReasons(words("interop.budget.accepted", edition));
            budget.ifPresent(amount -> decision.withObject(words("interop.budget.decisionObject", amount.toPlainString())));
            initiative = assessed.accept(decision.build());
            losses.add(null, "/decisions/0/decidedBy", LossCategory.DEFAULTED, null, List.of(), "R3", "interop.budget.decidedBy",
                    context.decidingBody().get().name());
            losses.add(profile.edition(), "/decisions/0/decidedAt", LossCategory.DEFAULTED, edition, "interop.budget.eventAt", "accept");
            if (candidate != InitiativeStatus.ACCEPTED) {
                losses.add(profile.progress().orElseThrow(), "/status", LossCategory.CAPPED_STATUS, progressWord.orElseThrow(),
                        List.of(code(candidate)), "R4", "interop.budget.progressCapped", progressWord.get(), label(candidate));
            }
        } else {
            losses.add(progressWord.isPresent() ? profile.progress().orElseThrow() : null, "/status", LossCategory.CAPPED_STATUS,
                    progressWord.orElse(null), List.of(code(candidate)), "R3", "interop.budget.noDecider", label(candidate));
        }
        budget.ifPresent(amount -> losses.add(profile.budget().orElseThrow(), "/convention", LossCategory.DROPPED, amount.toPlainString(),
                List.of(), "R5", "interop.budget.funding", amount.toPlainString()));
        months(row, losses);
        for (String column : profile.dropped()) {
            row.cell(column).ifPresent(value -> losses.add(column, "", LossCategory.DROPPED, value, "interop.dropped", column));
        }
        return initiative;
    }

    /** The scale and the district: the record's territory is the context's; what is finer or wrong is reported. */
    private void territory(CsvRow row, Losses losses) {
        Optional<String> scale = profile.scale().flatMap(row::cell);
        scale.ifPresent(value -> losses.add(profile.scale().get(), "/territory", LossCategory.DROPPED, value, "interop.budget.scale", value,
                context.territory().name()));
        Optional<String> district = profile.district().flatMap(row::cell);
        if (district.isEmpty()) {
            return;
        }
        String column = profile.district().get();
        String value = district.get();
        Optional<String> code = profile.districtCode(value);
        if (scale.isPresent() && profile.isCityWide(scale.get())) {
            losses.add(column, "/territory", LossCategory.DROPPED, value, "interop.budget.cityWide", value);
        } else if (code.isEmpty()) {
            losses.add(column, "/territory", LossCategory.DROPPED, value, "interop.budget.notDistrict", value);
        } else if (!code.get().equals(context.territory().code())) {
            losses.add(column, "/territory", LossCategory.DEGRADED, value, "interop.budget.district", value, code.get(),
                    context.territory().name(), context.territory().code());
        }
    }

    /** The budget in euros, for the decision's object; anything else reported. */
    private Optional<BigDecimal> budget(CsvRow row, Losses losses) {
        Optional<String> text = profile.budget().flatMap(row::cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!AMOUNT.matcher(text.get()).matches()) {
            losses.add(profile.budget().get(), "/decisions/0/object", LossCategory.DROPPED, text.get(), "interop.csv.number");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.get()));
    }

    /** What the progress word means; reported when the profile does not know it, or it is an abandonment. */
    private Progress progress(Optional<String> word, Losses losses) {
        if (word.isEmpty()) {
            losses.add(null, "/status", LossCategory.DEFAULTED, null, "interop.budget.noProgress");
            return Progress.NOT_STARTED;
        }
        String column = profile.progress().orElseThrow();
        Optional<Progress> progress = profile.progressOf(word.get());
        if (progress.isEmpty()) {
            losses.add(column, "/status", LossCategory.UNMAPPED, word.get(), "interop.budget.progressUnknown", word.get());
            return Progress.NOT_STARTED;
        }
        if (progress.get() == Progress.ABANDONED) {
            losses.add(column, "/status", LossCategory.UNMAPPED, word.get(), "interop.budget.abandoned", word.get());
        }
        return progress.get();
    }

    /** The months of the works: no step of a record accepted at most; words for none are no dates. */
    private void months(CsvRow row, Losses losses) {
        for (String column : profile.months()) {
            Optional<String> value = row.cell(column);
            if (value.isEmpty()) {
                continue;
            }
            if (MONTH.matcher(value.get()).matches()) {
                losses.add(column, "", LossCategory.DROPPED, value.get(), List.of(), "R4", "interop.budget.month", column, value.get());
            } else if (profile.isNone(value.get())) {
                losses.add(column, "", LossCategory.DROPPED, value.get(), "interop.budget.noMonth", value.get());
            } else {
                losses.add(column, "", LossCategory.DROPPED, value.get(), "interop.budget.notMonth", value.get());
            }
        }
    }

    private static String code(InitiativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static LocalizedText label(InitiativeStatus status) {
        return LocalizedText.of(status.label(Locale.ENGLISH), status.label(Locale.FRENCH));
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }

    private Source source(String file, long line, Optional<String> id) {
        io.github.loosmethod.provenance.ImmutableSource.Builder source = Source.builder().withSystem(profile.system()).withFile(file)
                .withLine((int) Math.min(line, Integer.MAX_VALUE)).withRetrievedAt(context.importedAt());
        id.ifPresent(source::withId);
        return source.build();
    }
}
