package io.github.loosmethod.actor;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.provenance.Identifier;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The place where an initiative happens (<em>territoire</em>): a town identified by its official
 * code, such as the INSEE code {@code 62528} of Loos-en-Gohelle.
 *
 * <p>The territory carries its time zone because conventions are dated in local calendar days
 * while lifecycle events are instants: the zone decides on which day an event falls.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * code and name are not blank; the country is an ISO 3166-1 alpha-2 code in upper case; the zone
 * is a region of the IANA time-zone database known to the JVM ({@code Europe/Paris}), never a
 * fixed offset.
 * Instances are immutable and thread-safe; no accessor returns null.
 */
@Value.Immutable
public abstract class Territory {

    Territory() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
    }

    /**
     * Creates a territory.
     *
     * @param code the official code (INSEE code in France), not blank
     * @param name the name, not blank
     * @param country the ISO 3166-1 alpha-2 country code, such as {@code "FR"}
     * @param zone the time zone in which the territory's calendar days are counted, not null
     * @return the territory, never null
     * @throws io.github.loosmethod.InvalidValueException if an invariant fails
     * @throws NullPointerException if an argument is null
     */
    public static Territory of(String code, String name, String country, ZoneId zone) {
        return ImmutableTerritory.builder().withCode(code).withName(name).withCountry(country).withZone(zone).build();
    }

    /**
     * Returns the official code of the territory (INSEE code for a French commune).
     *
     * @return the code, never blank
     */
    public abstract String code();

    /**
     * Returns the territory's name.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * Returns the country.
     *
     * @return an ISO 3166-1 alpha-2 code in upper case, such as {@code "FR"}
     */
    public abstract String country();

    /**
     * Returns the time zone in which the territory counts its calendar days.
     *
     * @return the zone, never null
     */
    public abstract ZoneId zone();

    /**
     * Returns the territory's identifiers in other registers, such as its INSEE commune code.
     *
     * @return the identifiers, unmodifiable, possibly empty
     */
    public abstract List<Identifier> identifiers();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("code", code());
        requireNonBlank("name", name());
        String country = country();
        // Two capital letters, checked without a regular expression: every record read passes here.
        boolean alpha2 = country.length() == 2 && country.charAt(0) >= 'A' && country.charAt(0) <= 'Z'
                && country.charAt(1) >= 'A' && country.charAt(1) <= 'Z';
        requireThat(alpha2, "country", country, "invariant.country");
        requireThat(isRegion(zone().getId()), "zone", zone().getId(),
                "invariant.zone");
    }

    /**
     * The regions of the time-zone database, read once: a territory keeps its region's rules
     * through every change of summer time, which a fixed offset ({@code +01:00}, {@code GMT+1})
     * would not.
     */
    private static final Set<String> REGIONS = Set.copyOf(ZoneId.getAvailableZoneIds());

    /**
     * Tells whether a time-zone id names a region of the database, as a territory's zone must: not
     * an offset, and not the database's own fixed offsets {@code Etc/GMT-1}, whose sign is inverted
     * and which follow no summer time.
     */
    private static boolean isRegion(String id) {
        return REGIONS.contains(id) && !FIXED_OFFSET.matcher(id).matches();
    }

    private static final java.util.regex.Pattern FIXED_OFFSET = java.util.regex.Pattern.compile("(Etc/)?GMT[+-][0-9]+");
}
