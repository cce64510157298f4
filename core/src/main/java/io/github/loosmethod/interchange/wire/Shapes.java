package io.github.loosmethod.interchange.wire;

import static io.github.loosmethod.interchange.wire.Kind.BOOLEAN;
import static io.github.loosmethod.interchange.wire.Kind.COUNT;
import static io.github.loosmethod.interchange.wire.Kind.DATE;
import static io.github.loosmethod.interchange.wire.Kind.DECIMAL;
import static io.github.loosmethod.interchange.wire.Kind.INSTANT;
import static io.github.loosmethod.interchange.wire.Kind.INTEGER;
import static io.github.loosmethod.interchange.wire.Kind.LONG_COUNT;
import static io.github.loosmethod.interchange.wire.Kind.RULE;
import static io.github.loosmethod.interchange.wire.Kind.TEXT;
import static io.github.loosmethod.interchange.wire.Kind.ZONE;
import static io.github.loosmethod.interchange.wire.Kind.code;
import static io.github.loosmethod.interchange.wire.Kind.codeMap;
import static io.github.loosmethod.interchange.wire.Kind.distinct;
import static io.github.loosmethod.interchange.wire.Kind.list;
import static io.github.loosmethod.interchange.wire.Kind.object;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ImmutableActor;
import io.github.loosmethod.actor.ImmutableTerritory;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.ContributionReport;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.ImmutableCommitment;
import io.github.loosmethod.commitment.ImmutableContributionReport;
import io.github.loosmethod.commitment.ImmutableConvention;
import io.github.loosmethod.commitment.ImmutableQuantity;
import io.github.loosmethod.commitment.ImmutableSideContribution;
import io.github.loosmethod.commitment.ImmutableSignature;
import io.github.loosmethod.commitment.ImmutableStatusChange;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.SideContribution;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.evaluation.CriterionScore;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.evaluation.EvaluationFramework;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.ImmutableCriterionScore;
import io.github.loosmethod.evaluation.ImmutableEvaluation;
import io.github.loosmethod.evaluation.ImmutableEvaluationCriterion;
import io.github.loosmethod.evaluation.ImmutableEvaluationFramework;
import io.github.loosmethod.evaluation.ImmutableEvaluationSubject;
import io.github.loosmethod.evaluation.ImmutableEvidence;
import io.github.loosmethod.evaluation.ImmutableNarrativeSession;
import io.github.loosmethod.evaluation.ImmutableScale;
import io.github.loosmethod.evaluation.ImmutableScalePoint;
import io.github.loosmethod.evaluation.ImmutableScoreLine;
import io.github.loosmethod.evaluation.ImmutableScorecard;
import io.github.loosmethod.evaluation.ImmutableWeightedCriterion;
import io.github.loosmethod.evaluation.NarrativeSession;
import io.github.loosmethod.evaluation.Scale;
import io.github.loosmethod.evaluation.ScalePoint;
import io.github.loosmethod.evaluation.ScoreLine;
import io.github.loosmethod.evaluation.Scorecard;
import io.github.loosmethod.evaluation.WeightedCriterion;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.ImmutableCouncilVote;
import io.github.loosmethod.initiative.ImmutableInitiative;
import io.github.loosmethod.initiative.ImmutableResidentsVote;
import io.github.loosmethod.initiative.ImmutableVoteResult;
import io.github.loosmethod.initiative.ResidentsVote;
import io.github.loosmethod.initiative.VoteResult;
import io.github.loosmethod.involvement.ImmutableParticipationActivity;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.initiative.ImmutableLifecycleEvent;
import io.github.loosmethod.initiative.ImmutablePurpose;
import io.github.loosmethod.initiative.ImmutableDecision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.involvement.ImmutableInvolvementPlan;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.portfolio.CommitmentOutcomes;
import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.ImmutableIdentifier;
import io.github.loosmethod.provenance.ImmutableSource;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.portfolio.CriterionStatistics;
import io.github.loosmethod.portfolio.ImmutableCommitmentOutcomes;
import io.github.loosmethod.portfolio.ImmutableCriterionStatistics;
import io.github.loosmethod.portfolio.ImmutablePortfolioIndicators;
import io.github.loosmethod.portfolio.PortfolioIndicators;
import io.github.loosmethod.validation.ImmutableViolation;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wire contract of format version 2, in one place: every type of the format and its fields,
 * declared once, in the order they are written. Reading, writing, the documentation's field tables
 * and the contract tests against the published schema derive from these declarations.
 *
 * <p>Conventions: optional fields are left out when empty, never {@code null}; enum values are
 * lower-case codes; dates and instants are ISO-8601; amounts are exact decimals. Derived figures
 * of reports (shares, validity) are not written: a reader computes them from what is.
 */
public final class Shapes {

    /** The version of the format these declarations describe, the one written. */
    public static final int FORMAT_VERSION = 2;
    /** The oldest version still read: version 1 documents are read into the current model. */
    public static final int OLDEST_FORMAT_VERSION = 1;
    /** The field that carries it at the root of a document. */
    public static final String FORMAT_VERSION_NAME = "formatVersion";
    static final int FORMAT_VERSION_ID = Names.register(FORMAT_VERSION_NAME);

    private Shapes() {
    }

    private static Message follows(Enum<?> declared, Enum<?> built) {
        return declared == built ? null : Message.of("read.notFollowing", Codes.code(declared), Codes.code(built));
    }

    // Provenance, actors and involvement.

    /** An identifier in another register. */
    public static final Shape<Identifier> IDENTIFIER = Shape.of(Identifier.class,
            "An identifier in another register (identifiant): a scheme (siret, siren, rna, insee, or a platform's own) and a value.",
            Identifier::builder, ImmutableIdentifier.Builder::build)
            .required("scheme", TEXT, Identifier::scheme, ImmutableIdentifier.Builder::withScheme)
            .required("value", TEXT, Identifier::value, ImmutableIdentifier.Builder::withValue)
            .declare();

