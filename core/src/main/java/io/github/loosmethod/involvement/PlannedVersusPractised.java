package io.github.loosmethod.involvement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the town promised beside what happened, phase by phase (<em>implication annoncée et
 * pratiquée</em>): for each phase of the plan or of an activity, the level the plan claims, the
 * highest level the recorded activities practised, how many activities there were and how many
 * people took part. The validator's rule P1 reports the phases that fell short; this report
 * shows every phase, for a town to publish.
 *
 * <pre>{@code
 * PlannedVersusPractised report = PlannedVersusPractised.of(initiative.involvementPlan(), initiative.activities());
 * for (PlannedVersusPractised.Phase phase : report.phases()) {
 *     System.out.println(phase.phase() + ": " + phase.planned() + " / " + phase.practised() + (phase.fallsShort() ? " !" : ""));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlannedVersusPractised {

    /**
     * One phase of the report.
     *
     * @param phase the phase
     * @param planned the level the plan claims, empty when the plan says nothing of the phase
     * @param practised the highest level its activities practised, empty when none was recorded
     * @param activities how many activities served the phase
     * @param participants how many people took part in them, counting those whose number is known
     * @param categories the categories of people who took part, in catalogue order
     */
    public record Phase(ProjectPhase phase, Optional<CoConstructionLevel> planned, Optional<CoConstructionLevel> practised,
            int activities, long participants, Set<ParticipantCategory> categories) {

        /**
         * Creates a phase of the report.
         *
         * @param phase the phase, not null
         * @param planned the planned level, not null
         * @param practised the practised level, not null
         * @param activities the number of activities, not negative
         * @param participants the number of participants, not negative
         * @param categories the categories, not null; copied
         * @throws NullPointerException if an argument is null
         */
        public Phase {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(planned, "planned");
            Objects.requireNonNull(practised, "practised");
            categories = Collections.unmodifiableSet(categories.isEmpty() ? EnumSet.noneOf(ParticipantCategory.class)
                    : EnumSet.copyOf(categories));
        }

        /**
         * Tells whether activities were recorded for the phase and none reached the planned level:
         * what rule P1 reports.
         *
         * @return true if the practice falls short of the plan
         */
        public boolean fallsShort() {
            return planned.isPresent() && practised.isPresent() && !practised.get().isAtLeast(planned.get());
        }
    }

    private final List<Phase> phases;

    private PlannedVersusPractised(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /**
     * Compares a plan with the activities that took place.
     *
     * @param plan the involvement plan, not null
     * @param activities the activities, not null
     * @return the report, never null
     * @throws NullPointerException if an argument or an activity is null
     */
    public static PlannedVersusPractised of(InvolvementPlan plan, List<ParticipationActivity> activities) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(activities, "activities");
        List<Phase> phases = new ArrayList<>();
        for (ProjectPhase phase : ProjectPhase.values()) {
            CoConstructionLevel practised = null;
            int count = 0;
            long participants = 0;
            Set<ParticipantCategory> categories = EnumSet.noneOf(ParticipantCategory.class);
            for (ParticipationActivity activity : activities) {
                if (activity.phase() != phase) {
                    continue;
                }
                count++;
                participants += activity.participants().orElse(0);
                categories.addAll(activity.participantCategories());
                if (practised == null || activity.level().isAtLeast(practised)) {
                    practised = activity.level();
                }
            }
            Optional<CoConstructionLevel> planned = plan.levelFor(phase);
            if (planned.isPresent() || count > 0) {
                phases.add(new Phase(phase, planned, Optional.ofNullable(practised), count, participants, categories));
            }
        }
        return new PlannedVersusPractised(phases);
    }

    /**
     * Returns the phases the plan names or an activity served, in the order of the project.
     *
     * @return the phases, unmodifiable, possibly empty
     */
    public List<Phase> phases() {
        return phases;
    }

    /**
     * Returns the phases whose activities fell short of the plan.
     *
     * @return the phases, unmodifiable, possibly empty
     */
    public List<Phase> shortfalls() {
        List<Phase> short_ = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase.fallsShort()) {
                short_.add(phase);
            }
        }
        return Collections.unmodifiableList(short_);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedVersusPractised && ((PlannedVersusPractised) other).phases.equals(phases);
    }

    @Override
    public int hashCode() {
        return phases.hashCode();
    }

    @Override
    public String toString() {
        return "PlannedVersusPractised" + phases;
    }
}
