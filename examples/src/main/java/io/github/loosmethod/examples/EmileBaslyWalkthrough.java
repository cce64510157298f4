package io.github.loosmethod.examples;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.cli.Table;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.ContributionReport;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.SideContribution;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.ScoreLine;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Walks through the École Émile-Basly playground fifty-fifty from the pupils' idea to the closing
 * of the convention, and prints a readable account: each lifecycle step with who, when and why,
 * the involvement plan, the convention with both sides' commitments, the contribution report, the
 * Ch'ti TAIDx evaluation with its scorecard, and the validator's verdict.
 *
 * <p>Usage: {@code EmileBaslyWalkthrough [--lang en|fr] [--output FOLDER]}. Without {@code --lang}
 * the language follows the JVM's default locale (French for a French locale, English otherwise).
 * The case is also written as JSON documents of the interchange format (the initiative and its
 * evaluation) into the folder, by default {@code loos-method} in the system's temporary folder;
 * their paths are printed. {@code --help} prints the usage; bad arguments print a one-line error
 * and the usage on stderr and exit with status 2; a folder that cannot be written exits with 1.
 */
public final class EmileBaslyWalkthrough {

    private final PrintStream out;
    private final Locale locale;
    private final boolean french;

    EmileBaslyWalkthrough(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.french = Language.of(locale) == Language.FRENCH;
    }

    /**
     * Runs the walkthrough and exits with its status.
     *
     * @param args {@code --lang en|fr}, {@code --output FOLDER} for the JSON documents, or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: where the JSON documents go. */
    @Command(name = "EmileBaslyWalkthrough")
    private static final class Options extends Cli.Program {

