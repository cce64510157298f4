package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Imports the French SCDL subsidies table, version 2.1.1 (<em>import des subventions</em>): one
 * row, one beneficiary of a town's subsidy, becomes one fifty-fifty initiative of that beneficiary,
 * decided by the town's deciding body when the context names it; every value the initiative cannot
 * hold is an entry of the loss report. {@code docs/interop.md} gives the mapping column by column.
 *
 * <p>What a row cannot give, by the rules of the method: a convention. The town's subsidy is its
 * side of a convention whose other side — the applicants' realisation and stewardship commitments
 * (R5, R7) — the table does not hold, and the library refuses to draft a fifty-fifty convention
 * without it. So the amount granted is kept, exactly, in the decision's object, and the town's
 * funding commitment is a {@link LossCategory#DROPPED} entry naming R5, never an invented
 * commitment of the applicants.
 *
 * <p>Bad input never throws: a file in another charset imports nothing and is one refused record
 * naming the line and byte offset; a header without the required columns (often a wrong
 * separator), an empty file, a malformed quote likewise; a ragged row, a blank required cell, a
 * date that is not yyyy-mm-dd are each a refused record at their line, and the other rows are
 * read. Only a file that cannot be opened throws ({@link UncheckedIOException}). The same file
 * gives the same records and report, byte for byte. Streams: memory holds one row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScdlImport {

    /** The system named in the sources of what this adapter imports. */
    public static final String SUBVENTIONS = "scdl-subventions";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String CASH = "aide en numéraire";
    private static final String IN_KIND = "aide en nature";
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.ONE;
    private static final BigDecimal LEAST_SHARE = new BigDecimal("0.01");

    private final ImportContext context;
    private final Language language;

    private ScdlImport(ImportContext context) {
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Returns the importer of subsidies tables for a town.
     *
     * @param context what the table does not say, not null
     * @return the importer, never null
     * @throws IllegalArgumentException if the context declares another kind than the fifty-fifty,
     *         the one this adapter builds
     */
    public static ScdlImport subventions(ImportContext context) {
        Objects.requireNonNull(context, "context");
        if (context.kind() != InitiativeKind.FIFTY_FIFTY) {
            throw new IllegalArgumentException("the SCDL subsidies adapter builds fifty-fifty initiatives, not " + context.kind());
        }
        return new ScdlImport(context);
    }

    /**
     * Returns the importer of deliberations tables for a town: see {@link ScdlDeliberationsImport}.
     *
     * @param context what the table does not say, not null
     * @return the importer, never null
     * @throws IllegalArgumentException if the context declares another kind than a municipal
     *         project or a co-constructed policy
     */
    public static ScdlDeliberationsImport deliberations(ImportContext context) {
        return ScdlDeliberationsImport.of(context);
    }

    /**
     * Reads a subsidies table, giving each row's record to {@code each} in the order of the file.
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
                header -> TableColumn.missing(header, SubventionColumn.values()),
                (name, header) -> new TableImport.Rows(TableColumn.unknown(header, SubventionColumn.values()),
                        row -> source(name, row.line(), row.cell(SubventionColumn.REFERENCE_DECISION.column())), this::row),
                (name, line) -> source(name, line, Optional.empty())), each);
    }

    /** Builds the record of one row, or refuses it with every reason found. */
    private ImportedRecord row(CsvRow row, Losses losses) {
        boolean refused = false;
        for (SubventionColumn column : SubventionColumn.values()) {
            if (column.required() && row.cell(column.column()).isEmpty()) {
                losses.add(column.column(), "", LossCategory.REFUSED_RECORD, null, "interop.csv.blank", column.column());
                refused = true;
            }
        }
        Optional<LocalDate> conventionDate = row.cell(SubventionColumn.DATE_CONVENTION.column()).flatMap(text -> date(text));
        if (row.cell(SubventionColumn.DATE_CONVENTION.column()).isPresent() && conventionDate.isEmpty()) {
            losses.add(SubventionColumn.DATE_CONVENTION.column(), "/history", LossCategory.REFUSED_RECORD,
                    row.cell(SubventionColumn.DATE_CONVENTION.column()).get(), "interop.csv.date");
            refused = true;
        }
        if (refused) {
            return losses.refused();
        }
        return losses.record(() -> build(row, losses, conventionDate.get()));
    }

    private Initiative build(CsvRow row, Losses losses, LocalDate conventionDate) {
        String objet = cell(row, SubventionColumn.OBJET);
        Actor applicant = beneficiary(row, losses);
        Instant day = conventionDate.atStartOfDay(context.territory().zone()).toInstant();
        Source source = losses.source();
        Initiative draft = context.draft(id(row, applicant), objet, objet, source)
                .addApplicant(applicant)
                .build();
        losses.add(SubventionColumn.OBJET.column(), "/purpose/livingEnvironment", LossCategory.DEFAULTED, null,
                "interop.scdl.purpose");
        losses.add(SubventionColumn.OBJET.column(), "/purpose/generalInterest", LossCategory.DEFAULTED, null, "interop.scdl.purpose");
        losses.add(null, "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        Initiative assessed = draft
                .submit(applicant, day, words("interop.scdl.submitted"))
                .startAssessment(context.town(), day, words("interop.scdl.assessed"));
        losses.add(SubventionColumn.DATE_CONVENTION.column(), "/history/0", LossCategory.DEFAULTED, conventionDate.toString(),
                "interop.scdl.eventDay", "submit");
        losses.add(SubventionColumn.DATE_CONVENTION.column(), "/history/1", LossCategory.DEFAULTED, conventionDate.toString(),
                "interop.scdl.eventDay", "start_assessment");
        Optional<BigDecimal> granted = amount(row, losses);
        Initiative initiative = assessed;
        if (context.decidingBody().isPresent()) {
            io.github.loosmethod.initiative.ImmutableDecision.Builder decision = Decision.builder().withDecidedBy(context.decidingBody().get()).withDecidedAt(day)
                    .withOutcome(DecisionOutcome.ACCEPTED).addReasons(objet);
            row.cell(SubventionColumn.REFERENCE_DECISION.column()).ifPresent(decision::withReference);
            granted.ifPresent(amount -> decision.withObject(words("interop.scdl.decisionObject", amount.toPlainString(),
                    row.cell(SubventionColumn.NATURE.column()).orElse(""))));
            initiative = assessed.accept(decision.build());
            losses.add(null, "/decisions/0/decidedBy", LossCategory.DEFAULTED, null, "interop.scdl.decidedBy",
                    context.decidingBody().get().name());
            losses.add(SubventionColumn.DATE_CONVENTION.column(), "/decisions/0/decidedAt", LossCategory.DEFAULTED,
                    conventionDate.toString(), "interop.scdl.eventDay", "accept");
        } else {
            losses.add(SubventionColumn.DATE_CONVENTION.column(), "/status", LossCategory.CAPPED_STATUS, "attribuée", List.of("accepted"),
                    "R3", "interop.scdl.noDecider");
        }
        granted.ifPresent(amount -> losses.add(SubventionColumn.MONTANT.column(), "/convention", LossCategory.DROPPED,
                amount.toPlainString(), List.of(), "R5", "interop.scdl.funding", amount.toPlainString()));
        payment(row, losses);
        for (SubventionColumn column : new SubventionColumn[] {SubventionColumn.ID_RAE, SubventionColumn.NOTIFICATION_UE,
                SubventionColumn.DISPOSITIF_AIDE}) {
            row.cell(column.column()).ifPresent(value -> losses.add(column.column(), "", LossCategory.DROPPED, value,
                    "interop.dropped", column.column()));
        }
        return initiative;
    }

    /** The beneficiary as an applicant: an association by its RNA number, else by its SIRET, with what is uncertain. */
    private Actor beneficiary(CsvRow row, Losses losses) {
        String name = cell(row, SubventionColumn.NOM_BENEFICIAIRE);
        Optional<Identifier> rna = identifier(row, SubventionColumn.RNA_BENEFICIAIRE, IdentifierScheme.RNA, losses);
        Optional<Identifier> siret = identifier(row, SubventionColumn.ID_BENEFICIAIRE, IdentifierScheme.SIRET, losses);
        io.github.loosmethod.actor.ImmutableActor.Builder actor = Actor.builder().withName(name).withKind(ActorKind.ASSOCIATION);
        rna.ifPresent(actor::addIdentifiers);
        siret.ifPresent(actor::addIdentifiers);
        String id = rna.map(Identifier::value).or(() -> siret.map(Identifier::value)).orElse(slug(name));
        if (rna.isEmpty()) {
            losses.add(siret.isPresent() ? SubventionColumn.ID_BENEFICIAIRE.column() : SubventionColumn.NOM_BENEFICIAIRE.column(),
                    "/applicants/0/kind", LossCategory.AMBIGUOUS, null, List.of("association", "company"), null,
                    "interop.scdl.beneficiaryKind");
        }
        return actor.withId(id).build();
    }

    private Optional<Identifier> identifier(CsvRow row, SubventionColumn column, IdentifierScheme scheme, Losses losses) {
        Optional<String> value = row.cell(column.column());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String compact = value.get().replace(" ", "");
        Optional<io.github.loosmethod.LocalizedText> problem = scheme.problem(compact);
        if (problem.isPresent()) {
            losses.add(column.column(), "/applicants/0/identifiers", LossCategory.DROPPED, value.get(), "interop.scdl.identifier",
                    scheme.code(), problem.get());
            return Optional.empty();
        }
        if (!compact.equals(value.get())) {
            losses.add(column.column(), "/applicants/0/identifiers", LossCategory.DEGRADED, value.get(), "interop.scdl.spaces");
        }
        return Optional.of(Identifier.of(scheme, compact));
    }

    /**
     * The amount granted to this beneficiary: the amount times its share, to the cent. A share
     * below one for a table of one beneficiary per row is ambiguous (the schema says the amount is
     * the total before splitting; many towns write each beneficiary's amount).
     */
    private Optional<BigDecimal> amount(CsvRow row, Losses losses) {
        String montant = cell(row, SubventionColumn.MONTANT);
        String share = cell(row, SubventionColumn.POURCENTAGE_SUBVENTION);
        if (!DECIMAL.matcher(montant).matches()) {
            losses.add(SubventionColumn.MONTANT.column(), "/decisions/0/object", LossCategory.DROPPED, montant, "interop.csv.number");
            return Optional.empty();
        }
        if (!DECIMAL.matcher(share).matches() || new BigDecimal(share).compareTo(LEAST_SHARE) < 0
                || new BigDecimal(share).compareTo(HUNDRED_PERCENT) > 0) {
            losses.add(SubventionColumn.POURCENTAGE_SUBVENTION.column(), "/decisions/0/object", LossCategory.DROPPED, share,
                    "interop.scdl.share");
            return Optional.empty();
        }
        BigDecimal exact = new BigDecimal(montant).multiply(new BigDecimal(share));
        BigDecimal cents = exact.setScale(2, RoundingMode.HALF_EVEN);
        if (new BigDecimal(share).compareTo(HUNDRED_PERCENT) < 0) {
            losses.add(SubventionColumn.POURCENTAGE_SUBVENTION.column(), "/decisions/0/object", LossCategory.AMBIGUOUS, share,
                    List.of(cents.toPlainString(), new BigDecimal(montant).toPlainString()), null, "interop.scdl.shareAmbiguous");
        }
        if (exact.compareTo(cents) != 0) {
            losses.add(SubventionColumn.MONTANT.column(), "/decisions/0/object", LossCategory.DEGRADED, exact.toPlainString(),
                    "interop.scdl.cents", cents.toPlainString());
        }
        return Optional.of(cents);
    }

    /** What is paid when and how: no convention holds it (see the class), each part reported. */
    private void payment(CsvRow row, Losses losses) {
        for (String nature : cell(row, SubventionColumn.NATURE).split(";")) {
            String token = nature.strip();
            if (token.equals(IN_KIND)) {
                losses.add(SubventionColumn.NATURE.column(), "/convention", LossCategory.AMBIGUOUS, token,
                        List.of("supplies", "equipment_loan", "technical_support", "concession"), null, "interop.scdl.inKind");
            } else if (!token.equals(CASH)) {
                losses.add(SubventionColumn.NATURE.column(), "/convention", LossCategory.UNMAPPED, token, "interop.scdl.nature");
            }
        }
        String period = cell(row, SubventionColumn.DATES_PERIODE_VERSEMENT);
        String[] dates = period.split("/", -1);
        Optional<LocalDate> start = dates.length <= 2 ? date(dates[0]) : Optional.empty();
        Optional<LocalDate> end = dates.length == 2 ? date(dates[1]) : start;
        String key = start.isEmpty() || end.isEmpty() ? "interop.scdl.periodUnread"
                : end.get().isBefore(start.get()) ? "interop.scdl.periodReversed" : "interop.scdl.period";
        losses.add(SubventionColumn.DATES_PERIODE_VERSEMENT.column(), "/convention", LossCategory.DROPPED, period, key);
        losses.add(SubventionColumn.CONDITIONS_VERSEMENT.column(), "/convention", LossCategory.DROPPED,
                cell(row, SubventionColumn.CONDITIONS_VERSEMENT), "interop.dropped", SubventionColumn.CONDITIONS_VERSEMENT.column());
    }

    /** A day written yyyy-mm-dd, or empty when the text is not one. */
    static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String id(CsvRow row, Actor applicant) {
        return SUBVENTIONS + ":" + cell(row, SubventionColumn.ID_ATTRIBUANT) + ":" + cell(row, SubventionColumn.DATE_CONVENTION) + ":"
                + applicant.id();
    }

    /** A name as an id: lower case, letters and digits, the rest a dash. */
    private static String slug(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "beneficiaire-" + (plain.isEmpty() ? "sans-nom" : plain);
    }

    private static String cell(CsvRow row, SubventionColumn column) {
        return row.cell(column.column()).orElse("");
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }

    private Source source(String file, long line, Optional<String> reference) {
        io.github.loosmethod.provenance.ImmutableSource.Builder source = Source.builder().withSystem(SUBVENTIONS).withFile(file)
                .withLine((int) Math.min(line, Integer.MAX_VALUE)).withRetrievedAt(context.importedAt());
        reference.ifPresent(source::withId);
        return source.build();
    }
}
