package io.github.loosmethod.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.portfolio.CommitmentOutcomes;
import io.github.loosmethod.portfolio.CriterionStatistics;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.portfolio.PortfolioTally;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos report PORTFOLIO} (<em>rapport de portefeuille</em>): the indicators of a JSON Lines
 * portfolio (one initiative or evaluation per line; {@code -} for stdin) — counts per year and
 * town, kind and status, the involvement profile, how commitments fared and what each side
 * contributed, the spread of evaluation scores, and the towns compared. {@code --format text}
 * (aligned tables, the default), {@code csv} (one long table {@code table,row,column,value}, for a
 * spreadsheet or a data frame) or {@code json} (the tables with their columns and rows, numbers as
 * numbers, shares as fractions). The file is read in one streaming pass; each refused line is said
 * on stderr as {@code file:line: /pointer [rule] message} and the report covers the others (exit
 * status 1 then); a file that cannot be read exits with status 2.
 */
@Command(name = "report", sortOptions = false)
final class ReportCommand extends LoosCommand {

    /** How the tables are printed. */
    enum Format {
        TEXT, CSV, JSON
    }

    @Parameters(index = "0", paramLabel = "PORTFOLIO", descriptionKey = "report.portfolio")
    private String file;

    @Option(names = "--format", paramLabel = "text|csv|json", converter = FormatOption.class, completionCandidates = FormatOption.class,
            descriptionKey = "report.format")
    private Format format = Format.TEXT;

    private final PortfolioTally all = new PortfolioTally();
    private final Map<String, PortfolioTally> byTown = new TreeMap<>();
    private final Map<String, String> townNames = new TreeMap<>();
    private final Map<Integer, Map<String, Long>> yearTown = new TreeMap<>();

    static final class FormatOption extends Codes.Choice<Format> {
        FormatOption() {
            super(Format.class);
        }
    }

    @Override
    public Integer call() {
        long badLines;
        try (Input input = open(file); Progress progress = progress(file, input.size());
                PortfolioReader reader = LoosJson.strict().portfolioReader(input.stream(), OnBadLine.collectAndContinue(
                        failure -> {
                            beforePrinting();
                            Problems.TEXT.print(file, failure, locale(), err());
                        }))) {
            while (reader.hasNext()) {
                add(reader.next());
                progress.record(input.stream()::count);
            }
            badLines = reader.summary().badLines();
        } catch (IOException e) {
            return cannotRead(file, e);
        } catch (UncheckedIOException e) {
            return cannotRead(file, e.getCause());
        }
        String source = file + (badLines > 0 ? " (" + Vocabulary.plural("Portfolio.refusedLines", Language.of(locale()), badLines,
                badLines) + ")" : "");
        try {
            print(source, tables());
        } catch (IOException e) {
            return cannotWrite("stdout", e);
        }
        return badLines > 0 ? Loos.PROBLEMS : Loos.OK;
    }

    private void add(Initiative initiative) {
        all.add(initiative);
        String town = initiative.territory().code();
        townNames.putIfAbsent(town, initiative.territory().name());
        byTown.computeIfAbsent(town, t -> new PortfolioTally()).add(initiative);
        PortfolioTally.year(initiative).ifPresent(year ->
                yearTown.computeIfAbsent(year, y -> new TreeMap<>()).merge(town, 1L, Long::sum));
    }

