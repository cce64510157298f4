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
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;

/**
 * A municipal project opened to concertation (<em>projet municipal en concertation</em>): the
 * town redesigns the square in front of its town hall, consults residents on its uses, designs it
 * with them in workshops, presents the result at a public meeting, and the municipal council
 * approves it by deliberation. The town does the works; no convention with residents is needed for
 * them. A neighbourhood gardening association joins the project to choose and tend its planting
 * beds, under an agreement signed while the project is approved (<em>convention de
 * partenariat</em>) — the project stays {@code ACCEPTED}, since a municipal project is not agreed
 * with anyone. The works are delivered, the agreement runs its course and the town closes the
 * project. A variant, {@link #abandoned()}, shows the town giving the project up after approval,
 * with its reason.
 *
 * <p><b>What is real and what is illustrative.</b> The domain brief gives the kind of project and
 * its involvement, not a case: concertation is the level of the land-use plan revision (1995–99),
 * the municipal council is the elected body that decides (R3), and the town alone carries the
 * works. Everything else is illustrative: the square, the association (<em>Les Jardiniers de la
 * place</em>), every date, the number of the deliberation, the council's counts, the numbers of
 * participants, the quantities and the reason of the abandonment.
 *
 * <p>The involvement plan claims co-production for stewardship only: the association's upkeep of
 * the beds. Until the agreement is drafted, the validator therefore warns (P2) that the
 * applicants still need a commitment for that phase; once drafted, the warning is gone.
 *
 * <p>Each stage method builds its initiative from the previous stage through the lifecycle
 * operations, so every stage is a record the method accepts. This class is stateless and
 * thread-safe.
 */
public final class TownHallSquare {

    /** The neighbourhood gardening association that tends the square's planting beds. */
    public static final Actor GARDENERS = Actor.of("jardiniers-de-la-place", "Les Jardiniers de la place",
            ActorKind.ASSOCIATION);

    /** The partner agreement's first day. */
    public static final LocalDate AGREEMENT_START = LocalDate.of(2021, 9, 1);
    /** The partner agreement's last day: the association tends the beds until then. */
    public static final LocalDate AGREEMENT_END = LocalDate.of(2023, 8, 31);

    private TownHallSquare() {
    }

