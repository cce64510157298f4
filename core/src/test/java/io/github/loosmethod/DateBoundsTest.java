package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every date of the model falls in the years 0000 to 9999: the interchange format writes four-digit
 * years, which other systems read, and a value the library built must be written and read back.
 * Every instant falls in the years 0001 to 9998 in UTC, so that its day, in whatever time zone it
 * is counted (a portfolio counts the year of an event in its territory's zone), is such a date.
 * The bounds themselves are part of the range.
 */
class DateBoundsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9998-12-31T23:59:59.999999999Z");

    interface Construction {
        Object build();
    }

    private static io.github.loosmethod.commitment.ImmutableConvention.Builder convention() {
        return Convention.builder().from(EmileBaslyPlayground.convention());
    }

    private static LifecycleEvent event(Instant at) {
        return LifecycleEvent.of(Transition.SUBMIT, InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED, EmileBaslyPlayground.SCHOOL,
                at, "Handed in");
    }

    private static Signature signature(LocalDate date) {
        return Signature.of(Side.TOWN, EmileBaslyPlayground.COUNCILLOR, date);
    }

    private static Decision decision(Instant at) {
        return Decision.of(EmileBaslyPlayground.COUNCILLOR, at, DecisionOutcome.ACCEPTED, "Supported");
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("a convention starting in year 10000", (Construction) () -> convention()
                        .withStartDate(LocalDate.of(10_000, 1, 1)).withEndDate(LocalDate.of(10_001, 1, 1)).build(), "startDate"),
                Arguments.of("a convention ending in year 10000", (Construction) () -> convention()
                        .withEndDate(LAST_DAY.plusDays(1)).build(), "endDate"),
                Arguments.of("a convention starting in year -1", (Construction) () -> convention()
                        .withStartDate(LocalDate.of(-1, 12, 31)).build(), "startDate"),
                Arguments.of("an event at Instant.MAX", (Construction) () -> event(Instant.MAX), "at"),
                Arguments.of("an event at Instant.MIN", (Construction) () -> event(Instant.MIN), "at"),
                Arguments.of("an event on the first instant of 9999", (Construction) () -> event(LAST_INSTANT.plusNanos(1)), "at"),
                Arguments.of("an event a nanosecond before year 0001", (Construction) () -> event(FIRST_INSTANT.minusNanos(1)), "at"),
                Arguments.of("a signature dated year -1", (Construction) () -> signature(LocalDate.of(-1, 6, 1)), "date"),
                Arguments.of("a signature dated the day before 0000", (Construction) () -> signature(FIRST_DAY.minusDays(1)), "date"),
                Arguments.of("a signature dated LocalDate.MAX", (Construction) () -> signature(LocalDate.MAX), "date"),
                Arguments.of("a decision at Instant.MAX", (Construction) () -> decision(Instant.MAX), "decidedAt"),
                Arguments.of("a status change in year 10000", (Construction) () -> StatusChange.of(CommitmentStatus.PLANNED,
                        CommitmentStatus.IN_PROGRESS, LAST_DAY.plusDays(1), "Started"), "on"),
                Arguments.of("a commitment due in year 10000", (Construction) () -> Commitment.builder().withId("c").withSide(Side.TOWN)
                        .withResponsible(LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.FUNDING).withDescription("Money")
                        .withDueDate(LAST_DAY.plusDays(1)).build(), "dueDate"),
                Arguments.of("an evaluation subject started in year -1", (Construction) () -> EvaluationSubject.of(SubjectKind.PROGRAMME,
                        "programme", LoosEnGohelle.TERRITORY, LocalDate.of(-1, 1, 1)), "startedOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void a_date_or_instant_outside_the_years_0000_to_9999_is_refused_naming_its_field(String what, Construction construction,
            String field) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, construction::build);

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.field()).as(what).isEqualTo(field);
        assertThat(refused.getMessage()).as(what).startsWith(field + ": ").containsAnyOf("0000 to 9999", "0001 to 9998 (UTC)");
    }

    @Test
    void the_first_and_last_day_are_accepted() {
        assertThat(signature(FIRST_DAY).date()).isEqualTo(FIRST_DAY);
        assertThat(signature(LAST_DAY).date()).isEqualTo(LAST_DAY);
        Convention everything = convention().withStartDate(FIRST_DAY).withEndDate(LAST_DAY).build();
        assertThat(everything.startDate()).isEqualTo(FIRST_DAY);
        assertThat(everything.endDate()).isEqualTo(LAST_DAY);
        assertThat(StatusChange.of(CommitmentStatus.PLANNED, CommitmentStatus.FULFILLED, LAST_DAY, "Done").on()).isEqualTo(LAST_DAY);
        assertThat(InvalidValueException.requireDate("d", FIRST_DAY)).isEqualTo(FIRST_DAY);
        assertThat(InvalidValueException.requireDate("d", LAST_DAY)).isEqualTo(LAST_DAY);
        assertThat(InvalidValueException.FIRST_DAY).isEqualTo(FIRST_DAY);
        assertThat(InvalidValueException.LAST_DAY).isEqualTo(LAST_DAY);
    }

    @Test
    void the_first_instant_of_0001_and_the_last_nanosecond_of_9998_in_utc_are_accepted() {
        assertThat(event(FIRST_INSTANT).at()).isEqualTo(FIRST_INSTANT);
        assertThat(event(LAST_INSTANT).at()).isEqualTo(LAST_INSTANT);
        assertThat(decision(LAST_INSTANT).decidedAt()).isEqualTo(LAST_INSTANT);
        assertThat(InvalidValueException.requireInstant("t", FIRST_INSTANT)).isEqualTo(FIRST_INSTANT);
        assertThat(InvalidValueException.requireInstant("t", LAST_INSTANT)).isEqualTo(LAST_INSTANT);
    }

    @Test
    void the_year_of_an_event_at_the_bounds_is_a_year_a_portfolio_can_count_in_any_zone() {
        // Found when instants reached 9999-12-31 in UTC: the year of the event in Paris was 10000.
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.ZoneId baker = java.time.ZoneId.of("Pacific/Pago_Pago");
        assertThat(LAST_INSTANT.atZone(paris).getYear()).isLessThanOrEqualTo(9999);
        assertThat(FIRST_INSTANT.atZone(baker).getYear()).isGreaterThanOrEqualTo(0);
        io.github.loosmethod.initiative.Initiative late = EmileBaslyPlayground.draft().submit(EmileBaslyPlayground.SCHOOL,
                LAST_INSTANT, "At the last moment");
        assertThat(io.github.loosmethod.portfolio.PortfolioIndicators.of(java.util.List.of(late), java.util.List.of()).countByYear())
                .containsOnlyKeys(9999);
    }
}
