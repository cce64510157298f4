package io.github.loosmethod.commitment;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.involvement.ProjectPhase;

/**
 * What a commitment is about (<em>nature de l'engagement</em>), after the table of the domain
 * brief §2.
 *
 * <p>The town's usual kinds are advice, technical support, funding, supplies and equipment loan
 * (rule R6); the applicants' are design, realisation and stewardship (rule R7). Each kind has the
 * project phase it usually belongs to, used by rule R15 when a commitment names no phase.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommitmentKind implements Labelled {
    /** Advice from the town's staff or elected officials (<em>conseil</em>). */
    ADVICE(Side.TOWN, ProjectPhase.DESIGN),
    /** Help of the municipal technical services (<em>appui technique</em>). */
    TECHNICAL_SUPPORT(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** Money (<em>financement</em>). */
    FUNDING(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** Materials, plants, planters paid by the town (<em>fournitures</em>). */
    SUPPLIES(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** Tools lent by the town: chainsaw, breaker, wheelbarrows (<em>prêt de matériel</em>). */
    EQUIPMENT_LOAN(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** The town makes a place available: a roof, a plot, a room (<em>mise à disposition</em>). */
    CONCESSION(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** The town lends money, to be paid back (<em>prêt, avance remboursable</em>). */
    LOAN(Side.TOWN, ProjectPhase.IMPLEMENTATION),
    /** Designing and preparing the project, e.g. pupils' action plan (<em>conception, préparation</em>). */
    DESIGN(Side.APPLICANTS, ProjectPhase.DESIGN),
    /** Doing the works, e.g. breaking the asphalt (<em>réalisation</em>). */
    REALISATION(Side.APPLICANTS, ProjectPhase.IMPLEMENTATION),
    /** Upkeep and management over time, e.g. watering (<em>pérennité</em>). */
    STEWARDSHIP(Side.APPLICANTS, ProjectPhase.STEWARDSHIP);

    private final Side usualSide;
    private final ProjectPhase usualPhase;

    CommitmentKind(Side usualSide, ProjectPhase usualPhase) {
        this.usualSide = usualSide;
        this.usualPhase = usualPhase;
    }

    /**
     * Returns the side that usually holds this kind of commitment in a fifty-fifty.
     *
     * @return the side, never null
     */
    public Side usualSide() {
        return usualSide;
    }

    /**
     * Returns the project phase this kind of commitment usually serves.
     *
     * @return the phase, never null
     */
    public ProjectPhase usualPhase() {
        return usualPhase;
    }

    @Override
    public String labelKey() {
        return "CommitmentKind." + name();
    }
}
