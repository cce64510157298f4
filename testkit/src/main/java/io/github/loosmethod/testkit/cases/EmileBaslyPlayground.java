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
import io.github.loosmethod.evaluation.AttendeeCategory;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.ParticipantCategory;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;

/**
 * The École Émile-Basly playground fifty-fifty (2021–2022), stage by stage.
 *
 * <p>A CM2 class of 22 pupils works with the association Loos N'Gourma in the <em>Tandem
 * Solidaire</em> programme; the pupils look at their asphalt playground, prepare an action plan
 * and put it to the elected officials. The fifty-fifty starts in March 2022 with councillor
 * Pascale Eslan. The town lends a thermal chainsaw, a breaker, an electric grinder, shovels, picks
 * and wheelbarrows, and gives technical support; parents break and remove the asphalt in the
 * school holidays; the greening is done together, for shade and coolness. [LIB, LIANES, BEG]
 *
 * <p>Illustrative values where the sources are silent: the exact days, the hours and surfaces,
 * the convention's end date (30 June 2023) and who waters the plantings (the school). The
 * participation activities (<em>temps de participation</em>) record two of the eight real
 * half-day Tandem Solidaire sessions (Sept 2021 to the first semester of 2022: looking at the
 * playground, preparing the action plan), the presentation of the plan to the elected officials,
 * the parents' work site and the planting done together [LIB, LIANES]; their days, counts and
 * outputs are illustrations.
 *
 * <p>Until the convention is drafted, the plan's co-production claims (design, implementation,
 * stewardship) await the applicants' commitments: the validator reports them as warnings (P2),
 * never as errors; the drafted convention answers them.
 *
 * <p>Each stage method builds its initiative from the previous stage through the lifecycle
 * operations, so every stage is a valid record. This class is stateless and thread-safe.
 */
public final class EmileBaslyPlayground {

    /** The school (<em>École Émile-Basly</em>), responsible for its pupils. */
    public static final Actor SCHOOL = Actor.of("ecole-emile-basly", "École Émile-Basly", ActorKind.SCHOOL);
    /** The CM2 class, 22 pupils aged 10–11: minors, under the school's responsibility. */
    public static final Actor PUPILS = Actor.minor("cm2-emile-basly", "Classe de CM2 (22 élèves)",
            ActorKind.RESIDENT_GROUP, SCHOOL.id());
    /** The association Loos N'Gourma, partner of the Tandem Solidaire programme. */
    public static final Actor LOOS_NGOURMA = Actor.of("loos-ngourma", "Loos N'Gourma", ActorKind.ASSOCIATION);
    /** The pupils' parents who volunteer in the school holidays. */
    public static final Actor PARENTS = Actor.of("parents-emile-basly", "Parents d'élèves volontaires",
            ActorKind.RESIDENT_GROUP);
    /** Councillor Pascale Eslan, who decides for the town. */
    public static final Actor COUNCILLOR = Actor.of("elue-pascale-eslan", "Pascale Eslan", ActorKind.ELECTED_OFFICIAL);

    /** The convention's first day. */
    public static final LocalDate CONVENTION_START = LocalDate.of(2022, 3, 14);
    /** The convention's last day: stewardship runs until then. */
    public static final LocalDate CONVENTION_END = LocalDate.of(2023, 6, 30);

    private EmileBaslyPlayground() {
    }

