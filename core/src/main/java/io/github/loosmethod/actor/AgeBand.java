package io.github.loosmethod.actor;

import io.github.loosmethod.Labelled;

/**
 * The age band of a minor, where known (<em>tranche d'âge</em>): records of schools and youth
 * councils say "CM2 pupils" or "11–14-year-olds" rather than ages.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AgeBand implements Labelled {
    /** Under 11: primary-school pupils (<em>moins de 11 ans</em>). */
    UNDER_11,
    /** 11 to 14: secondary-school pupils, the age of the brief's rule R14 (<em>11–14 ans</em>). */
    FROM_11_TO_14,
    /** 15 to 17 (<em>15–17 ans</em>). */
    FROM_15_TO_17;

    @Override
    public String labelKey() {
        return "AgeBand." + name();
    }
}
