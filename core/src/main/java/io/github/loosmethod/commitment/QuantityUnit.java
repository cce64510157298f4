package io.github.loosmethod.commitment;

import io.github.loosmethod.Labelled;

/**
 * The units in which a commitment may be quantified (<em>unité</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum QuantityUnit implements Labelled {
    /** Money, in euros (<em>euros</em>). */
    EUROS,
    /** Time spent, in hours (<em>heures</em>). */
    HOURS,
    /** Countable things: planters, tools, trees (<em>unités</em>). */
    ITEMS,
    /** Surface, in square metres (<em>mètres carrés</em>). */
    SQUARE_METRES;

    @Override
    public String labelKey() {
        return "QuantityUnit." + name();
    }
}
