package io.github.loosmethod.testkit.cases;

import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;

/**
 * The street flower boxes, the town's standard illustration of a fifty-fifty: a neighbourhood
 * association wants more flowers in its street and applies; the town supplies planters and
 * flowers; the association plants them, then waters and maintains them. [VP-FF, RUEIL]
 *
 * <p>Illustrative values where the sources are silent: the association, the street, the deputy
 * mayor, the dates, the quantities and the planting morning recorded as a participation activity.
 * Until the convention is drafted, the plan's co-production claims await the association's
 * commitments: warnings (P2), never errors.
 *
 * <p>Each stage method builds on the previous one through the lifecycle operations. This class is
 * stateless and thread-safe.
 */
public final class StreetFlowerBoxes {

    /** The neighbourhood association that applies. */
    public static final Actor ASSOCIATION = Actor.of("voisins-rue-des-ecoles", "Les Voisins de la rue des Écoles",
            ActorKind.ASSOCIATION);
    /** The deputy mayor who decides and signs for the town. */
    public static final Actor DEPUTY_MAYOR = Actor.of("adjoint-cadre-de-vie", "Adjoint au cadre de vie",
            ActorKind.ELECTED_OFFICIAL);
    /** The convention's first day. */
    public static final LocalDate CONVENTION_START = LocalDate.of(2023, 4, 3);
    /** The convention's last day. */
    public static final LocalDate CONVENTION_END = LocalDate.of(2024, 3, 31);

    private StreetFlowerBoxes() {
    }

    /**
     * The association's request.
     *
     * @return the draft, never null
     */
    public static Initiative draft() {
        return Initiative.builder()
                .withId("loos-2023-ff-jardinieres")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Flower boxes in the rue des Écoles")
                .withPurpose(Purpose.of("More flowers along the street, where there are none today.",
                        "A more pleasant street for every passer-by, looked after by its residents."))
                .withKind(InitiativeKind.FIFTY_FIFTY)
                .addApplicant(ASSOCIATION)
                .addThemes("flowers", "street")
                .withInvolvementPlan(InvolvementPlan.builder()
                        .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                        .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION)
                        .putLevel(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION)
                        .build())
                .addDomains(TransitionDomain.BIODIVERSITY)
                .build();
    }

    /**
     * The convention: planters and flowers from the town; planting, watering and upkeep by the
     * association.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .withReference("FF-2023-07")
                .withTown(LoosEnGohelle.MUNICIPALITY)
                .withStartDate(CONVENTION_START)
                .withEndDate(CONVENTION_END)
                .addCommitment(Commitment.builder().withId("planters").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.SUPPLIES)
                        .withDescription("Supply 12 planters and their flowers")
                        .withQuantity(Quantity.of(new java.math.BigDecimal("640.50"), QuantityUnit.EUROS))
                        .withDueDate(LocalDate.of(2023, 4, 20)).build())
                .addCommitment(Commitment.builder().withId("planting").withSide(Side.APPLICANTS)
                        .withResponsible(ASSOCIATION).withKind(CommitmentKind.REALISATION)
                        .withDescription("Install the planters and plant the flowers")
                        .withQuantity(Quantity.of(12, QuantityUnit.ITEMS))
                        .withDueDate(LocalDate.of(2023, 4, 30)).build())
                .addCommitment(Commitment.builder().withId("watering").withSide(Side.APPLICANTS)
                        .withResponsible(ASSOCIATION).withKind(CommitmentKind.STEWARDSHIP)
                        .withDescription("Water and maintain the flower boxes").build())
                .build();
    }

    /**
     * Every stage from the draft to the closing, in one chain.
     *
     * @return the closed initiative, never null
     */
    public static Initiative closed() {
        return inStewardship()
                .recordCommitmentStatus("watering", CommitmentStatus.FULFILLED, CONVENTION_END,
                        "Flower boxes kept all year")
                .close(DEPUTY_MAYOR, at(LocalDate.of(2024, 4, 2), 10), "Convention ended");
    }

    /**
     * The initiative agreed by both sides.
     *
     * @return the agreed initiative, never null
     */
    public static Initiative agreed() {
        return draft()
                .submit(ASSOCIATION, at(LocalDate.of(2023, 3, 1), 19), "Request voted by the association's members")
                .startAssessment(DEPUTY_MAYOR, at(LocalDate.of(2023, 3, 6), 9), "Request received")
                .accept(Decision.of(DEPUTY_MAYOR, at(LocalDate.of(2023, 3, 20), 18), DecisionOutcome.ACCEPTED,
                        "Improves the street for all", "The association commits to the upkeep"))
                .draftConvention(convention())
                .sign(Signature.of(Side.TOWN, DEPUTY_MAYOR, CONVENTION_START), at(CONVENTION_START, 10),
                        "The deputy mayor signs for the town")
                .sign(Signature.of(Side.APPLICANTS, ASSOCIATION, CONVENTION_START), at(CONVENTION_START, 11),
                        "The association's president signs");
    }

    /**
     * The flower boxes are planted and the association looks after them.
     *
     * @return the initiative in stewardship, never null
     */
    public static Initiative inStewardship() {
        return agreed()
                .startWork(ASSOCIATION, at(LocalDate.of(2023, 4, 22), 9), "Planters delivered")
                .recordCommitmentStatus("planters", CommitmentStatus.FULFILLED, LocalDate.of(2023, 4, 20),
                        "12 planters and flowers delivered")
                .recordCommitmentStatus("planting", CommitmentStatus.FULFILLED, LocalDate.of(2023, 4, 22),
                        "Planting morning with the neighbours")
                .recordActivity(ParticipationActivity.builder().withId("planting-morning")
                        .withKind(ActivityKind.WORK_SITE).withTitle("Planting morning with the neighbours")
                        .withHeldOn(LocalDate.of(2023, 4, 22)).withPhase(ProjectPhase.IMPLEMENTATION)
                        .withLevel(CoConstructionLevel.CO_PRODUCTION).withParticipants(14)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS)
                        .addOutputs("12 flower boxes planted").build())
                .deliver(ASSOCIATION, at(LocalDate.of(2023, 4, 22), 13), "Flower boxes in place")
                .startStewardship(ASSOCIATION, at(LocalDate.of(2023, 4, 22), 14), "Watering rota among members")
                .recordCommitmentStatus("watering", CommitmentStatus.IN_PROGRESS, LocalDate.of(2023, 4, 22),
                        "Watering rota started");
    }
}
