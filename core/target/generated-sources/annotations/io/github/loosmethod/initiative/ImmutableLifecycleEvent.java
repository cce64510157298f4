package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link LifecycleEvent}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableLifecycleEvent.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableLifecycleEvent extends LifecycleEvent {
  private final Transition transition;
  private final InitiativeStatus from;
  private final InitiativeStatus to;
  private final Actor by;
  private final Instant at;
  private final String reason;

  private ImmutableLifecycleEvent(ImmutableLifecycleEvent.Builder builder) {
    this.transition = builder.transition;
    this.from = builder.from;
    this.to = builder.to;
    this.by = builder.by;
    this.at = builder.at;
    this.reason = builder.reason;
  }

  /**
   * Returns the transition made.
   * @return the transition, never null
   */
  @Override
  public Transition transition() {
    return transition;
  }

  /**
   * Returns the status before.
   * @return the status, never null
   */
  @Override
  public InitiativeStatus from() {
    return from;
  }

  /**
   * Returns the status after.
   * @return the status, never null
   */
  @Override
  public InitiativeStatus to() {
    return to;
  }

  /**
   * Returns who made the transition.
   * @return the actor, never null
   */
  @Override
  public Actor by() {
    return by;
  }

  /**
   * Returns when it happened.
   * @return the instant, never null
   */
  @Override
  public Instant at() {
    return at;
  }

  /**
   * Returns why.
   * @return the reason, never blank
   */
  @Override
  public String reason() {
    return reason;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableLifecycleEvent} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableLifecycleEvent
        && equalsByValue((ImmutableLifecycleEvent) another);
  }

  private boolean equalsByValue(ImmutableLifecycleEvent another) {
    return transition.equals(another.transition)
        && from.equals(another.from)
        && to.equals(another.to)
        && by.equals(another.by)
        && at.equals(another.at)
        && reason.equals(another.reason);
  }

  /**
   * Computes a hash code from attributes: {@code transition}, {@code from}, {@code to}, {@code by}, {@code at}, {@code reason}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + transition.hashCode();
    h += (h << 5) + from.hashCode();
    h += (h << 5) + to.hashCode();
    h += (h << 5) + by.hashCode();
    h += (h << 5) + at.hashCode();
    h += (h << 5) + reason.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code LifecycleEvent} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "LifecycleEvent{"
        + "transition=" + transition
        + ", from=" + from
        + ", to=" + to
        + ", by=" + by
        + ", at=" + at
        + ", reason=" + reason
        + "}";
  }

  private static ImmutableLifecycleEvent validate(ImmutableLifecycleEvent instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableLifecycleEvent ImmutableLifecycleEvent}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_TRANSITION = 0x1L;
    private static final long INIT_BIT_FROM = 0x2L;
    private static final long INIT_BIT_TO = 0x4L;
    private static final long INIT_BIT_BY = 0x8L;
    private static final long INIT_BIT_AT = 0x10L;
    private static final long INIT_BIT_REASON = 0x20L;
    private long initBits = 0x3fL;

    private Transition transition;
    private InitiativeStatus from;
    private InitiativeStatus to;
    private Actor by;
    private Instant at;
    private String reason;

    /**
     * Creates a builder for {@link ImmutableLifecycleEvent ImmutableLifecycleEvent} instances.
     * <pre>
     * new ImmutableLifecycleEvent.Builder()
     *    .withTransition(io.github.loosmethod.initiative.Transition) // required {@link LifecycleEvent#transition() transition}
     *    .withFrom(io.github.loosmethod.initiative.InitiativeStatus) // required {@link LifecycleEvent#from() from}
     *    .withTo(io.github.loosmethod.initiative.InitiativeStatus) // required {@link LifecycleEvent#to() to}
     *    .withBy(io.github.loosmethod.actor.Actor) // required {@link LifecycleEvent#by() by}
     *    .withAt(java.time.Instant) // required {@link LifecycleEvent#at() at}
     *    .withReason(String) // required {@link LifecycleEvent#reason() reason}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code LifecycleEvent} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(LifecycleEvent instance) {
      Objects.requireNonNull(instance, "instance");
      this.withTransition(instance.transition());
      this.withFrom(instance.from());
      this.withTo(instance.to());
      this.withBy(instance.by());
      this.withAt(instance.at());
      this.withReason(instance.reason());
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#transition() transition} attribute.
     * @param transition The value for transition 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTransition(Transition transition) {
      this.transition = Objects.requireNonNull(transition, "transition");
      initBits &= ~INIT_BIT_TRANSITION;
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#from() from} attribute.
     * @param from The value for from 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withFrom(InitiativeStatus from) {
      this.from = Objects.requireNonNull(from, "from");
      initBits &= ~INIT_BIT_FROM;
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#to() to} attribute.
     * @param to The value for to 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTo(InitiativeStatus to) {
      this.to = Objects.requireNonNull(to, "to");
      initBits &= ~INIT_BIT_TO;
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#by() by} attribute.
     * @param by The value for by 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withBy(Actor by) {
      this.by = Objects.requireNonNull(by, "by");
      initBits &= ~INIT_BIT_BY;
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#at() at} attribute.
     * @param at The value for at 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withAt(Instant at) {
      this.at = Objects.requireNonNull(at, "at");
      initBits &= ~INIT_BIT_AT;
      return this;
    }

    /**
     * Initializes the value for the {@link LifecycleEvent#reason() reason} attribute.
     * @param reason The value for reason 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withReason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      initBits &= ~INIT_BIT_REASON;
      return this;
    }

    /**
     * Builds a new {@link ImmutableLifecycleEvent ImmutableLifecycleEvent}.
     * @return An immutable instance of LifecycleEvent
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableLifecycleEvent build() {
      checkRequiredAttributes();
      return ImmutableLifecycleEvent.validate(new ImmutableLifecycleEvent(this));
    }

    private boolean transitionIsSet() {
      return (initBits & INIT_BIT_TRANSITION) == 0;
    }

    private boolean fromIsSet() {
      return (initBits & INIT_BIT_FROM) == 0;
    }

    private boolean toIsSet() {
      return (initBits & INIT_BIT_TO) == 0;
    }

    private boolean byIsSet() {
      return (initBits & INIT_BIT_BY) == 0;
    }

    private boolean atIsSet() {
      return (initBits & INIT_BIT_AT) == 0;
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
      if (!transitionIsSet()) attributes.add("transition");
      if (!fromIsSet()) attributes.add("from");
      if (!toIsSet()) attributes.add("to");
      if (!byIsSet()) attributes.add("by");
      if (!atIsSet()) attributes.add("at");
      if (!reasonIsSet()) attributes.add("reason");
      return "Cannot build LifecycleEvent, some of required attributes are not set " + attributes;
    }
  }
}