    /** The report's tables, in the order they are printed. */
    private List<Table> tables() {
        Locale locale = locale();
        PortfolioIndicators indicators = all.indicators();
        List<Table> tables = new ArrayList<>();
        tables.add(Table.titled("totals", text("Totals", "Totaux"), text("records", "fiches"), text("count", "nombre"))
                .row(text("initiatives", "initiatives"), indicators.initiativeCount())
                .row(text("drafts never submitted", "brouillons jamais déposés"), indicators.undatedCount())
                .row(text("evaluations", "évaluations"), indicators.evaluationCount()));

        List<String> towns = new ArrayList<>(townNames.keySet());
        List<String> headers = new ArrayList<>(List.of(text("year", "année")));
        towns.forEach(t -> headers.add(townNames.get(t)));
        headers.add(text("all", "toutes"));
        Table years = Table.titled("years", text("Initiatives per year of submission and town", "Initiatives par année de dépôt et par commune"),
                headers.toArray(new String[0]));
        yearTown.forEach((year, counts) -> {
            List<Object> row = new ArrayList<>(List.of(year));
            towns.forEach(t -> row.add(counts.getOrDefault(t, 0L)));
            row.add(counts.values().stream().mapToLong(Long::longValue).sum());
            years.row(row.toArray());
        });
        tables.add(years);

        Table kinds = Table.titled("kinds", text("Initiatives per kind", "Initiatives par type"), text("kind", "type"), text("count", "nombre"));
        for (InitiativeKind kind : InitiativeKind.values()) {
            kinds.row(kind.label(locale), indicators.countByKind().getOrDefault(kind, 0L));
        }
        tables.add(kinds);
        Table statuses = Table.titled("statuses", text("Initiatives per status", "Initiatives par état"), text("status", "état"),
                text("count", "nombre"));
        for (InitiativeStatus status : InitiativeStatus.values()) {
            statuses.row(status.label(locale), indicators.countByStatus().getOrDefault(status, 0L));
        }
        tables.add(statuses);

        List<String> levels = new ArrayList<>(List.of(text("phase", "phase")));
        for (CoConstructionLevel level : CoConstructionLevel.values()) {
            levels.add(level.label(locale));
        }
        Table profile = Table.titled("involvement", text("Involvement profile: initiatives declaring each level, per phase",
                "Profil d'implication : initiatives déclarant chaque niveau, par phase"), levels.toArray(new String[0]));
        for (ProjectPhase phase : ProjectPhase.values()) {
            Map<CoConstructionLevel, Long> counts = indicators.involvementProfile().getOrDefault(phase, new TreeMap<>());
            List<Object> row = new ArrayList<>(List.of(phase.label(locale)));
            for (CoConstructionLevel level : CoConstructionLevel.values()) {
                row.add(counts.getOrDefault(level, 0L));
            }
            profile.row(row.toArray());
        }
        tables.add(profile);

        Table sides = Table.titled("sides", text("Commitments and contributions per side (reported, never a required ratio)",
                "Engagements et apports par partie (constatés, jamais un ratio imposé)"), text("side", "partie"),
                text("commitments", "engagements"), text("fulfilled", "tenus"), text("breached", "non tenus"), "euros",
                text("hours", "heures"), text("items", "unités"), "m²");
        for (Side side : Side.values()) {
            CommitmentOutcomes outcomes = indicators.commitments().get(side);
            Map<QuantityUnit, BigDecimal> totals = indicators.contributions().get(side);
            sides.row(side.label(locale), outcomes.total(), new Table.Share(outcomes.fulfilledShare()),
                    new Table.Share(outcomes.breachedShare()), amount(totals, QuantityUnit.EUROS), amount(totals, QuantityUnit.HOURS),
                    amount(totals, QuantityUnit.ITEMS), amount(totals, QuantityUnit.SQUARE_METRES));
        }
        tables.add(sides);

        Table criteria = Table.titled("criteria", text("Evaluation scores per criterion", "Notes d'évaluation par critère"),
                text("criterion", "critère"), text("scores", "notes"), text("mean", "moyenne"), text("std. dev.", "écart-type"), "min", "max");
        for (Map.Entry<String, CriterionStatistics> entry : indicators.criteria().entrySet()) {
            CriterionStatistics statistics = entry.getValue();
            criteria.row(entry.getKey(), statistics.count(), statistics.mean().setScale(2, RoundingMode.HALF_EVEN),
                    statistics.standardDeviation().setScale(2, RoundingMode.HALF_EVEN), statistics.min(), statistics.max());
        }
        tables.add(criteria);

        Table compared = Table.titled("towns", text("Towns compared", "Communes comparées"), text("town", "commune"),
                text("initiatives", "initiatives"), text("closed", "clôturées"), text("evaluations", "évaluations"),
                text("applicants' fulfilled", "tenus (porteurs)"), text("town's fulfilled", "tenus (commune)"));
        byTown.forEach((town, tally) -> {
            PortfolioIndicators i = tally.indicators();
            compared.row(townNames.get(town) + " (" + town + ")", i.initiativeCount(), i.countByStatus().getOrDefault(InitiativeStatus.CLOSED, 0L),
                    i.evaluationCount(), new Table.Share(i.commitments().get(Side.APPLICANTS).fulfilledShare()),
                    new Table.Share(i.commitments().get(Side.TOWN).fulfilledShare()));
        });
        tables.add(compared);
        return tables;
    }

    /** Prints the tables in the format asked. */
    private void print(String source, List<Table> tables) throws IOException {
        PrintStream out = out();
        switch (format) {
            case TEXT -> {
                out.println("== " + text("Portfolio report: ", "Rapport de portefeuille : ") + source);
                for (Table table : tables) {
                    out.println();
                    out.println("== " + table.title());
                    table.print(out);
                }
            }
            case CSV -> {
                CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        CSVFormat.RFC4180.builder().setHeader("table", "row", "column", "value").get());
                for (Table table : tables) {
                    table.printCsv(csv);
                }
                csv.flush();
            }
            case JSON -> {
                try (JsonGenerator json = new JsonFactory().createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                    json.writeStartObject();
                    json.writeStringField("source", file);
                    json.writeArrayFieldStart("tables");
                    for (Table table : tables) {
                        table.writeJson(json);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                out.println();
            }
        }
        out.flush();
    }

    private static BigDecimal amount(Map<QuantityUnit, BigDecimal> totals, QuantityUnit unit) {
        BigDecimal total = totals.get(unit);
        return total == null ? BigDecimal.ZERO : total.setScale(0, RoundingMode.HALF_EVEN);
    }
}
