package io.github.loosmethod.examples;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.portfolio.CommitmentOutcomes;
import io.github.loosmethod.portfolio.CriterionStatistics;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.portfolio.PortfolioTally;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Prints the indicators of a portfolio as aligned text tables: counts per year and town, kind and
 * status, the involvement profile, how commitments fared and what each side contributed, the
 * spread of evaluation scores, and a comparison of the towns.
 *
 * <p>Usage: {@code PortfolioReport [--lang en|fr] [portfolio.jsonl]}. Without a file, a built-in
 * sample of three towns over seven years is used. The file is read in one streaming pass; each
 * refused line is reported on stderr as {@code file:line: /pointer [rule] message}, and the report
 * covers the others (exit status 1 when there were any). {@code --help} prints the usage; bad
 * arguments, or a file that cannot be read, print a one-line error on stderr and exit with status 2.
 */
public final class PortfolioReport {

    private static final long SAMPLE_SEED = 2026L;
    private static final int SAMPLE_SIZE = 2_000;

    private final PrintStream out;
    private final Locale locale;
    private final boolean french;
    private final PortfolioTally all = new PortfolioTally();
    private final Map<String, PortfolioTally> byTown = new TreeMap<>();
    private final Map<String, String> townNames = new TreeMap<>();
    private final Map<Integer, Map<String, Long>> yearTown = new TreeMap<>();

    PortfolioReport(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.french = Language.of(locale) == Language.FRENCH;
    }

    /**
     * Prints the report and exits with its status.
     *
     * @param args {@code --lang en|fr}, then a JSON Lines portfolio; or nothing; or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: the portfolio file, if any. */
    @Command(name = "PortfolioReport")
    private static final class Options extends Cli.Program {

        @Parameters(arity = "0..1", paramLabel = "portfolio.jsonl", descriptionKey = "portfolio")
        private Optional<Path> file = Optional.empty();

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            PortfolioReport report = new PortfolioReport(out, locale());
            if (file.isEmpty()) {
                SamplePortfolio sample = SamplePortfolio.generate(SAMPLE_SEED, SAMPLE_SIZE);
                sample.initiatives().forEach(report::add);
                sample.evaluations().forEach(report::add);
                report.print(text("built-in sample (" + SAMPLE_SIZE + " initiatives, 3 towns)",
                        "exemple intégré (" + SAMPLE_SIZE + " initiatives, 3 communes)"));
                return Cli.OK;
            }
            Path path = file.get();
            long badLines;
            try (InputStream in = Files.newInputStream(path);
                    PortfolioReader reader = LoosJson.strict().portfolioReader(in, OnBadLine.collectAndContinue(
                            failure -> Problems.lines(path, failure, locale()).forEach(err::println)))) {
                long n = 0;
                while (reader.hasNext()) {
                    report.add(reader.next());
                    if (++n % 100_000 == 0) {
                        err.printf(Locale.ROOT, text("  %,d initiatives read%n", "  %,d initiatives lues%n"), n);
                    }
                }
                badLines = reader.summary().badLines();
            } catch (IOException e) {
                return cannotRead(path, e);
            } catch (UncheckedIOException e) {
                return cannotRead(path, e.getCause());
            }
            report.print(path + (badLines > 0 ? " (" + Vocabulary.plural("Portfolio.refusedLines", Language.of(locale()), badLines,
                    badLines) + ")" : ""));
            return badLines > 0 ? Cli.PROBLEMS : Cli.OK;
        }