    /**
     * The project as the town drafts it, with the concertation that shaped it: a site walk, two
     * design workshops and a public meeting before the council's vote.
     *
     * @return the draft, never null
     */
    public static Initiative draft() {
        return Initiative.builder()
                .withId("loos-2021-pm-place-de-la-mairie")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Redesign of the town-hall square")
                .withPurpose(Purpose.of(
                        "Turn a car park into a shaded square with trees, benches and planting beds.",
                        "A meeting place in the town centre for every resident, designed with its users."))
                .withKind(InitiativeKind.MUNICIPAL_PROJECT)
                .addApplicants(LoosEnGohelle.MUNICIPALITY, GARDENERS)
                .addThemes("public space", "greening")
                .addDomains(TransitionDomain.BIODIVERSITY, TransitionDomain.MOBILITY)
                .withInvolvementPlan(InvolvementPlan.builder()
                        .putLevel(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CONSULTATION)
                        .putLevel(ProjectPhase.DESIGN, CoConstructionLevel.CONCERTATION)
                        .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                        .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.INFORMATION)
                        .putLevel(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION)
                        .build())
                .build()
                .recordActivity(ParticipationActivity.builder().withId("site-walk")
                        .withKind(ActivityKind.SITE_WALK).withTitle("Site walk: how the square is used today")
                        .withHeldOn(LocalDate.of(2021, 3, 20)).withPhase(ProjectPhase.DIAGNOSIS)
                        .withLevel(CoConstructionLevel.CONSULTATION).withParticipants(34)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ELECTED_OFFICIALS,
                                ParticipantCategory.SERVICES)
                        .addOutputs("A map of the square's uses, hot spots and missing shade")
                        .addReferences("Compte rendu de la balade urbaine du 20 mars 2021").build())
                .recordActivity(ParticipationActivity.builder().withId("design-workshop-1")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Design workshop: three scenarios for the square")
                        .withHeldOn(LocalDate.of(2021, 4, 10)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CONCERTATION).withParticipants(27)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.SERVICES)
                        .addOutputs("Three layout scenarios drawn with the municipal services").build())
                .recordActivity(ParticipationActivity.builder().withId("design-workshop-2")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Design workshop: choosing a scenario")
                        .withHeldOn(LocalDate.of(2021, 5, 8)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CONCERTATION).withParticipants(22)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS)
                        .addOutputs("A preferred scenario with shade trees and shared planting beds",
                                "The gardening association offers to tend the beds").build())
                .recordActivity(ParticipationActivity.builder().withId("public-meeting")
                        .withKind(ActivityKind.PUBLIC_MEETING).withTitle("Public meeting on the final design")
                        .withHeldOn(LocalDate.of(2021, 6, 3)).withPhase(ProjectPhase.DECISION)
                        .withLevel(CoConstructionLevel.CONSULTATION).withParticipants(85)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.ELECTED_OFFICIALS)
                        .addOutputs("Residents' opinions on the final design, handed to the council").build());
    }

    /**
     * The municipal council's deliberation approving the project, with its vote.
     *
     * @return the decision, never null
     */
    public static Decision approval() {
        return Decision.builder()
                .withDecidedBy(LoosEnGohelle.MUNICIPAL_COUNCIL)
                .withDecidedAt(at(LocalDate.of(2021, 6, 28), 19))
                .withOutcome(DecisionOutcome.ACCEPTED)
                .addReasons("The design follows the scenario chosen in the workshops",
                        "The public meeting's opinions were taken into account")
                .withReference("Délibération n° 2021-045")
                .withObject("Approbation du projet de réaménagement de la place de la Mairie")
                .withCouncilVote(CouncilVote.of(25, 0, 4))
                .build();
    }

    /**
     * The council approves the project: {@code DRAFT → ACCEPTED}.
     *
     * @return the approved project, never null
     */
    public static Initiative approved() {
        return draft().accept(approval());
    }

    /**
     * The agreement with the gardening association as drafted: the town supplies plants and a water
     * point and advises; the association chooses the plants and tends the beds.
     *
     * @return the agreement, not yet signed, never null
     */
    public static Convention agreement() {
        return Convention.builder()
                .withReference("CP-2021-09")
                .withTown(LoosEnGohelle.MUNICIPALITY)
                .withStartDate(AGREEMENT_START)
                .withEndDate(AGREEMENT_END)
                .addCommitment(Commitment.builder().withId("town-plants").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.SUPPLIES)
                        .withDescription("Supply the perennials, shrubs and compost of the shared beds")
                        .withQuantity(Quantity.of(2400, QuantityUnit.EUROS))
                        .withDueDate(LocalDate.of(2022, 3, 31)).build())
                .addCommitment(Commitment.builder().withId("town-water-point").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.TECHNICAL_SERVICES).withKind(CommitmentKind.TECHNICAL_SUPPORT)
                        .withDescription("Install a water point beside the beds during the works")
                        .withDueDate(LocalDate.of(2022, 4, 30)).build())
                .addCommitment(Commitment.builder().withId("gardeners-plant-list").withSide(Side.APPLICANTS)
                        .withResponsible(GARDENERS).withKind(CommitmentKind.DESIGN)
                        .withDescription("Choose the plants of the shared beds with the neighbours")
                        .withDueDate(LocalDate.of(2021, 12, 15)).build())
                .addCommitment(Commitment.builder().withId("gardeners-upkeep").withSide(Side.APPLICANTS)
                        .withResponsible(GARDENERS).withKind(CommitmentKind.STEWARDSHIP)
                        .withDescription("Plant, water and tend the shared beds until the agreement ends")
                        .withQuantity(Quantity.of(120, QuantityUnit.SQUARE_METRES)).build())
                .build();
    }

    /**
     * The approved project with its partner agreement drafted.
     *
     * @return the project, still accepted, never null
     */
    public static Initiative agreementDrafted() {
        return approved().draftConvention(agreement());
    }

    /**
     * Both sides have signed the agreement; the project stays {@code ACCEPTED}.
     *
     * @return the project, still accepted, never null
     */
    public static Initiative agreementSigned() {
        return agreementDrafted()
                .sign(Signature.of(Side.APPLICANTS, GARDENERS, AGREEMENT_START), at(AGREEMENT_START, 18),
                        "The association's president signs the partner agreement")
                .sign(Signature.of(Side.TOWN, LoosEnGohelle.MAYOR, AGREEMENT_START), at(AGREEMENT_START, 18),
                        "The mayor signs for the town");
    }

    /**
     * The municipal services start the works, with no convention with residents.
     *
     * @return the project in progress, never null
     */
    public static Initiative inProgress() {
        return agreementSigned()
                .startWork(LoosEnGohelle.TECHNICAL_SERVICES, at(LocalDate.of(2021, 10, 4), 8),
                        "Works begin: the car park is taken up")
                .recordActivity(ParticipationActivity.builder().withId("works-information")
                        .withKind(ActivityKind.PUBLIC_MEETING).withTitle("Works information for the neighbours")
                        .withHeldOn(LocalDate.of(2021, 10, 6)).withPhase(ProjectPhase.IMPLEMENTATION)
                        .withLevel(CoConstructionLevel.INFORMATION).withParticipants(40)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.SERVICES)
                        .addOutputs("The works' calendar and the traffic diversions explained").build())
                .recordCommitmentStatus("gardeners-plant-list", CommitmentStatus.FULFILLED, LocalDate.of(2021, 12, 11),
                        "Plant list agreed at the association's meeting")
                .recordCommitmentStatus("town-plants", CommitmentStatus.FULFILLED, LocalDate.of(2022, 3, 25),
                        "Plants and compost delivered")
                .recordCommitmentStatus("town-water-point", CommitmentStatus.FULFILLED, LocalDate.of(2022, 4, 22),
                        "Water point connected");
    }

    /**
     * The works are received and the association starts tending the beds.
     *
     * @return the delivered project, never null
     */
    public static Initiative delivered() {
        return inProgress()
                .deliver(LoosEnGohelle.MAYOR, at(LocalDate.of(2022, 5, 20), 17), "Works received; the square is opened")
                .recordActivity(ParticipationActivity.builder().withId("planting-day")
                        .withKind(ActivityKind.WORK_SITE).withTitle("Planting day of the shared beds")
                        .withHeldOn(LocalDate.of(2022, 5, 21)).withPhase(ProjectPhase.STEWARDSHIP)
                        .withLevel(CoConstructionLevel.CO_PRODUCTION).withParticipants(31)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.SERVICES)
                        .addOutputs("120 m² of beds planted").build())
                .recordCommitmentStatus("gardeners-upkeep", CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 5, 21),
                        "Watering rota set up among the members");
    }

    /**
     * The agreement has run its course and the town closes the project.
     *
     * @return the closed project, never null
     */
    public static Initiative closed() {
        return delivered()
                .recordCommitmentStatus("gardeners-upkeep", CommitmentStatus.FULFILLED, AGREEMENT_END,
                        "Beds tended until the agreement's end")
                .close(LoosEnGohelle.MAYOR, at(LocalDate.of(2023, 9, 15), 10),
                        "Partner agreement ended and the works' one-year guarantee expired");
    }

    /**
     * The variant in which the town gives the approved project up, before any agreement: not a
     * withdrawal by applicants, nor a termination after a breach (<em>abandon par la commune</em>).
     *
     * @return the abandoned project, never null
     */
    public static Initiative abandoned() {
        return approved().abandon(LoosEnGohelle.MAYOR, at(LocalDate.of(2021, 12, 13), 19),
                "The State grant the budget relied on was refused; the works are postponed without a date");
    }
}
