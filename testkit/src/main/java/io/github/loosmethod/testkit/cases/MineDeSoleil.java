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
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.ResidentsVote;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.VoteResult;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;

/**
 * <em>Mine de Soleil</em>, the citizen solar company of Loos-en-Gohelle, as a citizen-led
 * initiative (<em>initiative citoyenne</em>): residents who own the company decide in general
 * assembly to equip municipal roofs with solar panels; the town supports them through an agreement
 * it signs for its side — it makes the roofs available (<em>mise à disposition des toitures</em>),
 * advises and lends a repayable advance — while the company has the panels installed, operates them
 * and reports the production to its shareholders. The town never decides for the residents (M7).
 *
 * <p><b>What is real and what is illustrative.</b> Real, from the domain brief (§4): <em>Mine de
 * Soleil</em> is the town's citizen solar company and its example of the highest rung of the
 * ladder, citizen-led (citizens decide with public support, the town acts as partner). Everything
 * else is illustrative: the roofs, the dates, the counts of the general assembly's vote, the peak
 * power, the yearly production, the advance, the hours of advice and the agreement's five-year
 * period (a real roof lease would run longer; the case follows the town's support agreement only).
 *
 * <p>The involvement plan claims the citizen-led level for design, implementation and stewardship,
 * each backed by a commitment of the company in the agreement (R15); until the agreement is
 * drafted, the validator warns (P2) that those commitments are still to come. It names no level for
 * the decision phase: there the residents' own vote (M7) is what holds the decision, and rule R15
 * would ask for a commitment that no agreement gives; the general assembly is recorded as an
 * activity.
 *
 * <p>Each stage method builds its initiative from the previous stage through the lifecycle
 * operations, so every stage is a record the method accepts. This class is stateless and
 * thread-safe.
 */
public final class MineDeSoleil {

    /** The citizen solar company (<em>société citoyenne</em>), owned by residents; it carries the initiative. */
    public static final Actor COMPANY = Actor.of("mine-de-soleil", "Mine de Soleil", ActorKind.CITIZEN_COMPANY);

    /** The agreement's first day. */
    public static final LocalDate AGREEMENT_START = LocalDate.of(2019, 9, 2);
    /** The agreement's last day: the company operates the plants at least until then. */
    public static final LocalDate AGREEMENT_END = LocalDate.of(2024, 8, 31);

    private MineDeSoleil() {
    }