    /** A source. */
    public static final Shape<Source> SOURCE = Shape.of(Source.class,
            "Where a record comes from (source): the system, the id there, its address, the file and line or pointer, when retrieved.",
            Source::builder, ImmutableSource.Builder::build)
            .required("system", TEXT, Source::system, ImmutableSource.Builder::withSystem)
            .optional("id", TEXT, Source::id, ImmutableSource.Builder::withId)
            .optional("url", TEXT, Source::url, ImmutableSource.Builder::withUrl)
            .optional("file", TEXT, Source::file, ImmutableSource.Builder::withFile)
            .optional("line", COUNT, Source::line, ImmutableSource.Builder::withLine)
            .optional("pointer", TEXT, Source::pointer, ImmutableSource.Builder::withPointer)
            .optional("retrievedAt", INSTANT, Source::retrievedAt, ImmutableSource.Builder::withRetrievedAt)
            .declare();

    /** A territory. */
    public static final Shape<Territory> TERRITORY = Shape.of(Territory.class,
            "A territory (territoire): a commune or district, its country and its time zone.",
            Territory::builder, ImmutableTerritory.Builder::build)
            .required("code", TEXT, Territory::code, ImmutableTerritory.Builder::withCode)
            .required("name", TEXT, Territory::name, ImmutableTerritory.Builder::withName)
            .required("country", TEXT, Territory::country, ImmutableTerritory.Builder::withCountry)
            .required("zone", ZONE, Territory::zone, ImmutableTerritory.Builder::withZone)
            .defaulted("identifiers", list(object(IDENTIFIER)), Territory::identifiers, ImmutableTerritory.Builder::withIdentifiers,
                    Collection::isEmpty).since(2)
            .declare();

    /** An actor. */
    public static final Shape<Actor> ACTOR = Shape.of(Actor.class,
            "An actor (acteur): a resident, a group of residents, an association, the town or a partner.",
            Actor::builder, ImmutableActor.Builder::build)
            .required("id", TEXT, Actor::id, ImmutableActor.Builder::withId)
            .required("name", TEXT, Actor::name, ImmutableActor.Builder::withName)
            .required("kind", code(CodeTable.ACTOR_KIND), Actor::kind, ImmutableActor.Builder::withKind)
            .defaulted("minor", BOOLEAN, Actor::minor, ImmutableActor.Builder::withMinor, minor -> !minor)
            .optional("responsibleActorId", TEXT, Actor::responsibleActorId, ImmutableActor.Builder::withResponsibleActorId)
            .optional("ageBand", code(CodeTable.AGE_BAND), Actor::ageBand, ImmutableActor.Builder::withAgeBand).since(2)
            .defaulted("identifiers", list(object(IDENTIFIER)), Actor::identifiers, ImmutableActor.Builder::withIdentifiers,
                    Collection::isEmpty).since(2)
            .defaulted("sources", list(object(SOURCE)), Actor::sources, ImmutableActor.Builder::withSources, Collection::isEmpty).since(2)
            .shared()
            .declare();

    /** A purpose. */
    public static final Shape<Purpose> PURPOSE = Shape.of(Purpose.class,
            "What an initiative is for (finalité): the living environment it improves and the general interest it serves.",
            Purpose::builder, ImmutablePurpose.Builder::build)
            .required("livingEnvironment", TEXT, Purpose::livingEnvironment, ImmutablePurpose.Builder::withLivingEnvironment)
            .required("generalInterest", TEXT, Purpose::generalInterest, ImmutablePurpose.Builder::withGeneralInterest)
            .declare();

    /** An involvement plan. */
    public static final Shape<InvolvementPlan> INVOLVEMENT_PLAN = Shape.of(InvolvementPlan.class,
            "The level of co-construction (niveau d'implication) declared for each phase of a project.",
            InvolvementPlan::builder, ImmutableInvolvementPlan.Builder::build)
            .required("levels", codeMap(CodeTable.PROJECT_PHASE, code(CodeTable.CO_CONSTRUCTION_LEVEL)), InvolvementPlan::levels,
                    ImmutableInvolvementPlan.Builder::putAllLevels)
            .declare();

    /** A level mapping. */
    public static final Shape<LevelMapping> LEVEL_MAPPING = Shape.ofParts(LevelMapping.class,
            "The levels of the ladder a level of another scale (IAP2, Arnstein) may correspond to.",
            parts -> new LevelMapping(Set.copyOf(uncheckedCollection(parts[0]))))
            .part("candidates", distinct(code(CodeTable.CO_CONSTRUCTION_LEVEL), "read.repeat.level"), LevelMapping::candidates)
            .declare();

    // Initiatives and commitments.

    /** The counts of a council vote. */
    public static final Shape<CouncilVote> COUNCIL_VOTE = Shape.of(CouncilVote.class,
            "The counts of a vote of elected officials (résultat du vote): for, against, abstentions.",
            CouncilVote::builder, ImmutableCouncilVote.Builder::build)
            .required("inFavour", COUNT, CouncilVote::inFavour, ImmutableCouncilVote.Builder::withInFavour)
            .required("against", COUNT, CouncilVote::against, ImmutableCouncilVote.Builder::withAgainst)
            .required("abstentions", COUNT, CouncilVote::abstentions, ImmutableCouncilVote.Builder::withAbstentions)
            .declare();

