package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Territory;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What an evaluation judges (<em>objet évalué</em>): an initiative, by its id, or a programme or
 * strategy of a territory, with the day it began. An evaluation cannot be dated before that day
 * (rule E3).
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the reference is not blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationSubject {

    EvaluationSubject() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableEvaluationSubject.Builder builder() {
        return ImmutableEvaluationSubject.builder();
    }

    /**
     * Creates a subject.
     *
     * @param kind an initiative or a programme, not null
     * @param reference the initiative's id or the programme's name, not blank
     * @param territory where, not null
     * @param startedOn the day the subject began: the initiative's submission, the programme's launch
     * @return the subject, never null
     * @throws io.github.loosmethod.InvalidValueException if the reference is blank
     * @throws NullPointerException if an argument is null
     */
    public static EvaluationSubject of(SubjectKind kind, String reference, Territory territory, LocalDate startedOn) {
        return builder().withKind(kind).withReference(reference).withTerritory(territory).withStartedOn(startedOn).build();
    }

    /**
     * Returns what kind of subject it is.
     *
     * @return the kind, never null
     */
    public abstract SubjectKind kind();

    /**
     * Returns the initiative's id, or the programme's name.
     *
     * @return the reference, never blank
     */
    public abstract String reference();

    /**
     * Returns the territory concerned.
     *
     * @return the territory, never null
     */
    public abstract Territory territory();

    /**
     * Returns the day the subject began.
     *
     * @return the date, never null
     */
    public abstract LocalDate startedOn();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("reference", reference());
        InvalidValueException.requireDate("startedOn", startedOn());
    }
}
