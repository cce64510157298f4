package io.github.loosmethod.commitment;

import static io.github.loosmethod.InvalidValueException.requireThat;

import io.github.loosmethod.Decimals;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An amount with its unit (<em>quantité</em>): 1 200 euros, 40 hours, 12 planters, 350 m².
 *
 * <p>Amounts are exact decimals, never binary floating point. They are kept without trailing
 * zeros, so {@code 12.50} and {@code 12.5} make equal quantities.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the amount is not negative and has at most 4 decimal places and 11 digits before the point
 * ({@link io.github.loosmethod.Decimals}). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quantity {

    Quantity() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableQuantity.Builder builder() {
        return ImmutableQuantity.builder();
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
        return ImmutableQuantity.builder().withAmount(amount).withUnit(unit).build();
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
        requireThat(amount().signum() >= 0, "amount", amount(), "invariant.negative");
        BigDecimal canonical = Decimals.canonical("amount", amount());
        return canonical.equals(amount()) ? this : builder().withAmount(canonical).withUnit(unit()).build();
    }
}
