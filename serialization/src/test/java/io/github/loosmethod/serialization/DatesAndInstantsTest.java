package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.LifecycleEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates (yyyy-mm-dd) and instants (yyyy-mm-ddThh:mm:ss[.f]Z) are read in one spelling only, the
 * schema's: each bound of each part is checked on both sides, and a refusal quotes what was found.
 */
class DatesAndInstantsTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final String DATE_SHAPE = "must be a date written yyyy-mm-dd, such as 2022-03-14, with a four-digit year; not ";
    private static final String INSTANT_SHAPE = "must be an instant in UTC written yyyy-mm-ddThh:mm:ssZ, such as 2022-03-14T09:00:00Z"
            + " (seconds may have up to 9 decimals; hours 00 to 23, seconds 00 to 59); not ";

    private static String signature(String date) {
        return "{\"formatVersion\":2,\"side\":\"town\",\"signer\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"elected_official\"},"
                + "\"date\":" + date + "}";
    }

    private static String event(String at) {
        return "{\"formatVersion\":2,\"transition\":\"submit\",\"from\":\"draft\",\"to\":\"submitted\","
                + "\"by\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"association\"},\"at\":" + at + ",\"reason\":\"r\"}";
    }

    private static LocalDate date(String text) {
        return JSON.read(signature("\"" + text + "\""), Signature.class).date();
    }

    private static Instant instant(String text) {
        return JSON.read(event("\"" + text + "\""), LifecycleEvent.class).at();
    }

    private static Problem refusal(String document, Class<?> type) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> JSON.read(document, type));
        assertThat(refused).as("refused: %s", document).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return EnglishOnly.of(refused.problems().get(0));
    }

    private static void dateRefused(String text) {
        assertThat(refusal(signature("\"" + text + "\""), Signature.class)).as(text)
                .isEqualTo(new Problem("/date", DATE_SHAPE + "\"" + text + "\"", Optional.empty()));
    }

    private static void instantRefused(String text) {
        assertThat(refusal(event("\"" + text + "\""), LifecycleEvent.class)).as(text)
                .isEqualTo(new Problem("/at", INSTANT_SHAPE + "\"" + text + "\"", Optional.empty()));
    }

    @Test
    void a_date_is_read_at_each_bound_of_its_parts() {
        assertThat(date("2023-04-03")).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(date("2023-01-01")).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(date("2023-12-31")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(date("2023-04-30")).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(date("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void a_date_past_a_bound_of_its_parts_is_refused() {
        for (String text : List.of("2023-00-10", "2023-13-10", "2023-04-00", "2023-04-31", "2023-01-32", "2023-02-29")) {
            dateRefused(text);
        }
    }

    @Test
    void a_date_with_a_character_next_to_the_digits_or_in_place_of_a_dash_is_refused() {
        // '/' and ':' are the characters just before '0' and just after '9'.
        for (String text : List.of("2023-04-1/", "2023-04-0:", "20a3-04-03", "2023-0a-03", "2023-04-0a", "2023/04-03",
                "2023-04/03", "2023-04-3", "2023-04-030", "02023-04-03", "")) {
            dateRefused(text);
        }
    }

    @Test
    void a_date_that_is_not_a_string_is_refused_for_its_type() {
        assertThat(refusal(signature("20230403"), Signature.class))
                .isEqualTo(new Problem("/date", "must be a string, not a number", Optional.empty()));
        assertThat(refusal(event("20230301"), LifecycleEvent.class))
                .isEqualTo(new Problem("/at", "must be a string, not a number", Optional.empty()));
    }

    @Test
    void an_instant_is_read_at_each_bound_of_its_parts() {
        assertThat(instant("2023-03-01T18:00:00Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00Z"));
        assertThat(instant("2023-03-01T00:00:00Z")).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
        assertThat(instant("2023-03-01T23:59:59Z")).isEqualTo(Instant.parse("2023-03-01T23:59:59Z"));
        assertThat(instant("2024-02-29T07:08:09Z")).isEqualTo(Instant.parse("2024-02-29T07:08:09Z"));
    }

    @Test
    void an_instant_keeps_every_decimal_of_its_seconds() {
        assertThat(instant("2023-03-01T18:00:00.5Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00.500Z"));
        assertThat(instant("2023-03-01T18:00:00.25Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00.250Z"));
        assertThat(instant("2023-03-01T18:00:00.000000001Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00.000000001Z"));
        assertThat(instant("2023-03-01T18:00:00.123456789Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00.123456789Z"));
        assertThat(instant("2023-03-01T18:00:00.0Z")).isEqualTo(Instant.parse("2023-03-01T18:00:00Z"));
    }

    @Test
    void hour_24_a_leap_second_and_other_parts_past_their_bounds_are_refused() {
        for (String text : List.of("2023-03-01T24:00:00Z", "2023-03-01T18:60:00Z", "2023-03-01T23:59:60Z",
                "2023-03-01T23:59:60.5Z", "2023-02-29T18:00:00Z", "2023-13-01T18:00:00Z")) {
            instantRefused(text);
        }
    }

    @Test
    void an_instant_of_another_shape_is_refused() {
        for (String text : List.of(
                "2023-03-01T18:00:00", // no zone
                "2023-03-01T18:00:00.Z", // a point without decimals
                "2023-03-01T18:00:00.1234567891Z", // ten decimals
                "2023-03-01T18:00:00,5Z", "2023-03-01T18:00:00.5z", "2023-03-01T18:00:00.5", "2023-03-01T18:00:00.5+", "2023-03-01T18:00:00.a5Z",
                "2023-03-01T18:00:00.5aZ", "2023-03-01t18:00:00Z", "2023-03-01 18:00:00Z", "2023-03-01T18-00:00Z",
                "2023-03-01T18:00-00Z", "2023-03-01T18:00:00z", "2023-03-01T18:00:000", "2023-03-01T1a:00:00Z",
                "2023-03-01T18:a0:00Z", "2023-03-01T18:00:a0Z", "2023-03-01T1/:00:00Z", "2023-03-01T18:00:0:Z",
                "2023-03-01T18:00:00+01:00", "2023-03-01", "")) {
            instantRefused(text);
        }
    }

    @Test
    void an_empty_instant_is_refused_even_after_a_text_that_is_an_instant() {
        // The parser reuses its buffer: what an earlier text left in it must not be read as part of this one.
        String document = "{\"formatVersion\":2,\"transition\":\"submit\",\"from\":\"draft\",\"to\":\"submitted\","
                + "\"by\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"association\"},\"reason\":\"2023-03-01T18:00:00Z\",\"at\":\"\"}";

        assertThat(refusal(document, LifecycleEvent.class)).isEqualTo(new Problem("/at", INSTANT_SHAPE + "\"\"", Optional.empty()));
    }

    @Test
    void an_instant_with_seconds_and_decimals_is_written_and_read_back_equal() {
        LifecycleEvent event = JSON.read(event("\"2023-03-01T18:04:07.120Z\""), LifecycleEvent.class);

        assertThat(JSON.writeAsString(event)).contains("\"at\":\"2023-03-01T18:04:07.120Z\"");
        assertThat(JSON.read(JSON.write(event), LifecycleEvent.class)).isEqualTo(event);
    }
}
