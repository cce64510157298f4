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
    SQUARE_METRES,
    /** Peak power of solar panels, in kilowatts-peak (<em>kWc</em>). */
    KILOWATTS_PEAK,
    /** Energy, in kilowatt-hours (<em>kWh</em>). */
    KILOWATT_HOURS,
    /** Length, in metres (<em>mètres</em>): a hedge, a path. */
    METRES,
    /** People taking part (<em>participants</em>). */
    PARTICIPANTS,
    /** Trees planted or kept (<em>arbres</em>). */
    TREES;

    @Override
    public String labelKey() {
        return "QuantityUnit." + name();
    }
}
