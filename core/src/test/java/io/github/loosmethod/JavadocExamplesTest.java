package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Lifecycle;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.TransitionRefusedException;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.PlannedVersusPractised;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.IdentifierScheme;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.testing.JavadocExamples;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.SamplePortfolio;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The code examples of core's and the testkit's Javadoc, compiled and run here; the first test checks that
 * each example of the Javadoc is a copy of code below (the interchange package's examples need a backend:
 * serialization's tests hold them).
 */
class JavadocExamplesTest {

    private static final Path THIS = Path.of("src/test/java/io/github/loosmethod/JavadocExamplesTest.java");

    @Test
    void every_example_of_the_javadoc_is_code_of_this_test() throws IOException {
        for (String pkg : List.of("", "actor", "involvement", "initiative", "commitment", "evaluation", "portfolio",
                "validation", "provenance")) {
            Path folder = Path.of("src/main/java/io/github/loosmethod", pkg);
            List<Path> files = new ArrayList<>();
            try (var list = java.nio.file.Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
            for (Path file : files) {
                assertThat(JavadocExamples.untested(file, THIS)).as("examples of %s not in %s", file, THIS).isEmpty();
            }
            assertThat(JavadocExamples.count(folder.resolve("package-info.java"))).as("examples of package %s", pkg)
                    .isPositive();
        }
        Path testkit = Path.of("../testkit/src/main/java");
        assertThat(JavadocExamples.untested(testkit, THIS)).isEmpty();
        assertThat(JavadocExamples.count(testkit.resolve("io/github/loosmethod/testkit/package-info.java"))).isPositive();
        assertThat(JavadocExamples.count(testkit.resolve("io/github/loosmethod/testkit/cases/package-info.java"))).isPositive();
    }

    // io.github.loosmethod
    @Test
    void an_impossible_value_is_refused_with_its_field_and_reasons() {
        String field = null;
        String why = null;
        try {
            Actor.of("", "Les Voisins de la rue des Écoles", ActorKind.ASSOCIATION);
        } catch (InvalidValueException refused) {
            field = refused.field();                  // "id"
            why = refused.reason(Locale.FRENCH);      // in French; refused.getMessage() in English
        }
        assertThat(field).isEqualTo("id");
        assertThat(why).isNotBlank();
    }

    // io.github.loosmethod.actor
    @Test
    void actors_and_territories() {
        Territory loos = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
        Actor association = Actor.of("voisins-rue-des-ecoles", "Les Voisins de la rue des Écoles", ActorKind.ASSOCIATION);
        Actor deputyMayor = Actor.of("adjoint-cadre-de-vie", "Adjoint au cadre de vie", ActorKind.ELECTED_OFFICIAL);
        assertThat(loos.name()).isEqualTo("Loos-en-Gohelle");
        assertThat(association.kind()).isEqualTo(ActorKind.ASSOCIATION);
        assertThat(deputyMayor.kind()).isEqualTo(ActorKind.ELECTED_OFFICIAL);
    }

    // io.github.loosmethod.involvement
    @Test
    void an_involvement_plan() {
        InvolvementPlan plan = InvolvementPlan.builder()
                .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION)
                .build();
        CoConstructionLevel works = plan.levels().get(ProjectPhase.IMPLEMENTATION);   // CO_PRODUCTION
        assertThat(works).isEqualTo(CoConstructionLevel.CO_PRODUCTION);
    }

    // io.github.loosmethod.initiative: Initiative
    @Test
    void an_initiative_is_built_then_moved_through_its_lifecycle() {
        Territory loos = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
        Actor association = Actor.of("voisins-rue-des-ecoles", "Les Voisins de la rue des Écoles", ActorKind.ASSOCIATION);
        Actor deputyMayor = Actor.of("adjoint-cadre-de-vie", "Adjoint au cadre de vie", ActorKind.ELECTED_OFFICIAL);
        List<String> refusals = new ArrayList<>();

        Initiative draft = Initiative.builder()
                .withId("loos-2023-ff-jardinieres")
                .withTerritory(loos)
                .withTitle("Flower boxes in the rue des Écoles")
                .withPurpose(Purpose.of("More flowers along the street.", "A pleasant street for every passer-by."))
                .withKind(InitiativeKind.FIFTY_FIFTY)
                .addApplicant(association)
                .withInvolvementPlan(InvolvementPlan.empty()
                        .with(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION))
                .build();

        Initiative accepted = draft
                .submit(association, Instant.parse("2023-03-01T18:00:00Z"), "Voted by the association's members")
                .startAssessment(deputyMayor, Instant.parse("2023-03-06T08:00:00Z"), "Request received")
                .accept(Decision.of(deputyMayor, Instant.parse("2023-03-20T17:00:00Z"), DecisionOutcome.ACCEPTED,
                        "Improves the street for all"));

        try {
            accepted.startWork(association, Instant.parse("2023-04-01T08:00:00Z"), "Let's go");   // no convention signed yet
        } catch (TransitionRefusedException refused) {
            refused.report().violations().forEach(v -> refusals.add(v.ruleId() + " " + v.message(Locale.FRENCH)));
        }
        assertThat(accepted.status()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(refusals).anySatisfy(refusal -> assertThat(refusal).startsWith("L1 ").contains("convention"));
    }

    // io.github.loosmethod.commitment: Convention
    @Test
    void a_convention_is_drafted_and_signed() {
        Actor town = Actor.of("mairie-loos", "Mairie de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
        Actor association = StreetFlowerBoxes.ASSOCIATION;
        Actor deputyMayor = StreetFlowerBoxes.DEPUTY_MAYOR;
        Initiative accepted = acceptedFlowerBoxes();

        Convention convention = Convention.builder()
                .withReference("FF-2023-07")
                .withTown(town)
                .withStartDate(LocalDate.of(2023, 4, 3))
                .withEndDate(LocalDate.of(2024, 3, 31))
                .addCommitment(Commitment.builder().withId("planters").withSide(Side.TOWN)
                        .withResponsible(town).withKind(CommitmentKind.SUPPLIES)
                        .withDescription("Supply 12 planters and their flowers")
                        .withQuantity(Quantity.of(12, QuantityUnit.ITEMS)).build())
                .addCommitment(Commitment.builder().withId("planting").withSide(Side.APPLICANTS)
                        .withResponsible(association).withKind(CommitmentKind.REALISATION)
                        .withDescription("Install the planters and plant the flowers").build())
                .addCommitment(Commitment.builder().withId("watering").withSide(Side.APPLICANTS)
                        .withResponsible(association).withKind(CommitmentKind.STEWARDSHIP)
                        .withDescription("Water and maintain the flower boxes").build())
                .build();

        Initiative agreed = accepted.draftConvention(convention)
                .sign(Signature.of(Side.TOWN, deputyMayor, LocalDate.of(2023, 4, 3)),
                        Instant.parse("2023-04-03T08:00:00Z"), "The deputy mayor signs for the town")
                .sign(Signature.of(Side.APPLICANTS, association, LocalDate.of(2023, 4, 3)),
                        Instant.parse("2023-04-03T09:00:00Z"), "The association's president signs");
        assertThat(agreed.status()).isEqualTo(InitiativeStatus.AGREED);
    }

    private static Initiative acceptedFlowerBoxes() {
        return StreetFlowerBoxes.draft()
                .submit(StreetFlowerBoxes.ASSOCIATION, Instant.parse("2023-03-01T18:00:00Z"), "Request voted")
                .startAssessment(StreetFlowerBoxes.DEPUTY_MAYOR, Instant.parse("2023-03-06T08:00:00Z"), "Request received")
                .accept(Decision.of(StreetFlowerBoxes.DEPUTY_MAYOR, Instant.parse("2023-03-20T17:00:00Z"),
                        DecisionOutcome.ACCEPTED, "Improves the street for all"));
    }

    // io.github.loosmethod.involvement: PlannedVersusPractised
    @Test
    void planned_versus_practised() {
        Initiative initiative = StreetFlowerBoxes.inStewardship();
        PlannedVersusPractised report = PlannedVersusPractised.of(initiative.involvementPlan(), initiative.activities());
        for (PlannedVersusPractised.Phase phase : report.phases()) {
            System.out.println(phase.phase() + ": " + phase.planned() + " / " + phase.practised() + (phase.fallsShort() ? " !" : ""));
        }
        assertThat(report.phases()).isNotEmpty();
    }

    // io.github.loosmethod.initiative: Lifecycle
    @Test
    void the_steps_of_a_lifecycle() {
        for (Lifecycle.Step step : Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).steps()) {
            System.out.println(step.from() + " -" + step.transition() + "-> " + step.to() + " by " + step.party());
        }
        assertThat(Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).steps()).isNotEmpty();
    }

    // io.github.loosmethod.evaluation: Evaluation
    @Test
    void an_evaluation_and_its_scorecard() {
        Territory loos = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
        Actor councillor = Actor.of("elue-cadre-de-vie", "Élue au cadre de vie", ActorKind.ELECTED_OFFICIAL);

        Evaluation evaluation = Evaluation.builder()
                .withId("loos-2024-eval-jardinieres")
                .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, "loos-2023-ff-jardinieres", loos,
                        LocalDate.of(2023, 3, 1)))
                .withFramework(EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES))
                .withMethod(EvaluationMethod.SELF_ASSESSMENT)
                .addEvaluators(councillor)
                .withDate(LocalDate.of(2024, 4, 15))
                .addScores(                                      // every criterion: a score with evidence, or why not
                        CriterionScore.scored("LP_RECIPROCITY", 4,
                                Evidence.of(EvidenceKind.DOCUMENT, "Convention FF-2023-07: every commitment fulfilled")),
                        CriterionScore.scored("LP_GENERAL_INTEREST", 3,
                                Evidence.of(EvidenceKind.DOCUMENT, "Street survey 2024: flower boxes along the whole street")),
                        CriterionScore.scored("LP_CAPACITATION", 3,
                                Evidence.of(EvidenceKind.QUOTE, "« On sait tailler et arroser sans les services »")),
                        CriterionScore.scored("LP_PRIDE", 4,
                                Evidence.of(EvidenceKind.FIGURE, "12 households came to the planting day")),
                        CriterionScore.notAssessed("LP_DURABILITY", "Too early: one season only"),
                        CriterionScore.notAssessed("LP_TRANSVERSALITY", "Not discussed"))
                .build();

        ValidationReport report = evaluation.validate();     // the rules of the method for evaluations
        Scorecard scorecard = Scorecard.of(evaluation);       // per dimension, with how much was assessed
        assertThat(report.violations()).isEmpty();
        assertThat(scorecard.evaluationId()).isEqualTo("loos-2024-eval-jardinieres");
        assertThat(scorecard.overall().criteriaCount()).isEqualTo(6);
        assertThat(scorecard.overall().assessedCount()).isEqualTo(4);
    }

    // io.github.loosmethod.validation
    @Test
    void a_report_of_the_rules_of_the_method() {
        Initiative initiative = StreetFlowerBoxes.draft();

        ValidationReport report = initiative.validate();      // every rule of the method, all at once
        for (Violation violation : report.violations()) {
            System.out.println(violation.ruleId() + " " + violation.path() + ": " + violation.message(Locale.FRENCH));
        }
        boolean valid = report.isValid();                     // no error; warnings may remain
        String title = Rule.byId("R4").orElseThrow().title(Locale.FRENCH);
        assertThat(valid).isTrue();
        assertThat(title).isNotBlank();
    }

    // io.github.loosmethod.provenance
    @Test
    void sources_and_identifiers() {
        Source source = Source.of("decidim", "result-42");              // which system, which id there
        Identifier commune = Identifier.of(IdentifierScheme.INSEE_COMMUNE, "62528");
        assertThat(source.system()).isEqualTo("decidim");
        assertThat(commune.value()).isEqualTo("62528");
    }

    // io.github.loosmethod.portfolio
    @Test
    void indicators_of_a_portfolio() {
        SamplePortfolio sample = SamplePortfolio.generate(42, 200);
        List<Initiative> initiatives = sample.initiatives();
        List<Evaluation> evaluations = sample.evaluations();

        PortfolioIndicators all = PortfolioIndicators.of(initiatives, evaluations);
        SortedMap<Integer, PortfolioIndicators> perYear = PortfolioIndicators.byYear(initiatives, evaluations);
        long fiftyFifties = all.countByKind().getOrDefault(InitiativeKind.FIFTY_FIFTY, 0L);
        assertThat(all.initiativeCount()).isEqualTo(200);
        assertThat(perYear).isNotEmpty();
        assertThat(fiftyFifties).isPositive();
    }

    // io.github.loosmethod.testkit
    @Test
    void valid_records_of_a_seed() {
        ValidRecords records = ValidRecords.withSeed(Seeds.seed());     // -Dloos.seed=... replays a run
        Initiative any = records.initiative();
        Initiative agreed = records.initiative(InitiativeStatus.AGREED);
        assertThat(any.validate().isValid()).isTrue();
        assertThat(agreed.status()).isEqualTo(InitiativeStatus.AGREED);
    }

    // io.github.loosmethod.testkit.cases
    @Test
    void the_worked_cases() {
        Initiative draft = StreetFlowerBoxes.draft();        // the association's request
        Initiative closed = StreetFlowerBoxes.closed();      // every stage, to the closing
        assertThat(draft.validate().isValid()).isTrue();
        assertThat(closed.status()).isEqualTo(InitiativeStatus.CLOSED);
    }
}