    /** The votes of one option. */
    public static final Shape<VoteResult> VOTE_RESULT = Shape.of(VoteResult.class,
            "The votes one option received in a residents' vote (résultat d'une option).",
            VoteResult::builder, ImmutableVoteResult.Builder::build)
            .required("option", TEXT, VoteResult::option, ImmutableVoteResult.Builder::withOption)
            .required("votes", LONG_COUNT, VoteResult::votes, ImmutableVoteResult.Builder::withVotes)
            .declare();

    /** A residents' vote. */
    public static final Shape<ResidentsVote> RESIDENTS_VOTE = Shape.of(ResidentsVote.class,
            "A vote of residents (vote des habitants): who could vote, how many did, the votes of each option.",
            ResidentsVote::builder, ImmutableResidentsVote.Builder::build)
            .required("electorate", TEXT, ResidentsVote::electorate, ImmutableResidentsVote.Builder::withElectorate)
            .optional("eligible", LONG_COUNT, ResidentsVote::eligible, ImmutableResidentsVote.Builder::withEligible)
            .required("voters", LONG_COUNT, ResidentsVote::voters, ImmutableResidentsVote.Builder::withVoters)
            .required("results", list(object(VOTE_RESULT)), ResidentsVote::results, ImmutableResidentsVote.Builder::withResults)
            .declare();

    /** A decision. */
    public static final Shape<Decision> DECISION = Shape.of(Decision.class,
            "A decision about an initiative (décision, délibération): who decided, when, the outcome, its reasons, the act and the vote.",
            Decision::builder, ImmutableDecision.Builder::build)
            .required("decidedBy", object(ACTOR), Decision::decidedBy, ImmutableDecision.Builder::withDecidedBy)
            .required("decidedAt", INSTANT, Decision::decidedAt, ImmutableDecision.Builder::withDecidedAt)
            .required("outcome", code(CodeTable.DECISION_OUTCOME), Decision::outcome, ImmutableDecision.Builder::withOutcome)
            .required("reasons", list(TEXT), Decision::reasons, ImmutableDecision.Builder::addAllReasons)
            .optional("reference", TEXT, Decision::reference, ImmutableDecision.Builder::withReference).since(2)
            .optional("object", TEXT, Decision::object, ImmutableDecision.Builder::withObject).since(2)
            .optional("councilVote", object(COUNCIL_VOTE), Decision::councilVote, ImmutableDecision.Builder::withCouncilVote).since(2)
            .optional("residentsVote", object(RESIDENTS_VOTE), Decision::residentsVote, ImmutableDecision.Builder::withResidentsVote).since(2)
            .declare();

    /** A participation activity. */
    public static final Shape<ParticipationActivity> ACTIVITY = Shape.of(ParticipationActivity.class,
            "A participation activity that took place (temps de participation): its form, day, phase, the level practised, who came and what came out.",
            ParticipationActivity::builder, ImmutableParticipationActivity.Builder::build)
            .required("id", TEXT, ParticipationActivity::id, ImmutableParticipationActivity.Builder::withId)
            .required("kind", code(CodeTable.ACTIVITY_KIND), ParticipationActivity::kind, ImmutableParticipationActivity.Builder::withKind)
            .required("title", TEXT, ParticipationActivity::title, ImmutableParticipationActivity.Builder::withTitle)
            .required("heldOn", DATE, ParticipationActivity::heldOn, ImmutableParticipationActivity.Builder::withHeldOn)
            .required("phase", code(CodeTable.PROJECT_PHASE), ParticipationActivity::phase,
                    ImmutableParticipationActivity.Builder::withPhase)
            .required("level", code(CodeTable.CO_CONSTRUCTION_LEVEL), ParticipationActivity::level,
                    ImmutableParticipationActivity.Builder::withLevel)
            .optional("participants", COUNT, ParticipationActivity::participants, ImmutableParticipationActivity.Builder::withParticipants)
            .defaulted("participantCategories", distinct(code(CodeTable.PARTICIPANT_CATEGORY), "read.repeat.category"),
                    ParticipationActivity::participantCategories, ImmutableParticipationActivity.Builder::withParticipantCategories,
                    Collection::isEmpty)
            .defaulted("outputs", list(TEXT), ParticipationActivity::outputs, ImmutableParticipationActivity.Builder::withOutputs,
                    Collection::isEmpty)
            .defaulted("references", list(TEXT), ParticipationActivity::references, ImmutableParticipationActivity.Builder::withReferences,
                    Collection::isEmpty)
            .declare();

    /** A lifecycle event. */
    public static final Shape<LifecycleEvent> EVENT = Shape.of(LifecycleEvent.class,
            "A step of an initiative's lifecycle (événement): the transition, who made it, when and why.",
            LifecycleEvent::builder, ImmutableLifecycleEvent.Builder::build)
            .required("transition", code(CodeTable.TRANSITION), LifecycleEvent::transition, ImmutableLifecycleEvent.Builder::withTransition)
            .required("from", code(CodeTable.INITIATIVE_STATUS), LifecycleEvent::from, ImmutableLifecycleEvent.Builder::withFrom)
            .required("to", code(CodeTable.INITIATIVE_STATUS), LifecycleEvent::to, ImmutableLifecycleEvent.Builder::withTo)
            .required("by", object(ACTOR), LifecycleEvent::by, ImmutableLifecycleEvent.Builder::withBy)
            .required("at", INSTANT, LifecycleEvent::at, ImmutableLifecycleEvent.Builder::withAt)
            .required("reason", TEXT, LifecycleEvent::reason, ImmutableLifecycleEvent.Builder::withReason)
            .declare();

    /** A quantity. */
    public static final Shape<Quantity> QUANTITY = Shape.of(Quantity.class,
            "An amount and its unit (quantité): euros, hours of work, plants.",
            Quantity::builder, ImmutableQuantity.Builder::build)
            .required("amount", DECIMAL, Quantity::amount, ImmutableQuantity.Builder::withAmount)
            .required("unit", code(CodeTable.QUANTITY_UNIT), Quantity::unit, ImmutableQuantity.Builder::withUnit)
            .declare();

