package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;

/**
 * What a decision decided (<em>sens de la décision</em>): the town's opinion on a request, the
 * residents' own choice for a citizen-led initiative, the adoption or repeal of a policy.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DecisionOutcome implements Labelled {
    /** The town supports the request (<em>favorable</em>). */
    ACCEPTED(Transition.ACCEPT),
    /** The town does not support it (<em>défavorable</em>). */
    REJECTED(Transition.REJECT),
    /** The town asks the applicants to rework it (<em>à compléter</em>). */
    REWORK_REQUESTED(Transition.REQUEST_REWORK),
    /** An elected body adopts a co-constructed policy (<em>adoption par délibération</em>). */
    ADOPTED(Transition.ADOPT),
    /** An elected body repeals a policy in force (<em>abrogation</em>). */
    REPEALED(Transition.REPEAL);

    private final Transition transition;

    DecisionOutcome(Transition transition) {
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
        return "DecisionOutcome." + name();
    }
}
