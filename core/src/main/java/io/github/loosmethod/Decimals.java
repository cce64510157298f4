package io.github.loosmethod;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one shape every decimal of the model takes (<em>décimaux</em>): amounts, weights, targets
 * and scores are exact, at most {@value #MAX_SCALE} decimal places and {@value #MAX_PRECISION}
 * digits, and kept without trailing zeros, so that {@code 12.50} and {@code 12.5} are the same
 * value and every decimal is written and read back as the same text.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Decimals {

    /** The largest number of significant digits a decimal may have. */
    public static final int MAX_PRECISION = 15;
    /** The largest number of decimal places a decimal may have. */
    public static final int MAX_SCALE = 4;

    private Decimals() {
    }

    /**
     * Returns the canonical form of a decimal: trailing zeros removed, never in exponent form.
     *
     * @param field the name of the field holding the value, for the error message, not null
     * @param value the value, not null
     * @return the canonical value, equal by {@link BigDecimal#compareTo} to {@code value}
     * @throws InvalidValueException if the value has more than {@value #MAX_SCALE} decimal places
     *         or more than {@value #MAX_PRECISION} digits
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal canonical(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        // Checked before any rescaling: 1E+999999999 must be refused, not expanded to a billion digits.
        InvalidValueException.require(stripped.scale() <= MAX_SCALE, field, value,
                "must have at most " + MAX_SCALE + " decimal places");
        InvalidValueException.require((long) stripped.precision() - stripped.scale() <= MAX_PRECISION
                && stripped.precision() <= MAX_PRECISION, field, value, "must have at most " + MAX_PRECISION + " digits");
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