    /** A status change of a commitment. */
    public static final Shape<StatusChange> STATUS_CHANGE = Shape.of(StatusChange.class,
            "A change of a commitment's status (changement de statut): from, to, on which day and why.",
            StatusChange::builder, ImmutableStatusChange.Builder::build)
            .required("from", code(CodeTable.COMMITMENT_STATUS), StatusChange::from, ImmutableStatusChange.Builder::withFrom)
            .required("to", code(CodeTable.COMMITMENT_STATUS), StatusChange::to, ImmutableStatusChange.Builder::withTo)
            .required("on", DATE, StatusChange::on, ImmutableStatusChange.Builder::withOn)
            .required("reason", TEXT, StatusChange::reason, ImmutableStatusChange.Builder::withReason)
            .declare();

    /** A commitment. */
    public static final Shape<Commitment> COMMITMENT = Shape.of(Commitment.class,
            "A commitment of one side of a convention (engagement): what, by whom, how much, by when, and its history.",
            Commitment::builder, ImmutableCommitment.Builder::build)
            .required("id", TEXT, Commitment::id, ImmutableCommitment.Builder::withId)
            .required("side", code(CodeTable.SIDE), Commitment::side, ImmutableCommitment.Builder::withSide)
            .required("responsible", object(ACTOR), Commitment::responsible, ImmutableCommitment.Builder::withResponsible)
            .required("kind", code(CodeTable.COMMITMENT_KIND), Commitment::kind, ImmutableCommitment.Builder::withKind)
            .required("description", TEXT, Commitment::description, ImmutableCommitment.Builder::withDescription)
            .optional("quantity", object(QUANTITY), Commitment::quantity, ImmutableCommitment.Builder::withQuantity)
            .optional("dueDate", DATE, Commitment::dueDate, ImmutableCommitment.Builder::withDueDate)
            .filled("phase", code(CodeTable.PROJECT_PHASE), Commitment::phase, ImmutableCommitment.Builder::withPhase)
            .derived("status", code(CodeTable.COMMITMENT_STATUS), Commitment::status, (built, declared) -> follows(declared, built.status()))
            .required("history", list(object(STATUS_CHANGE)), Commitment::history, ImmutableCommitment.Builder::withHistory)
            .declare();

    /** A signature. */
    public static final Shape<Signature> SIGNATURE = Shape.of(Signature.class,
            "The signature of a convention by one side (signature): the signer and the date.",
            Signature::builder, ImmutableSignature.Builder::build)
            .required("side", code(CodeTable.SIDE), Signature::side, ImmutableSignature.Builder::withSide)
            .required("signer", object(ACTOR), Signature::signer, ImmutableSignature.Builder::withSigner)
            .required("date", DATE, Signature::date, ImmutableSignature.Builder::withDate)
            .declare();

    /** A convention. */
    public static final Shape<Convention> CONVENTION = Shape.of(Convention.class,
            "The fifty-fifty convention (convention 50/50): the reciprocal commitments of residents and town, and its signatures.",
            Convention::builder, ImmutableConvention.Builder::build)
            .required("reference", TEXT, Convention::reference, ImmutableConvention.Builder::withReference)
            .required("town", object(ACTOR), Convention::town, ImmutableConvention.Builder::withTown)
            .required("startDate", DATE, Convention::startDate, ImmutableConvention.Builder::withStartDate)
            .required("endDate", DATE, Convention::endDate, ImmutableConvention.Builder::withEndDate)
            .required("commitments", list(object(COMMITMENT)), Convention::commitments, ImmutableConvention.Builder::withCommitments)
            .required("signatures", list(object(SIGNATURE)), Convention::signatures, ImmutableConvention.Builder::withSignatures)
            .declare();

    /** An initiative, a document of the format. */
    public static final Shape<Initiative> INITIATIVE = Shape.of(Initiative.class,
            "An initiative (initiative): residents' idea or the town's project, from request to closing, with its convention and history.",
            Initiative::builder, ImmutableInitiative.Builder::build)
            .required("id", TEXT, Initiative::id, ImmutableInitiative.Builder::withId)
            .required("territory", object(TERRITORY), Initiative::territory, ImmutableInitiative.Builder::withTerritory)
            .required("title", TEXT, Initiative::title, ImmutableInitiative.Builder::withTitle)
            .required("purpose", object(PURPOSE), Initiative::purpose, ImmutableInitiative.Builder::withPurpose)
            .required("kind", code(CodeTable.INITIATIVE_KIND), Initiative::kind, ImmutableInitiative.Builder::withKind)
            .required("applicants", list(object(ACTOR)), Initiative::applicants, ImmutableInitiative.Builder::withApplicants)
            .required("themes", distinct(TEXT, "read.repeat.theme"), Initiative::themes, ImmutableInitiative.Builder::withThemes)
            .defaulted("domains", distinct(code(CodeTable.TRANSITION_DOMAIN), "read.repeat.domain"), Initiative::domains,
                    ImmutableInitiative.Builder::withDomains, Collection::isEmpty).since(2)
            .optional("revises", TEXT, Initiative::revises, ImmutableInitiative.Builder::withRevises).since(2)
            .optional("reviewDate", DATE, Initiative::reviewDate, ImmutableInitiative.Builder::withReviewDate).since(2)
            .optional("replaces", TEXT, Initiative::replaces, ImmutableInitiative.Builder::withReplaces).since(2)
            .optional("withdrawnFromPublication", TEXT, Initiative::withdrawnFromPublication,
                    ImmutableInitiative.Builder::withWithdrawnFromPublication).since(2)
            .defaulted("sources", list(object(SOURCE)), Initiative::sources, ImmutableInitiative.Builder::withSources,
                    Collection::isEmpty).since(2)
            .filled("rulesVersion", COUNT, Initiative::rulesVersion, ImmutableInitiative.Builder::withRulesVersion).since(2)
            .required("involvementPlan", object(INVOLVEMENT_PLAN), Initiative::involvementPlan,
                    ImmutableInitiative.Builder::withInvolvementPlan)
            .derived("status", code(CodeTable.INITIATIVE_STATUS), Initiative::status, (built, declared) -> follows(declared, built.status()))
            .defaulted("decisions", list(object(DECISION)), Initiative::decisions, ImmutableInitiative.Builder::withDecisions,
                    Collection::isEmpty).since(2)
            .replaced("assessment", object(DECISION), ImmutableInitiative.Builder::addDecisions)
            .defaulted("activities", list(object(ACTIVITY)), Initiative::activities, ImmutableInitiative.Builder::withActivities,
                    Collection::isEmpty).since(2)
            .optional("convention", object(CONVENTION), Initiative::convention, ImmutableInitiative.Builder::withConvention)
            .required("history", list(object(EVENT)), Initiative::history, ImmutableInitiative.Builder::withHistory)
            .declare();

