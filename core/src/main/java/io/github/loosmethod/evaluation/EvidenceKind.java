package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;

/**
 * What a piece of evidence is (<em>nature de la preuve</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EvidenceKind implements Labelled {
    /** A document: minutes, photographs, a report (<em>document</em>). */
    DOCUMENT,
    /** Words of a person involved (<em>citation</em>). */
    QUOTE,
    /** A figure: hours, square metres, attendance (<em>chiffre</em>). */
    FIGURE,
    /** A participation activity of the initiative, named by its id in the reference (<em>activité</em>). */
    ACTIVITY;

    @Override
    public String labelKey() {
        return "EvidenceKind." + name();
    }
}
