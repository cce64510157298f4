package io.github.loosmethod.involvement;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The level of involvement chosen for each phase of a project (<em>plan d'implication</em>).
 * The level is not one number per project: a fifty-fifty is typically at
 * {@link CoConstructionLevel#CONSULTATION} or {@link CoConstructionLevel#CO_CONSTRUCTION} in
 * {@link ProjectPhase#DECISION} and at {@link CoConstructionLevel#CO_PRODUCTION} in
 * {@link ProjectPhase#IMPLEMENTATION} and {@link ProjectPhase#STEWARDSHIP}.
 *
 * <p>A phase may be left out when nothing is declared for it. Claiming co-production or above
 * is checked against the commitments residents actually hold (rule R15) by the validator.
 *
 * <p>Instances are immutable and thread-safe; phases iterate in project order.
 */
@Value.Immutable
public abstract class InvolvementPlan {

    InvolvementPlan() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableInvolvementPlan.Builder builder() {
        return ImmutableInvolvementPlan.builder();
    }

    /**
     * Returns the plan that declares no phase.
     *
     * @return an empty plan, never null
     */
    public static InvolvementPlan empty() {
        return builder().build();
    }

    /**
     * Returns the level declared for each phase.
     *
     * @return the levels, unmodifiable, in phase order, never null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ProjectPhase, CoConstructionLevel> levels();

    /**
     * Returns the level declared for a phase.
     *
     * @param phase the phase, not null
     * @return the level, or empty if the plan declares nothing for that phase
     * @throws NullPointerException if {@code phase} is null
     */
    public Optional<CoConstructionLevel> levelFor(ProjectPhase phase) {
        return Optional.ofNullable(levels().get(Objects.requireNonNull(phase, "phase")));
    }

    /**
     * Returns a plan equal to this one but with a phase set to a level.
     *
     * @param phase the phase, not null
     * @param level the level, not null
     * @return a new plan, never null
     * @throws NullPointerException if an argument is null
     */
    public InvolvementPlan with(ProjectPhase phase, CoConstructionLevel level) {
        SortedMap<ProjectPhase, CoConstructionLevel> copy = new TreeMap<>(levels());
        copy.put(Objects.requireNonNull(phase, "phase"), Objects.requireNonNull(level, "level"));
        return builder().putAllLevels(copy).build();
    }

    /**
     * Returns the highest level declared in any phase.
     *
     * @return the highest level, or empty for an empty plan
     */
    public Optional<CoConstructionLevel> highestLevel() {
        return levels().values().stream().max(Enum::compareTo);
    }
}