    // Evaluations.

    /** A bilingual text. */
    public static final Shape<LocalizedText> TEXT_IN_TWO_LANGUAGES = Shape.ofParts(LocalizedText.class,
            "A text in English and in French.",
            parts -> LocalizedText.of((String) parts[0], (String) parts[1]))
            .part("english", TEXT, LocalizedText::english)
            .part("french", TEXT, LocalizedText::french)
            .declare();

    /** A point of a scale. */
    public static final Shape<ScalePoint> SCALE_POINT = Shape.of(ScalePoint.class,
            "A point of an ordinal scale: its value and its label.",
            ScalePoint::builder, ImmutableScalePoint.Builder::build)
            .required("value", INTEGER, ScalePoint::value, ImmutableScalePoint.Builder::withValue)
            .required("label", object(TEXT_IN_TWO_LANGUAGES), ScalePoint::label, ImmutableScalePoint.Builder::withLabel)
            .declare();

    /** A scale. */
    public static final Shape<Scale> SCALE = Shape.of(Scale.class,
            "How a criterion is scored (échelle): its kind, and the points of an ordinal scale.",
            Scale::builder, ImmutableScale.Builder::build)
            .required("kind", code(CodeTable.SCALE_KIND), Scale::kind, ImmutableScale.Builder::withKind)
            .defaulted("points", list(object(SCALE_POINT)), Scale::points, ImmutableScale.Builder::withPoints, Collection::isEmpty)
            .declare();

    /** A criterion. */
    public static final Shape<EvaluationCriterion> CRITERION = Shape.of(EvaluationCriterion.class,
            "An evaluation criterion (critère d'évaluation): its code, question, origin, dimension, scale and target.",
            EvaluationCriterion::builder, ImmutableEvaluationCriterion.Builder::build)
            .required("code", TEXT, EvaluationCriterion::code, ImmutableEvaluationCriterion.Builder::withCode)
            .required("name", object(TEXT_IN_TWO_LANGUAGES), EvaluationCriterion::name, ImmutableEvaluationCriterion.Builder::withName)
            .required("question", object(TEXT_IN_TWO_LANGUAGES), EvaluationCriterion::question,
                    ImmutableEvaluationCriterion.Builder::withQuestion)
            .required("origin", TEXT, EvaluationCriterion::origin, ImmutableEvaluationCriterion.Builder::withOrigin)
            .required("source", TEXT, EvaluationCriterion::source, ImmutableEvaluationCriterion.Builder::withSource)
            .required("dimension", code(CodeTable.DIMENSION), EvaluationCriterion::dimension,
                    ImmutableEvaluationCriterion.Builder::withDimension)
            .required("scale", object(SCALE), EvaluationCriterion::scale, ImmutableEvaluationCriterion.Builder::withScale)
            .optional("target", DECIMAL, EvaluationCriterion::target, ImmutableEvaluationCriterion.Builder::withTarget)
            .optional("iap2Level", code(CodeTable.IAP2_LEVEL), EvaluationCriterion::iap2Level,
                    ImmutableEvaluationCriterion.Builder::withIap2Level)
            .declare();

    /** A weighted criterion. */
    public static final Shape<WeightedCriterion> WEIGHTED = Shape.of(WeightedCriterion.class,
            "A criterion of a framework and its weight (pondération).",
            WeightedCriterion::builder, ImmutableWeightedCriterion.Builder::build)
            .required("criterion", object(CRITERION), WeightedCriterion::criterion, ImmutableWeightedCriterion.Builder::withCriterion)
            .required("weight", DECIMAL, WeightedCriterion::weight, ImmutableWeightedCriterion.Builder::withWeight)
            .declare();

    /** A framework. */
    public static final Shape<EvaluationFramework> FRAMEWORK = Shape.of(EvaluationFramework.class,
            "An evaluation framework (référentiel d'évaluation): its weighted criteria, versioned.",
            EvaluationFramework::builder, ImmutableEvaluationFramework.Builder::build)
            .required("id", TEXT, EvaluationFramework::id, ImmutableEvaluationFramework.Builder::withId)
            .required("name", TEXT, EvaluationFramework::name, ImmutableEvaluationFramework.Builder::withName)
            .required("version", TEXT, EvaluationFramework::version, ImmutableEvaluationFramework.Builder::withVersion)
            .required("criteria", list(object(WEIGHTED)), EvaluationFramework::criteria, ImmutableEvaluationFramework.Builder::withCriteria)
            .declare();

