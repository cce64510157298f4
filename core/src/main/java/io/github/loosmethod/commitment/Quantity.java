package io.github.loosmethod.commitment;

import static io.github.loosmethod.InvalidValueException.require;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An amount with its unit (<em>quantité</em>): 1 200 euros, 40 hours, 12 planters, 350 m².
 *
 * <p>Amounts are exact decimals, never binary floating point. They are kept without trailing
 * zeros, so {@code 12.50} and {@code 12.5} make equal quantities.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the amount is not negative and has at most 4 decimal places and 15 digits in all. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quantity {

    /** The largest number of significant digits an amount may have. */
    public static final int MAX_PRECISION = 15;
    /** The largest number of decimal places an amount may have. */
    public static final int MAX_SCALE = 4;

    Quantity() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableQuantity.Builder builder() {
        return new ImmutableQuantity.Builder();
    }

    /**
     * Creates a quantity.
     *
     * @param amount the amount, not negative
     * @param unit the unit, not null
     * @return the quantity, never null
     * @throws io.github.loosmethod.InvalidValueException if the amount is negative or too precise
     * @throws NullPointerException if an argument is null
     */
    public static Quantity of(BigDecimal amount, QuantityUnit unit) {
        return new ImmutableQuantity.Builder().withAmount(amount).withUnit(unit).build();
    }

    /**
     * Creates a quantity from a whole number.
     *
     * @param amount the amount, not negative
     * @param unit the unit, not null
     * @return the quantity, never null
     * @throws io.github.loosmethod.InvalidValueException if the amount is negative
     * @throws NullPointerException if {@code unit} is null
     */
    public static Quantity of(long amount, QuantityUnit unit) {
        return of(BigDecimal.valueOf(amount), unit);
    }

    /**
     * Returns the amount.
     *
     * @return the amount, never negative, without trailing zeros
     */
    public abstract BigDecimal amount();

    /**
     * Returns the unit.
     *
     * @return the unit, never null
     */
    public abstract QuantityUnit unit();

    @Value.Check
    final Quantity normalize() {
        require(amount().signum() >= 0, "amount", amount().toPlainString(), "must not be negative");
        BigDecimal stripped = amount().signum() == 0 ? BigDecimal.ZERO : amount().stripTrailingZeros();
        require(stripped.scale() <= MAX_SCALE, "amount", amount().toPlainString(),
                "must have at most " + MAX_SCALE + " decimal places");
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        require(stripped.precision() <= MAX_PRECISION, "amount", amount().toPlainString(),
                "must have at most " + MAX_PRECISION + " digits");
        if (stripped.equals(amount())) {
            return this;
        }
        return new ImmutableQuantity.Builder().withAmount(stripped).withUnit(unit()).build();
    }
}
