package io.github.loosmethod.actor;

import io.github.loosmethod.InvalidValueException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Territory}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableTerritory.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableTerritory extends Territory {
  private final String code;
  private final String name;
  private final String country;
  private final ZoneId zone;

  private ImmutableTerritory(ImmutableTerritory.Builder builder) {
    this.code = builder.code;
    this.name = builder.name;
    this.country = builder.country;
    this.zone = builder.zone;
  }

  /**
   * Returns the official code of the territory (INSEE code for a French commune).
   * @return the code, never blank
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the territory's name.
   * @return the name, never blank
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the country.
   * @return an ISO 3166-1 alpha-2 code in upper case, such as {@code "FR"}
   */
  @Override
  public String country() {
    return country;
  }

  /**
   * Returns the time zone in which the territory counts its calendar days.
   * @return the zone, never null
   */
  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTerritory} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTerritory
        && equalsByValue((ImmutableTerritory) another);
  }

  private boolean equalsByValue(ImmutableTerritory another) {
    return code.equals(another.code)
        && name.equals(another.name)
        && country.equals(another.country)
        && zone.equals(another.zone);
  }

  /**
   * Computes a hash code from attributes: {@code code}, {@code name}, {@code country}, {@code zone}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + code.hashCode();
    h += (h << 5) + name.hashCode();
    h += (h << 5) + country.hashCode();
    h += (h << 5) + zone.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Territory} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Territory{"
        + "code=" + code
        + ", name=" + name
        + ", country=" + country
        + ", zone=" + zone
        + "}";
  }

  private static ImmutableTerritory validate(ImmutableTerritory instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableTerritory ImmutableTerritory}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_CODE = 0x1L;
    private static final long INIT_BIT_NAME = 0x2L;
    private static final long INIT_BIT_COUNTRY = 0x4L;
    private static final long INIT_BIT_ZONE = 0x8L;
    private long initBits = 0xfL;

    private String code;
    private String name;
    private String country;
    private ZoneId zone;

    /**
     * Creates a builder for {@link ImmutableTerritory ImmutableTerritory} instances.
     * <pre>
     * new ImmutableTerritory.Builder()
     *    .withCode(String) // required {@link Territory#code() code}
     *    .withName(String) // required {@link Territory#name() name}
     *    .withCountry(String) // required {@link Territory#country() country}
     *    .withZone(java.time.ZoneId) // required {@link Territory#zone() zone}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Territory} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Territory instance) {
      Objects.requireNonNull(instance, "instance");
      this.withCode(instance.code());
      this.withName(instance.name());
      this.withCountry(instance.country());
      this.withZone(instance.zone());
      return this;
    }

    /**
     * Initializes the value for the {@link Territory#code() code} attribute.
     * @param code The value for code 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCode(String code) {
      this.code = Objects.requireNonNull(code, "code");
      initBits &= ~INIT_BIT_CODE;
      return this;
    }

    /**
     * Initializes the value for the {@link Territory#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withName(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Territory#country() country} attribute.
     * @param country The value for country 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCountry(String country) {
      this.country = Objects.requireNonNull(country, "country");
      initBits &= ~INIT_BIT_COUNTRY;
      return this;
    }

    /**
     * Initializes the value for the {@link Territory#zone() zone} attribute.
     * @param zone The value for zone 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withZone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      initBits &= ~INIT_BIT_ZONE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableTerritory ImmutableTerritory}.
     * @return An immutable instance of Territory
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableTerritory build() {
      checkRequiredAttributes();
      return ImmutableTerritory.validate(new ImmutableTerritory(this));
    }

    private boolean codeIsSet() {
      return (initBits & INIT_BIT_CODE) == 0;
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean countryIsSet() {
      return (initBits & INIT_BIT_COUNTRY) == 0;
    }

    private boolean zoneIsSet() {
      return (initBits & INIT_BIT_ZONE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!codeIsSet()) attributes.add("code");
      if (!nameIsSet()) attributes.add("name");
      if (!countryIsSet()) attributes.add("country");
      if (!zoneIsSet()) attributes.add("zone");
      return "Cannot build Territory, some of required attributes are not set " + attributes;
    }
  }
}