    /** A narrative session. */
    public static final Shape<NarrativeSession> SESSION = Shape.of(NarrativeSession.class,
            "A narrative evaluation session (séance de récit): who came, the frictions told and the lessons drawn.",
            NarrativeSession::builder, ImmutableNarrativeSession.Builder::build)
            .required("title", TEXT, NarrativeSession::title, ImmutableNarrativeSession.Builder::withTitle)
            .required("heldOn", DATE, NarrativeSession::heldOn, ImmutableNarrativeSession.Builder::withHeldOn)
            .required("attendeeCategories", distinct(code(CodeTable.ATTENDEE_CATEGORY), "read.repeat.category"),
                    NarrativeSession::attendeeCategories, ImmutableNarrativeSession.Builder::withAttendeeCategories)
            .required("frictions", list(TEXT), NarrativeSession::frictions, ImmutableNarrativeSession.Builder::withFrictions)
            .required("lessons", list(TEXT), NarrativeSession::lessons, ImmutableNarrativeSession.Builder::withLessons)
            .declare();

    /** A piece of evidence. */
    public static final Shape<Evidence> EVIDENCE = Shape.of(Evidence.class,
            "What supports a score (élément de preuve): its kind, a text, and where to find it.",
            Evidence::builder, ImmutableEvidence.Builder::build)
            .required("kind", code(CodeTable.EVIDENCE_KIND), Evidence::kind, ImmutableEvidence.Builder::withKind)
            .required("text", TEXT, Evidence::text, ImmutableEvidence.Builder::withText)
            .optional("reference", TEXT, Evidence::reference, ImmutableEvidence.Builder::withReference)
            .declare();

    /** A score. */
    public static final Shape<CriterionScore> SCORE = Shape.of(CriterionScore.class,
            "The score of one criterion (note): a value, or the reason it was not assessed, with its evidence.",
            CriterionScore::builder, ImmutableCriterionScore.Builder::build)
            .required("criterionCode", TEXT, CriterionScore::criterionCode, ImmutableCriterionScore.Builder::withCriterionCode)
            .optional("value", DECIMAL, CriterionScore::value, ImmutableCriterionScore.Builder::withValue)
            .optional("notAssessedReason", TEXT, CriterionScore::notAssessedReason, ImmutableCriterionScore.Builder::withNotAssessedReason)
            .required("evidence", list(object(EVIDENCE)), CriterionScore::evidence, ImmutableCriterionScore.Builder::withEvidence)
            .declare();

    /** A subject of evaluation. */
    public static final Shape<EvaluationSubject> SUBJECT = Shape.of(EvaluationSubject.class,
            "What an evaluation is about (objet évalué): an initiative or a policy, its territory and when it started.",
            EvaluationSubject::builder, ImmutableEvaluationSubject.Builder::build)
            .required("kind", code(CodeTable.SUBJECT_KIND), EvaluationSubject::kind, ImmutableEvaluationSubject.Builder::withKind)
            .required("reference", TEXT, EvaluationSubject::reference, ImmutableEvaluationSubject.Builder::withReference)
            .required("territory", object(TERRITORY), EvaluationSubject::territory, ImmutableEvaluationSubject.Builder::withTerritory)
            .required("startedOn", DATE, EvaluationSubject::startedOn, ImmutableEvaluationSubject.Builder::withStartedOn)
            .declare();

    /** An evaluation, a document of the format. */
    public static final Shape<Evaluation> EVALUATION = Shape.of(Evaluation.class,
            "An evaluation (évaluation): a subject scored against a framework by its evaluators, with effects and lessons.",
            Evaluation::builder, ImmutableEvaluation.Builder::build)
            .required("id", TEXT, Evaluation::id, ImmutableEvaluation.Builder::withId)
            .required("subject", object(SUBJECT), Evaluation::subject, ImmutableEvaluation.Builder::withSubject)
            .required("framework", object(FRAMEWORK), Evaluation::framework, ImmutableEvaluation.Builder::withFramework)
            .required("method", code(CodeTable.EVALUATION_METHOD), Evaluation::method, ImmutableEvaluation.Builder::withMethod)
            .optional("narrativeSession", object(SESSION), Evaluation::narrativeSession, ImmutableEvaluation.Builder::withNarrativeSession)
            .required("evaluators", list(object(ACTOR)), Evaluation::evaluators, ImmutableEvaluation.Builder::withEvaluators)
            .required("date", DATE, Evaluation::date, ImmutableEvaluation.Builder::withDate)
            .required("scores", list(object(SCORE)), Evaluation::scores, ImmutableEvaluation.Builder::withScores)
            .required("usefulEffects", list(TEXT), Evaluation::usefulEffects, ImmutableEvaluation.Builder::withUsefulEffects)
            .required("negativeExternalities", list(TEXT), Evaluation::negativeExternalities,
                    ImmutableEvaluation.Builder::withNegativeExternalities)
            .required("lessonsLearned", list(TEXT), Evaluation::lessonsLearned, ImmutableEvaluation.Builder::withLessonsLearned)
            .defaulted("sources", list(object(SOURCE)), Evaluation::sources, ImmutableEvaluation.Builder::withSources,
                    Collection::isEmpty).since(2)
            .filled("rulesVersion", COUNT, Evaluation::rulesVersion, ImmutableEvaluation.Builder::withRulesVersion).since(2)
            .declare();

    // What the model computes, for host systems to publish.

