package io.github.loosmethod.involvement;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A participation activity that took place (<em>temps de participation</em>): a public meeting,
 * a workshop, a questionnaire, a site walk… with its phase, the level of the ladder it actually
 * practised, how many took part and who, and what came out of it.
 *
 * <p>The {@link InvolvementPlan} is what the town promised; activities are what happened. The
 * validator compares them (P1) and evaluations cite activities as evidence by their id.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * id and title not blank; the date a real calendar day; the number of participants not negative;
 * outputs and references not blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipationActivity {

    ParticipationActivity() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableParticipationActivity.Builder builder() {
        return ImmutableParticipationActivity.builder();
    }

    /**
     * Returns the identifier, unique within the initiative; evidence cites it.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns the form of the activity.
     *
     * @return the kind, never null
     */
    public abstract ActivityKind kind();

    /**
     * Returns the title, such as "Workshop on the playground's shade".
     *
     * @return the title, never blank
     */
    public abstract String title();

    /**
     * Returns the day it took place (or, for a questionnaire or an online consultation, closed).
     *
     * @return the date, never null
     */
    public abstract LocalDate heldOn();

    /**
     * Returns the phase of the project it served.
     *
     * @return the phase, never null
     */
    public abstract ProjectPhase phase();

    /**
     * Returns the level of the ladder the activity actually practised: a meeting where the town
     * presented a decided project is information, whatever the plan said.
     *
     * @return the level, never null
     */
    public abstract CoConstructionLevel level();

    /**
     * Returns how many people took part, when counted.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> participants();

    /**
     * Returns the categories of people who took part, where known.
     *
     * @return the categories, in catalogue order, unmodifiable, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<ParticipantCategory> participantCategories();

    /**
     * Returns what came out of it, as short texts ("a map of hot spots", "three scenarios").
     *
     * @return the outputs, unmodifiable, possibly empty
     */
    public abstract List<String> outputs();

    /**
     * Returns where to find its records: minutes, a platform's page, a file name.
     *
     * @return the references, unmodifiable, possibly empty
     */
    public abstract List<String> references();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("id", id());
        requireNonBlank("title", title());
        InvalidValueException.requireDate("heldOn", heldOn());
        participants().ifPresent(count -> requireThat(count >= 0, "participants", count, "invariant.negative"));
        for (int i = 0; i < outputs().size(); i++) {
            requireNonBlank("outputs[" + i + "]", outputs().get(i));
        }
        for (int i = 0; i < references().size(); i++) {
            requireNonBlank("references[" + i + "]", references().get(i));
        }
    }
}
