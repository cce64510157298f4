package io.github.loosmethod.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A territory's zone decides on which day an event falls: it must be a region of the IANA
 * time-zone database, which keeps its rules through every change of summer time, never a fixed
 * offset that is right for half of the year.
 */
class TerritoryTest {

    @Test
    void a_region_of_the_time_zone_database_is_accepted() {
        for (String region : List.of("Europe/Paris", "Indian/Reunion", "UTC", "Europe/Brussels", "America/Cayenne")) {
            ZoneId zone = ZoneId.of(region);
            assertThat(Territory.of("62528", "Loos-en-Gohelle", "FR", zone).zone()).as(region).isEqualTo(zone);
        }
    }

    @Test
    void a_fixed_offset_is_refused_naming_the_zone() {
        for (ZoneId offset : List.of(ZoneOffset.ofHours(1), ZoneId.of("GMT+1"), ZoneId.of("UTC+01:00"), ZoneId.of("+02:00"),
                ZoneOffset.UTC, ZoneId.of("UT+01:00"), ZoneId.of("Etc/GMT-1"), ZoneId.of("Etc/GMT+12"))) {
            InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                    () -> Territory.of("62528", "Loos-en-Gohelle", "FR", offset));

            assertThat(refused).as(offset.getId()).isNotNull();
            assertThat(refused.field()).as(offset.getId()).isEqualTo("zone");
            assertThat(refused.getMessage()).as(offset.getId()).contains(offset.getId());
        }
    }
}