    /** A violation of a rule. */
    public static final Shape<Violation> VIOLATION = Shape.of(Violation.class,
            "A rule of the method broken (manquement): the rule, where, and the message in both languages.",
            Violation::builder, ImmutableViolation.Builder::build)
            .required("rule", RULE, Violation::rule, ImmutableViolation.Builder::withRule)
            .derived("severity", code(CodeTable.SEVERITY), Violation::severity, (built, declared) -> declared == built.severity() ? null
                    : Message.of("read.severity", built.ruleId(), Codes.code(built.severity())))
            .required("path", TEXT, Violation::path, ImmutableViolation.Builder::withPath)
            .required("englishMessage", TEXT, Violation::englishMessage, ImmutableViolation.Builder::withEnglishMessage)
            .required("frenchMessage", TEXT, Violation::frenchMessage, ImmutableViolation.Builder::withFrenchMessage)
            .declare();

    /** A validation report. */
    public static final Shape<ValidationReport> VALIDATION_REPORT = Shape.of(ValidationReport.class,
            "Every rule a record breaks (rapport de validation).",
            ValidationReport::builder, b -> b.build())
            .required("violations", list(object(VIOLATION)), ValidationReport::violations,
                    io.github.loosmethod.validation.ImmutableValidationReport.Builder::withViolations)
            .filled("catalogueVersion", COUNT, ValidationReport::catalogueVersion,
                    io.github.loosmethod.validation.ImmutableValidationReport.Builder::withCatalogueVersion).since(2)
            .declare();

    /** What one side contributes. */
    public static final Shape<SideContribution> SIDE_CONTRIBUTION = Shape.of(SideContribution.class,
            "What one side of a convention commits to (contribution): counts by kind and status, and totals by unit.",
            SideContribution::builder, ImmutableSideContribution.Builder::build)
            .required("side", code(CodeTable.SIDE), SideContribution::side, ImmutableSideContribution.Builder::withSide)
            .required("commitmentCount", COUNT, SideContribution::commitmentCount, ImmutableSideContribution.Builder::withCommitmentCount)
            .required("countByKind", codeMap(CodeTable.COMMITMENT_KIND, COUNT), SideContribution::countByKind,
                    ImmutableSideContribution.Builder::putAllCountByKind)
            .required("countByStatus", codeMap(CodeTable.COMMITMENT_STATUS, COUNT), SideContribution::countByStatus,
                    ImmutableSideContribution.Builder::putAllCountByStatus)
            .required("totals", codeMap(CodeTable.QUANTITY_UNIT, DECIMAL), SideContribution::totals,
                    ImmutableSideContribution.Builder::putAllTotals)
            .declare();

    /** A contribution report. */
    public static final Shape<ContributionReport> CONTRIBUTION_REPORT = Shape.of(ContributionReport.class,
            "The fifty-fifty balance of a convention (bilan des contributions): what each side commits to.",
            ContributionReport::builder, ImmutableContributionReport.Builder::build)
            .required("sides", list(object(SIDE_CONTRIBUTION)), report -> report.sides().values(), Shapes::bySide)
            .declare();

    private static void bySide(ImmutableContributionReport.Builder builder, Collection<SideContribution> sides) {
        Map<Side, SideContribution> bySide = new EnumMap<>(Side.class);
        for (SideContribution side : sides) {
            if (bySide.put(side.side(), side) != null) {
                throw new IllegalArgumentException("read.eachSideOnce");
            }
        }
        builder.putAllSides(bySide);
    }

    /** A line of a scorecard. */
    public static final Shape<ScoreLine> SCORE_LINE = Shape.of(ScoreLine.class,
            "The score of a dimension or of the whole (ligne de tableau de bord): coverage, score, and what is not comparable.",
            ScoreLine::builder, ImmutableScoreLine.Builder::build)
            .required("criteriaCount", COUNT, ScoreLine::criteriaCount, ImmutableScoreLine.Builder::withCriteriaCount)
            .required("assessedCount", COUNT, ScoreLine::assessedCount, ImmutableScoreLine.Builder::withAssessedCount)
            .required("coverage", DECIMAL, ScoreLine::coverage, ImmutableScoreLine.Builder::withCoverage)
            .optional("score", DECIMAL, ScoreLine::score, ImmutableScoreLine.Builder::withScore)
            .required("notComparable", list(TEXT), ScoreLine::notComparable, ImmutableScoreLine.Builder::withNotComparable)
            .declare();

    /** A scorecard. */
    public static final Shape<Scorecard> SCORECARD = Shape.of(Scorecard.class,
            "The scores of an evaluation by dimension and overall (tableau de bord).",
            Scorecard::builder, ImmutableScorecard.Builder::build)
            .required("evaluationId", TEXT, Scorecard::evaluationId, ImmutableScorecard.Builder::withEvaluationId)
            .required("frameworkId", TEXT, Scorecard::frameworkId, ImmutableScorecard.Builder::withFrameworkId)
            .required("frameworkVersion", TEXT, Scorecard::frameworkVersion, ImmutableScorecard.Builder::withFrameworkVersion)
            .required("dimensions", codeMap(CodeTable.DIMENSION, object(SCORE_LINE)), Scorecard::dimensions,
                    ImmutableScorecard.Builder::putAllDimensions)
            .required("overall", object(SCORE_LINE), Scorecard::overall, ImmutableScorecard.Builder::withOverall)
            .declare();

    /** Outcomes of commitments. */
    public static final Shape<CommitmentOutcomes> OUTCOMES = Shape.of(CommitmentOutcomes.class,
            "How many commitments of a side were fulfilled or breached (bilan des engagements).",
            CommitmentOutcomes::builder, ImmutableCommitmentOutcomes.Builder::build)
            .required("total", LONG_COUNT, CommitmentOutcomes::total, ImmutableCommitmentOutcomes.Builder::withTotal)
            .required("fulfilled", LONG_COUNT, CommitmentOutcomes::fulfilled, ImmutableCommitmentOutcomes.Builder::withFulfilled)
            .required("breached", LONG_COUNT, CommitmentOutcomes::breached, ImmutableCommitmentOutcomes.Builder::withBreached)
            .declare();

