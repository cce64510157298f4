package io.github.loosmethod.involvement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of mapping a level of another framework (IAP2, Arnstein) onto the Loos ladder:
 * the Loos levels it may stand for. A mapping is <em>decided</em> when exactly one level
 * remains; otherwise a person has to choose ({@link #isAmbiguous()}), or the other framework's
 * level has no Loos counterpart at all ({@link #isUnmapped()}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param candidates the Loos levels the source level may stand for, in ladder order; an
 *        unmodifiable copy is kept
 */
public record LevelMapping(Set<CoConstructionLevel> candidates) {

    /**
     * Creates a mapping.
     *
     * @param candidates the candidate levels, not null, without null elements
     * @throws NullPointerException if {@code candidates} or an element is null
     */
    public LevelMapping {
        Objects.requireNonNull(candidates, "candidates");
        EnumSet<CoConstructionLevel> copy = EnumSet.noneOf(CoConstructionLevel.class);
        for (CoConstructionLevel level : candidates) {
            copy.add(Objects.requireNonNull(level, "candidates element"));
        }
        candidates = Collections.unmodifiableSet(copy);
    }

    static LevelMapping of(Set<CoConstructionLevel> candidates) {
        return new LevelMapping(candidates);
    }

    /**
     * Returns the one Loos level, when the mapping is decided.
     *
     * @return the level if exactly one candidate remains, empty otherwise
     */
    public Optional<CoConstructionLevel> level() {
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    /**
     * Tells whether the mapping leads to exactly one Loos level.
     *
     * @return true if exactly one candidate remains
     */
    public boolean isDecided() {
        return candidates.size() == 1;
    }

    /**
     * Tells whether several Loos levels are possible and a person must choose.
     *
     * @return true if two or more candidates remain
     */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    /**
     * Tells whether the source level has no counterpart on the Loos ladder.
     *
     * @return true if there is no candidate
     */
    public boolean isUnmapped() {
        return candidates.isEmpty();
    }
}