        private int cannotRead(Path path, IOException e) {
            err.println(e instanceof NoSuchFileException ? text("error: no such file: ", "erreur : fichier introuvable : ") + path
                    : text("error: cannot read ", "erreur : impossible de lire ") + path + ": " + Cli.reason(e, french()));
            return Cli.USAGE;
        }
    }

    private String text(String english, String french) {
        return this.french ? french : english;
    }

    void add(Initiative initiative) {
        all.add(initiative);
        String town = initiative.territory().code();
        townNames.putIfAbsent(town, initiative.territory().name());
        byTown.computeIfAbsent(town, t -> new PortfolioTally()).add(initiative);
        PortfolioTally.year(initiative).ifPresent(year ->
                yearTown.computeIfAbsent(year, y -> new TreeMap<>()).merge(town, 1L, Long::sum));
    }

    void add(Evaluation evaluation) {
        all.add(evaluation);
        String town = evaluation.subject().territory().code();
        townNames.putIfAbsent(town, evaluation.subject().territory().name());
        byTown.computeIfAbsent(town, t -> new PortfolioTally()).add(evaluation);
    }

    private static String percent(Optional<BigDecimal> share) {
        return share.map(s -> s.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %").orElse("—");
    }

    void print(String source) {
        PortfolioIndicators indicators = all.indicators();
        out.println("== " + text("Portfolio report: ", "Rapport de portefeuille : ") + source);
        out.printf("  %s: %d   %s: %d   %s: %d%n", text("initiatives", "initiatives"), indicators.initiativeCount(),
                text("drafts never submitted", "brouillons jamais déposés"), indicators.undatedCount(),
                text("evaluations", "évaluations"), indicators.evaluationCount());

        out.println();
        out.println("== " + text("Initiatives per year of submission and town", "Initiatives par année de dépôt et par commune"));
        List<String> towns = new ArrayList<>(townNames.keySet());
        List<String> headers = new ArrayList<>(List.of(text("year", "année")));
        towns.forEach(t -> headers.add(townNames.get(t)));
        headers.add(text("all", "toutes"));
        Table years = new Table(headers.toArray(new String[0]));
        yearTown.forEach((year, counts) -> {
            List<Object> row = new ArrayList<>(List.of(year));
            towns.forEach(t -> row.add(counts.getOrDefault(t, 0L)));
            row.add(counts.values().stream().mapToLong(Long::longValue).sum());
            years.row(row.toArray());
        });
        years.print(out);

        out.println();
        out.println("== " + text("Initiatives per kind and status", "Initiatives par type et par état"));
        Table kinds = new Table(text("kind", "type"), text("count", "nombre"));
        for (InitiativeKind kind : InitiativeKind.values()) {
            kinds.row(kind.label(locale), indicators.countByKind().getOrDefault(kind, 0L));
        }
        kinds.print(out);
        out.println();
        Table statuses = new Table(text("status", "état"), text("count", "nombre"));
        for (InitiativeStatus status : InitiativeStatus.values()) {
            statuses.row(status.label(locale), indicators.countByStatus().getOrDefault(status, 0L));
        }
        statuses.print(out);

        out.println();
        out.println("== " + text("Involvement profile: initiatives declaring each level, per phase",
                "Profil d'implication : initiatives déclarant chaque niveau, par phase"));
        List<String> levels = new ArrayList<>(List.of(text("phase", "phase")));
        for (CoConstructionLevel level : CoConstructionLevel.values()) {
            levels.add(level.label(locale));
        }
        Table profile = new Table(levels.toArray(new String[0]));
        for (ProjectPhase phase : ProjectPhase.values()) {
            Map<CoConstructionLevel, Long> counts = indicators.involvementProfile().getOrDefault(phase, new TreeMap<>());
            List<Object> row = new ArrayList<>(List.of(phase.label(locale)));
            for (CoConstructionLevel level : CoConstructionLevel.values()) {
                row.add(counts.getOrDefault(level, 0L));
            }
            profile.row(row.toArray());
        }
        profile.print(out);

        out.println();
        out.println("== " + text("Commitments and contributions per side (reported, never a required ratio)",
                "Engagements et apports par partie (constatés, jamais un ratio imposé)"));
        Table sides = new Table(text("side", "partie"), text("commitments", "engagements"), text("fulfilled", "tenus"),
                text("breached", "non tenus"), "euros", text("hours", "heures"), text("items", "unités"), "m²");
        for (Side side : Side.values()) {
            CommitmentOutcomes outcomes = indicators.commitments().get(side);
            Map<QuantityUnit, BigDecimal> totals = indicators.contributions().get(side);
            sides.row(side.label(locale), outcomes.total(), percent(outcomes.fulfilledShare()), percent(outcomes.breachedShare()),
                    amount(totals, QuantityUnit.EUROS), amount(totals, QuantityUnit.HOURS), amount(totals, QuantityUnit.ITEMS),
                    amount(totals, QuantityUnit.SQUARE_METRES));
        }
        sides.print(out);

        out.println();
        out.println("== " + text("Evaluation scores per criterion", "Notes d'évaluation par critère"));
        Table criteria = new Table(text("criterion", "critère"), text("scores", "notes"), text("mean", "moyenne"),
                text("std. dev.", "écart-type"), "min", "max");
        for (Map.Entry<String, CriterionStatistics> entry : indicators.criteria().entrySet()) {
            CriterionStatistics s = entry.getValue();
            criteria.row(entry.getKey(), s.count(), s.mean().setScale(2, java.math.RoundingMode.HALF_EVEN),
                    s.standardDeviation().setScale(2, java.math.RoundingMode.HALF_EVEN), s.min(), s.max());
        }
        criteria.print(out);

        out.println();
        out.println("== " + text("Towns compared", "Communes comparées"));
        Table compared = new Table(text("town", "commune"), text("initiatives", "initiatives"), text("closed", "clôturées"),
                text("evaluations", "évaluations"), text("applicants' fulfilled", "tenus (porteurs)"),
                text("town's fulfilled", "tenus (commune)"));
        byTown.forEach((town, tally) -> {
            PortfolioIndicators i = tally.indicators();
            compared.row(townNames.get(town) + " (" + town + ")", i.initiativeCount(),
                    i.countByStatus().getOrDefault(InitiativeStatus.CLOSED, 0L), i.evaluationCount(),
                    percent(i.commitments().get(Side.APPLICANTS).fulfilledShare()),
                    percent(i.commitments().get(Side.TOWN).fulfilledShare()));
        });
        compared.print(out);
    }

    private static String amount(Map<QuantityUnit, BigDecimal> totals, QuantityUnit unit) {
        BigDecimal total = totals.get(unit);
        return total == null ? "0" : total.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