    /** Statistics of a criterion. */
    public static final Shape<CriterionStatistics> STATISTICS = Shape.of(CriterionStatistics.class,
            "The scores of one criterion across evaluations (statistiques): count, mean, spread and range.",
            CriterionStatistics::builder, ImmutableCriterionStatistics.Builder::build)
            .required("count", LONG_COUNT, CriterionStatistics::count, ImmutableCriterionStatistics.Builder::withCount)
            .required("mean", DECIMAL, CriterionStatistics::mean, ImmutableCriterionStatistics.Builder::withMean)
            .required("standardDeviation", DECIMAL, CriterionStatistics::standardDeviation,
                    ImmutableCriterionStatistics.Builder::withStandardDeviation)
            .required("min", DECIMAL, CriterionStatistics::min, ImmutableCriterionStatistics.Builder::withMin)
            .required("max", DECIMAL, CriterionStatistics::max, ImmutableCriterionStatistics.Builder::withMax)
            .declare();

    /** Portfolio indicators. */
    public static final Shape<PortfolioIndicators> PORTFOLIO = Shape.of(PortfolioIndicators.class,
            "Indicators across initiatives and evaluations (indicateurs de portefeuille), by year, kind, status, phase and side.",
            PortfolioIndicators::builder, ImmutablePortfolioIndicators.Builder::build)
            .required("initiativeCount", LONG_COUNT, PortfolioIndicators::initiativeCount,
                    ImmutablePortfolioIndicators.Builder::withInitiativeCount)
            .required("undatedCount", LONG_COUNT, PortfolioIndicators::undatedCount, ImmutablePortfolioIndicators.Builder::withUndatedCount)
            .required("countByYear", Kind.yearMap(LONG_COUNT), PortfolioIndicators::countByYear,
                    ImmutablePortfolioIndicators.Builder::putAllCountByYear)
            .required("countByKind", codeMap(CodeTable.INITIATIVE_KIND, LONG_COUNT), PortfolioIndicators::countByKind,
                    ImmutablePortfolioIndicators.Builder::putAllCountByKind)
            .defaulted("countByDomain", codeMap(CodeTable.TRANSITION_DOMAIN, LONG_COUNT), PortfolioIndicators::countByDomain,
                    ImmutablePortfolioIndicators.Builder::putAllCountByDomain, Map::isEmpty).since(2)
            .required("countByStatus", codeMap(CodeTable.INITIATIVE_STATUS, LONG_COUNT), PortfolioIndicators::countByStatus,
                    ImmutablePortfolioIndicators.Builder::putAllCountByStatus)
            .required("involvementProfile", codeMap(CodeTable.PROJECT_PHASE, codeMap(CodeTable.CO_CONSTRUCTION_LEVEL, LONG_COUNT)),
                    PortfolioIndicators::involvementProfile, ImmutablePortfolioIndicators.Builder::putAllInvolvementProfile)
            .required("commitments", codeMap(CodeTable.SIDE, object(OUTCOMES)), PortfolioIndicators::commitments,
                    ImmutablePortfolioIndicators.Builder::putAllCommitments)
            .required("contributions", codeMap(CodeTable.SIDE, codeMap(CodeTable.QUANTITY_UNIT, DECIMAL)),
                    PortfolioIndicators::contributions, ImmutablePortfolioIndicators.Builder::putAllContributions)
            .required("evaluationCount", LONG_COUNT, PortfolioIndicators::evaluationCount,
                    ImmutablePortfolioIndicators.Builder::withEvaluationCount)
            .required("criteria", Kind.textMap(object(STATISTICS)), PortfolioIndicators::criteria,
                    ImmutablePortfolioIndicators.Builder::putAllCriteria)
            .declare();

    /** Every type of the format. */
    public static final List<Shape<?>> ALL = List.of(IDENTIFIER, SOURCE, TERRITORY, ACTOR, PURPOSE, INVOLVEMENT_PLAN, LEVEL_MAPPING, COUNCIL_VOTE,
            VOTE_RESULT, RESIDENTS_VOTE, DECISION, ACTIVITY, EVENT,
            QUANTITY, STATUS_CHANGE, COMMITMENT, SIGNATURE, CONVENTION, INITIATIVE, TEXT_IN_TWO_LANGUAGES, SCALE_POINT, SCALE,
            CRITERION, WEIGHTED, FRAMEWORK, SESSION, EVIDENCE, SCORE, SUBJECT, EVALUATION, VIOLATION, VALIDATION_REPORT,
            SIDE_CONTRIBUTION, CONTRIBUTION_REPORT, SCORE_LINE, SCORECARD, OUTCOMES, STATISTICS, PORTFOLIO);

    private static final Map<Class<?>, Shape<?>> BY_TYPE = new LinkedHashMap<>();

    static {
        ALL.forEach(shape -> BY_TYPE.put(shape.type(), shape));
    }

    @SuppressWarnings("unchecked")
    private static <E> Collection<E> uncheckedCollection(Object collection) {
        return (Collection<E>) collection;
    }

    /**
     * Finds the declaration of a type of the model, or of the type a generated class extends.
     *
     * @param <T> the type
     * @param type the type, not null
     * @return the declaration, or empty if the format does not cover the type
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<Shape<T>> of(Class<T> type) {
        java.util.Objects.requireNonNull(type, "type");
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Shape<?> shape = BY_TYPE.get(c);
            if (shape != null) {
                return Optional.of((Shape<T>) shape);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the declaration of a type of the model.
     *
     * @param <T> the type
     * @param type the type, not null
     * @return the declaration, never null
     * @throws IllegalArgumentException if the format does not cover the type
     */
    public static <T> Shape<T> require(Class<T> type) {
        return of(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " is not a type of the Loos method model that the JSON format covers"));
    }
}
