package io.github.loosmethod.cli;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.provenance.IdentifierScheme;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The town an import or an export is for (<em>la commune</em>): its territory, by its INSEE code
 * and name, and the town as a party, what a source file does not say. A value the model refuses is
 * said with the option that gave it.
 */
final class TownOptions {

    /** The options of the territory's values, by the model's names of them. */
    private static final Map<String, String> OPTIONS = Map.of("code", "--territory", "name", "--territory-name", "country", "--country",
            "zone", "--time-zone");

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

    /** A value of these options the model refuses: the option, and why in both languages. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String option;
        private final LocalizedText why;

        Refused(String option, LocalizedText why) {
            super(option + ": " + why.english());
            this.option = option;
            this.why = why;
        }

        /** Says it on one line, in the command's language, and gives the status of a usage error. */
        int say(LoosCommand command) {
            command.err().println("loos: " + option + command.text(": ", " : ") + why.in(command.locale()));
            return Loos.USAGE;
        }
    }

    /**
     * The town's territory.
     *
     * @throws Refused if a value is refused: an INSEE code not of its form (for a French town), a
     *         blank name, a country not of ISO 3166
     */
    Territory territory() {
        if ("FR".equals(country)) {
            IdentifierScheme.INSEE_COMMUNE.problem(code).ifPresent(problem -> {
                throw new Refused("--territory", problem);
            });
        }
        try {
            return Territory.of(code, name, country, zone);
        } catch (InvalidValueException e) {
            throw new Refused(OPTIONS.getOrDefault(e.field(), e.field()),
                    LocalizedText.of(e.reason(Locale.ENGLISH), e.reason(Locale.FRENCH)));
        }
    }

    /**
     * The town as a party, its id {@code town-<INSEE>}.
     *
     * @throws Refused if its name is blank
     */
    Actor town() {
        try {
            return Actor.of("town-" + code, townName == null ? name : townName, ActorKind.MUNICIPALITY);
        } catch (InvalidValueException e) {
            throw new Refused(townName == null ? "--territory-name" : "--town-name",
                    LocalizedText.of(e.reason(Locale.ENGLISH), e.reason(Locale.FRENCH)));
        }
    }
}
