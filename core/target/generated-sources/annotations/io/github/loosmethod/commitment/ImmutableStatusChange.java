package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link StatusChange}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableStatusChange.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableStatusChange extends StatusChange {
  private final CommitmentStatus from;
  private final CommitmentStatus to;
  private final LocalDate on;
  private final String reason;

  private ImmutableStatusChange(ImmutableStatusChange.Builder builder) {
    this.from = builder.from;
    this.to = builder.to;
    this.on = builder.on;
    this.reason = builder.reason;
  }

  /**
   * Returns the status before the change.
   * @return the status, never null
   */
  @Override
  public CommitmentStatus from() {
    return from;
  }

  /**
   * Returns the status after the change.
   * @return the status, never null
   */
  @Override
  public CommitmentStatus to() {
    return to;
  }

  /**
   * Returns the day of the change.
   * @return the date, never null
   */
  @Override
  public LocalDate on() {
    return on;
  }

  /**
   * Returns why the status changed.
   * @return the reason, never blank
   */
  @Override
  public String reason() {
    return reason;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableStatusChange} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableStatusChange
        && equalsByValue((ImmutableStatusChange) another);
  }

  private boolean equalsByValue(ImmutableStatusChange another) {
    return from.equals(another.from)
        && to.equals(another.to)
        && on.equals(another.on)
        && reason.equals(another.reason);
  }

  /**
   * Computes a hash code from attributes: {@code from}, {@code to}, {@code on}, {@code reason}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + from.hashCode();
    h += (h << 5) + to.hashCode();
    h += (h << 5) + on.hashCode();
    h += (h << 5) + reason.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code StatusChange} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "StatusChange{"
        + "from=" + from
        + ", to=" + to
        + ", on=" + on
        + ", reason=" + reason
        + "}";
  }

  private static ImmutableStatusChange validate(ImmutableStatusChange instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableStatusChange ImmutableStatusChange}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_FROM = 0x1L;
    private static final long INIT_BIT_TO = 0x2L;
    private static final long INIT_BIT_ON = 0x4L;
    private static final long INIT_BIT_REASON = 0x8L;
    private long initBits = 0xfL;

    private CommitmentStatus from;
    private CommitmentStatus to;
    private LocalDate on;
    private String reason;

    /**
     * Creates a builder for {@link ImmutableStatusChange ImmutableStatusChange} instances.
     * <pre>
     * new ImmutableStatusChange.Builder()
     *    .withFrom(io.github.loosmethod.commitment.CommitmentStatus) // required {@link StatusChange#from() from}
     *    .withTo(io.github.loosmethod.commitment.CommitmentStatus) // required {@link StatusChange#to() to}
     *    .withOn(java.time.LocalDate) // required {@link StatusChange#on() on}
     *    .withReason(String) // required {@link StatusChange#reason() reason}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code StatusChange} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(StatusChange instance) {
      Objects.requireNonNull(instance, "instance");
      this.withFrom(instance.from());
      this.withTo(instance.to());
      this.withOn(instance.on());
      this.withReason(instance.reason());
      return this;
    }

    /**
     * Initializes the value for the {@link StatusChange#from() from} attribute.
     * @param from The value for from 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withFrom(CommitmentStatus from) {
      this.from = Objects.requireNonNull(from, "from");
      initBits &= ~INIT_BIT_FROM;
      return this;
    }

    /**
     * Initializes the value for the {@link StatusChange#to() to} attribute.
     * @param to The value for to 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTo(CommitmentStatus to) {
      this.to = Objects.requireNonNull(to, "to");
      initBits &= ~INIT_BIT_TO;
      return this;
    }

    /**
     * Initializes the value for the {@link StatusChange#on() on} attribute.
     * @param on The value for on 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withOn(LocalDate on) {
      this.on = Objects.requireNonNull(on, "on");
      initBits &= ~INIT_BIT_ON;
      return this;
    }

    /**
     * Initializes the value for the {@link StatusChange#reason() reason} attribute.
     * @param reason The value for reason 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withReason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      initBits &= ~INIT_BIT_REASON;
      return this;
    }

    /**
     * Builds a new {@link ImmutableStatusChange ImmutableStatusChange}.
     * @return An immutable instance of StatusChange
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableStatusChange build() {
      checkRequiredAttributes();
      return ImmutableStatusChange.validate(new ImmutableStatusChange(this));
    }

    private boolean fromIsSet() {
      return (initBits & INIT_BIT_FROM) == 0;
    }

    private boolean toIsSet() {
      return (initBits & INIT_BIT_TO) == 0;
    }

    private boolean onIsSet() {
      return (initBits & INIT_BIT_ON) == 0;
    }

    private boolean reasonIsSet() {
      return (initBits & INIT_BIT_REASON) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!fromIsSet()) attributes.add("from");
      if (!toIsSet()) attributes.add("to");
      if (!onIsSet()) attributes.add("on");
      if (!reasonIsSet()) attributes.add("reason");
      return "Cannot build StatusChange, some of required attributes are not set " + attributes;
    }
  }
}
