package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * What aspect of an initiative a criterion looks at (<em>dimension</em>); scorecards group
 * criteria by dimension.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Dimension implements Labelled {
    /** How the work was done: framing, reciprocity, transparency (<em>processus</em>). */
    PROCESS,
    /** What came out of it: needs met, general interest served, recommendations taken up (<em>résultats</em>). */
    OUTCOME,
    /** What people became able to do: power to act, knock-on initiatives (<em>capacitation</em>). */
    CAPACITY,
    /** How people relate to each other and to their town: posture, pride, trust (<em>relations</em>). */
    RELATIONSHIP,
    /** Whether it lasts: upkeep, management over time (<em>pérennité</em>). */
    DURABILITY;

    @Override
    public String labelKey() {
        return "Dimension." + name();
    }
}
