package io.github.loosmethod;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one shape every decimal of the model takes (<em>décimaux</em>): amounts, weights, targets,
 * scores and the figures of reports are exact, with at most {@value #MAX_SCALE} decimal places
 * and at most {@value #MAX_INTEGER_DIGITS} digits before the point, and kept without trailing
 * zeros, so that {@code 12.50} and {@code 12.5} are the same value and every decimal is written and
 * read back as the same text.
 *
 * <p>Why these bounds: at most 15 significant digits, so that a system reading the format with
 * binary floating point (JavaScript, a spreadsheet) gets every value exactly; and bounds the
 * published JSON Schema can state as they are ({@code multipleOf} 0.0001, magnitude below 10<sup>11</sup>),
 * so that the schema and this library accept the same numbers. The largest amount is thus
 * 99,999,999,999.9999 — a hundred billion euros, far above any town's budget.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Decimals {

    /** The largest number of decimal places a decimal may have. */
    public static final int MAX_SCALE = 4;
    /** The largest number of digits a decimal may have before the point. */
    public static final int MAX_INTEGER_DIGITS = 11;
    /** The smallest magnitude no decimal reaches: 10<sup>{@value #MAX_INTEGER_DIGITS}</sup>. */
    public static final BigDecimal BOUND = BigDecimal.ONE.scaleByPowerOfTen(MAX_INTEGER_DIGITS);

    private Decimals() {
    }

    /**
     * Returns the canonical form of a decimal: trailing zeros removed, never in exponent form.
     *
     * @param field the name of the field holding the value, for the error message, not null
     * @param value the value, not null
     * @return the canonical value, equal by {@link BigDecimal#compareTo} to {@code value}
     * @throws InvalidValueException if the value has more than {@value #MAX_SCALE} decimal places
     *         or more than {@value #MAX_INTEGER_DIGITS} digits before the point
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal canonical(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        // Checked on the unscaled form, before any rescaling: 1E+999999999 is refused, never expanded.
        if (stripped.scale() > MAX_SCALE) {
            throw InvalidValueException.of(field, Texts.number(value), "invariant.decimalPlaces", MAX_SCALE);
        }
        if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidValueException.of(field, Texts.number(value), "invariant.integerDigits", MAX_INTEGER_DIGITS);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Rounds a computed decimal (a mean, a share, a score) half to even to some decimal places and
     * returns its canonical form: {@code 40.00} comes back as {@code 40}.
     *
     * @param field the name of what is computed, for the error message, not null
     * @param value the value, not null
     * @param places the decimal places kept, from 0 to {@value #MAX_SCALE}
     * @return the rounded canonical value
     * @throws InvalidValueException if the rounded value has more than {@value #MAX_INTEGER_DIGITS}
     *         digits before the point
     * @throws IllegalArgumentException if {@code places} is out of range
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal round(String field, BigDecimal value, int places) {
        if (places < 0 || places > MAX_SCALE) {
            throw new IllegalArgumentException("places must be between 0 and " + MAX_SCALE + ": " + places);
        }
        return canonical(field, value.setScale(places, java.math.RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the canonical form of a decimal that must not be negative.
     *
     * @param field the name of the field holding the value, for the error message, not null
     * @param value the value, not null
     * @return the canonical value
     * @throws InvalidValueException if the value is negative or not canonical as
     *         {@link #canonical(String, BigDecimal)} requires
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        BigDecimal canonical = canonical(field, value);
        if (canonical.signum() < 0) {
            throw InvalidValueException.of(field, canonical.toPlainString(), "invariant.negative");
        }
        return canonical;
    }

    /**
     * Returns a map whose decimal values are all in canonical form and not negative: the same map
     * when they already are, so that checking a value read costs no copy.
     *
     * @param <K> the type of the keys, rendered in a message as {@code field[KEY]}
     * @param field the name of the field holding the map, for the error message, not null
     * @param map the map, not null, without null values
     * @return {@code map}, or a sorted copy holding the canonical values
     * @throws InvalidValueException if a value is negative or not canonical as
     *         {@link #canonical(String, BigDecimal)} requires
     * @throws NullPointerException if an argument is null
     */
    public static <K> java.util.SortedMap<K, BigDecimal> nonNegativeValues(String field, java.util.SortedMap<K, BigDecimal> map) {
        java.util.SortedMap<K, BigDecimal> copy = null;
        for (java.util.Map.Entry<K, BigDecimal> entry : map.entrySet()) {
            BigDecimal canonical = nonNegative(field + "[" + entry.getKey() + "]", entry.getValue());
            if (!canonical.equals(entry.getValue())) {
                if (copy == null) {
                    copy = new java.util.TreeMap<>(map);
                }
                copy.put(entry.getKey(), canonical);
            }
        }
        return copy == null ? map : copy;
    }

    /**
     * Returns the canonical form of a decimal that must lie between two bounds.
     *
     * @param field the name of the field holding the value, for the error message, not null
     * @param value the value, not null
     * @param min the lowest value allowed, not null
     * @param max the highest value allowed, not null
     * @return the canonical value
     * @throws InvalidValueException if the value is out of bounds or not canonical as
     *         {@link #canonical(String, BigDecimal)} requires
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        BigDecimal canonical = canonical(field, value);
        if (canonical.compareTo(min) < 0 || canonical.compareTo(max) > 0) {
            throw InvalidValueException.of(field, canonical.toPlainString(), "invariant.between", min.toPlainString(),
                    max.toPlainString());
        }
        return canonical;
    }
}
