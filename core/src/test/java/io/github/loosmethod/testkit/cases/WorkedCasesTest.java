package io.github.loosmethod.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Transition;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkedCasesTest {

    static Stream<Arguments> emileBaslyStages() {
        return Stream.of(
                Arguments.of("draft", (Supplier<Initiative>) EmileBaslyPlayground::draft, InitiativeStatus.DRAFT),
                Arguments.of("submitted", (Supplier<Initiative>) EmileBaslyPlayground::submitted, InitiativeStatus.SUBMITTED),
                Arguments.of("under assessment", (Supplier<Initiative>) EmileBaslyPlayground::underAssessment, InitiativeStatus.UNDER_ASSESSMENT),
                Arguments.of("accepted", (Supplier<Initiative>) EmileBaslyPlayground::accepted, InitiativeStatus.ACCEPTED),
                Arguments.of("convention drafted", (Supplier<Initiative>) EmileBaslyPlayground::conventionDrafted, InitiativeStatus.ACCEPTED),
                Arguments.of("agreed", (Supplier<Initiative>) EmileBaslyPlayground::agreed, InitiativeStatus.AGREED),
                Arguments.of("in progress", (Supplier<Initiative>) EmileBaslyPlayground::inProgress, InitiativeStatus.IN_PROGRESS),
                Arguments.of("delivered", (Supplier<Initiative>) EmileBaslyPlayground::delivered, InitiativeStatus.DELIVERED),
                Arguments.of("in stewardship", (Supplier<Initiative>) EmileBaslyPlayground::inStewardship, InitiativeStatus.IN_STEWARDSHIP),
                Arguments.of("closed", (Supplier<Initiative>) EmileBaslyPlayground::closed, InitiativeStatus.CLOSED));
    }

    @ParameterizedTest(name = "Émile-Basly {0}: expected status, zero violations")
    @MethodSource("emileBaslyStages")
    void emile_basly_every_stage_is_valid(String stage, Supplier<Initiative> build, InitiativeStatus expected) {
        Initiative initiative = build.get();

        assertThat(initiative.status()).isEqualTo(expected);
        assertThat(initiative.validate().violations()).isEmpty();
    }

    @Test
    void emile_basly_audit_trail_reads_from_draft_to_closed() {
        Initiative closed = EmileBaslyPlayground.closed();

        List<Transition> transitions = closed.history().stream().map(LifecycleEvent::transition).collect(Collectors.toList());
        assertThat(transitions).containsExactly(Transition.SUBMIT, Transition.START_ASSESSMENT, Transition.ACCEPT,
                Transition.SIGN, Transition.SIGN, Transition.SIGN, Transition.SIGN, Transition.SIGN,
                Transition.START_WORK, Transition.DELIVER, Transition.START_STEWARDSHIP, Transition.CLOSE);
        assertThat(closed.history().get(7).to()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(closed.history().get(6).to()).isEqualTo(InitiativeStatus.ACCEPTED);
        assertThat(closed.history().get(2).by()).isEqualTo(EmileBaslyPlayground.COUNCILLOR);
        assertThat(closed.convention().orElseThrow().commitments())
                .allSatisfy(c -> assertThat(c.status().isOpen()).isFalse());
    }

    @Test
    void flower_boxes_go_from_draft_to_closed_with_zero_violations() {
        Initiative draft = StreetFlowerBoxes.draft();
        Initiative agreed = StreetFlowerBoxes.agreed();
        Initiative closed = StreetFlowerBoxes.closed();

        assertThat(draft.status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(agreed.status()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(closed.status()).isEqualTo(InitiativeStatus.CLOSED);
        for (Initiative stage : List.of(draft, agreed, StreetFlowerBoxes.inStewardship(), closed)) {
            assertThat(stage.validate().violations()).as(stage.status().name()).isEmpty();
        }
        assertThat(closed.history()).extracting(LifecycleEvent::to).containsExactly(InitiativeStatus.SUBMITTED,
                InitiativeStatus.UNDER_ASSESSMENT, InitiativeStatus.ACCEPTED, InitiativeStatus.ACCEPTED,
                InitiativeStatus.AGREED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DELIVERED,
                InitiativeStatus.IN_STEWARDSHIP, InitiativeStatus.CLOSED);
    }

    @Test
    void each_stage_leaves_the_previous_one_untouched() {
        Initiative accepted = EmileBaslyPlayground.accepted();
        Initiative drafted = accepted.draftConvention(EmileBaslyPlayground.convention());

        assertThat(accepted.convention()).isEmpty();
        assertThat(drafted.convention()).isPresent();
        assertThat(drafted.history()).isEqualTo(accepted.history());
    }
}
