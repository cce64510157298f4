package io.github.loosmethod.initiative;

import io.github.loosmethod.Labelled;

/**
 * The kinds of initiative (<em>type d'initiative</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InitiativeKind implements Labelled {
    /** Residents bring an idea, the town supports it under a convention of reciprocal commitments (<em>fifty-fifty</em>). */
    FIFTY_FIFTY,
    /** A project carried by the town, with residents involved at some phases (<em>projet municipal</em>). */
    MUNICIPAL_PROJECT,
    /** A project carried by citizens, the town a partner (<em>initiative citoyenne</em>), such as a citizen solar company. */
    CITIZEN_LED,
    /** A public policy drawn up with residents (<em>politique co-construite</em>), such as the Charte du cadre de vie. */
    CO_CONSTRUCTED_POLICY;

    @Override
    public String labelKey() {
        return "InitiativeKind." + name();
    }
}
