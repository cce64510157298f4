package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link RequestAssessment}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableRequestAssessment.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableRequestAssessment extends RequestAssessment {
  private final Actor decidedBy;
  private final Instant decidedAt;
  private final AssessmentOutcome outcome;
  private final List<String> reasons;

  private ImmutableRequestAssessment(ImmutableRequestAssessment.Builder builder) {
    this.decidedBy = builder.decidedBy;
    this.decidedAt = builder.decidedAt;
    this.outcome = builder.outcome;
    this.reasons = createUnmodifiableList(true, builder.reasons);
  }

  /**
   * Returns who decided: an elected official, or a body of them.
   * @return the decider, never null
   */
  @Override
  public Actor decidedBy() {
    return decidedBy;
  }

  /**
   * Returns when the decision was taken.
   * @return the instant, never null
   */
  @Override
  public Instant decidedAt() {
    return decidedAt;
  }

  /**
   * Returns the decision.
   * @return the outcome, never null
   */
  @Override
  public AssessmentOutcome outcome() {
    return outcome;
  }

  /**
   * Returns the reasons given for the decision.
   * @return the reasons, unmodifiable, never empty
   */
  @Override
  public List<String> reasons() {
    return reasons;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRequestAssessment} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRequestAssessment
        && equalsByValue((ImmutableRequestAssessment) another);
  }

  private boolean equalsByValue(ImmutableRequestAssessment another) {
    return decidedBy.equals(another.decidedBy)
        && decidedAt.equals(another.decidedAt)
        && outcome.equals(another.outcome)
        && reasons.equals(another.reasons);
  }

  /**
   * Computes a hash code from attributes: {@code decidedBy}, {@code decidedAt}, {@code outcome}, {@code reasons}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + decidedBy.hashCode();
    h += (h << 5) + decidedAt.hashCode();
    h += (h << 5) + outcome.hashCode();
    h += (h << 5) + reasons.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code RequestAssessment} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "RequestAssessment{"
        + "decidedBy=" + decidedBy
        + ", decidedAt=" + decidedAt
        + ", outcome=" + outcome
        + ", reasons=" + reasons
        + "}";
  }

  private static ImmutableRequestAssessment validate(ImmutableRequestAssessment instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableRequestAssessment ImmutableRequestAssessment}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_DECIDED_BY = 0x1L;
    private static final long INIT_BIT_DECIDED_AT = 0x2L;
    private static final long INIT_BIT_OUTCOME = 0x4L;
    private long initBits = 0x7L;

    private Actor decidedBy;
    private Instant decidedAt;
    private AssessmentOutcome outcome;
    private List<String> reasons = new ArrayList<String>();

    /**
     * Creates a builder for {@link ImmutableRequestAssessment ImmutableRequestAssessment} instances.
     * <pre>
     * new ImmutableRequestAssessment.Builder()
     *    .withDecidedBy(io.github.loosmethod.actor.Actor) // required {@link RequestAssessment#decidedBy() decidedBy}
     *    .withDecidedAt(java.time.Instant) // required {@link RequestAssessment#decidedAt() decidedAt}
     *    .withOutcome(io.github.loosmethod.initiative.AssessmentOutcome) // required {@link RequestAssessment#outcome() outcome}
     *    .addReason|addAllReasons(String) // {@link RequestAssessment#reasons() reasons} elements
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code RequestAssessment} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(RequestAssessment instance) {
      Objects.requireNonNull(instance, "instance");
      this.withDecidedBy(instance.decidedBy());
      this.withDecidedAt(instance.decidedAt());
      this.withOutcome(instance.outcome());
      addAllReasons(instance.reasons());
      return this;
    }

    /**
     * Initializes the value for the {@link RequestAssessment#decidedBy() decidedBy} attribute.
     * @param decidedBy The value for decidedBy 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withDecidedBy(Actor decidedBy) {
      this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
      initBits &= ~INIT_BIT_DECIDED_BY;
      return this;
    }

    /**
     * Initializes the value for the {@link RequestAssessment#decidedAt() decidedAt} attribute.
     * @param decidedAt The value for decidedAt 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withDecidedAt(Instant decidedAt) {
      this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
      initBits &= ~INIT_BIT_DECIDED_AT;
      return this;
    }

    /**
     * Initializes the value for the {@link RequestAssessment#outcome() outcome} attribute.
     * @param outcome The value for outcome 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withOutcome(AssessmentOutcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      initBits &= ~INIT_BIT_OUTCOME;
      return this;
    }

    /**
     * Adds one element to {@link RequestAssessment#reasons() reasons} list.
     * @param element A reasons element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addReason(String element) {
      this.reasons.add(Objects.requireNonNull(element, "reasons element"));
      return this;
    }

    /**
     * Adds elements to {@link RequestAssessment#reasons() reasons} list.
     * @param elements An array of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addReasons(String... elements) {
      for (String element : elements) {
        this.reasons.add(Objects.requireNonNull(element, "reasons element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link RequestAssessment#reasons() reasons} list.
     * @param elements An iterable of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withReasons(Iterable<String> elements) {
      this.reasons.clear();
      return addAllReasons(elements);
    }

    /**
     * Adds elements to {@link RequestAssessment#reasons() reasons} list.
     * @param elements An iterable of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllReasons(Iterable<String> elements) {
      for (String element : elements) {
        this.reasons.add(Objects.requireNonNull(element, "reasons element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableRequestAssessment ImmutableRequestAssessment}.
     * @return An immutable instance of RequestAssessment
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableRequestAssessment build() {
      checkRequiredAttributes();
      return ImmutableRequestAssessment.validate(new ImmutableRequestAssessment(this));
    }

    private boolean decidedByIsSet() {
      return (initBits & INIT_BIT_DECIDED_BY) == 0;
    }

    private boolean decidedAtIsSet() {
      return (initBits & INIT_BIT_DECIDED_AT) == 0;
    }

    private boolean outcomeIsSet() {
      return (initBits & INIT_BIT_OUTCOME) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!decidedByIsSet()) attributes.add("decidedBy");
      if (!decidedAtIsSet()) attributes.add("decidedAt");
      if (!outcomeIsSet()) attributes.add("outcome");
      return "Cannot build RequestAssessment, some of required attributes are not set " + attributes;
    }
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) Objects.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}
