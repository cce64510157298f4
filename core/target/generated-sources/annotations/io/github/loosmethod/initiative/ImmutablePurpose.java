package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Purpose}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutablePurpose.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutablePurpose extends Purpose {
  private final String livingEnvironment;
  private final String generalInterest;

  private ImmutablePurpose(ImmutablePurpose.Builder builder) {
    this.livingEnvironment = builder.livingEnvironment;
    this.generalInterest = builder.generalInterest;
  }

  /**
   * Returns how the initiative improves the living environment.
   * @return the text, never null, possibly empty
   */
  @Override
  public String livingEnvironment() {
    return livingEnvironment;
  }

  /**
   * Returns why the initiative serves the general interest.
   * @return the text, never null, possibly empty
   */
  @Override
  public String generalInterest() {
    return generalInterest;
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePurpose} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePurpose
        && equalsByValue((ImmutablePurpose) another);
  }

  private boolean equalsByValue(ImmutablePurpose another) {
    return livingEnvironment.equals(another.livingEnvironment)
        && generalInterest.equals(another.generalInterest);
  }

  /**
   * Computes a hash code from attributes: {@code livingEnvironment}, {@code generalInterest}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + livingEnvironment.hashCode();
    h += (h << 5) + generalInterest.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Purpose} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Purpose{"
        + "livingEnvironment=" + livingEnvironment
        + ", generalInterest=" + generalInterest
        + "}";
  }

  private static ImmutablePurpose validate(ImmutablePurpose instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutablePurpose ImmutablePurpose}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_LIVING_ENVIRONMENT = 0x1L;
    private static final long INIT_BIT_GENERAL_INTEREST = 0x2L;
    private long initBits = 0x3L;

    private String livingEnvironment;
    private String generalInterest;

    /**
     * Creates a builder for {@link ImmutablePurpose ImmutablePurpose} instances.
     * <pre>
     * new ImmutablePurpose.Builder()
     *    .withLivingEnvironment(String) // required {@link Purpose#livingEnvironment() livingEnvironment}
     *    .withGeneralInterest(String) // required {@link Purpose#generalInterest() generalInterest}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Purpose} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Purpose instance) {
      Objects.requireNonNull(instance, "instance");
      this.withLivingEnvironment(instance.livingEnvironment());
      this.withGeneralInterest(instance.generalInterest());
      return this;
    }

    /**
     * Initializes the value for the {@link Purpose#livingEnvironment() livingEnvironment} attribute.
     * @param livingEnvironment The value for livingEnvironment 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withLivingEnvironment(String livingEnvironment) {
      this.livingEnvironment = Objects.requireNonNull(livingEnvironment, "livingEnvironment");
      initBits &= ~INIT_BIT_LIVING_ENVIRONMENT;
      return this;
    }

    /**
     * Initializes the value for the {@link Purpose#generalInterest() generalInterest} attribute.
     * @param generalInterest The value for generalInterest 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withGeneralInterest(String generalInterest) {
      this.generalInterest = Objects.requireNonNull(generalInterest, "generalInterest");
      initBits &= ~INIT_BIT_GENERAL_INTEREST;
      return this;
    }

    /**
     * Builds a new {@link ImmutablePurpose ImmutablePurpose}.
     * @return An immutable instance of Purpose
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutablePurpose build() {
      checkRequiredAttributes();
      return ImmutablePurpose.validate(new ImmutablePurpose(this));
    }

    private boolean livingEnvironmentIsSet() {
      return (initBits & INIT_BIT_LIVING_ENVIRONMENT) == 0;
    }

    private boolean generalInterestIsSet() {
      return (initBits & INIT_BIT_GENERAL_INTEREST) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!livingEnvironmentIsSet()) attributes.add("livingEnvironment");
      if (!generalInterestIsSet()) attributes.add("generalInterest");
      return "Cannot build Purpose, some of required attributes are not set " + attributes;
    }
  }
}
