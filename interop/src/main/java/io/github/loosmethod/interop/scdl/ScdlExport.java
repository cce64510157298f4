package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Publishes a portfolio as the French SCDL tables a town publishes (<em>export SCDL</em>): the
 * subsidies table, version 2.1.1 — what French law asks a town to publish of the conventions by
 * which it supports others — and the deliberations table, version 2.1.5, one row per decision of
 * an elected body that has a reference (its outcome written before its object, its votes not
 * published: the table requires the number of members who could vote, which the model does not
 * record).
 *
 * <p>For the subsidies table: each initiative whose convention both sides signed gives one row per applicant
 * holding what the town commits to in euros; what the table cannot hold — the applicants'
 * commitments, stewardship, the involvement plan, commitments in other units — is an entry of the
 * export's loss report, one {@link ImportedRecord} per initiative (its source the initiative,
 * {@link ImportedRecord#built()} when it gave rows). {@code docs/interop.md} gives the mapping.
 *
 * <p>The table written is UTF-8, comma-separated, with CRLF line ends and the schema's header; the
 * same portfolio gives the same bytes. A test checks it against every constraint of the published
 * Table Schema.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScdlExport {

    /** The system named in the sources of the export's loss report. */
    public static final String SYSTEM = "loos-method";

    /** An RNA number as the schema's pattern has it: {@code W} and nine digits (no Corsican letters). */
    private static final Pattern SCHEMA_RNA = Pattern.compile("W\\d{9}");
    private static final int MAX_OBJET = 256;
    /** The most applicants that can share a subsidy: each share is at least 0.01, the schema's minimum. */
    private static final int MAX_SHARES = 100;
    /** The schema's word for false in notificationUE (its falseValues). */
    private static final String NOT_NOTIFIED = "non";
    private static final Pattern ACTES_CODE = Pattern.compile("\\d\\.\\d{1,2}");
    /** An ACTES name: the subject, a slash without spaces beside it, the matter. */
    private static final Pattern ACTES_NAME = Pattern.compile("\\S(?:.*\\S)?/\\S.*");

    private final Publisher publisher;
    private final Instant exportedAt;
    /** The ACTES matter of the deliberations table, its code then its name; null for the subsidies table. */
    private final String[] matter;

    private ScdlExport(Publisher publisher, Instant exportedAt, String[] matter) {
        this.publisher = publisher;
        this.exportedAt = exportedAt;
        this.matter = matter;
    }

    /**
     * Returns the exporter of a town's subsidies table: the initiatives of its territory (by its
     * INSEE code) give rows, those of another territory none.
     *
     * @param publisher the town publishing, not null
     * @param exportedAt when the export runs, for the sources of its loss report, not null
     * @return the exporter, never null
     */
    public static ScdlExport subventions(Publisher publisher, Instant exportedAt) {
        return new ScdlExport(Objects.requireNonNull(publisher, "publisher"), Objects.requireNonNull(exportedAt, "exportedAt"), null);
    }

    /**
     * Returns the exporter of a town's deliberations table: each decision of an elected body, with
     * its reference, of an initiative of the town's territory gives a row.
     *
     * @param publisher the town publishing, not null
     * @param matterCode the ACTES matter, level 2, the model does not record and the table requires,
     *        such as {@code "9.1"}, not null
     * @param matterName its name as the ACTES nomenclature writes it, the subject then the matter,
     *        such as {@code "Autres domaines de compétences/Autres domaines de compétences des communes"}
     * @param exportedAt when the export runs, not null
     * @return the exporter, never null
     * @throws IllegalArgumentException if the code is not a level-2 ACTES code, or the name is not a
     *         subject and a matter joined by a slash
     */
    public static ScdlExport deliberations(Publisher publisher, String matterCode, String matterName, Instant exportedAt) {
        Objects.requireNonNull(matterCode, "matterCode");
        Objects.requireNonNull(matterName, "matterName");
        if (!ACTES_CODE.matcher(matterCode).matches() || !ACTES_NAME.matcher(matterName).matches()) {
            throw new IllegalArgumentException("an ACTES matter of level 2 (such as 9.1) with its name, subject/matter, not "
                    + matterCode + " " + matterName);
        }
        return new ScdlExport(Objects.requireNonNull(publisher, "publisher"), Objects.requireNonNull(exportedAt, "exportedAt"),
                new String[] {matterCode, matterName});
    }

    /**
     * Writes the table of a portfolio.
     *
     * @param portfolio the initiatives, in the order their rows are written, not null
     * @param out receives the table, UTF-8; flushed, not closed; not null
     * @param each receives the record of each initiative with its losses, not null
     * @return the counts: initiatives read, those that gave rows, those that gave none
     * @throws UncheckedIOException if the stream fails
     */
    public ImportSummary write(Iterable<Initiative> portfolio, OutputStream out, Consumer<ImportedRecord> each) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(each, "each");
        ImportSummary.Tally tally = new ImportSummary.Tally();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            if (matter == null) {
                for (SubventionColumn column : SubventionColumn.values()) {
                    header.add(column.column());
                }
            } else {
                for (DeliberationColumn column : DeliberationColumn.values()) {
                    header.add(column.column());
                }
            }
            printer.printRecord(header);
            for (Initiative initiative : portfolio) {
                ImportedRecord record = matter == null ? export(initiative, printer) : deliberations(initiative, printer);
                tally.add(record);
                each.accept(record);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally.summary();
    }

    /** The losses of an initiative, or its refusal when it is of another territory than the publisher's. */
    private Optional<ImportedRecord> otherTerritory(Initiative initiative, Losses losses) {
        if (initiative.territory().code().equals(publisher.territory().code())) {
            return Optional.empty();
        }
        losses.add(null, "/territory", LossCategory.REFUSED_RECORD, initiative.territory().code(), "interop.export.otherTown",
                initiative.territory().name(), publisher.territory().name());
        return Optional.of(new ImportedRecord(losses.source(), Optional.empty(), ValidationReport.of(List.of()), losses.entries()));
    }

    private Losses losses(Initiative initiative) {
        return new Losses(Source.builder().withSystem(SYSTEM).withId(initiative.id()).withRetrievedAt(exportedAt).build());
    }

    /** The rows of an initiative's decisions by an elected body, each with its reference. */
    private ImportedRecord deliberations(Initiative initiative, CSVPrinter printer) throws IOException {
        Losses losses = losses(initiative);
        Optional<ImportedRecord> other = otherTerritory(initiative, losses);
        if (other.isPresent()) {
            return other.get();
        }
        int rows = 0;
        for (int i = 0; i < initiative.decisions().size(); i++) {
            Decision decision = initiative.decisions().get(i);
            String target = "/decisions/" + i;
            if (decision.decidedBy().kind() != ActorKind.ELECTED_BODY) {
                losses.add(null, target, LossCategory.DROPPED, decision.decidedBy().name(), "interop.export.notDeliberation");
                continue;
            }
            if (decision.reference().isEmpty()) {
                losses.add(DeliberationColumn.DELIB_ID.column(), target + "/reference", LossCategory.DROPPED, null,
                        "interop.export.noReference");
                continue;
            }
            String objet = decision.outcome().label(Locale.FRENCH) + " : " + decision.object().orElse(initiative.title());
            if (decision.object().isEmpty()) {
                losses.add(DeliberationColumn.DELIB_OBJET.column(), target + "/object", LossCategory.DEFAULTED, initiative.title(),
                        "interop.export.noObject");
            }
            losses.add(DeliberationColumn.DELIB_MATIERE_CODE.column(), target, LossCategory.DEFAULTED, matter[0], "interop.export.matter",
                    matter[0], matter[1]);
            decision.councilVote().ifPresent(vote -> losses.add(DeliberationColumn.VOTE_POUR.column(), target + "/councilVote",
                    LossCategory.DROPPED, vote.inFavour() + "/" + vote.against() + "/" + vote.abstentions(), "interop.export.votes"));
            printer.printRecord(publisher.name(), publisher.siret(), decision.reference().get(),
                    decision.decidedAt().atZone(initiative.territory().zone()).toLocalDate().toString(), matter[0], matter[1], objet,
                    "", "", "", "", "", "", "", "", "", "");
            rows++;
        }
        if (rows == 0) {
            losses.add(null, "/decisions", LossCategory.REFUSED_RECORD, null, "interop.export.noDeliberation");
        }
        return rows > 0 ? new ImportedRecord(losses.source(), Optional.of(initiative), initiative.validate(), losses.entries())
                : new ImportedRecord(losses.source(), Optional.empty(), ValidationReport.of(List.of()), losses.entries());
    }

    private ImportedRecord export(Initiative initiative, CSVPrinter printer) throws IOException {
        Losses losses = losses(initiative);
        Source source = losses.source();
        Optional<ImportedRecord> other = otherTerritory(initiative, losses);
        if (other.isPresent()) {
            return other.get();
        }
        Optional<Convention> signed = initiative.convention().filter(ScdlExport::signedByBothSides);
        if (signed.isEmpty()) {
            losses.add(null, "/convention", LossCategory.REFUSED_RECORD, null, "interop.export.unsigned");
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.entries());
        }
        Convention convention = signed.get();
        Map<Nature, BigDecimal> euros = new EnumMap<>(Nature.class);
        List<LocalDate> dueDates = new ArrayList<>();
        for (int i = 0; i < convention.commitments().size(); i++) {
            Commitment commitment = convention.commitments().get(i);
            String target = "/convention/commitments/" + i;
            if (commitment.side() == Side.APPLICANTS) {
                losses.add(null, target, LossCategory.DROPPED, commitment.kind().name().toLowerCase(java.util.Locale.ROOT),
                        commitment.kind() == CommitmentKind.STEWARDSHIP ? "interop.export.stewardship" : "interop.export.applicants");
                continue;
            }
            Optional<Nature> nature = Nature.of(commitment.kind());
            if (nature.isEmpty()) {
                losses.add(null, target, LossCategory.DROPPED, commitment.description(), "interop.export.notSubsidy",
                        commitment.kind().name().toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            if (commitment.quantity().isEmpty() || commitment.quantity().get().unit() != QuantityUnit.EUROS) {
                losses.add(null, target, LossCategory.DROPPED, commitment.description(), "interop.export.notInEuros");
                continue;
            }
            euros.merge(nature.get(), commitment.quantity().get().amount(), BigDecimal::add);
            commitment.dueDate().ifPresent(dueDates::add);
        }
        for (ProjectPhase phase : initiative.involvementPlan().levels().keySet()) {
            losses.add(null, "/involvementPlan/levels/" + phase.name().toLowerCase(java.util.Locale.ROOT), LossCategory.DROPPED,
                    initiative.involvementPlan().levels().get(phase).name().toLowerCase(java.util.Locale.ROOT), "interop.export.plan");
        }
        if (euros.isEmpty()) {
            losses.add(null, "/convention", LossCategory.REFUSED_RECORD, null, "interop.export.noEuros");
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.entries());
        }
        BigDecimal montant = euros.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String nature = euros.keySet().stream().map(Nature::text).reduce((a, b) -> a + ";" + b).orElseThrow();
        dueDates.sort(Comparator.naturalOrder());
        String period;
        String conditions;
        if (dueDates.isEmpty()) {
            period = convention.startDate() + "/" + convention.endDate();
            conditions = "unique";
            losses.add(SubventionColumn.DATES_PERIODE_VERSEMENT.column(), "/convention", LossCategory.DEFAULTED, period,
                    "interop.export.period");
            losses.add(SubventionColumn.CONDITIONS_VERSEMENT.column(), "/convention", LossCategory.DEFAULTED, conditions,
                    "interop.export.conditions");
        } else {
            LocalDate first = dueDates.get(0);
            LocalDate last = dueDates.get(dueDates.size() - 1);
            period = first.equals(last) ? first.toString() : first + "/" + last;
            conditions = dueDates.size() == 1 ? "unique" : "échelonné";
        }
        losses.add(SubventionColumn.NOTIFICATION_UE.column(), "", LossCategory.DEFAULTED, NOT_NOTIFIED, "interop.export.notification");
        // The applicants the table can name (a SIRET, or an RNA number of its form) share the amount.
        List<Actor> applicants = initiative.applicants();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            if (!identifier(applicants.get(i), IdentifierScheme.SIRET).orElse("").isEmpty()
                    || !identifier(applicants.get(i), IdentifierScheme.RNA).filter(value -> SCHEMA_RNA.matcher(value).matches()).isEmpty()) {
                named.add(i);
            } else {
                losses.add(SubventionColumn.ID_BENEFICIAIRE.column(), "/applicants/" + i, LossCategory.DROPPED, applicants.get(i).name(),
                        "interop.export.noBeneficiaryId");
            }
        }
        if (named.isEmpty() || named.size() > MAX_SHARES) {
            losses.add(null, "/applicants", LossCategory.REFUSED_RECORD, null,
                    named.isEmpty() ? "interop.export.noNamedApplicant" : "interop.export.tooManyApplicants", MAX_SHARES);
            return new ImportedRecord(source, Optional.empty(), ValidationReport.of(List.of()), losses.entries());
        }
        BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(named.size()), 2, RoundingMode.HALF_EVEN);
        if (named.size() > 1) {
            losses.add(SubventionColumn.POURCENTAGE_SUBVENTION.column(), "/applicants", LossCategory.DEFAULTED, share.toPlainString(),
                    "interop.export.share", named.size());
        }
        String objet = initiative.title();
        if (objet.codePointCount(0, objet.length()) > MAX_OBJET) {
            objet = objet.substring(0, objet.offsetByCodePoints(0, MAX_OBJET - 1)) + "…";
            losses.add(SubventionColumn.OBJET.column(), "/title", LossCategory.DEGRADED, initiative.title(), "interop.export.objet",
                    MAX_OBJET);
        }
        String dateConvention = convention.signatures().stream().map(Signature::date).max(Comparator.naturalOrder()).orElseThrow()
                .toString();
        String reference = initiative.assessment().flatMap(Decision::reference).orElse("");
        for (int i : named) {
            Actor applicant = applicants.get(i);
            String siret = identifier(applicant, IdentifierScheme.SIRET).orElse("");
            String rna = identifier(applicant, IdentifierScheme.RNA).filter(value -> SCHEMA_RNA.matcher(value).matches()).orElse("");
            printer.printRecord(publisher.name(), publisher.siret(), dateConvention, reference, applicant.name(), siret, rna, objet,
                    montant.stripTrailingZeros().toPlainString(), nature, conditions, period, "", NOT_NOTIFIED, share.toPlainString(), "");
        }
        return new ImportedRecord(source, Optional.of(initiative), initiative.validate(), losses.entries());
    }

    private static Optional<String> identifier(Actor actor, IdentifierScheme scheme) {
        return actor.identifiers().stream().filter(id -> id.scheme().equals(scheme.code())).map(Identifier::value).findFirst();
    }

    private static boolean signedByBothSides(Convention convention) {
        return convention.signatures().stream().anyMatch(signature -> signature.side() == Side.TOWN)
                && convention.signatures().stream().anyMatch(signature -> signature.side() == Side.APPLICANTS);
    }

    /** The two natures of aid the table knows, in the order it joins them. */
    private enum Nature {
        CASH("aide en numéraire"),
        IN_KIND("aide en nature");

        private final String text;

        Nature(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        /**
         * Funding is cash; what the town supplies, lends or makes available is in kind; advice,
         * and a loan of money (repaid, so no subsidy), have no nature of aid.
         */
        static Optional<Nature> of(CommitmentKind kind) {
            switch (kind) {
                case FUNDING:
                    return Optional.of(CASH);
                case SUPPLIES:
                case EQUIPMENT_LOAN:
                case CONCESSION:
                case TECHNICAL_SUPPORT:
                    return Optional.of(IN_KIND);
                default:
                    return Optional.empty();
            }
        }
    }
}
