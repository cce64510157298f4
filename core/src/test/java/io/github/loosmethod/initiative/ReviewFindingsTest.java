package io.github.loosmethod.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ParticipationActivity;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import io.github.loosmethod.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Records a host may hold, built by hand or read from format version 1, never leave an operation stuck or throwing. */
class ReviewFindingsTest {

    private static final Instant LATER = Instant.parse("2030-01-01T10:00:00Z");

    /** A municipal project whose history, as format version 1 wrote it, followed the fifty-fifty's lifecycle to UNDER_ASSESSMENT. */
    private static Initiative legacyMunicipalProject() {
        Initiative fiftyFifty = EmileBaslyPlayground.underAssessment();
        return Initiative.builder().from(fiftyFifty).withKind(InitiativeKind.MUNICIPAL_PROJECT).build();
    }

    @Test
    void a_record_left_outside_its_kinds_lifecycle_can_still_be_abandoned_by_the_town_and_is_warned_of() {
        Initiative legacy = legacyMunicipalProject();
        assertThat(legacy.validate().violations()).extracting(Violation::ruleId).contains("M10");

        Initiative abandoned = legacy.abandon(LoosEnGohelle.MAYOR, LATER, "Record of the old system, closed in the new one");

        assertThat(abandoned.status()).isEqualTo(InitiativeStatus.ABANDONED);
        assertThat(catchThrowableOfType(TransitionRefusedException.class,
                () -> legacy.abandon(EmileBaslyPlayground.SCHOOL, LATER, "x")).report().ruleIds()).containsExactly("L2");
        // Within its lifecycle, a kind's own steps only: a municipal project in progress is abandoned as its table says.
        assertThat(Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT).stepFrom(Transition.ABANDON, InitiativeStatus.DELIVERED)).isEmpty();
    }

    @Test
    void a_record_suspended_outside_its_kinds_lifecycle_is_refused_resumption_not_thrown_and_may_be_abandoned() {
        // A municipal project that format version 1 drove through the fifty-fifty's lifecycle to a suspension.
        Initiative suspended = Initiative.builder().from(KindFixtures.FIXTURES.get(InitiativeKind.FIFTY_FIFTY)
                .get(InitiativeStatus.SUSPENDED)).withKind(InitiativeKind.MUNICIPAL_PROJECT).build();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> suspended.resume(LoosEnGohelle.MAYOR, LATER, "Resume"));

        assertThat(refused).isNotNull();
        assertThat(refused.report().ruleIds()).contains("L1");
        assertThat(suspended.abandon(LoosEnGohelle.MAYOR, LATER, "Closed in the new system").status())
                .isEqualTo(InitiativeStatus.ABANDONED);
    }

    @Test
    void drafting_a_convention_reports_the_stewardship_ending_early_in_the_same_round() {
        Initiative accepted = EmileBaslyPlayground.accepted();
        Convention draft = EmileBaslyPlayground.convention();
        Convention early = Convention.builder().from(draft).withCommitments(draft.commitments().stream()
                .map(c -> c.kind() == CommitmentKind.STEWARDSHIP ? Commitment.builder().from(c).withDueDate(draft.startDate()).build() : c)
                .collect(java.util.stream.Collectors.toList())).build();

        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class, () -> accepted.draftConvention(early));

        assertThat(refused).isNotNull();
        assertThat(refused.report().ruleIds()).contains("R12");
    }

    @Test
    void a_public_partner_co_signing_for_the_town_may_hold_a_town_side_commitment() {
        Actor ademe = Actor.of("ademe", "ADEME Hauts-de-France", ActorKind.PUBLIC_PARTNER);
        Initiative signed = TownHallSquare.closed();
        Convention agreement = signed.convention().orElseThrow();
        Commitment funding = Commitment.builder().withId("ademe-funding").withSide(Side.TOWN).withResponsible(ademe)
                .withKind(CommitmentKind.FUNDING).withDescription("Co-funding of the trees").build();
        Initiative withPartner = Initiative.builder().from(signed).withConvention(Convention.builder().from(agreement)
                .addCommitment(funding).build()).build();

        assertThat(withPartner.validate().violations()).extracting(Violation::ruleId).doesNotContain("M2");
        Commitment byAStranger = Commitment.builder().from(funding).withResponsible(Actor.of("x", "X", ActorKind.COMPANY)).build();
        Initiative stranger = Initiative.builder().from(signed).withConvention(Convention.builder().from(agreement)
                .addCommitment(byAStranger).build()).build();
        assertThat(stranger.validate().violations()).extracting(Violation::ruleId).contains("M2");
    }

    @Test
    void an_evaluation_session_after_the_closing_is_recorded_and_nothing_else_is() {
        Initiative closed = TownHallSquare.closed();
        ParticipationActivity session = ParticipationActivity.builder().withId("taidx-2024").withKind(ActivityKind.NARRATIVE_SESSION)
                .withTitle("Ch'ti TAIDx on the square").withHeldOn(LocalDate.of(2024, 5, 17)).withPhase(ProjectPhase.EVALUATION)
                .withLevel(CoConstructionLevel.CONCERTATION).build();

        assertThat(closed.recordActivity(session).activities()).contains(session);
        ParticipationActivity late = ParticipationActivity.builder().from(session).withId("late-workshop").withPhase(ProjectPhase.DESIGN)
                .build();
        assertThat(catchThrowableOfType(TransitionRefusedException.class, () -> closed.recordActivity(late)).report().ruleIds())
                .containsExactly("L1");
    }
}
