package io.github.loosmethod.initiative;

import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.MineDeSoleil;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One worked case per kind of initiative, in every status its lifecycle can reach, with the
 * actors who may move it: the ground the lifecycle tests stand on. Every fixture is built through
 * the lifecycle operations from the testkit's worked cases.
 */
final class KindFixtures {

    /** Later than every event of every fixture and after every convention's end. */
    static final Instant LATER = at(LocalDate.of(2030, 1, 7), 10);
    static final LocalDate LATER_DAY = LocalDate.of(2030, 1, 7);
    static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);

    /**
     * The actors of one kind's case.
     *
     * @param kind the kind
     * @param applicant an applicant, one who does not act for the town where the case has one
     * @param town an actor of the town who is not an applicant
     * @param decider who decides for this kind
     * @param townSigner who may sign the convention for the town and has not signed it in the case's accepted fixture
     * @param townSigningDay a day the town may sign the case's convention, when it has one
     */
    record Cast(InitiativeKind kind, Actor applicant, Actor town, Actor decider, Actor townSigner,
            Optional<LocalDate> townSigningDay) {

        /** A decision of this kind's decider, with what the kind's rules ask of it (reference, votes). */
        Decision decision(DecisionOutcome outcome, Instant at) {
            return decision(decider, outcome, at);
        }

        /** A decision by anyone, with what the kind's rules ask of it but the decider. */
        Decision decision(Actor by, DecisionOutcome outcome, Instant at) {
            ImmutableDecision.Builder decision = Decision.builder().withDecidedBy(by).withDecidedAt(at).withOutcome(outcome)
                    .addReasons("Decided " + outcome);
            switch (kind) {
                case MUNICIPAL_PROJECT:
                case CO_CONSTRUCTED_POLICY:
                    boolean carries = outcome != DecisionOutcome.REJECTED;
                    return decision.withReference("Délibération n° 2030-001")
                            .withCouncilVote(carries ? CouncilVote.of(25, 0, 4) : CouncilVote.of(4, 23, 2)).build();
                case CITIZEN_LED:
                    return decision.withResidentsVote(ResidentsVote.builder().withElectorate("Shareholders").withVoters(50)
                            .addResults(VoteResult.of("yes", 40), VoteResult.of("no", 10)).build()).build();
                default:
                    return decision.build();
            }
        }

        /** The town's signature of the case's convention. */
        Signature townSignature() {
            return Signature.of(Side.TOWN, townSigner, townSigningDay.orElse(LATER_DAY));
        }
    }

    static final Map<InitiativeKind, Cast> CASTS = casts();
    static final Map<InitiativeKind, Map<InitiativeStatus, Initiative>> FIXTURES = fixtures();

    private KindFixtures() {
    }

    private static Map<InitiativeKind, Cast> casts() {
        Map<InitiativeKind, Cast> casts = new EnumMap<>(InitiativeKind.class);
        casts.put(InitiativeKind.FIFTY_FIFTY, new Cast(InitiativeKind.FIFTY_FIFTY, EmileBaslyPlayground.SCHOOL,
                EmileBaslyPlayground.COUNCILLOR, EmileBaslyPlayground.COUNCILLOR, EmileBaslyPlayground.COUNCILLOR,
                Optional.of(EmileBaslyPlayground.CONVENTION_START)));
        // The partner agreement of the accepted fixture is signed by the mayor already; the council co-signs.
        casts.put(InitiativeKind.MUNICIPAL_PROJECT, new Cast(InitiativeKind.MUNICIPAL_PROJECT, TownHallSquare.GARDENERS,
                LoosEnGohelle.MAYOR, LoosEnGohelle.MUNICIPAL_COUNCIL, LoosEnGohelle.MUNICIPAL_COUNCIL,
                Optional.of(TownHallSquare.AGREEMENT_START)));
        casts.put(InitiativeKind.CITIZEN_LED, new Cast(InitiativeKind.CITIZEN_LED, MineDeSoleil.COMPANY, LoosEnGohelle.MAYOR,
                MineDeSoleil.COMPANY, LoosEnGohelle.MAYOR, Optional.of(MineDeSoleil.AGREEMENT_START)));
        casts.put(InitiativeKind.CO_CONSTRUCTED_POLICY, new Cast(InitiativeKind.CO_CONSTRUCTED_POLICY, LoosEnGohelle.MUNICIPALITY,
                LoosEnGohelle.MAYOR, LoosEnGohelle.MUNICIPAL_COUNCIL, LoosEnGohelle.MAYOR, Optional.empty()));
        return Collections.unmodifiableMap(casts);
    }

    private static Map<InitiativeKind, Map<InitiativeStatus, Initiative>> fixtures() {
        Map<InitiativeKind, Map<InitiativeStatus, Initiative>> all = new EnumMap<>(InitiativeKind.class);
        all.put(InitiativeKind.FIFTY_FIFTY, fiftyFifty());
        all.put(InitiativeKind.MUNICIPAL_PROJECT, municipal());
        all.put(InitiativeKind.CITIZEN_LED, citizenLed());
        all.put(InitiativeKind.CO_CONSTRUCTED_POLICY, policy());
        return Collections.unmodifiableMap(all);
    }

    private static Map<InitiativeStatus, Initiative> fiftyFifty() {
        Actor councillor = EmileBaslyPlayground.COUNCILLOR;
        Map<InitiativeStatus, Initiative> fixtures = new EnumMap<>(InitiativeStatus.class);
        fixtures.put(InitiativeStatus.DRAFT, EmileBaslyPlayground.draft());
        fixtures.put(InitiativeStatus.SUBMITTED, EmileBaslyPlayground.submitted());
        fixtures.put(InitiativeStatus.UNDER_ASSESSMENT, EmileBaslyPlayground.underAssessment());
        fixtures.put(InitiativeStatus.ACCEPTED, EmileBaslyPlayground.conventionDrafted());
        fixtures.put(InitiativeStatus.REJECTED, EmileBaslyPlayground.underAssessment().reject(
                CASTS.get(InitiativeKind.FIFTY_FIFTY).decision(DecisionOutcome.REJECTED, at(LocalDate.of(2022, 3, 7), 18))));
        fixtures.put(InitiativeStatus.AGREED, EmileBaslyPlayground.agreed());
        fixtures.put(InitiativeStatus.IN_PROGRESS, EmileBaslyPlayground.inProgress());
        fixtures.put(InitiativeStatus.DELIVERED, EmileBaslyPlayground.delivered());
        fixtures.put(InitiativeStatus.IN_STEWARDSHIP, EmileBaslyPlayground.inStewardship());
        fixtures.put(InitiativeStatus.CLOSED, EmileBaslyPlayground.closed());
        Initiative suspended = breach(EmileBaslyPlayground.inProgress(), LocalDate.of(2022, 4, 20))
                .suspend(councillor, at(LocalDate.of(2022, 4, 20), 18), "Asphalt removal abandoned");
        fixtures.put(InitiativeStatus.SUSPENDED, suspended);
        fixtures.put(InitiativeStatus.TERMINATED, suspended.terminate(councillor, at(LocalDate.of(2022, 6, 1), 9),
                "No volunteer left"));
        fixtures.put(InitiativeStatus.WITHDRAWN, EmileBaslyPlayground.submitted().withdraw(EmileBaslyPlayground.SCHOOL,
                at(LocalDate.of(2022, 2, 15), 9), "The class prefers another project"));
        fixtures.put(InitiativeStatus.ABANDONED, EmileBaslyPlayground.conventionDrafted().abandon(councillor,
                at(LocalDate.of(2022, 3, 12), 9), "The school's building works leave no room for the playground this year"));
        return Collections.unmodifiableMap(fixtures);
    }

    private static Map<InitiativeStatus, Initiative> municipal() {
        Map<InitiativeStatus, Initiative> fixtures = new EnumMap<>(InitiativeStatus.class);
        fixtures.put(InitiativeStatus.DRAFT, TownHallSquare.draft());
        // Approved with its partner agreement signed: the works start from there.
        fixtures.put(InitiativeStatus.ACCEPTED, TownHallSquare.agreementSigned());
        fixtures.put(InitiativeStatus.REJECTED, TownHallSquare.draft().reject(CASTS.get(InitiativeKind.MUNICIPAL_PROJECT)
                .decision(DecisionOutcome.REJECTED, at(LocalDate.of(2021, 6, 28), 19))));
        fixtures.put(InitiativeStatus.IN_PROGRESS, TownHallSquare.inProgress());
        fixtures.put(InitiativeStatus.DELIVERED, TownHallSquare.delivered());
        fixtures.put(InitiativeStatus.CLOSED, TownHallSquare.closed());
        fixtures.put(InitiativeStatus.ABANDONED, TownHallSquare.abandoned());
        return Collections.unmodifiableMap(fixtures);
    }

    private static Map<InitiativeStatus, Initiative> citizenLed() {
        Actor mayor = LoosEnGohelle.MAYOR;
        Map<InitiativeStatus, Initiative> fixtures = new EnumMap<>(InitiativeStatus.class);
        fixtures.put(InitiativeStatus.DRAFT, MineDeSoleil.draft());
        fixtures.put(InitiativeStatus.ACCEPTED, MineDeSoleil.agreementDrafted());
        fixtures.put(InitiativeStatus.REJECTED, MineDeSoleil.draft().reject(CASTS.get(InitiativeKind.CITIZEN_LED)
                .decision(DecisionOutcome.REJECTED, at(LocalDate.of(2019, 6, 22), 20))));
        fixtures.put(InitiativeStatus.AGREED, MineDeSoleil.agreed());
        fixtures.put(InitiativeStatus.IN_PROGRESS, MineDeSoleil.inProgress());
        fixtures.put(InitiativeStatus.DELIVERED, MineDeSoleil.delivered());
        fixtures.put(InitiativeStatus.IN_STEWARDSHIP, MineDeSoleil.inStewardship());
        fixtures.put(InitiativeStatus.CLOSED, MineDeSoleil.closed());
        Initiative suspended = breach(MineDeSoleil.inProgress(), LocalDate.of(2020, 2, 20))
                .suspend(mayor, at(LocalDate.of(2020, 2, 21), 9), "The installer left the site");
        fixtures.put(InitiativeStatus.SUSPENDED, suspended);
        fixtures.put(InitiativeStatus.TERMINATED, suspended.terminate(mayor, at(LocalDate.of(2020, 9, 1), 9),
                "No installer found; the roofs are taken back"));
        fixtures.put(InitiativeStatus.WITHDRAWN, MineDeSoleil.decided().withdraw(MineDeSoleil.COMPANY,
                at(LocalDate.of(2019, 7, 1), 9), "The shareholders prefer a private roof"));
        fixtures.put(InitiativeStatus.ABANDONED, MineDeSoleil.agreed().abandon(mayor, at(LocalDate.of(2019, 10, 1), 9),
                "The roofs must be rebuilt first"));
        return Collections.unmodifiableMap(fixtures);
    }

    private static Map<InitiativeStatus, Initiative> policy() {
        Map<InitiativeStatus, Initiative> fixtures = new EnumMap<>(InitiativeStatus.class);
        // Without the draft's review date, which its adoption at LATER would come after (M9).
        Initiative draft = Initiative.builder().from(LivingEnvironmentCharter.draft()).withReviewDate(Optional.empty()).build();
        fixtures.put(InitiativeStatus.DRAFT, draft);
        fixtures.put(InitiativeStatus.IN_FORCE, LivingEnvironmentCharter.inForce());
        fixtures.put(InitiativeStatus.REJECTED, LivingEnvironmentCharter.draft().reject(
                CASTS.get(InitiativeKind.CO_CONSTRUCTED_POLICY).decision(DecisionOutcome.REJECTED, at(LocalDate.of(2000, 4, 6), 20))));
        fixtures.put(InitiativeStatus.REPEALED, LivingEnvironmentCharter.repealed());
        fixtures.put(InitiativeStatus.SUPERSEDED, LivingEnvironmentCharter.superseded());
        fixtures.put(InitiativeStatus.ABANDONED, LivingEnvironmentCharter.draft().abandon(LoosEnGohelle.MAYOR,
                at(LocalDate.of(2000, 3, 20), 9), "Municipal elections ahead; the charter waits for the new council"));
        return Collections.unmodifiableMap(fixtures);
    }

    /** Breaches the first commitment that can be breached. */
    static Initiative breach(Initiative initiative, LocalDate on) {
        Commitment target = initiative.convention().orElseThrow().commitments().stream()
                .filter(c -> c.status().canMoveTo(CommitmentStatus.BREACHED)).findFirst().orElseThrow();
        return initiative.recordCommitmentStatus(target.id(), CommitmentStatus.BREACHED, on, "Not kept");
    }

    /** Takes every breached commitment up again. */
    static Initiative remedy(Initiative initiative, LocalDate on) {
        Initiative result = initiative;
        for (Commitment c : initiative.convention().orElseThrow().commitments()) {
            if (c.status() == CommitmentStatus.BREACHED) {
                result = result.recordCommitmentStatus(c.id(), CommitmentStatus.IN_PROGRESS, on, "Taken up again");
            }
        }
        return result;
    }

    /** Who a step's party admits, among the cast: the actor the lifecycle expects for it. */
    static Actor entitled(Cast cast, Lifecycle.Party party) {
        switch (party) {
            case APPLICANTS:
            case APPLICANTS_OR_TOWN:
                return cast.applicant();
            case TOWN:
                return cast.town();
            default:
                return cast.decider();
        }
    }

    /**
     * Attempts a transition with arguments that satisfy every guard but the status and party ones:
     * the actor {@code by} makes it, a decision is the kind's decider's, a signature the town's.
     * Suspension breaches a commitment first and resumption remedies it, when the status allows them.
     */
    static Initiative attempt(Initiative initiative, Transition transition, Actor by) {
        Cast cast = CASTS.get(initiative.kind());
        boolean allowed = initiative.lifecycle().sources(transition).contains(initiative.status());
        switch (transition) {
            case SUBMIT:
                return initiative.submit(by, LATER, "Handing in");
            case START_ASSESSMENT:
                return initiative.startAssessment(by, LATER, "Analysing");
            case ACCEPT:
                return initiative.accept(cast.decision(DecisionOutcome.ACCEPTED, LATER));
            case REJECT:
                return initiative.reject(cast.decision(DecisionOutcome.REJECTED, LATER));
            case REQUEST_REWORK:
                return initiative.requestRework(cast.decision(DecisionOutcome.REWORK_REQUESTED, LATER));
            case ADOPT:
                return initiative.adopt(cast.decision(DecisionOutcome.ADOPTED, LATER));
            case REPEAL:
                return initiative.repeal(cast.decision(DecisionOutcome.REPEALED, LATER));
            case SIGN:
                return initiative.sign(cast.townSignature(), LATER, "Signed at the town hall");
            case START_WORK:
                return initiative.startWork(by, LATER, "Starting");
            case DELIVER:
                return initiative.deliver(by, LATER, "Done");
            case START_STEWARDSHIP:
                return initiative.startStewardship(by, LATER, "Looking after it");
            case CLOSE:
                return initiative.close(by, LATER, "Convention ended");
            case SUSPEND:
                return (allowed ? breach(initiative, LATER_DAY) : initiative).suspend(by, LATER, "Breach");
            case RESUME:
                return (allowed ? remedy(initiative, LATER_DAY) : initiative).resume(by, LATER, "Remedied");
            case TERMINATE:
                return initiative.terminate(by, LATER, "Ending");
            case WITHDRAW:
                return initiative.withdraw(by, LATER, "Giving up");
            case SUPERSEDE:
                return initiative.supersede(by, LATER, "Replaced by a revised version");
            case ABANDON:
                return initiative.abandon(by, LATER, "Given up by the town");
            default:
                throw new AssertionError(transition);
        }
    }

    /** Attempts a transition by the actor its step expects in this kind (or, without a step, by any of the kind's). */
    static Initiative attempt(Initiative initiative, Transition transition) {
        Cast cast = CASTS.get(initiative.kind());
        Lifecycle.Party party = initiative.lifecycle().steps(transition).stream()
                .filter(s -> s.from() == initiative.status()).findFirst()
                .or(() -> initiative.lifecycle().steps(transition).stream().findFirst())
                .map(Lifecycle.Step::party).orElse(Lifecycle.Party.APPLICANTS);
        return attempt(initiative, transition, entitled(cast, party));
    }
}
