package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Quantity}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableQuantity.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableQuantity extends Quantity {
  private final BigDecimal amount;
  private final QuantityUnit unit;

  private ImmutableQuantity(ImmutableQuantity.Builder builder) {
    this.amount = builder.amount;
    this.unit = builder.unit;
  }

  /**
   * Returns the amount.
   * @return the amount, never negative, without trailing zeros
   */
  @Override
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the unit.
   * @return the unit, never null
   */
  @Override
  public QuantityUnit unit() {
    return unit;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableQuantity} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableQuantity
        && equalsByValue((ImmutableQuantity) another);
  }

  private boolean equalsByValue(ImmutableQuantity another) {
    return amount.equals(another.amount)
        && unit.equals(another.unit);
  }

  /**
   * Computes a hash code from attributes: {@code amount}, {@code unit}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + amount.hashCode();
    h += (h << 5) + unit.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Quantity} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Quantity{"
        + "amount=" + amount
        + ", unit=" + unit
        + "}";
  }

  private static ImmutableQuantity validate(ImmutableQuantity instance) {
    instance = (ImmutableQuantity) instance.normalize();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableQuantity ImmutableQuantity}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_AMOUNT = 0x1L;
    private static final long INIT_BIT_UNIT = 0x2L;
    private long initBits = 0x3L;

    private BigDecimal amount;
    private QuantityUnit unit;

    /**
     * Creates a builder for {@link ImmutableQuantity ImmutableQuantity} instances.
     * <pre>
     * new ImmutableQuantity.Builder()
     *    .withAmount(java.math.BigDecimal) // required {@link Quantity#amount() amount}
     *    .withUnit(io.github.loosmethod.commitment.QuantityUnit) // required {@link Quantity#unit() unit}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Quantity} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Quantity instance) {
      Objects.requireNonNull(instance, "instance");
      this.withAmount(instance.amount());
      this.withUnit(instance.unit());
      return this;
    }

    /**
     * Initializes the value for the {@link Quantity#amount() amount} attribute.
     * @param amount The value for amount 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withAmount(BigDecimal amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      initBits &= ~INIT_BIT_AMOUNT;
      return this;
    }

    /**
     * Initializes the value for the {@link Quantity#unit() unit} attribute.
     * @param unit The value for unit 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withUnit(QuantityUnit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      initBits &= ~INIT_BIT_UNIT;
      return this;
    }

    /**
     * Builds a new {@link ImmutableQuantity ImmutableQuantity}.
     * @return An immutable instance of Quantity
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableQuantity build() {
      checkRequiredAttributes();
      return ImmutableQuantity.validate(new ImmutableQuantity(this));
    }

    private boolean amountIsSet() {
      return (initBits & INIT_BIT_AMOUNT) == 0;
    }

    private boolean unitIsSet() {
      return (initBits & INIT_BIT_UNIT) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!amountIsSet()) attributes.add("amount");
      if (!unitIsSet()) attributes.add("unit");
      return "Cannot build Quantity, some of required attributes are not set " + attributes;
    }
  }
}
