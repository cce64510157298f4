package io.github.loosmethod.involvement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table that links the Loos ladder to IAP2 and to Arnstein (domain brief §4). Both
 * directions are derived from it, so they can never disagree.
 */
final class Crosswalk {

    private static final Map<CoConstructionLevel, Iap2Level> TO_IAP2 = new EnumMap<>(CoConstructionLevel.class);
    private static final Map<CoConstructionLevel, Set<ArnsteinRung>> TO_ARNSTEIN = new EnumMap<>(CoConstructionLevel.class);

    static {
        link(CoConstructionLevel.INFORMATION, Iap2Level.INFORM, ArnsteinRung.INFORMING);
        link(CoConstructionLevel.CONSULTATION, Iap2Level.CONSULT, ArnsteinRung.CONSULTATION);
        link(CoConstructionLevel.CONCERTATION, Iap2Level.INVOLVE, ArnsteinRung.PLACATION);
        link(CoConstructionLevel.CO_CONSTRUCTION, Iap2Level.COLLABORATE, ArnsteinRung.PARTNERSHIP);
        link(CoConstructionLevel.CO_PRODUCTION, Iap2Level.COLLABORATE, ArnsteinRung.PARTNERSHIP);
        link(CoConstructionLevel.CITIZEN_LED, Iap2Level.EMPOWER, ArnsteinRung.DELEGATED_POWER, ArnsteinRung.CITIZEN_CONTROL);
    }

    private Crosswalk() {
    }

    private static void link(CoConstructionLevel level, Iap2Level iap2, ArnsteinRung first, ArnsteinRung... more) {
        TO_IAP2.put(level, iap2);
        TO_ARNSTEIN.put(level, Collections.unmodifiableSet(EnumSet.of(first, more)));
    }

    static Iap2Level toIap2(CoConstructionLevel level) {
        return TO_IAP2.get(level);
    }

    static Set<ArnsteinRung> toArnstein(CoConstructionLevel level) {
        return TO_ARNSTEIN.get(level);
    }

    static LevelMapping fromIap2(Iap2Level iap2) {
        Set<CoConstructionLevel> candidates = EnumSet.noneOf(CoConstructionLevel.class);
        TO_IAP2.forEach((level, mapped) -> {
            if (mapped == iap2) {
                candidates.add(level);
            }
        });
        return LevelMapping.of(candidates);
    }

    static LevelMapping fromArnstein(ArnsteinRung rung) {
        Set<CoConstructionLevel> candidates = EnumSet.noneOf(CoConstructionLevel.class);
        TO_ARNSTEIN.forEach((level, rungs) -> {
            if (rungs.contains(rung)) {
                candidates.add(level);
            }
        });
        return LevelMapping.of(candidates);
    }
}
