package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Signature}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableSignature.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableSignature extends Signature {
  private final Side side;
  private final Actor signer;
  private final LocalDate date;

  private ImmutableSignature(ImmutableSignature.Builder builder) {
    this.side = builder.side;
    this.signer = builder.signer;
    this.date = builder.date;
  }

  /**
   * Returns the side the signer signs for.
   * @return the side, never null
   */
  @Override
  public Side side() {
    return side;
  }

  /**
   * Returns who signs.
   * @return the signer, never null
   */
  @Override
  public Actor signer() {
    return signer;
  }

  /**
   * Returns the day of signing.
   * @return the date, never null
   */
  @Override
  public LocalDate date() {
    return date;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableSignature} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableSignature
        && equalsByValue((ImmutableSignature) another);
  }

  private boolean equalsByValue(ImmutableSignature another) {
    return side.equals(another.side)
        && signer.equals(another.signer)
        && date.equals(another.date);
  }

  /**
   * Computes a hash code from attributes: {@code side}, {@code signer}, {@code date}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + side.hashCode();
    h += (h << 5) + signer.hashCode();
    h += (h << 5) + date.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Signature} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Signature{"
        + "side=" + side
        + ", signer=" + signer
        + ", date=" + date
        + "}";
  }

  /**
   * Builds instances of type {@link ImmutableSignature ImmutableSignature}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_SIDE = 0x1L;
    private static final long INIT_BIT_SIGNER = 0x2L;
    private static final long INIT_BIT_DATE = 0x4L;
    private long initBits = 0x7L;

    private Side side;
    private Actor signer;
    private LocalDate date;

    /**
     * Creates a builder for {@link ImmutableSignature ImmutableSignature} instances.
     * <pre>
     * new ImmutableSignature.Builder()
     *    .withSide(io.github.loosmethod.commitment.Side) // required {@link Signature#side() side}
     *    .withSigner(io.github.loosmethod.actor.Actor) // required {@link Signature#signer() signer}
     *    .withDate(java.time.LocalDate) // required {@link Signature#date() date}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Signature} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Signature instance) {
      Objects.requireNonNull(instance, "instance");
      this.withSide(instance.side());
      this.withSigner(instance.signer());
      this.withDate(instance.date());
      return this;
    }

    /**
     * Initializes the value for the {@link Signature#side() side} attribute.
     * @param side The value for side 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSide(Side side) {
      this.side = Objects.requireNonNull(side, "side");
      initBits &= ~INIT_BIT_SIDE;
      return this;
    }

    /**
     * Initializes the value for the {@link Signature#signer() signer} attribute.
     * @param signer The value for signer 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSigner(Actor signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      initBits &= ~INIT_BIT_SIGNER;
      return this;
    }

    /**
     * Initializes the value for the {@link Signature#date() date} attribute.
     * @param date The value for date 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withDate(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      initBits &= ~INIT_BIT_DATE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableSignature ImmutableSignature}.
     * @return An immutable instance of Signature
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableSignature build() {
      checkRequiredAttributes();
      return new ImmutableSignature(this);
    }

    private boolean sideIsSet() {
      return (initBits & INIT_BIT_SIDE) == 0;
    }

    private boolean signerIsSet() {
      return (initBits & INIT_BIT_SIGNER) == 0;
    }

    private boolean dateIsSet() {
      return (initBits & INIT_BIT_DATE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!sideIsSet()) attributes.add("side");
      if (!signerIsSet()) attributes.add("signer");
      if (!dateIsSet()) attributes.add("date");
      return "Cannot build Signature, some of required attributes are not set " + attributes;
    }
  }
}