    /**
     * The request as the pupils and their partners write it.
     *
     * @return the draft, never null
     */
    public static Initiative draft() {
        return Initiative.builder()
                .withId("loos-2022-ff-emile-basly")
                .withTerritory(LoosEnGohelle.TERRITORY)
                .withTitle("Greening the École Émile-Basly playground")
                .withPurpose(Purpose.of(
                        "Replace part of the asphalt playground with planted ground, for shade and coolness.",
                        "A cooler, greener playground for every pupil of a public school, designed by the pupils themselves."))
                .withKind(InitiativeKind.FIFTY_FIFTY)
                .addApplicants(PUPILS, SCHOOL, LOOS_NGOURMA, PARENTS)
                .addThemes("greening", "school", "climate adaptation")
                .withInvolvementPlan(InvolvementPlan.builder()
                        .putLevel(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CO_CONSTRUCTION)
                        .putLevel(ProjectPhase.DESIGN, CoConstructionLevel.CO_PRODUCTION)
                        .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
                        .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION)
                        .putLevel(ProjectPhase.STEWARDSHIP, CoConstructionLevel.CO_PRODUCTION)
                        .putLevel(ProjectPhase.EVALUATION, CoConstructionLevel.CONCERTATION)
                        .build())
                .addDomains(TransitionDomain.BIODIVERSITY, TransitionDomain.LOCAL_DEMOCRACY)
                .build()
                .recordActivity(ParticipationActivity.builder().withId("tandem-diagnosis")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Tandem Solidaire sessions: looking at the asphalt playground")
                        .withHeldOn(LocalDate.of(2021, 10, 15)).withPhase(ProjectPhase.DIAGNOSIS)
                        .withLevel(CoConstructionLevel.CO_CONSTRUCTION).withParticipants(22)
                        .addParticipantCategories(ParticipantCategory.MINORS, ParticipantCategory.ASSOCIATIONS)
                        .addOutputs("The pupils' observations: no shade, no plants, too hot in June").build())
                .recordActivity(ParticipationActivity.builder().withId("tandem-action-plan")
                        .withKind(ActivityKind.WORKSHOP).withTitle("Tandem Solidaire sessions: the pupils' action plan")
                        .withHeldOn(LocalDate.of(2022, 1, 28)).withPhase(ProjectPhase.DESIGN)
                        .withLevel(CoConstructionLevel.CO_PRODUCTION).withParticipants(22)
                        .addParticipantCategories(ParticipantCategory.MINORS, ParticipantCategory.ASSOCIATIONS)
                        .addOutputs("An action plan for the playground, drawn by the pupils").build());
    }

    /**
     * The pupils' action plan handed to the elected officials.
     *
     * @return the submitted initiative, never null
     */
    public static Initiative submitted() {
        return draft().submit(SCHOOL, at(LocalDate.of(2022, 2, 14), 10),
                "Action plan prepared by the CM2 class during the Tandem Solidaire sessions");
    }

    /**
     * The town starts analysing the request.
     *
     * @return the initiative under assessment, never null
     */
    public static Initiative underAssessment() {
        return submitted().startAssessment(COUNCILLOR, at(LocalDate.of(2022, 2, 16), 9),
                "Request received by the councillor in charge")
                .recordActivity(ParticipationActivity.builder().withId("plan-presented")
                        .withKind(ActivityKind.PUBLIC_MEETING).withTitle("The pupils present their action plan to the elected officials")
                        .withHeldOn(LocalDate.of(2022, 3, 1)).withPhase(ProjectPhase.DECISION)
                        .withLevel(CoConstructionLevel.CONSULTATION).withParticipants(26)
                        .addParticipantCategories(ParticipantCategory.MINORS, ParticipantCategory.ASSOCIATIONS,
                                ParticipantCategory.ELECTED_OFFICIALS)
                        .addOutputs("The councillor's questions on the works and the upkeep").build());
    }

    /**
     * The assessment that accepts the request.
     *
     * @return the assessment, never null
     */
    public static Decision assessment() {
        return Decision.of(COUNCILLOR, at(LocalDate.of(2022, 3, 7), 18), DecisionOutcome.ACCEPTED,
                "Credible: a detailed action plan and a partner association",
                "General interest: a public school playground",
                "Committed applicants: parents volunteer for the works");
    }

    /**
     * The town supports the request.
     *
     * @return the accepted initiative, never null
     */
    public static Initiative accepted() {
        return underAssessment().accept(assessment());
    }

    /**
     * The convention as drafted after acceptance, not yet signed.
     *
     * @return the convention, never null
     */
    public static Convention convention() {
        return Convention.builder()
                .withReference("FF-2022-03")
                .withTown(LoosEnGohelle.MUNICIPALITY)
                .withStartDate(CONVENTION_START)
                .withEndDate(CONVENTION_END)
                .addCommitment(Commitment.builder().withId("town-tools").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.TECHNICAL_SERVICES).withKind(CommitmentKind.EQUIPMENT_LOAN)
                        .withDescription("Lend a thermal chainsaw, a breaker, an electric grinder, shovels, picks and wheelbarrows")
                        .withQuantity(Quantity.of(6, QuantityUnit.ITEMS))
                        .withDueDate(LocalDate.of(2022, 4, 9)).build())
                .addCommitment(Commitment.builder().withId("town-technical-support").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.TECHNICAL_SERVICES).withKind(CommitmentKind.TECHNICAL_SUPPORT)
                        .withDescription("Technical support of the municipal services during the works")
                        .withQuantity(Quantity.of(16, QuantityUnit.HOURS)).build())
                .addCommitment(Commitment.builder().withId("pupils-action-plan").withSide(Side.APPLICANTS)
                        .withResponsible(PUPILS).withKind(CommitmentKind.DESIGN)
                        .withDescription("Finalise the action plan for the playground with the association")
                        .withDueDate(LocalDate.of(2022, 3, 31)).build())
                .addCommitment(Commitment.builder().withId("parents-asphalt").withSide(Side.APPLICANTS)
                        .withResponsible(PARENTS).withKind(CommitmentKind.REALISATION)
                        .withDescription("Break and remove the asphalt during the school holidays")
                        .withQuantity(Quantity.of(120, QuantityUnit.HOURS))
                        .withDueDate(LocalDate.of(2022, 4, 24)).build())
                .addCommitment(Commitment.builder().withId("greening-together").withSide(Side.APPLICANTS)
                        .withResponsible(LOOS_NGOURMA).withKind(CommitmentKind.REALISATION)
                        .withDescription("Plant the freed ground together with pupils and parents")
                        .withQuantity(Quantity.of(150, QuantityUnit.SQUARE_METRES))
                        .withDueDate(LocalDate.of(2022, 5, 31)).build())
                .addCommitment(Commitment.builder().withId("school-upkeep").withSide(Side.APPLICANTS)
                        .withResponsible(SCHOOL).withKind(CommitmentKind.STEWARDSHIP)
                        .withDescription("Water and look after the planted areas until the convention ends").build())
                .build();
    }

    /**
     * The accepted initiative with its convention drafted.
     *
     * @return the initiative, never null
     */
    public static Initiative conventionDrafted() {
        return accepted().draftConvention(convention());
    }

    /**
     * Both sides have signed: the town through the councillor, the applicants through the
     * school, the association, the parents and the pupils (co-signed by their school).
     *
     * @return the agreed initiative, never null
     */
    public static Initiative agreed() {
        LocalDate day = CONVENTION_START;
        return conventionDrafted()
                .sign(Signature.of(Side.APPLICANTS, SCHOOL, day), at(day, 10), "The head teacher signs for the school")
                .sign(Signature.of(Side.APPLICANTS, PUPILS, day), at(day, 10), "The pupils sign their convention")
                .sign(Signature.of(Side.APPLICANTS, LOOS_NGOURMA, day), at(day, 11), "The association's president signs")
                .sign(Signature.of(Side.APPLICANTS, PARENTS, day), at(day, 11), "The parents' delegates sign")
                .sign(Signature.of(Side.TOWN, COUNCILLOR, day), at(day, 12), "The councillor signs for the town");
    }

    /**
     * The works start in the Easter holidays; the action plan is done.
     *
     * @return the initiative in progress, never null
     */
    public static Initiative inProgress() {
        return agreed()
                .recordCommitmentStatus("pupils-action-plan", CommitmentStatus.FULFILLED, LocalDate.of(2022, 3, 31),
                        "Action plan presented to the councillor")
                .startWork(PARENTS, at(LocalDate.of(2022, 4, 11), 8), "Easter holidays: asphalt removal begins")
                .recordCommitmentStatus("town-tools", CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 4, 11),
                        "Tools handed over to the parents")
                .recordCommitmentStatus("parents-asphalt", CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 4, 11),
                        "Breaking started")
                .recordActivity(ParticipationActivity.builder().withId("asphalt-removal")
                        .withKind(ActivityKind.WORK_SITE).withTitle("Parents break and remove the asphalt")
                        .withHeldOn(LocalDate.of(2022, 4, 11)).withPhase(ProjectPhase.IMPLEMENTATION)
                        .withLevel(CoConstructionLevel.CO_PRODUCTION)
                        .addParticipantCategories(ParticipantCategory.RESIDENTS, ParticipantCategory.SERVICES)
                        .addOutputs("The asphalt broken with the town's tools").build());
    }

    /**
     * The asphalt is gone, the ground planted; the works are delivered.
     *
     * @return the delivered initiative, never null
     */
    public static Initiative delivered() {
        return inProgress()
                .recordCommitmentStatus("parents-asphalt", CommitmentStatus.FULFILLED, LocalDate.of(2022, 4, 23),
                        "Asphalt broken and removed")
                .recordCommitmentStatus("town-tools", CommitmentStatus.FULFILLED, LocalDate.of(2022, 4, 25),
                        "Tools returned")
                .recordCommitmentStatus("town-technical-support", CommitmentStatus.FULFILLED, LocalDate.of(2022, 4, 25),
                        "Technical services attended the works")
                .recordCommitmentStatus("greening-together", CommitmentStatus.FULFILLED, LocalDate.of(2022, 5, 31),
                        "Planting day with pupils and parents")
                .recordActivity(ParticipationActivity.builder().withId("planting-day")
                        .withKind(ActivityKind.WORK_SITE).withTitle("Planting day with pupils, parents and the association")
                        .withHeldOn(LocalDate.of(2022, 5, 31)).withPhase(ProjectPhase.IMPLEMENTATION)
                        .withLevel(CoConstructionLevel.CO_PRODUCTION)
                        .addParticipantCategories(ParticipantCategory.MINORS, ParticipantCategory.RESIDENTS,
                                ParticipantCategory.ASSOCIATIONS)
                        .addOutputs("150 m² of freed ground planted").build())
                .deliver(COUNCILLOR, at(LocalDate.of(2022, 6, 3), 17), "Playground greened and opened to pupils");
    }

    /**
     * The school looks after the plantings.
     *
     * @return the initiative in stewardship, never null
     */
    public static Initiative inStewardship() {
        return delivered()
                .startStewardship(SCHOOL, at(LocalDate.of(2022, 6, 3), 18), "The school takes over watering and upkeep")
                .recordCommitmentStatus("school-upkeep", CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 6, 3),
                        "Watering rota set up with the pupils");
    }

    /**
     * The convention has run its course and the town closes the initiative.
     *
     * @return the closed initiative, never null
     */
    public static Initiative closed() {
        return inStewardship()
                .recordCommitmentStatus("school-upkeep", CommitmentStatus.FULFILLED, CONVENTION_END,
                        "Plantings looked after until the convention's end")
                .close(COUNCILLOR, at(LocalDate.of(2023, 7, 3), 10), "Convention ended; playground kept green");
    }

    /**
     * The Ch'ti TAIDx session where the pupils, parents, teachers, association and town told the
     * story of the playground. The categories of attendees come from the account of the session
     * [BEG]; its date, frictions and lessons are illustrations.
     *
     * @return the session, never null
     */
    public static NarrativeSession taidxSession() {
        return NarrativeSession.builder()
                .withTitle("Ch'ti TAIDx: la cour de l'école Émile-Basly")
                .withHeldOn(LocalDate.of(2023, 11, 18))
                .addAttendeeCategories(AttendeeCategory.PUPILS, AttendeeCategory.PARENTS, AttendeeCategory.TEACHERS,
                        AttendeeCategory.ASSOCIATION_MEMBERS, AttendeeCategory.MUNICIPAL_STAFF,
                        AttendeeCategory.ELECTED_OFFICIALS)
                .addFrictions("The tool loans had to be rebooked when the works slipped by a week",
                        "Watering over the summer holidays rested on too few families")
                .addLessons("Plan the summer watering rota when the convention is drafted",
                        "Pupils who present their own plan to elected officials carry it through")
                .build();
    }

    /**
     * The narrative evaluation of the playground fifty-fifty, scored on the principles of the
     * method. Transversality was not discussed at the session and is explicitly not assessed, so
     * its scorecard shows a coverage of five criteria out of six.
     *
     * @return the evaluation, never null
     */
    public static Evaluation narrativeEvaluation() {
        return Evaluation.builder()
                .withId("loos-2023-eval-emile-basly")
                .withSubject(EvaluationSubject.of(SubjectKind.INITIATIVE, draft().id(), LoosEnGohelle.TERRITORY,
                        LocalDate.of(2022, 2, 14)))
                .withFramework(EvaluationFramework.of(Catalogue.LOOS_PRINCIPLES))
                .withMethod(EvaluationMethod.NARRATIVE_SESSION)
                .withNarrativeSession(taidxSession())
                .addEvaluators(LOOS_NGOURMA, COUNCILLOR)
                .withDate(LocalDate.of(2023, 11, 18))
                .addScores(
                        CriterionScore.scored("LP_RECIPROCITY", 4,
                                Evidence.of(EvidenceKind.DOCUMENT, "Convention FF-2022-03: every commitment fulfilled")),
                        CriterionScore.scored("LP_GENERAL_INTEREST", 4,
                                Evidence.of(EvidenceKind.FIGURE, "Every pupil of the school uses the greened playground")),
                        CriterionScore.scored("LP_CAPACITATION", 3,
                                Evidence.of(EvidenceKind.QUOTE, "\"We drew the plan ourselves and the councillor said yes.\" (a pupil)")),
                        CriterionScore.scored("LP_PRIDE", 4,
                                Evidence.of(EvidenceKind.QUOTE, "Parents showed the photographs of the asphalt they broke")),
                        CriterionScore.scored("LP_DURABILITY", 3,
                                Evidence.of(EvidenceKind.DOCUMENT, "Watering rota kept until the convention ended, with gaps in August")),
                        CriterionScore.notAssessed("LP_TRANSVERSALITY", "Not discussed during the session"))
                .addUsefulEffects("Shade and coolness in the playground in summer",
                        "Pupils learned to present a project to elected officials")
                .addNegativeExternalities("Extra upkeep for the school staff during the holidays")
                .addLessonsLearned("Plan the summer watering rota when the convention is drafted")
                .build();
    }
}
