package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invariant is refused at construction by the one domain exception, naming field and value. */
class InvariantsTest {

    private static final Actor RESIDENT = Actor.of("r1", "A resident", ActorKind.RESIDENT);
    private static final Instant T0 = Instant.parse("2022-03-01T09:00:00Z");
    private static final LocalDate D0 = LocalDate.of(2022, 3, 1);

    interface Construction {
        Object build();
    }

    private static Arguments refused(String what, Construction construction, String field, String value) {
        return Arguments.of(what, construction, field, value);
    }

    private static io.github.loosmethod.commitment.ImmutableConvention.Builder convention() {
        return Convention.builder().from(EmileBaslyPlayground.convention());
    }

    private static List<LifecycleEvent> history(LifecycleEvent... events) {
        return List.of(events);
    }

    static Stream<Arguments> invariants() {
        return Stream.of(
                refused("actor with a blank id", () -> Actor.of(" ", "Name", ActorKind.RESIDENT), "id", "\" \""),
                refused("actor with a blank name", () -> Actor.of("a1", "", ActorKind.RESIDENT), "name", "\"\""),
                refused("minor without responsible", () -> Actor.builder().withId("m").withName("Pupil")
                        .withKind(ActorKind.RESIDENT).withMinor(true).build(), "responsibleActorId", "<missing>"),
                refused("minor association", () -> Actor.minor("m", "Club", ActorKind.ASSOCIATION, "x"), "kind", "ASSOCIATION"),
                refused("minor responsible for itself", () -> Actor.minor("m", "Pupil", ActorKind.RESIDENT, "m"),
                        "responsibleActorId", "\"m\""),
                refused("adult with a responsible", () -> Actor.builder().withId("a").withName("Adult")
                        .withKind(ActorKind.RESIDENT).withResponsibleActorId("b").build(), "responsibleActorId", "\"b\""),
                refused("territory with a country name", () -> Territory.of("62528", "Loos", "France", ZoneId.of("Europe/Paris")),
                        "country", "\"France\""),
                refused("territory with a blank code", () -> Territory.of("", "Loos", "FR", ZoneId.of("Europe/Paris")), "code", "\"\""),
                refused("negative quantity", () -> Quantity.of(-1, QuantityUnit.HOURS), "amount", "-1"),
                refused("quantity finer than 4 decimals", () -> Quantity.of(new BigDecimal("0.00001"), QuantityUnit.EUROS),
                        "amount", "0.00001"),
                refused("quantity of 16 digits", () -> Quantity.of(new BigDecimal("1234567890123456"), QuantityUnit.EUROS),
                        "amount", "1234567890123456"),
                refused("commitment going back from fulfilled", () -> StatusChange.of(CommitmentStatus.FULFILLED,
                        CommitmentStatus.IN_PROGRESS, D0, "again"), "to", "IN_PROGRESS"),
                refused("status change without a reason", () -> StatusChange.of(CommitmentStatus.PLANNED,
                        CommitmentStatus.IN_PROGRESS, D0, "  "), "reason", "\"  \""),
                refused("commitment with a blank description", () -> Commitment.of("c1", Side.TOWN, LoosEnGohelle.MUNICIPALITY,
                        CommitmentKind.FUNDING, ""), "description", "\"\""),
                refused("commitment history not starting from planned", () -> Commitment.builder()
                        .from(Commitment.of("c1", Side.TOWN, LoosEnGohelle.MUNICIPALITY, CommitmentKind.FUNDING, "Money"))
                        .addHistory(StatusChange.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED, D0, "done"))
                        .build(), "history[0].from", "IN_PROGRESS"),
                refused("commitment history going back in time", () -> Commitment.builder()
                        .from(Commitment.of("c1", Side.TOWN, LoosEnGohelle.MUNICIPALITY, CommitmentKind.FUNDING, "Money"))
                        .addHistory(StatusChange.of(CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS, D0, "go"))
                        .addHistory(StatusChange.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED, D0.minusDays(1), "done"))
                        .build(), "history[1].on", "2022-02-28"),
                refused("convention ending before it starts", () -> convention().withEndDate(LocalDate.of(2022, 1, 1)).build(),
                        "endDate", "2022-01-01"),
                refused("signature after the convention ends", () -> convention().addSignature(Signature.of(Side.TOWN,
                        EmileBaslyPlayground.COUNCILLOR, LocalDate.of(2023, 7, 1))).build(), "signatures[0].date", "2023-07-01"),
                refused("the same signer twice for a side", () -> convention()
                        .addSignature(Signature.of(Side.TOWN, EmileBaslyPlayground.COUNCILLOR, D0))
                        .addSignature(Signature.of(Side.TOWN, EmileBaslyPlayground.COUNCILLOR, D0)).build(),
                        "signatures", "\"TOWN/elue-pascale-eslan\""),
                refused("two commitments with one id", () -> convention().addCommitment(Commitment.of("town-tools", Side.TOWN,
                        LoosEnGohelle.MUNICIPALITY, CommitmentKind.FUNDING, "Money")).build(), "commitments", "\"town-tools\""),
                refused("a convention whose town party is a service", () -> convention()
                        .withTown(LoosEnGohelle.TECHNICAL_SERVICES).build(), "town.kind", "MUNICIPAL_SERVICE"),
                refused("an assessment without reasons", () -> Decision.builder()
                        .withDecidedBy(EmileBaslyPlayground.COUNCILLOR).withDecidedAt(T0).withOutcome(DecisionOutcome.ACCEPTED)
                        .build(), "reasons", "[]"),
                refused("an event the transition cannot make", () -> LifecycleEvent.of(Transition.SUBMIT,
                        InitiativeStatus.DRAFT, InitiativeStatus.AGREED, RESIDENT, T0, "skip"), "to", "AGREED"),
                refused("an initiative without applicants", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .withApplicants(List.of()).build(), "applicants", "[]"),
                refused("an initiative with one applicant twice", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .addApplicant(EmileBaslyPlayground.SCHOOL).build(), "applicants", "\"ecole-emile-basly\""),
                refused("an initiative with a blank title", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .withTitle("\t").build(), "title", "\"\\t\""),
                refused("an initiative with a blank theme", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .addTheme(" ").build(), "themes", "\" \""),
                refused("a history that skips a step", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .withHistory(history(LifecycleEvent.of(Transition.START_ASSESSMENT, InitiativeStatus.SUBMITTED,
                                InitiativeStatus.UNDER_ASSESSMENT, RESIDENT, T0, "x"))).build(), "history[0].from", "SUBMITTED"),
                refused("a history going back in time", () -> Initiative.builder().from(EmileBaslyPlayground.draft())
                        .withHistory(history(
                                LifecycleEvent.of(Transition.SUBMIT, InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED, RESIDENT, T0, "x"),
                                LifecycleEvent.of(Transition.WITHDRAW, InitiativeStatus.SUBMITTED, InitiativeStatus.WITHDRAWN,
                                        RESIDENT, T0.minusSeconds(1), "y"))).build(), "history[1].at", "2022-03-01T08:59:59Z"),
                refused("a resumption to another status than the one suspended", () -> resumedElsewhere(),
                        "history[9].to", "IN_STEWARDSHIP"),
                refused("a required attribute never set", () -> Actor.builder().withId("a").withKind(ActorKind.RESIDENT).build(),
                        "", ""));
    }

    private static Initiative resumedElsewhere() {
        Initiative agreed = EmileBaslyPlayground.agreed()
                .recordCommitmentStatus("town-tools", CommitmentStatus.BREACHED, LocalDate.of(2022, 3, 20), "Not lent")
                .suspend(EmileBaslyPlayground.COUNCILLOR, LoosEnGohelle.at(LocalDate.of(2022, 3, 20), 9), "Breach");
        List<LifecycleEvent> history = new ArrayList<>(agreed.history());
        history.add(LifecycleEvent.of(Transition.RESUME, InitiativeStatus.SUSPENDED, InitiativeStatus.IN_STEWARDSHIP,
                EmileBaslyPlayground.COUNCILLOR, LoosEnGohelle.at(LocalDate.of(2022, 3, 21), 9), "Jump ahead"));
        return Initiative.builder().from(agreed).withHistory(history).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invariants")
    void an_impossible_value_is_refused_naming_field_and_value(String what, Construction construction, String field, String value) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, construction::build);

        assertThat(refused).as(what).isNotNull();
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.value()).isEqualTo(value);
        if (field.isEmpty()) {
            assertThat(refused.getMessage()).contains("name");
        } else {
            assertThat(refused.getMessage()).startsWith(field + ": ").contains(value);
        }
    }

    @Test
    void null_is_refused_with_the_name_of_the_attribute() {
        assertThatThrownBy(() -> Actor.of("a", null, ActorKind.RESIDENT)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Quantity.of(1, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("unit");
    }

    @Test
    void quantities_are_exact_and_kept_without_trailing_zeros() {
        Quantity a = Quantity.of(new BigDecimal("640.50"), QuantityUnit.EUROS);
        Quantity b = Quantity.of(new BigDecimal("640.5"), QuantityUnit.EUROS);
        Quantity hundreds = Quantity.of(new BigDecimal("1.2E+3"), QuantityUnit.EUROS);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.amount()).isEqualByComparingTo("640.5");
        assertThat(a.amount().scale()).isEqualTo(1);
        assertThat(hundreds.amount().toPlainString()).isEqualTo("1200");
        assertThat(Quantity.of(new BigDecimal("0"), QuantityUnit.HOURS).amount()).isEqualTo(BigDecimal.ZERO);
        assertThat(Quantity.of(new BigDecimal("99999999999.9999"), QuantityUnit.EUROS).amount().precision()).isEqualTo(15);
    }

    @Test
    void collections_given_to_a_builder_are_copied_and_those_returned_cannot_be_changed() {
        List<Actor> applicants = new ArrayList<>(List.of(RESIDENT));
        Initiative initiative = Initiative.builder().from(EmileBaslyPlayground.draft()).withApplicants(applicants).build();
        applicants.add(EmileBaslyPlayground.SCHOOL);

        assertThat(initiative.applicants()).containsExactly(RESIDENT);
        assertThatThrownBy(() -> initiative.applicants().add(RESIDENT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> initiative.history().add(EmileBaslyPlayground.submitted().history().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> initiative.themes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
