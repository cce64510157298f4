package io.github.loosmethod.examples;

import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.Language;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.cli.Table;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.validation.Severity;
import io.github.loosmethod.validation.Violation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Walks through a municipal project (<em>projet municipal</em>) — the town's redesign of the
 * square in front of the town hall, an illustrative case, not a record of the town — from its
 * involvement plan to its closing: the residents' site walk and questionnaire of the diagnosis,
 * the design workshops, the public meeting before the decision, the municipal council's approval
 * (deliberation number and vote counts), the works, their delivery and the closing. It then prints
 * what the town promised beside what took place, phase by phase ({@link PlannedVersusPractised}
 * as an aligned table, <em>implication annoncée et pratiquée</em>), and the warnings of rule P1
 * that {@link Initiative#validate()} reports: in the design phase the workshops stayed at
 * concertation where the plan claimed co-construction.
 *
 * <p>Everything is built through the library's public API; only the territory, the municipality
 * and its technical services come from the worked cases' constants.
 *
 * <p>Usage: {@code MunicipalProjectWalkthrough [--lang en|fr]}. Without {@code --lang} the account
 * is printed twice, in English then in French, so that both sets of labels can be compared; with it,
 * once in that language. {@code --help} prints the usage; bad arguments print a one-line error and
 * the usage on stderr and exit with status 2. The warnings are the point of the example, not a
 * failure: the exit status is 0.
 */
public final class MunicipalProjectWalkthrough {

    /** The municipal council, which approves the project by a deliberation (<em>conseil municipal</em>). */
    static final Actor COUNCIL = Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);

    /** The deputy mayor for public spaces, who closes the project (<em>adjoint à l'espace public</em>). */
    static final Actor DEPUTY_MAYOR = Actor.of("adjoint-espace-public", "Adjoint à l'espace public", ActorKind.ELECTED_OFFICIAL);

    /** The deliberation that approves the project. */
    static final String DELIBERATION = "DCM 2024-014";

    private final PrintStream out;
    private final Locale locale;
    private final boolean french;

    MunicipalProjectWalkthrough(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.french = Language.of(locale) == Language.FRENCH;
    }

    /**
     * Runs the walkthrough and exits with its status.
     *
     * @param args {@code --lang en|fr}, or nothing for both languages, or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: only the options every program takes; without {@code --lang}, both languages. */
    @Command(name = "MunicipalProjectWalkthrough")
    private static final class Options extends Cli.Program {

        @Spec
        private CommandSpec spec;

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            if (spec.commandLine().getParseResult().hasMatchedOption("--lang")) {
                new MunicipalProjectWalkthrough(out, locale()).run();
            } else {
                new MunicipalProjectWalkthrough(out, Language.ENGLISH.locale()).run();
                out.println();
                new MunicipalProjectWalkthrough(out, Language.FRENCH.locale()).run();
            }
            return Cli.OK;
        }
    }

    /** The involvement the town announced, phase by phase: never beyond co-construction, since it carries the works. */
    static InvolvementPlan plan() {
        return InvolvementPlan.builder()
                .putLevel(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CONSULTATION)
                .putLevel(ProjectPhase.DESIGN, CoConstructionLevel.CO_CONSTRUCTION)
                .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONCERTATION)
                .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.INFORMATION)
                .putLevel(ProjectPhase.EVALUATION, CoConstructionLevel.CONSULTATION)
                .build();
    }

    /** The project as the town writes it down, before anything happened. */
    static Initiative draft() {
        return Initiative.builder()
                .withId("MP-2023-07")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Redesign of the town-hall square")
                .withPurpose(Purpose.of("Shade, benches and safe crossings on a square given over to parked cars",
                        "A square every resident crosses, from the school to the market"))
                .withKind(InitiativeKind.MUNICIPAL_PROJECT)
                .addApplicants(LoosEnGohelle.MUNICIPALITY)
                .addThemes("public space", "trees in town")
                .addDomains(TransitionDomain.MOBILITY, TransitionDomain.BIODIVERSITY)
                .withInvolvementPlan(plan())
                .build();
    }

    /** The council's approval: a numbered deliberation carried by 23 votes to 2, with 4 abstentions. */
    static Decision approval() {
        return Decision.builder()
                .withDecidedBy(COUNCIL)
                .withDecidedAt(at(LocalDate.of(2024, 2, 12), 19))
                .withOutcome(DecisionOutcome.ACCEPTED)
                .addReasons("The layout drawn from the workshops is approved", "Budget of the 2024 investment plan")
                .withReference(DELIBERATION)
                .withObject("Approval of the redesign of the town-hall square")
                .withCouncilVote(CouncilVote.of(23, 2, 4))
                .build();
    }

    private static ParticipationActivity activity(String id, ActivityKind kind, String title, LocalDate heldOn, ProjectPhase phase,
            CoConstructionLevel level, int participants, ParticipantCategory... categories) {
        return ParticipationActivity.builder().withId(id).withKind(kind).withTitle(title).withHeldOn(heldOn).withPhase(phase)
                .withLevel(level).withParticipants(participants).addParticipantCategories(categories).build();
    }

    /**
     * The project from its draft to its closing, each step through the lifecycle operations, each
     * activity recorded as it took place.
     *
     * @return the closed project, never null
     */
    static Initiative closed() {
        Initiative project = draft()
                .recordActivity(activity("walk-1", ActivityKind.SITE_WALK, "Site walk on the square", LocalDate.of(2023, 9, 16),
                        ProjectPhase.DIAGNOSIS, CoConstructionLevel.CONSULTATION, 34, ParticipantCategory.RESIDENTS,
                        ParticipantCategory.ELECTED_OFFICIALS, ParticipantCategory.SERVICES))
                .recordActivity(activity("survey-1", ActivityKind.QUESTIONNAIRE, "How do you cross the square?",
                        LocalDate.of(2023, 10, 6), ProjectPhase.DIAGNOSIS, CoConstructionLevel.CONSULTATION, 212,
                        ParticipantCategory.RESIDENTS, ParticipantCategory.MINORS))
                // The plan promised co-construction; the designers brought three finished layouts to comment on.
                .recordActivity(activity("workshop-1", ActivityKind.WORKSHOP, "Three layouts discussed", LocalDate.of(2023, 11, 18),
                        ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION, 27, ParticipantCategory.RESIDENTS,
                        ParticipantCategory.ASSOCIATIONS))
                .recordActivity(activity("workshop-2", ActivityKind.WORKSHOP, "Trees and benches", LocalDate.of(2023, 12, 9),
                        ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION, 19, ParticipantCategory.RESIDENTS))
                .recordActivity(activity("meeting-1", ActivityKind.PUBLIC_MEETING, "The chosen layout before the council",
                        LocalDate.of(2024, 1, 25), ProjectPhase.DECISION, CoConstructionLevel.CONCERTATION, 58,
                        ParticipantCategory.RESIDENTS, ParticipantCategory.ELECTED_OFFICIALS))
                .accept(approval())
                .startWork(LoosEnGohelle.TECHNICAL_SERVICES, at(LocalDate.of(2024, 3, 18), 8), "Works contract awarded")
                .recordActivity(activity("meeting-2", ActivityKind.PUBLIC_MEETING, "What the works change, week by week",
                        LocalDate.of(2024, 3, 21), ProjectPhase.IMPLEMENTATION, CoConstructionLevel.INFORMATION, 41,
                        ParticipantCategory.RESIDENTS));
        return project
                .deliver(LoosEnGohelle.TECHNICAL_SERVICES, at(LocalDate.of(2024, 9, 27), 16), "Works received without reservation")
                .close(DEPUTY_MAYOR, at(LocalDate.of(2024, 10, 15), 10), "Square open; accounts settled");
    }

    void run() {
        Initiative project = closed();
        heading(project.title() + " — " + project.territory().name() + " (INSEE " + project.territory().code() + ")");
        out.println(text("Kind", "Type") + separator() + project.kind().label(locale));
        out.println(text("Carried by", "Porté par") + separator() + project.applicants().stream()
                .map(a -> a.name() + " (" + a.kind().label(locale) + ")").collect(Collectors.joining(", ")));
        out.println(text("Domains of the transition", "Domaines de la transition") + separator() + labels(project.domains()));
        Decision decision = project.assessment().orElseThrow();
        CouncilVote vote = decision.councilVote().orElseThrow();
        out.println(text("Decision", "Décision") + separator() + decision.decidedBy().name() + ", " + decision.reference().orElseThrow()
                + ", " + decision.outcome().label(locale) + " — " + vote.inFavour() + text(" for, ", " pour, ") + vote.against()
                + text(" against, ", " contre, ") + vote.abstentions() + " abstentions");
        out.println(text("Status", "État") + separator() + project.status().label(locale));

        heading(text("Lifecycle", "Cycle de vie"));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(project.territory().zone());
        Table lifecycle = new Table(text("when", "quand"), text("operation", "opération"), text("from", "de"), "", text("to", "vers"),
                text("who: why", "qui : pourquoi"));
        for (LifecycleEvent event : project.history()) {
            lifecycle.row(when.format(event.at()), event.transition().label(locale), event.from().label(locale), "→",
                    event.to().label(locale), event.by().name() + separator() + event.reason());
        }
        lifecycle.print(out);

        heading(text("Participation activities", "Temps de participation"));
        Table activities = new Table(text("date", "date"), text("activity", "activité"), text("phase", "phase"),
                text("practised", "pratiqué"), text("people", "personnes"), text("title", "titre"));
        for (ParticipationActivity activity : project.activities()) {
            activities.row(activity.heldOn(), activity.kind().label(locale), activity.phase().label(locale), level(activity.level()),
                    activity.participants().map(String::valueOf).orElse("—"), activity.title());
        }
        activities.print(out);

        heading(text("Planned versus practised", "Implication annoncée et pratiquée"));
        Table report = new Table(text("phase", "phase"), text("planned", "annoncé"), text("practised", "pratiqué"),
                text("activities", "temps"), text("people", "personnes"), text("who took part", "qui a participé"),
                text("note", "remarque"));
        for (PlannedVersusPractised.Phase phase : PlannedVersusPractised.of(project.involvementPlan(), project.activities()).phases()) {
            report.row(phase.phase().label(locale), level(phase.planned()), level(phase.practised()), phase.activities(),
                    phase.activities() == 0 ? "—" : String.valueOf(phase.participants()), labels(phase.categories()), note(phase));
        }
        report.print(out);

        heading(text("Warnings of the rules of the method", "Avertissements des règles de la méthode"));
        List<Violation> warnings = project.validate().violations();
        if (warnings.isEmpty()) {
            out.println("  " + text("None: the practice reached the plan in every phase.",
                    "Aucun : la pratique a atteint le niveau annoncé dans chaque phase."));
        }
        for (Violation violation : warnings) {
            out.println("  " + (violation.severity() == Severity.WARNING ? "⚠ " : "✗ ") + violation.ruleId() + " — "
                    + violation.rule().title(locale));
            out.println("      " + violation.message(locale));
            out.println("      " + text("where: ", "où : ") + violation.path());
        }
    }

    private String note(PlannedVersusPractised.Phase phase) {
        if (phase.fallsShort()) {
            return "✗ " + text("below the plan (P1)", "en deçà du plan (P1)");
        }
        if (phase.activities() == 0) {
            return text("no activity recorded yet", "aucun temps enregistré pour l'instant");
        }
        return "";
    }

    private String level(CoConstructionLevel level) {
        return level.rank() + ". " + level.label(locale);
    }

    private String level(Optional<CoConstructionLevel> level) {
        return level.map(this::level).orElse("—");
    }

    private String labels(Collection<? extends Labelled> terms) {
        return terms.isEmpty() ? "—" : terms.stream().map(term -> term.label(locale)).collect(Collectors.joining(", "));
    }

    /** A colon as each language writes it: French sets a space before it. */
    private String separator() {
        return text(": ", " : ");
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    private String text(String english, String french) {
        return this.french ? french : english;
    }
}