    /**
     * The initiative as the company's shareholders prepare it, with the workshops that found the
     * roofs and designed the plants.
     *
     * @return the draft, never null
     */
    public static Initiative draft() {
        return Initiative.builder()
                .withId("loos-2019-ic-mine-de-soleil")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Mine de Soleil: citizen solar plants on municipal roofs")
                .withPurpose(Purpose.of(
                        "Produce renewable electricity on the roofs of the town's public buildings.",
                        "Energy produced, owned and decided by residents, its income kept in the town."))
                .withKind(InitiativeKind.CITIZEN_LED)
                .addApplicant(COMPANY)
                .addThemes("energy", "citizen savings")
                .addDomains(TransitionDomain.ENERGY, TransitionDomain.LOCAL_DEMOCRACY)
                .withInvolvementPlan(InvolvementPlan.builder()
                        .putLevel(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CO_CONSTRUCTION)
                        .putLevel(ProjectPhase.DESIGN, CoConstructionLevel.CITIZEN_LED)
                        .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CITIZEN_LED)
                        .putLevel(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CITIZEN_LED)
                        .build())
                .build()
                .recordActivity(ParticipationActivity.builder().withId("roof-workshop")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Which roofs? Workshop with the town's services")
                        .withHeldOn(LocalDate.of(2018, 11, 17)).withPhase(ProjectPhase.DIAGNOSIS)
                        .withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(18)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.SERVICES)
                        .addOutputs("A shortlist of two municipal roofs fit for solar panels").build())
                .recordActivity(ParticipationActivity.builder().withId("business-plan-group")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Shareholders' working group on the plants and the business plan")
                        .withHeldOn(LocalDate.of(2019, 3, 9)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CITIZEN_LED).withParticipants(12)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS)
                        .addOutputs("A business plan", "A call for citizen savings").build())
                .recordActivity(ParticipationActivity.builder().withId("general-assembly-2019")
                        .withKind(ActivityKind.VOTE).withTitle("General assembly: vote on the first plants")
                        .withHeldOn(LocalDate.of(2019, 6, 22)).withPhase(ProjectPhase.DECISION)
                        .withLevel(CoConstructionLevel.CITIZEN_LED).withParticipants(96)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS)
                        .addOutputs("The investment in the first two plants approved").build());
    }

    /**
     * The general assembly's decision, taken by the residents who own the company, with their vote.
     *
     * @return the decision, never null
     */
    public static Decision generalAssembly() {
        return Decision.builder()
                .withDecidedBy(COMPANY)
                .withDecidedAt(at(LocalDate.of(2019, 6, 22), 20))
                .withOutcome(DecisionOutcome.ACCEPTED)
                .addReasons("The shareholders approve the investment in the first two plants",
                        "The call for citizen savings covers the company's share")
                .withReference("AG Mine de Soleil 2019-06-22, résolution 3")
                .withObject("Investissement dans deux centrales solaires sur des toitures municipales")
                .withResidentsVote(ResidentsVote.builder()
                        .withElectorate("Shareholders of Mine de Soleil, one person one vote")
                        .withEligible(140L)
                        .withVoters(96)
                        .addResults(VoteResult.of("yes", 91), VoteResult.of("no", 3), VoteResult.of("abstention", 2))
                        .build())
                .build();
    }

    /**
     * The residents decide: {@code DRAFT → ACCEPTED}.
     *
     * @return the decided initiative, never null
     */
    public static Initiative decided() {
        return draft().accept(generalAssembly());
    }

    /**
     * The support agreement as drafted: roofs, advice and an advance from the town; design,
     * installation and operation by the company.
     *
     * @return the agreement, not yet signed, never null
     */
    public static Convention agreement() {
        return Convention.builder()
                .withReference("CONV-2019-MDS")
                .withTown(LoosEnGohelle.MUNICIPALITY)
                .withStartDate(AGREEMENT_START)
                .withEndDate(AGREEMENT_END)
                .addCommitment(Commitment.builder().withId("town-roofs").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.CONCESSION)
                        .withDescription("Make the roofs of the sports hall and of the community centre available")
                        .withQuantity(Quantity.of(620, QuantityUnit.SQUARE_METRES))
                        .withDueDate(LocalDate.of(2019, 10, 1)).build())
                .addCommitment(Commitment.builder().withId("town-advice").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.TECHNICAL_SERVICES).withKind(CommitmentKind.ADVICE)
                        .withDescription("Advise on the roofs' structure and follow the works with the company")
                        .withQuantity(Quantity.of(40, QuantityUnit.HOURS))
                        .withDueDate(LocalDate.of(2020, 3, 31)).build())
                .addCommitment(Commitment.builder().withId("town-advance").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.LOAN)
                        .withDescription("Lend a repayable advance until the first sales of electricity")
                        .withQuantity(Quantity.of(20_000, QuantityUnit.EUROS))
                        .withDueDate(LocalDate.of(2019, 11, 30)).build())
                .addCommitment(Commitment.builder().withId("company-design").withSide(Side.APPLICANTS)
                        .withResponsible(COMPANY).withKind(CommitmentKind.DESIGN)
                        .withDescription("Finalise the plans and obtain the grid connection agreement")
                        .withDueDate(LocalDate.of(2019, 10, 31)).build())
                .addCommitment(Commitment.builder().withId("company-installation").withSide(Side.APPLICANTS)
                        .withResponsible(COMPANY).withKind(CommitmentKind.REALISATION)
                        .withDescription("Have the panels installed by a certified installer and commissioned")
                        .withQuantity(Quantity.of(90, QuantityUnit.KILOWATTS_PEAK))
                        .withDueDate(LocalDate.of(2020, 3, 31)).build())
                .addCommitment(Commitment.builder().withId("company-operation").withSide(Side.APPLICANTS)
                        .withResponsible(COMPANY).withKind(CommitmentKind.STEWARDSHIP)
                        .withDescription("Operate, insure and maintain the plants, about 90,000 kWh a year, "
                                + "and report the production at each general assembly")
                        .withQuantity(Quantity.of(90_000, QuantityUnit.KILOWATT_HOURS)).build())
                .build();
    }

    /**
     * The decided initiative with its support agreement drafted.
     *
     * @return the initiative, still accepted, never null
     */
    public static Initiative agreementDrafted() {
        return decided().draftConvention(agreement());
    }

    /**
     * The company and the town have signed: the initiative is agreed.
     *
     * @return the agreed initiative, never null
     */
    public static Initiative agreed() {
        return agreementDrafted()
                .sign(Signature.of(Side.APPLICANTS, COMPANY, AGREEMENT_START), at(AGREEMENT_START, 18),
                        "The company's chair signs after the board's approval")
                .sign(Signature.of(Side.TOWN, LoosEnGohelle.MAYOR, AGREEMENT_START), at(AGREEMENT_START, 18),
                        "The mayor signs for the town");
    }

    /**
     * The roofs are made available, the advance is paid and the installation begins.
     *
     * @return the initiative in progress, never null
     */
    public static Initiative inProgress() {
        return agreed()
                .recordCommitmentStatus("town-roofs", CommitmentStatus.FULFILLED, LocalDate.of(2019, 10, 1),
                        "Roofs made available by decree of the mayor")
                .recordCommitmentStatus("company-design", CommitmentStatus.FULFILLED, LocalDate.of(2019, 10, 25),
                        "Grid connection agreement obtained")
                .startWork(COMPANY, at(LocalDate.of(2019, 11, 4), 8), "The installer starts on the sports hall")
                .recordCommitmentStatus("town-advance", CommitmentStatus.FULFILLED, LocalDate.of(2019, 11, 15),
                        "Advance paid")
                .recordCommitmentStatus("town-advice", CommitmentStatus.IN_PROGRESS, LocalDate.of(2019, 11, 4),
                        "The services follow the works")
                .recordCommitmentStatus("company-installation", CommitmentStatus.IN_PROGRESS, LocalDate.of(2019, 11, 4),
                        "Installation under way")
                .recordActivity(ParticipationActivity.builder().withId("work-site-visit")
                        .withKind(ActivityKind.WORK_SITE).withTitle("Shareholders follow the installation on the roof")
                        .withHeldOn(LocalDate.of(2020, 2, 8)).withPhase(ProjectPhase.IMPLEMENTATION)
                        .withLevel(CoConstructionLevel.CITIZEN_LED).withParticipants(25)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.SERVICES)
                        .addOutputs("The works checked against the plans by the company's volunteers").build());
    }

    /**
     * The plants are commissioned.
     *
     * @return the delivered initiative, never null
     */
    public static Initiative delivered() {
        return inProgress()
                .recordCommitmentStatus("company-installation", CommitmentStatus.FULFILLED, LocalDate.of(2020, 3, 20),
                        "90 kWp installed and commissioned")
                .recordCommitmentStatus("town-advice", CommitmentStatus.FULFILLED, LocalDate.of(2020, 3, 20),
                        "Works followed to the end")
                .deliver(COMPANY, at(LocalDate.of(2020, 3, 27), 11), "Plants connected to the grid");
    }

    /**
     * The company operates the plants and reports to its shareholders.
     *
     * @return the initiative in stewardship, never null
     */
    public static Initiative inStewardship() {
        return delivered()
                .startStewardship(COMPANY, at(LocalDate.of(2020, 3, 27), 12), "Operation begins")
                .recordCommitmentStatus("company-operation", CommitmentStatus.IN_PROGRESS, LocalDate.of(2020, 3, 27),
                        "First kilowatt-hours sold")
                .recordActivity(ParticipationActivity.builder().withId("general-assembly-2021")
                        .withKind(ActivityKind.VOTE).withTitle("Annual general assembly: production and accounts")
                        .withHeldOn(LocalDate.of(2021, 6, 19)).withPhase(ProjectPhase.STEWARDSHIP)
                        .withLevel(CoConstructionLevel.CITIZEN_LED).withParticipants(88)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ELECTED_OFFICIALS)
                        .addOutputs("The first year's production and accounts approved").build());
    }

    /**
     * The support agreement has run its course; the initiative is closed while the company carries
     * on by itself.
     *
     * @return the closed initiative, never null
     */
    public static Initiative closed() {
        return inStewardship()
                .recordCommitmentStatus("company-operation", CommitmentStatus.FULFILLED, AGREEMENT_END,
                        "Plants operated throughout the agreement")
                .close(COMPANY, at(LocalDate.of(2024, 9, 10), 10),
                        "Support agreement ended; the company operates its plants on its own");
    }
}