        // An option, not a positional parameter, so that a stray word is refused rather than taken for a folder.
        @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", descriptionKey = "output")
        private Path folder = Path.of(System.getProperty("java.io.tmpdir"), "loos-method");

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            EmileBaslyWalkthrough walkthrough = new EmileBaslyWalkthrough(out, locale());
            walkthrough.run();
            try {
                walkthrough.writeJson(folder);
            } catch (IOException e) {
                err.println(text("error: cannot write the JSON documents into ", "erreur : impossible d'écrire les documents JSON dans ")
                        + folder + ": " + Cli.reason(e, french()));
                return Cli.PROBLEMS;
            }
            return Cli.OK;
        }
    }

    void writeJson(Path folder) throws IOException {
        Files.createDirectories(folder);
        LoosJson json = LoosJson.strict();
        Path initiative = folder.resolve("emile-basly-playground.json");
        Path evaluation = folder.resolve("emile-basly-playground-evaluation.json");
        Files.write(initiative, json.write(EmileBaslyPlayground.closed()));
        Files.write(evaluation, json.write(EmileBaslyPlayground.narrativeEvaluation()));
        heading(text("JSON documents (interchange format)", "Documents JSON (format d'échange)"));
        out.println("  " + initiative.toAbsolutePath());
        out.println("  " + evaluation.toAbsolutePath());
    }

    void run() {
        Initiative closed = EmileBaslyPlayground.closed();
        heading(closed.title() + " — " + closed.territory().name() + " (INSEE " + closed.territory().code() + ")");
        out.println(text("Kind", "Type") + ": " + closed.kind().label(locale));
        out.println(text("Applicants", "Porteurs") + ":");
        for (Actor applicant : closed.applicants()) {
            String minor = applicant.responsibleActorId().map(id -> ", " + text("minors, with", "mineurs, avec") + " "
                    + closed.applicants().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id))
                    .orElse("");
            out.println("  - " + applicant.name() + " (" + applicant.kind().label(locale) + minor + ")");
        }
        out.println(text("Living environment", "Cadre de vie") + ": " + closed.purpose().livingEnvironment());
        out.println(text("General interest", "Intérêt général") + ": " + closed.purpose().generalInterest());

        heading(text("Involvement plan", "Plan d'implication"));
        Table plan = new Table(text("phase", "phase"), text("level", "niveau"), text("who decides", "qui décide"),
                text("who acts", "qui agit"));
        for (Map.Entry<ProjectPhase, CoConstructionLevel> entry : closed.involvementPlan().levels().entrySet()) {
            CoConstructionLevel level = entry.getValue();
            Language language = Language.of(locale);
            plan.row(entry.getKey().label(locale), level.rank() + ". " + level.label(locale),
                    Vocabulary.text(level.labelKey() + ".decides", language), Vocabulary.text(level.labelKey() + ".acts", language));
        }
        plan.print(out);

        heading(text("Lifecycle", "Cycle de vie"));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(closed.territory().zone());
        Table lifecycle = new Table(text("when", "quand"), text("operation", "opération"), text("from", "de"), "",
                text("to", "vers"), text("who: why", "qui : pourquoi"));
        for (LifecycleEvent event : closed.history()) {
            lifecycle.row(when.format(event.at()), event.transition().label(locale), event.from().label(locale), "→",
                    event.to().label(locale), event.by().name() + ": " + event.reason());
        }
        lifecycle.print(out);

        Convention convention = closed.convention().orElseThrow();
        heading(text("Convention ", "Convention ") + convention.reference() + " (" + convention.startDate() + " → "
                + convention.endDate() + ")");
        for (Side side : Side.values()) {
            out.println("  " + side.label(locale).toUpperCase(locale));
            for (Commitment c : convention.commitmentsOf(side)) {
                out.printf("    - [%s] %s — %s%s (%s)%n", c.kind().label(locale), c.description(), c.responsible().name(),
                        c.quantity().map(q -> ", " + q.amount().toPlainString() + " " + q.unit().label(locale)).orElse(""),
                        c.status().label(locale));
            }
        }
        out.println("  " + text("Signed by", "Signée par") + ":");
        convention.signatures().forEach(s -> out.println("    - " + s.signer().name() + " (" + s.side().label(locale) + ", "
                + s.date() + ")"));

        heading(text("Contributions (reported, never a required ratio — R9)",
                "Apports (constatés, jamais un ratio imposé — R9)"));
        ContributionReport report = convention.contributions();
        for (Side side : Side.values()) {
            SideContribution contribution = report.of(side);
            StringBuilder line = new StringBuilder("  " + side.label(locale) + ": " + contribution.commitmentCount() + " "
                    + text("commitments", "engagements"));
            contribution.totals().forEach((unit, total) -> line.append(", ").append(total.toPlainString()).append(' ')
                    .append(unit.label(locale)));
            out.println(line);
        }
        report.shareOf(Side.APPLICANTS, QuantityUnit.HOURS).ifPresent(share -> out.println("  "
                + text("Applicants' share of the hours: ", "Part des heures apportée par les porteurs : ")
                + share.movePointRight(2).stripTrailingZeros().toPlainString() + " %"));

        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        NarrativeSession session = evaluation.narrativeSession().orElseThrow();
        heading(text("Evaluation: ", "Évaluation : ") + session.title() + " (" + session.heldOn() + ")");
        out.println("  " + text("Method", "Méthode") + ": " + evaluation.method().label(locale));
        out.println("  " + text("Attendees", "Participants") + ": " + session.attendeeCategories().stream()
                .map(c -> c.label(locale)).collect(Collectors.joining(", ")));
        session.frictions().forEach(f -> out.println("  " + text("Friction", "Friction") + ": " + f));
        session.lessons().forEach(l -> out.println("  " + text("Lesson", "Enseignement") + ": " + l));
        evaluation.usefulEffects().forEach(e -> out.println("  " + text("Useful effect", "Effet utile") + ": " + e));
        evaluation.negativeExternalities().forEach(e -> out.println("  " + text("Negative externality",
                "Externalité négative") + ": " + e));

        Scorecard scorecard = evaluation.scorecard();
        heading(text("Scorecard ", "Tableau de bord ") + "(" + Catalogue.LOOS_PRINCIPLES.label(locale) + ")");
        Table scores = new Table(text("dimension", "dimension"), text("score", "note"), text("coverage", "couverture"));
        scorecard.dimensions().forEach((dimension, score) -> scores.row(dimension.label(locale), shown(score), coverage(score)));
        scores.row(text("overall", "ensemble"), shown(scorecard.overall()), coverage(scorecard.overall()));
        scores.print(out);

        heading(text("Rules of the method", "Règles de la méthode"));
        List<Violation> violations = new ArrayList<>(closed.validate().violations());
        violations.addAll(closed.validateEvaluation(evaluation).violations());
        ValidationReport validation = ValidationReport.of(violations);
        out.println("  " + (validation.violations().isEmpty()
                ? text("No violation: the record follows every rule of the method.", "Aucun manquement : le dossier respecte toutes les règles de la méthode.")
                : validation.toString()));
    }

    private static String shown(ScoreLine line) {
        return line.score().map(s -> s.toPlainString() + "/100").orElse("—");
    }

    private String coverage(ScoreLine line) {
        return line.assessedCount() + "/" + line.criteriaCount() + " " + text("criteria assessed", "critères évalués");
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    private String text(String english, String french) {
        return this.french ? french : english;
    }
}
