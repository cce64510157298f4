package io.github.loosmethod.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import io.github.loosmethod.validation.Rule;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The values of version 2 a host relies on: votes, theme mappings, lifecycles as data, readiness, revisions. */
class NewValuesTest {

    @Test
    void a_council_vote_carries_with_more_for_than_against_and_counts_no_negative_or_empty_vote() {
        assertThat(CouncilVote.of(12, 11, 6).carries()).isTrue();
        assertThat(CouncilVote.of(11, 11, 6).carries()).isFalse();
        assertThat(CouncilVote.of(0, 0, 1).carries()).isFalse();
        assertThat(CouncilVote.of(1, 0, 0).carries()).isTrue();
        for (int[] counts : new int[][] {{-1, 0, 1}, {1, -1, 0}, {1, 0, -1}, {0, 0, 0}}) {
            assertThatThrownBy(() -> CouncilVote.of(counts[0], counts[1], counts[2])).isInstanceOf(InvalidValueException.class);
        }
        assertThat(CouncilVote.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).carries()).isFalse();
    }

    @Test
    void a_residents_vote_may_have_every_eligible_voter_and_an_option_chosen_by_all() {
        ResidentsVote all = ResidentsVote.builder().withElectorate("Members").withEligible(40L).withVoters(40)
                .addResults(VoteResult.of("yes", 40), VoteResult.of("no", 0)).build();

        assertThat(all.voters()).isEqualTo(40);
        assertThatThrownBy(() -> ResidentsVote.builder().from(all).withVoters(41).build()).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("eligible"));
        assertThatThrownBy(() -> ResidentsVote.builder().from(all).withEligible(java.util.Optional.empty()).withVoters(39).build())
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("results[0].votes"));
        assertThatThrownBy(() -> ResidentsVote.builder().from(all).withVoters(-1).build()).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_town_maps_its_themes_onto_the_domains_and_an_initiative_counts_under_both() {
        ThemeDomains mapping = ThemeDomains.of(Map.of("flowers", EnumSet.of(TransitionDomain.BIODIVERSITY),
                "street", EnumSet.of(TransitionDomain.MOBILITY, TransitionDomain.LOCAL_DEMOCRACY)));
        Initiative boxes = Initiative.builder().from(StreetFlowerBoxes.draft()).withDomains(Set.of(TransitionDomain.FOOD)).build();

        assertThat(mapping.domainsOf(boxes)).containsExactly(TransitionDomain.LOCAL_DEMOCRACY, TransitionDomain.FOOD,
                TransitionDomain.BIODIVERSITY, TransitionDomain.MOBILITY);
        assertThat(ThemeDomains.none().domainsOf(boxes)).containsExactly(TransitionDomain.FOOD);
        assertThat(mapping.domainsByTheme().firstKey()).isEqualTo("flowers");
        assertThat(mapping).isEqualTo(ThemeDomains.of(Map.of("street", EnumSet.of(TransitionDomain.LOCAL_DEMOCRACY,
                TransitionDomain.MOBILITY), "flowers", EnumSet.of(TransitionDomain.BIODIVERSITY))))
                .hasSameHashCodeAs(ThemeDomains.of(Map.of("street", EnumSet.of(TransitionDomain.LOCAL_DEMOCRACY, TransitionDomain.MOBILITY),
                        "flowers", EnumSet.of(TransitionDomain.BIODIVERSITY))))
                .isNotEqualTo(ThemeDomains.none()).isNotEqualTo("a mapping");
        assertThat(mapping.toString()).contains("flowers").contains("BIODIVERSITY");
        assertThatThrownBy(() -> ThemeDomains.of(Map.of("trees", EnumSet.noneOf(TransitionDomain.class))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one domain");
        assertThatThrownBy(() -> ThemeDomains.of(Map.of(" ", EnumSet.of(TransitionDomain.FOOD)))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_convention_may_still_come_only_before_the_agreement_and_the_works_and_never_for_a_policy() {
        Lifecycle fiftyFifty = Lifecycle.of(InitiativeKind.FIFTY_FIFTY);
        assertThat(EnumSet.allOf(InitiativeStatus.class).stream().filter(fiftyFifty::mayStillDraftConvention))
                .containsExactlyInAnyOrder(InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_ASSESSMENT,
                        InitiativeStatus.ACCEPTED);
        Lifecycle municipal = Lifecycle.of(InitiativeKind.MUNICIPAL_PROJECT);
        assertThat(EnumSet.allOf(InitiativeStatus.class).stream().filter(municipal::mayStillDraftConvention))
                .containsExactlyInAnyOrder(InitiativeStatus.DRAFT, InitiativeStatus.ACCEPTED);
        Lifecycle policy = Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY);
        assertThat(EnumSet.allOf(InitiativeStatus.class).stream().filter(policy::mayStillDraftConvention)).isEmpty();
    }

    @Test
    void the_path_to_a_step_is_the_shortest_one_and_the_steps_are_found_exactly() {
        Lifecycle fiftyFifty = Lifecycle.of(InitiativeKind.FIFTY_FIFTY);

        assertThat(fiftyFifty.pathTo(InitiativeStatus.DRAFT, Transition.START_WORK)).extracting(Lifecycle.Step::transition)
                .containsExactly(Transition.SUBMIT, Transition.START_ASSESSMENT, Transition.ACCEPT, Transition.SIGN);
        assertThat(fiftyFifty.pathTo(InitiativeStatus.AGREED, Transition.START_WORK)).isEmpty();
        assertThat(fiftyFifty.pathTo(InitiativeStatus.CLOSED, Transition.START_WORK)).isEmpty();
        assertThat(fiftyFifty.step(Transition.SIGN, InitiativeStatus.ACCEPTED, InitiativeStatus.AGREED)).isPresent();
        assertThat(fiftyFifty.step(Transition.SIGN, InitiativeStatus.ACCEPTED, InitiativeStatus.IN_PROGRESS)).isEmpty();
        assertThat(fiftyFifty.step(Transition.START_WORK, InitiativeStatus.ACCEPTED, InitiativeStatus.IN_PROGRESS)).isEmpty();
        assertThat(fiftyFifty.step(Transition.DELIVER, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED).orElseThrow().party())
                .isEqualTo(Lifecycle.Party.APPLICANTS_OR_TOWN);
        assertThat(fiftyFifty.toString()).startsWith("Lifecycle of FIFTY_FIFTY").contains("DRAFT -SUBMIT-> SUBMITTED by APPLICANTS");
        Lifecycle.Step bare = new Lifecycle.Step(Transition.SUBMIT, InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
                Lifecycle.Party.APPLICANTS, Set.of(), Set.of());
        assertThat(bare.guards()).isEmpty();
        assertThat(bare.rules()).isEmpty();
        Set<Rule> guards = EnumSet.of(Rule.L1);
        Lifecycle.Step copied = new Lifecycle.Step(Transition.SUBMIT, InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
                Lifecycle.Party.APPLICANTS, guards, EnumSet.of(Rule.R1));
        guards.add(Rule.L2);
        assertThat(copied.guards()).containsExactly(Rule.L1);
        assertThat(copied.rules()).containsExactly(Rule.R1);
    }

    @Test
    void readiness_to_sign_tells_the_missing_convention_or_what_the_agreement_will_refuse() {
        Instant later = Instant.parse("2030-01-01T10:00:00Z");
        assertThat(EmileBaslyPlayground.accepted().readiness(Transition.SIGN, LoosEnGohelle.MAYOR, later).ruleIds()).containsExactly("L6");
        assertThat(EmileBaslyPlayground.agreed().readiness(Transition.START_WORK, EmileBaslyPlayground.SCHOOL, later).isValid()).isTrue();
        // A municipal project's agreement never makes it agreed: no agreement rules to tell, the signature is ready.
        assertThat(TownHallSquare.agreementDrafted().readiness(Transition.SIGN, LoosEnGohelle.MAYOR, later).isValid()).isTrue();
        Initiative drafted = EmileBaslyPlayground.accepted().draftConvention(EmileBaslyPlayground.convention());
        assertThat(drafted.readiness(Transition.SIGN, LoosEnGohelle.MAYOR, later).isValid()).isTrue();
    }

    @Test
    void only_a_policy_in_force_is_revised() {
        Initiative inForce = LivingEnvironmentCharter.inForce();
        assertThat(inForce.draftRevision("charte-2").revises()).contains(inForce.id());
        assertThat(catchL1(() -> LivingEnvironmentCharter.draft().draftRevision("charte-2"))).isTrue();
        assertThat(catchL1(() -> EmileBaslyPlayground.closed().draftRevision("other"))).isTrue();
        assertThatThrownBy(() -> inForce.draftRevision(inForce.id())).isInstanceOf(InvalidValueException.class);
    }

    private static boolean catchL1(Runnable attempt) {
        try {
            attempt.run();
            throw new AssertionError("not refused");
        } catch (TransitionRefusedException refused) {
            assertThat(refused.report().ruleIds()).containsExactly("L1");
            return true;
        }
    }

    @Test
    void actors_seen_again_with_the_same_description_are_no_clash() {
        Actor copy = Actor.builder().from(StreetFlowerBoxes.ASSOCIATION).build();
        Initiative twice = Initiative.builder().from(StreetFlowerBoxes.draft()).withApplicants(List.of(copy)).build();
        assertThat(twice.validate(EnumSet.of(Rule.M1)).violations()).isEmpty();
    }
}
