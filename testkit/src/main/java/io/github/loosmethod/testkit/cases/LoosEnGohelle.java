package io.github.loosmethod.testkit.cases;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The town of Loos-en-Gohelle (Pas-de-Calais, INSEE code 62528) and the town's actors that
 * appear in the worked cases.
 *
 * <p>This class holds constants only; all values are immutable and thread-safe.
 */
public final class LoosEnGohelle {

    /** The town's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The territory: INSEE code 62528. */
    public static final Territory TERRITORY = Territory.of("62528", "Loos-en-Gohelle", "FR", ZONE);

    /** The municipality, party to every convention (<em>la commune</em>). */
    public static final Actor MUNICIPALITY = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle",
            ActorKind.MUNICIPALITY);

    /** The municipal technical services (<em>services techniques</em>). */
    public static final Actor TECHNICAL_SERVICES = Actor.of("services-techniques", "Services techniques municipaux",
            ActorKind.MUNICIPAL_SERVICE);

    /**
     * The municipal council (<em>conseil municipal</em>), the elected body whose deliberations
     * approve the town's projects and adopt its policies.
     */
    public static final Actor MUNICIPAL_COUNCIL = Actor.of("conseil-municipal-loos-en-gohelle",
            "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);

    /** The mayor (<em>le maire</em>), who signs for the town; named by office, not by person. */
    public static final Actor MAYOR = Actor.of("maire-loos-en-gohelle", "Maire de Loos-en-Gohelle",
            ActorKind.ELECTED_OFFICIAL);

    private LoosEnGohelle() {
    }

    /**
     * Returns the instant of a local date and time in Loos-en-Gohelle.
     *
     * @param date the local date, not null
     * @param hour the hour of the day, 0 to 23
     * @return the instant, never null
     * @throws java.time.DateTimeException if the hour is out of range
     * @throws NullPointerException if {@code date} is null
     */
    public static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }
}
