package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;

/**
 * What the town decided about a request (<em>avis</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AssessmentOutcome implements Labelled {
    /** The town supports the request (<em>favorable</em>). */
    ACCEPTED(Transition.ACCEPT),
    /** The town does not support it (<em>défavorable</em>). */
    REJECTED(Transition.REJECT),
    /** The town asks the applicants to rework it (<em>à compléter</em>). */
    REWORK_REQUESTED(Transition.REQUEST_REWORK);

    private final Transition transition;

    AssessmentOutcome(Transition transition) {
        this.transition = transition;
    }

    /**
     * Returns the lifecycle transition this outcome leads to.
     *
     * @return the transition, never null
     */
    public Transition transition() {
        return transition;
    }

    @Override
    public String labelKey() {
        return "AssessmentOutcome." + name();
    }
}
