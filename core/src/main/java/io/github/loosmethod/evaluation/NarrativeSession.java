package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A public session where the people who carried a project tell its story (<em>séance de récit</em>),
 * such as a Ch'ti TAIDx (<em>Territoire d'apprentissage et d'innovation démocratique</em>): a
 * narrative evaluation of the cooperation itself. It records which categories of people took
 * part, the frictions met and the lessons drawn; rule R13 requires the categories and the
 * lessons.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the title, frictions and lessons are not blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class NarrativeSession {

    NarrativeSession() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableNarrativeSession.Builder builder() {
        return ImmutableNarrativeSession.builder();
    }

    /**
     * Returns the session's title.
     *
     * @return the title, never blank
     */
    public abstract String title();

    /**
     * Returns the day the session was held.
     *
     * @return the date, never null
     */
    public abstract LocalDate heldOn();

    /**
     * Returns the categories of people who took part.
     *
     * @return the categories, unmodifiable, in enum order
     */
    @Value.NaturalOrder
    public abstract SortedSet<AttendeeCategory> attendeeCategories();

    /**
     * Returns the frictions met in the cooperation, as told.
     *
     * @return the frictions, unmodifiable
     */
    public abstract List<String> frictions();

    /**
     * Returns the lessons drawn.
     *
     * @return the lessons, unmodifiable
     */
    public abstract List<String> lessons();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("title", title());
        InvalidValueException.requireDate("heldOn", heldOn());
        for (int i = 0; i < frictions().size(); i++) {
            requireNonBlank("frictions[" + i + "]", frictions().get(i));
        }
        for (int i = 0; i < lessons().size(); i++) {
            requireNonBlank("lessons[" + i + "]", lessons().get(i));
        }
    }
}
