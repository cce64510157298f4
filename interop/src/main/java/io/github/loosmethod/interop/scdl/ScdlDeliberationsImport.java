package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.csv.TableColumn;
import io.github.loosmethod.interop.csv.TableImport;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.provenance.Source;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports the French SCDL deliberations table, version 2.1.5 (<em>import des délibérations</em>):
 * one row, one deliberation of the town's council, becomes one initiative whose decision it
 * records — a <strong>municipal project</strong> the deliberation approves ({@code DRAFT → ACCEPTED},
 * <em>approved</em> for that kind) or a <strong>co-constructed policy</strong> it adopts
 * ({@code DRAFT → IN_FORCE}, with its reference, M6), whichever kind the context declares. Every
 * value the initiative cannot hold is an entry of the loss report; {@code docs/interop.md} gives
 * the mapping column by column.
 *
 * <p>What a clerk would expect, and why:
 * <ul>
 *   <li>The table names the collectivity, not its deliberating body: the decision is the context's
 *       deciding body's ({@code defaulted}); without one there is no decision, and the record stays a
 *       draft with a {@link LossCategory#CAPPED_STATUS} entry naming R3 (a project) or M6 (a policy).</li>
 *   <li>The table lists deliberations <em>adopted</em>, but whether the act approves the initiative
 *       or turns it down is said only in its free text: the decision approves (a project) or adopts
 *       (a policy), with an {@link LossCategory#AMBIGUOUS} entry whose candidates are that outcome and
 *       {@code rejected}. An object that begins with the French label of one of the kind's outcomes
 *       and {@code " : "} — as {@link ScdlExport#deliberations} writes it — says the outcome: it is
 *       read, and the object is the rest.</li>
 *   <li>The town carries its own project or policy: the applicant is the context's town
 *       ({@code defaulted}). A fifty-fifty (its applicants residents, its decision an acceptance
 *       after assessment, the subsidies table's business) and a citizen-led initiative (decided by
 *       its own body, never the town, M7) are not built from a deliberation.</li>
 *   <li>The votes for, against and abstaining are the decision's council vote when all three are
 *       whole numbers; counts that do not give the outcome (M8) are not kept; the members who
 *       could vote and who voted have no place, and a sum that does not add up is said.</li>
 *   <li>A row of another collectivity — a SIRET other than the town's SIRET identifier, when the
 *       town has one — is refused.</li>
 * </ul>
 *
 * <p>Bad input never throws: a file in another charset, a header without the required columns, an
 * empty file, a malformed quote are each one refused record; a ragged row, a blank required cell, a
 * date that is not yyyy-mm-dd, another collectivity's row are each a refused record at their line,
 * and the other rows are read (through {@link TableImport}). Only a file that cannot be opened
 * throws ({@link UncheckedIOException}). The same file gives the same records and report. Streams:
 * memory holds one row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScdlDeliberationsImport {

    /** The system named in the sources of what this adapter imports. */
    public static final String DELIBERATIONS = "scdl-deliberations";

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    private static final String SEPARATOR = " : ";

    private final ImportContext context;
    /** The outcomes a deliberation may give the draft: the table's meaning first, then a refusal. */
    private final List<DecisionOutcome> outcomes;

    private ScdlDeliberationsImport(ImportContext context, List<DecisionOutcome> outcomes) {
        this.context = context;
        this.outcomes = outcomes;
    }

    /**
     * Returns the importer of deliberations tables for a town.
     *
     * @param context what the table does not say, not null
     * @return the importer, never null
     * @throws IllegalArgumentException if the context declares another kind than a municipal
     *         project or a co-constructed policy, the kinds a deliberation decides
     */
    public static ScdlDeliberationsImport of(ImportContext context) {
        Objects.requireNonNull(context, "context");
        if (context.kind() == InitiativeKind.MUNICIPAL_PROJECT) {
            return new ScdlDeliberationsImport(context, List.of(DecisionOutcome.ACCEPTED, DecisionOutcome.REJECTED));
        }
        if (context.kind() == InitiativeKind.CO_CONSTRUCTED_POLICY) {
            return new ScdlDeliberationsImport(context, List.of(DecisionOutcome.ADOPTED, DecisionOutcome.REJECTED));
        }
        throw new IllegalArgumentException("the SCDL deliberations adapter builds municipal projects and co-constructed policies, not "
                + context.kind());
    }

    /**
     * Reads a deliberations table, giving each row's record to {@code each} in the order of the file.
     *
     * @param file the CSV file, not null
     * @param charset the charset it is written in, never guessed, not null
     * @param separator its separator of fields, never guessed, such as {@code ','}
     * @param each receives each imported record, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Charset charset, char separator, Consumer<ImportedRecord> each) {
        return TableImport.read(file, charset, separator, new TableImport.Format(
                header -> TableColumn.missing(header, DeliberationColumn.values()),
                (name, header) -> new TableImport.Rows(TableColumn.unknown(header, DeliberationColumn.values()),
                        row -> source(name, row.line(), row.cell(DeliberationColumn.DELIB_ID.column()),
                                row.cell(DeliberationColumn.DELIB_URL.column()).flatMap(ScdlDeliberationsImport::url)),
                        this::row),
                (name, line) -> source(name, line, Optional.empty(), Optional.empty())), each);
    }

    /** Builds the record of one row, or refuses it with every reason found. */
    private ImportedRecord row(CsvRow row, Losses losses) {
        boolean refused = false;
        for (DeliberationColumn column : DeliberationColumn.values()) {
            if (column.required() && row.cell(column.column()).isEmpty()) {
                losses.add(column.column(), "", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", column.column());
                refused = true;
            }
        }
        Optional<String> day = row.cell(DeliberationColumn.DELIB_DATE.column());
        Optional<LocalDate> date = day.flatMap(ScdlImport::date);
        if (day.isPresent() && date.isEmpty()) {
            losses.add(DeliberationColumn.DELIB_DATE.column(), "/decisions/0/decidedAt", LossCategory.REFUSED_RECORD, day.get(),
                    "interop.csv.date");
            refused = true;
        }
        Optional<String> siret = row.cell(DeliberationColumn.COLL_SIRET.column()).map(value -> value.replace(" ", ""));
        Optional<String> townSiret = context.town().identifiers().stream()
                .filter(id -> id.scheme().equals(IdentifierScheme.SIRET.code())).map(Identifier::value).findFirst();
        if (siret.isPresent() && townSiret.isPresent() && !siret.get().equals(townSiret.get())) {
            losses.add(DeliberationColumn.COLL_SIRET.column(), "/territory", LossCategory.REFUSED_RECORD,
                    row.cell(DeliberationColumn.COLL_SIRET.column()).get(), "interop.scdl.delib.otherCollectivity",
                    cell(row, DeliberationColumn.COLL_NOM), siret.get(), context.town().name(), townSiret.get());
            refused = true;
        }
        if (refused) {
            return losses.refused();
        }
        return losses.record(() -> build(row, losses, date.get(), townSiret.isPresent()));
    }

    private Initiative build(CsvRow row, Losses losses, LocalDate date, boolean siretChecked) {
        String written = cell(row, DeliberationColumn.DELIB_OBJET);
        DecisionOutcome outcome = outcomes.get(0);
        String object = written;
        Optional<DecisionOutcome> said = said(written);
        if (said.isPresent()) {
            outcome = said.get();
            object = written.substring(said.get().label(Locale.FRENCH).length() + SEPARATOR.length()).strip();
        }
        String reference = cell(row, DeliberationColumn.DELIB_ID);
        Instant day = date.atStartOfDay(context.territory().zone()).toInstant();
        Source source = losses.source();
        Actor town = context.town();
        if (!siretChecked) {
            losses.add(DeliberationColumn.COLL_SIRET.column(), "/territory", LossCategory.DEFAULTED, cell(row, DeliberationColumn.COLL_SIRET),
                    "interop.scdl.delib.collectivity", cell(row, DeliberationColumn.COLL_NOM), town.name());
        }
        String matter = cell(row, DeliberationColumn.DELIB_MATIERE_NOM);
        Initiative draft = context.draft(DELIBERATIONS + ":" + cell(row, DeliberationColumn.COLL_SIRET).replace(" ", "") + ":" + reference, object, object, source)
                .addApplicant(town)
                .addThemes(matter)
                .build();
        losses.add(DeliberationColumn.DELIB_OBJET.column(), "/purpose/livingEnvironment", LossCategory.DEFAULTED, null,
                "interop.scdl.delib.purpose");
        losses.add(DeliberationColumn.DELIB_OBJET.column(), "/purpose/generalInterest", LossCategory.DEFAULTED, null,
                "interop.scdl.delib.purpose");
        losses.add(null, "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        losses.add(DeliberationColumn.COLL_NOM.column(), "/applicants/0", LossCategory.DEFAULTED, null, "interop.scdl.delib.applicant",
                town.name());
        if (!context.plan().levels().isEmpty()) {
            losses.add(null, "/involvementPlan", LossCategory.DEFAULTED, null, "interop.scdl.delib.plan");
        }
        losses.add(DeliberationColumn.DELIB_MATIERE_CODE.column(), "/themes", LossCategory.DROPPED,
                cell(row, DeliberationColumn.DELIB_MATIERE_CODE), "interop.scdl.delib.matterCode", matter);
        Initiative initiative = draft;
        if (context.decidingBody().isPresent()) {
            Optional<CouncilVote> vote = vote(row, losses, outcome);
            io.github.loosmethod.initiative.ImmutableDecision.Builder decision = Decision.builder()
                    .withDecidedBy(context.decidingBody().get()).withDecidedAt(day).withOutcome(outcome).addReasons(written)
                    .withReference(reference).withObject(object);
            vote.ifPresent(decision::withCouncilVote);
            initiative = outcome == DecisionOutcome.REJECTED ? draft.reject(decision.build())
                    : outcome == DecisionOutcome.ADOPTED ? draft.adopt(decision.build()) : draft.accept(decision.build());
            losses.add(DeliberationColumn.COLL_NOM.column(), "/decisions/0/decidedBy", LossCategory.DEFAULTED, null,
                    "interop.scdl.delib.decidedBy", context.decidingBody().get().name());
            losses.add(DeliberationColumn.DELIB_DATE.column(), "/decisions/0/decidedAt", LossCategory.DEFAULTED, date.toString(),
                    "interop.scdl.delib.day");
            if (said.isEmpty()) {
                losses.add(DeliberationColumn.DELIB_OBJET.column(), "/decisions/0/outcome", LossCategory.AMBIGUOUS, written,
                        outcomes.stream().map(candidate -> candidate.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList()), null,
                        "interop.scdl.delib.outcome", outcome.name().toLowerCase(Locale.ROOT));
            }
        } else {
            String rule = context.kind() == InitiativeKind.CO_CONSTRUCTED_POLICY ? "M6" : "R3";
            String status = outcome == DecisionOutcome.REJECTED ? "rejected"
                    : context.kind() == InitiativeKind.CO_CONSTRUCTED_POLICY ? "in_force" : "accepted";
            losses.add(DeliberationColumn.DELIB_DATE.column(), "/status", LossCategory.CAPPED_STATUS, date.toString(), List.of(status),
                    rule, "interop.scdl.delib.noDecider", rule);
            for (DeliberationColumn column : new DeliberationColumn[] {DeliberationColumn.VOTE_POUR, DeliberationColumn.VOTE_CONTRE,
                    DeliberationColumn.VOTE_ABSTENTION, DeliberationColumn.VOTE_REEL}) {
                row.cell(column.column()).ifPresent(value -> losses.add(column.column(), "/decisions/0/councilVote", LossCategory.DROPPED,
                        value, "interop.scdl.delib.noDecision"));
            }
        }
        Optional<String> address = row.cell(DeliberationColumn.DELIB_URL.column());
        if (address.isPresent() && url(address.get()).isEmpty()) {
            losses.add(DeliberationColumn.DELIB_URL.column(), "/sources/0/url", LossCategory.DROPPED, address.get(),
                    "interop.scdl.delib.url");
        }
        row.cell(DeliberationColumn.VOTE_EFFECTIF.column()).ifPresent(value -> losses.add(DeliberationColumn.VOTE_EFFECTIF.column(),
                "/decisions/0/councilVote", LossCategory.DROPPED, value, "interop.scdl.delib.members"));
        for (DeliberationColumn column : new DeliberationColumn[] {DeliberationColumn.BUDGET_ANNEE, DeliberationColumn.BUDGET_NOM,
                DeliberationColumn.PREF_ID, DeliberationColumn.PREF_DATE}) {
            row.cell(column.column()).ifPresent(value -> losses.add(column.column(), "", LossCategory.DROPPED, value, "interop.dropped",
                    column.column()));
        }
        return initiative;
    }

    /** The outcome an object says by its first words, as the exporter writes them, when it is one of the kind's. */
    private Optional<DecisionOutcome> said(String objet) {
        for (DecisionOutcome outcome : outcomes) {
            String prefix = outcome.label(Locale.FRENCH) + SEPARATOR;
            if (objet.startsWith(prefix) && !objet.substring(prefix.length()).isBlank()) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /**
     * The council's vote when the three counts are whole numbers giving the outcome (M8); each count
     * not kept, and the members who voted, reported.
     */
    private Optional<CouncilVote> vote(CsvRow row, Losses losses, DecisionOutcome outcome) {
        DeliberationColumn[] columns = {DeliberationColumn.VOTE_POUR, DeliberationColumn.VOTE_CONTRE, DeliberationColumn.VOTE_ABSTENTION};
        List<Integer> counts = new ArrayList<>();
        for (DeliberationColumn column : columns) {
            row.cell(column.column()).filter(value -> COUNT.matcher(value).matches()).map(Integer::valueOf).ifPresent(counts::add);
        }
        Optional<String> voters = row.cell(DeliberationColumn.VOTE_REEL.column());
        boolean any = Arrays.stream(columns).anyMatch(column -> row.cell(column.column()).isPresent());
        Optional<CouncilVote> vote = Optional.empty();
        String refusal = null;
        if (counts.size() == columns.length && (long) counts.get(0) + counts.get(1) + counts.get(2) > 0) {
            CouncilVote counted = CouncilVote.of(counts.get(0), counts.get(1), counts.get(2));
            if (counted.carries() == (outcome != DecisionOutcome.REJECTED)) {
                vote = Optional.of(counted);
            } else {
                refusal = "interop.scdl.delib.voteContradicts";
            }
        } else if (any) {
            refusal = "interop.scdl.delib.votesIncomplete";
        }
        if (refusal != null) {
            for (DeliberationColumn column : columns) {
                String key = refusal;
                row.cell(column.column()).ifPresent(value -> losses.add(column.column(), "/decisions/0/councilVote", LossCategory.DROPPED,
                        value, List.of(), key.endsWith("Contradicts") ? "M8" : null, key, outcome.name().toLowerCase(Locale.ROOT)));
            }
        }
        if (voters.isPresent()) {
            long sum = counts.stream().mapToLong(Integer::longValue).sum();
            boolean adds = vote.isEmpty() || voters.get().equals(Long.toString(sum));
            losses.add(DeliberationColumn.VOTE_REEL.column(), "/decisions/0/councilVote", LossCategory.DROPPED, voters.get(),
                    adds ? "interop.scdl.delib.voters" : "interop.scdl.delib.votesSum", voters.get(), sum);
        }
        return vote;
    }

    /** An absolute http(s) address, as a source's url must be, or empty. */
    private static Optional<String> url(String text) {
        try {
            return Optional.of(Source.builder().withSystem(DELIBERATIONS).withUrl(text).build().url().get());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String cell(CsvRow row, DeliberationColumn column) {
        return row.cell(column.column()).orElse("");
    }

    private Source source(String file, long line, Optional<String> reference, Optional<String> url) {
        io.github.loosmethod.provenance.ImmutableSource.Builder source = Source.builder().withSystem(DELIBERATIONS).withFile(file)
                .withLine((int) Math.min(line, Integer.MAX_VALUE)).withRetrievedAt(context.importedAt());
        reference.ifPresent(source::withId);
        url.ifPresent(source::withUrl);
        return source.build();
    }
}
