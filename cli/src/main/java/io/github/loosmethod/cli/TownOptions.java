package io.github.loosmethod.cli;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * The town an import or an export is for (<em>la commune</em>): its territory, by its INSEE code
 * and name, and the town as a party, what a source file does not say.
 */
final class TownOptions {

    @Option(names = "--territory", required = true, paramLabel = "INSEE", descriptionKey = "town.territory")
    String code;

    @Option(names = "--territory-name", required = true, paramLabel = "NAME", descriptionKey = "town.territoryName")
    String name;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = Codes.ZoneOption.class, descriptionKey = "town.timeZone")
    ZoneId zone = ZoneId.of("Europe/Paris");

    @Option(names = "--country", paramLabel = "CC", descriptionKey = "town.country")
    String country = "FR";

    @Option(names = "--town-name", paramLabel = "NAME", descriptionKey = "town.townName")
    String townName;

    Territory territory() {
        return Territory.of(code, name, country, zone);
    }

    /** The town as a party, its id {@code town-<INSEE>}. */
    Actor town() {
        return Actor.of("town-" + code, townName == null ? name : townName, ActorKind.MUNICIPALITY);
    }
}
