package io.github.loosmethod.testkit;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.Scale;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.AgeBand;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.ResidentsVote;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.VoteResult;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * At least one value of every type of the interchange format — records, their parts and the
 * reports the model computes — from the worked cases, a generated portfolio and records of the
 * other kinds built here (a co-constructed policy adopted by the council, its revision, a
 * citizen-led initiative chosen by its members' vote, a municipal project under way), for a host
 * to test its own mapping of the format (embedding in its DTOs, storing, a JSON library of its
 * own). This class holds static methods only; it is thread-safe.
 */
public final class EveryType {

    private EveryType() {
    }

    /**
     * Returns at least one value of every type of the format, the same on every call.
     *
     * @return the values, in a new mutable list, never null
     */
    public static List<Object> values() {
        List<Object> samples = new ArrayList<>();
        Initiative closed = EmileBaslyPlayground.closed();
        Convention convention = closed.convention().orElseThrow();
        Commitment commitment = convention.commitments().get(3);
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        samples.add(closed.territory());
        samples.add(EmileBaslyPlayground.PUPILS);
        samples.add(EmileBaslyPlayground.SCHOOL);
        samples.add(closed.purpose());
        samples.add(closed.involvementPlan());
        samples.add(Iap2Level.COLLABORATE.toLoos());
        samples.add(ArnsteinRung.MANIPULATION.toLoos());
        samples.add(closed.assessment().orElseThrow());
        samples.add(closed.history().get(0));
        samples.add(commitment.quantity().orElseThrow());
        samples.add(commitment.history().get(0));
        samples.add(commitment);
        samples.add(convention.signatures().get(1));
        samples.add(convention);
        samples.add(EmileBaslyPlayground.draft());
        samples.add(EmileBaslyPlayground.agreed());
        samples.add(closed);
        samples.add(StreetFlowerBoxes.closed());
        samples.add(LocalizedText.of("shade", "ombre"));
        samples.add(Scale.fourPoints().points().get(2));
        samples.add(Scale.fourPoints());
        samples.add(Scale.count());
        EvaluationCriterion meetings = EvaluationCriterion.builder().withCode("LOCAL_MEETINGS")
                .withName(LocalizedText.of("Public meetings", "Réunions publiques"))
                .withQuestion(LocalizedText.of("How many public meetings were held?", "Combien de réunions publiques ?"))
                .withOrigin("LOOS_INDICATORS").withSource("MDF, VP-FF, GAZ").withDimension(Dimension.PROCESS)
                .withScale(Scale.count()).withTarget(new BigDecimal("12")).build();
        samples.add(meetings);
        samples.add(Catalogue.IAP2.criteria().get(3));
        samples.add(WeightedCriterion.of(meetings, new BigDecimal("2.5")));
        samples.add(EvaluationFramework.of(Catalogue.OECD_2021));
        samples.add(evaluation.narrativeSession().orElseThrow());
        samples.add(Evidence.builder().withKind(EvidenceKind.DOCUMENT).withText("Minutes").withReference("CM-2022-03.pdf").build());
        samples.add(evaluation.scores().get(0));
        samples.add(CriterionScore.notAssessed("LP_PRIDE", "Not discussed"));
        samples.add(evaluation.subject());
        samples.add(evaluation);
        // Errors (R2) and a warning (M3: a due date after the convention ends), so both severities are written.
        io.github.loosmethod.commitment.Convention late = io.github.loosmethod.commitment.Convention.builder()
                .from(closed.convention().orElseThrow()).withCommitments(closed.convention().orElseThrow().commitments().stream()
                        .map(c -> c.side() == io.github.loosmethod.commitment.Side.TOWN ? io.github.loosmethod.commitment.Commitment
                                .builder().from(c).withDueDate(closed.convention().orElseThrow().endDate().plusDays(1)).build() : c)
                        .collect(java.util.stream.Collectors.toList())).build();
        Initiative broken = Initiative.builder().from(closed).withPurpose(Purpose.of("", "")).withConvention(late).build();
        samples.add(broken.validate().violations().get(0));
        samples.add(broken.validate());
        samples.add(convention.contributions().of(io.github.loosmethod.commitment.Side.TOWN));
        samples.add(convention.contributions());
        samples.add(evaluation.scorecard().overall());
        samples.add(evaluation.scorecard());
        ValidRecords.Portfolio portfolio = ValidRecords.withSeed(Seeds.seed()).portfolio(300);
        PortfolioIndicators indicators = PortfolioIndicators.of(portfolio.initiatives(), portfolio.evaluations());
        samples.add(indicators.commitments().get(io.github.loosmethod.commitment.Side.APPLICANTS));
        samples.add(indicators.criteria().values().iterator().next());
        samples.add(indicators);
        samples.addAll(otherKinds());
        // Provenance: the identifiers of a real town and association (SCDL sample of Antibes), and the sources of an import.
        io.github.loosmethod.provenance.Identifier siret = io.github.loosmethod.provenance.Identifier.of(
                io.github.loosmethod.provenance.IdentifierScheme.SIRET, "21060004500392");
        io.github.loosmethod.provenance.Source scdl = io.github.loosmethod.provenance.Source.builder().withSystem("data.gouv.fr — SCDL subventions")
                .withId("CONV N° 2074-15").withUrl("https://www.data.gouv.fr/fr/datasets/subventions-antibes/")
                .withFile("subventions-exemple_valide-antibes.csv").withLine(2)
                .withRetrievedAt(java.time.Instant.parse("2026-11-30T09:00:00Z")).build();
        samples.add(siret);
        samples.add(scdl);
        samples.add(io.github.loosmethod.actor.Actor.builder().from(io.github.loosmethod.actor.Actor.of("cea-antibes",
                "CEA du personnel de la ville d'Antibes", io.github.loosmethod.actor.ActorKind.ASSOCIATION))
                .addIdentifier(io.github.loosmethod.provenance.Identifier.of("siret", "52499120500013"))
                .addIdentifier(io.github.loosmethod.provenance.Identifier.of("rna", "W333216789")).addSource(scdl).build());
        samples.add(io.github.loosmethod.actor.Territory.builder().from(closed.territory())
                .addIdentifier(io.github.loosmethod.provenance.Identifier.of("insee", "62528")).build());
        samples.add(Initiative.builder().from(StreetFlowerBoxes.closed()).addSource(scdl)
                .addSource(io.github.loosmethod.provenance.Source.builder().withSystem("export JSON").withPointer("/12").build())
                .withReplaces("loos-2023-ff-jardinieres-doublon").withWithdrawnFromPublication("Duplicate of another record").build());
        samples.add(Evaluation.builder().from(evaluation).addSource(io.github.loosmethod.provenance.Source.of("Ch'ti TAIDx", "session-2023-05"))
                .build());
        return samples;
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Territory LOOS = Territory.of("62528", "Loos-en-Gohelle", "FR", PARIS);
    private static final Actor COUNCIL = Actor.of("conseil-municipal-62528", "Conseil municipal de Loos-en-Gohelle",
            ActorKind.ELECTED_BODY);
    private static final Actor MUNICIPALITY = Actor.of("commune-62528", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    private static final Actor SERVICES = Actor.of("services-62528", "Services techniques", ActorKind.MUNICIPAL_SERVICE);

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(18, 30).atZone(PARIS).toInstant();
    }

    /**
     * The types of format version 2 and records of the three kinds the worked cases do not show,
     * built here step by step with the public operations.
     */
    private static List<Object> otherKinds() {
        List<Object> samples = new ArrayList<>();
        // A co-constructed policy: a charter written in workshops, adopted by the council's vote.
        CouncilVote vote = CouncilVote.of(27, 2, 4);
        Decision adoption = Decision.builder().withDecidedBy(COUNCIL).withDecidedAt(at(2000, 6, 26)).withOutcome(DecisionOutcome.ADOPTED)
                .addReasons("Fruit de cinq années d'ateliers avec les habitants").withReference("DCM 2000-031")
                .withObject("Adoption de la Charte du cadre de vie").withCouncilVote(vote).build();
        ParticipationActivity workshop = ParticipationActivity.builder().withId("atelier-1").withKind(ActivityKind.WORKSHOP)
                .withTitle("Atelier « quelle ville voulons-nous ? »").withHeldOn(LocalDate.of(1999, 11, 20))
                .withPhase(ProjectPhase.DESIGN).withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(42)
                .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                        ParticipantCategory.ELECTED_OFFICIALS)
                .addOutputs("Trois scénarios", "Une carte des lieux aimés").addReferences("cr-atelier-1999-11-20.pdf").build();
        Actor youth = Actor.builder().from(Actor.minor("jeunes-62528", "Conseil des jeunes", ActorKind.RESIDENT_GROUP,
                "centre-social-62528")).withAgeBand(AgeBand.FROM_11_TO_14).build();
        Actor socialCentre = Actor.of("centre-social-62528", "Centre social Albert-Camus", ActorKind.ASSOCIATION);
        Initiative charter = Initiative.builder().withId("charte-cadre-de-vie").withTerritory(LOOS)
                .withTitle("Charte du cadre de vie").withPurpose(Purpose.of("Un cadre de vie pensé avec ses habitants",
                        "Des règles communes pour toute la ville"))
                .withKind(InitiativeKind.CO_CONSTRUCTED_POLICY).addApplicants(MUNICIPALITY, socialCentre, youth)
                .withInvolvementPlan(InvolvementPlan.empty().with(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CONCERTATION)
                        .with(ProjectPhase.DESIGN, CoConstructionLevel.CO_CONSTRUCTION)
                        .with(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION))
                .addDomains(TransitionDomain.LOCAL_DEMOCRACY, TransitionDomain.BIODIVERSITY).addTheme("cadre de vie")
                .withReviewDate(LocalDate.of(2010, 6, 30)).build()
                .recordActivity(workshop).adopt(adoption);
        Initiative revision = Initiative.builder().from(charter.draftRevision("charte-cadre-de-vie-2")).withReviewDate(
                LocalDate.of(2030, 6, 30)).build();
        samples.add(vote);
        samples.add(adoption);
        samples.add(workshop);
        samples.add(youth);
        samples.add(charter);
        samples.add(revision);
        samples.add(charter.supersede(SERVICES, at(2020, 12, 14), "Remplacée par charte-cadre-de-vie-2"));

        // A citizen-led initiative: the members of a citizen company vote for the solar roofs.
        Actor company = Actor.of("mine-de-soleil", "SAS citoyenne Mine de Soleil", ActorKind.CITIZEN_COMPANY);
        VoteResult yes = VoteResult.of("Pour", 61);
        ResidentsVote members = ResidentsVote.builder().withElectorate("Sociétaires de la SAS Mine de Soleil").withEligible(130L)
                .withVoters(74).addResults(yes, VoteResult.of("Contre", 9), VoteResult.of("Abstention", 4)).build();
        Decision choice = Decision.builder().withDecidedBy(company).withDecidedAt(at(2021, 6, 12)).withOutcome(DecisionOutcome.ACCEPTED)
                .addReasons("Les toits de l'école produiront pour le quartier").withReference("AG 2021-06-12")
                .withResidentsVote(members).build();
        Initiative roofs = Initiative.builder().withId("toits-solaires").withTerritory(LOOS).withTitle("Toits solaires citoyens")
                .withPurpose(Purpose.of("Produire l'électricité du quartier", "L'énergie aux mains des habitants"))
                .withKind(InitiativeKind.CITIZEN_LED).addApplicant(company)
                .withInvolvementPlan(InvolvementPlan.empty().with(ProjectPhase.DECISION, CoConstructionLevel.CITIZEN_LED))
                .addDomains(TransitionDomain.ENERGY).build().accept(choice);
        samples.add(yes);
        samples.add(members);
        samples.add(choice);
        samples.add(roofs);

        // A municipal project approved by the council, under way.
        Decision approval = Decision.builder().withDecidedBy(COUNCIL).withDecidedAt(at(2022, 3, 28)).withOutcome(DecisionOutcome.ACCEPTED)
                .addReasons("Rénovation de la salle des fêtes").withReference("DCM 2022-017").withCouncilVote(CouncilVote.of(23, 0, 6))
                .build();
        Initiative hall = Initiative.builder().withId("salle-des-fetes").withTerritory(LOOS).withTitle("Salle des fêtes rénovée")
                .withPurpose(Purpose.of("Une salle chauffée sans gaspiller", "Ouverte à toutes les associations"))
                .withKind(InitiativeKind.MUNICIPAL_PROJECT).addApplicant(SERVICES)
                .withInvolvementPlan(InvolvementPlan.empty().with(ProjectPhase.DESIGN, CoConstructionLevel.CONSULTATION))
                .addDomains(TransitionDomain.ECO_CONSTRUCTION).build().accept(approval)
                .startWork(SERVICES, at(2022, 9, 5), "Début du chantier");
        samples.add(approval);
        samples.add(hall);
        samples.add(Evidence.builder().withKind(EvidenceKind.ACTIVITY).withText("Atelier de novembre 1999").withReference(workshop.id())
                .build());
        return samples;
    }

    /**
     * Returns a portfolio generated with this run's seed ({@link Seeds#seed()}), plus one.
     *
     * @param size how many initiatives
     * @return the portfolio, never null
     */
    public static ValidRecords.Portfolio generated(int size) {
        return ValidRecords.withSeed(Seeds.seed() + 1).portfolio(size);
    }
}
