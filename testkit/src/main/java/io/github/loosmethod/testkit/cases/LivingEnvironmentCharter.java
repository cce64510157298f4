package io.github.loosmethod.testkit.cases;

import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * The <em>Charte du cadre de vie</em> (living-environment charter) of Loos-en-Gohelle as a
 * co-constructed policy (<em>politique co-construite</em>): residents, elected officials and
 * services diagnose the town's living environment and write the charter together; the municipal
 * council adopts it by a deliberation, with a date for its review; it is in force until a revised
 * version, drafted from it ({@link Initiative#draftRevision}), is adopted and supersedes it. A
 * variant, {@link #repealed()}, shows the council repealing the first charter instead.
 *
 * <p><b>What is real and what is illustrative.</b> Real, from the domain brief (§4): the charter
 * was written with residents from 1995 to 2000 and is the town's example of co-construction (the
 * town decides formally, the content is shaped jointly); the 1996 residents' questionnaire is the
 * brief's example of consultation. Illustrative: that the questionnaire fed the charter's diagnosis,
 * the workshops and their counts, the day of the adoption, the numbers of the deliberations and the
 * council's counts, the review date, the revised charter of 2008 and the repeal (the brief records
 * the first charter only).
 *
 * <p>A policy has no convention, so no level of its plan may claim co-production (R15, an error at
 * once for this kind); the plan stays at co-construction and below.
 *
 * <p>Each stage method builds its initiative from the previous stage through the lifecycle
 * operations, so every stage is a record the method accepts. This class is stateless and
 * thread-safe.
 */
public final class LivingEnvironmentCharter {

    /** The day the first charter is to be reviewed, set by its deliberation. */
    public static final LocalDate REVIEW_DATE = LocalDate.of(2006, 6, 30);
    /** The day the revised charter is to be reviewed. */
    public static final LocalDate REVISED_REVIEW_DATE = LocalDate.of(2014, 3, 31);
    /** The id of the revised charter. */
    public static final String REVISED_ID = "loos-2008-pcc-charte-cadre-de-vie";

    private static final Instant REVISION_ADOPTED = at(LocalDate.of(2008, 3, 27), 20);

    private LivingEnvironmentCharter() {
    }

    /**
     * The charter as its joint drafting group hands it to the council, with the diagnosis and
     * design activities that wrote it and the review date it proposes.
     *
     * @return the draft, never null
     */
    public static Initiative draft() {
        return Initiative.builder()
                .withId("loos-2000-pcc-charte-cadre-de-vie")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Charte du cadre de vie")
                .withPurpose(Purpose.of(
                        "Shared principles for the town's streets, green spaces, housing and heritage of the mines.",
                        "A living environment decided with the residents who live in it, for every neighbourhood."))
                .withKind(InitiativeKind.CO_CONSTRUCTED_POLICY)
                .addApplicant(LoosEnGohelle.MUNICIPALITY)
                .addThemes("living environment", "local democracy")
                .addDomains(TransitionDomain.LOCAL_DEMOCRACY, TransitionDomain.BIODIVERSITY, TransitionDomain.HOUSING)
                .withInvolvementPlan(InvolvementPlan.builder()
                        .putLevel(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CO_CONSTRUCTION)
                        .putLevel(ProjectPhase.DESIGN, CoConstructionLevel.CO_CONSTRUCTION)
                        .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                        .putLevel(ProjectPhase.EVALUATION, CoConstructionLevel.CONCERTATION)
                        .build())
                .withReviewDate(REVIEW_DATE)
                .build()
                .recordActivity(ParticipationActivity.builder().withId("questionnaire-1996")
                        .withKind(ActivityKind.QUESTIONNAIRE).withTitle("Residents' questionnaire on their living environment")
                        .withHeldOn(LocalDate.of(1996, 6, 30)).withPhase(ProjectPhase.DIAGNOSIS)
                        .withLevel(CoConstructionLevel.CONSULTATION)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS)
                        .addOutputs("What residents like and miss in their neighbourhoods").build())
                .recordActivity(ParticipationActivity.builder().withId("neighbourhood-diagnosis")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Neighbourhood diagnosis workshops")
                        .withHeldOn(LocalDate.of(1997, 10, 18)).withPhase(ProjectPhase.DIAGNOSIS)
                        .withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(60)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ELECTED_OFFICIALS,
                                ParticipantCategory.SERVICES)
                        .addOutputs("A shared diagnosis, neighbourhood by neighbourhood").build())
                .recordActivity(ParticipationActivity.builder().withId("drafting-group")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Joint drafting group of the charter")
                        .withHeldOn(LocalDate.of(1999, 5, 20)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(24)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.ELECTED_OFFICIALS, ParticipantCategory.SERVICES)
                        .addOutputs("The charter's text, article by article").build())
                .recordActivity(ParticipationActivity.builder().withId("public-presentation")
                        .withKind(ActivityKind.PUBLIC_MEETING).withTitle("Public presentation of the draft charter")
                        .withHeldOn(LocalDate.of(2000, 3, 16)).withPhase(ProjectPhase.DECISION)
                        .withLevel(CoConstructionLevel.CONSULTATION).withParticipants(110)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.ELECTED_OFFICIALS)
                        .addOutputs("Residents' remarks, answered in the final text").build());
    }

    /**
     * The council's deliberation adopting the charter, with its vote.
     *
     * @return the decision, never null
     */
    public static Decision adoption() {
        return Decision.builder()
                .withDecidedBy(LoosEnGohelle.MUNICIPAL_COUNCIL)
                .withDecidedAt(at(LocalDate.of(2000, 4, 6), 20))
                .withOutcome(DecisionOutcome.ADOPTED)
                .addReasons("The charter was written with the residents over five years",
                        "The public presentation's remarks are answered in the text")
                .withReference("Délibération n° 2000-031")
                .withObject("Adoption de la Charte du cadre de vie")
                .withCouncilVote(CouncilVote.of(26, 0, 3))
                .build();
    }

    /**
     * The council adopts the charter: {@code DRAFT → IN_FORCE}.
     *
     * @return the charter in force, never null
     */
    public static Initiative inForce() {
        return draft().adopt(adoption());
    }

    /**
     * The revised charter as drafted from the first one, with the evaluation of the first
     * charter and the review workshop that wrote the new text, and its own review date.
     *
     * @return the draft of the revision, which revises the first charter, never null
     */
    public static Initiative revisionDraft() {
        Initiative revision = inForce().draftRevision(REVISED_ID);
        return Initiative.builder().from(revision).withReviewDate(REVISED_REVIEW_DATE).build()
                .recordActivity(ParticipationActivity.builder().withId("charter-evaluation")
                        .withKind(ActivityKind.PUBLIC_MEETING).withTitle("What has the charter changed? Public review")
                        .withHeldOn(LocalDate.of(2007, 2, 8)).withPhase(ProjectPhase.EVALUATION)
                        .withLevel(CoConstructionLevel.CONCERTATION).withParticipants(70)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.ELECTED_OFFICIALS)
                        .addOutputs("Articles kept, articles to rewrite").build())
                .recordActivity(ParticipationActivity.builder().withId("revision-workshop")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Rewriting workshop of the charter")
                        .withHeldOn(LocalDate.of(2007, 11, 24)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(31)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.SERVICES)
                        .addOutputs("The revised text").build());
    }

    /**
     * The council adopts the revised charter.
     *
     * @return the revised charter in force, never null
     */
    public static Initiative revisionInForce() {
        return revisionDraft().adopt(Decision.builder()
                .withDecidedBy(LoosEnGohelle.MUNICIPAL_COUNCIL)
                .withDecidedAt(REVISION_ADOPTED)
                .withOutcome(DecisionOutcome.ADOPTED)
                .addReasons("The charter is rewritten after its public review")
                .withReference("Délibération n° 2008-017")
                .withObject("Adoption de la Charte du cadre de vie révisée")
                .withCouncilVote(CouncilVote.of(27, 0, 2))
                .build());
    }

    /**
     * The first charter once the revised one is adopted: superseded, naming its successor.
     *
     * @return the superseded charter, never null
     */
    public static Initiative superseded() {
        return inForce().supersede(LoosEnGohelle.MUNICIPAL_COUNCIL, REVISION_ADOPTED,
                "Replaced by the revised charter " + REVISED_ID + " (délibération n° 2008-017)");
    }

    /**
     * The variant in which the council repeals the first charter by deliberation
     * (<em>abrogation</em>).
     *
     * @return the repealed charter, never null
     */
    public static Initiative repealed() {
        return inForce().repeal(Decision.builder()
                .withDecidedBy(LoosEnGohelle.MUNICIPAL_COUNCIL)
                .withDecidedAt(at(LocalDate.of(2009, 1, 29), 20))
                .withOutcome(DecisionOutcome.REPEALED)
                .addReasons("Its principles are taken up in the town's sustainable-development agenda")
                .withReference("Délibération n° 2009-004")
                .withObject("Abrogation de la Charte du cadre de vie")
                .withCouncilVote(CouncilVote.of(24, 2, 3))
                .build());
    }
}
