package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Convention}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableConvention.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableConvention extends Convention {
  private final String reference;
  private final Actor town;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final List<Commitment> commitments;
  private final List<Signature> signatures;

  private ImmutableConvention(ImmutableConvention.Builder builder) {
    this.reference = builder.reference;
    this.town = builder.town;
    this.startDate = builder.startDate;
    this.endDate = builder.endDate;
    this.commitments = createUnmodifiableList(true, builder.commitments);
    this.signatures = createUnmodifiableList(true, builder.signatures);
  }

  /**
   * Returns the town's reference for this convention, such as {@code "FF-2022-03"}.
   * @return the reference, never blank
   */
  @Override
  public String reference() {
    return reference;
  }

  /**
   * Returns the town as a party: the municipality.
   * @return the municipality, never null
   */
  @Override
  public Actor town() {
    return town;
  }

  /**
   * Returns the first day the convention is in force.
   * @return the start date, never null
   */
  @Override
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * Returns the last day the convention is in force; stewardship commitments run until then
   * (R12).
   * @return the end date, never before the start date
   */
  @Override
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * Returns the commitments of both sides, in the order of the convention's text.
   * @return the commitments, unmodifiable, never null
   */
  @Override
  public List<Commitment> commitments() {
    return commitments;
  }

  /**
   * Returns the signatures, in the order they were given.
   * @return the signatures, unmodifiable, never null
   */
  @Override
  public List<Signature> signatures() {
    return signatures;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableConvention} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableConvention
        && equalsByValue((ImmutableConvention) another);
  }

  private boolean equalsByValue(ImmutableConvention another) {
    return reference.equals(another.reference)
        && town.equals(another.town)
        && startDate.equals(another.startDate)
        && endDate.equals(another.endDate)
        && commitments.equals(another.commitments)
        && signatures.equals(another.signatures);
  }

  /**
   * Computes a hash code from attributes: {@code reference}, {@code town}, {@code startDate}, {@code endDate}, {@code commitments}, {@code signatures}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + reference.hashCode();
    h += (h << 5) + town.hashCode();
    h += (h << 5) + startDate.hashCode();
    h += (h << 5) + endDate.hashCode();
    h += (h << 5) + commitments.hashCode();
    h += (h << 5) + signatures.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Convention} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Convention{"
        + "reference=" + reference
        + ", town=" + town
        + ", startDate=" + startDate
        + ", endDate=" + endDate
        + ", commitments=" + commitments
        + ", signatures=" + signatures
        + "}";
  }

  private static ImmutableConvention validate(ImmutableConvention instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableConvention ImmutableConvention}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_REFERENCE = 0x1L;
    private static final long INIT_BIT_TOWN = 0x2L;
    private static final long INIT_BIT_START_DATE = 0x4L;
    private static final long INIT_BIT_END_DATE = 0x8L;
    private long initBits = 0xfL;

    private String reference;
    private Actor town;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<Commitment> commitments = new ArrayList<Commitment>();
    private List<Signature> signatures = new ArrayList<Signature>();

    /**
     * Creates a builder for {@link ImmutableConvention ImmutableConvention} instances.
     * <pre>
     * new ImmutableConvention.Builder()
     *    .withReference(String) // required {@link Convention#reference() reference}
     *    .withTown(io.github.loosmethod.actor.Actor) // required {@link Convention#town() town}
     *    .withStartDate(java.time.LocalDate) // required {@link Convention#startDate() startDate}
     *    .withEndDate(java.time.LocalDate) // required {@link Convention#endDate() endDate}
     *    .addCommitment|addAllCommitments(io.github.loosmethod.commitment.Commitment) // {@link Convention#commitments() commitments} elements
     *    .addSignature|addAllSignatures(io.github.loosmethod.commitment.Signature) // {@link Convention#signatures() signatures} elements
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Convention} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Convention instance) {
      Objects.requireNonNull(instance, "instance");
      this.withReference(instance.reference());
      this.withTown(instance.town());
      this.withStartDate(instance.startDate());
      this.withEndDate(instance.endDate());
      addAllCommitments(instance.commitments());
      addAllSignatures(instance.signatures());
      return this;
    }

    /**
     * Initializes the value for the {@link Convention#reference() reference} attribute.
     * @param reference The value for reference 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withReference(String reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      initBits &= ~INIT_BIT_REFERENCE;
      return this;
    }

    /**
     * Initializes the value for the {@link Convention#town() town} attribute.
     * @param town The value for town 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTown(Actor town) {
      this.town = Objects.requireNonNull(town, "town");
      initBits &= ~INIT_BIT_TOWN;
      return this;
    }

    /**
     * Initializes the value for the {@link Convention#startDate() startDate} attribute.
     * @param startDate The value for startDate 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withStartDate(LocalDate startDate) {
      this.startDate = Objects.requireNonNull(startDate, "startDate");
      initBits &= ~INIT_BIT_START_DATE;
      return this;
    }

    /**
     * Initializes the value for the {@link Convention#endDate() endDate} attribute.
     * @param endDate The value for endDate 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withEndDate(LocalDate endDate) {
      this.endDate = Objects.requireNonNull(endDate, "endDate");
      initBits &= ~INIT_BIT_END_DATE;
      return this;
    }

    /**
     * Adds one element to {@link Convention#commitments() commitments} list.
     * @param element A commitments element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addCommitment(Commitment element) {
      this.commitments.add(Objects.requireNonNull(element, "commitments element"));
      return this;
    }

    /**
     * Adds elements to {@link Convention#commitments() commitments} list.
     * @param elements An array of commitments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addCommitments(Commitment... elements) {
      for (Commitment element : elements) {
        this.commitments.add(Objects.requireNonNull(element, "commitments element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Convention#commitments() commitments} list.
     * @param elements An iterable of commitments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCommitments(Iterable<? extends Commitment> elements) {
      this.commitments.clear();
      return addAllCommitments(elements);
    }

    /**
     * Adds elements to {@link Convention#commitments() commitments} list.
     * @param elements An iterable of commitments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllCommitments(Iterable<? extends Commitment> elements) {
      for (Commitment element : elements) {
        this.commitments.add(Objects.requireNonNull(element, "commitments element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Convention#signatures() signatures} list.
     * @param element A signatures element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSignature(Signature element) {
      this.signatures.add(Objects.requireNonNull(element, "signatures element"));
      return this;
    }

    /**
     * Adds elements to {@link Convention#signatures() signatures} list.
     * @param elements An array of signatures elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSignatures(Signature... elements) {
      for (Signature element : elements) {
        this.signatures.add(Objects.requireNonNull(element, "signatures element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Convention#signatures() signatures} list.
     * @param elements An iterable of signatures elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSignatures(Iterable<? extends Signature> elements) {
      this.signatures.clear();
      return addAllSignatures(elements);
    }

    /**
     * Adds elements to {@link Convention#signatures() signatures} list.
     * @param elements An iterable of signatures elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllSignatures(Iterable<? extends Signature> elements) {
      for (Signature element : elements) {
        this.signatures.add(Objects.requireNonNull(element, "signatures element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableConvention ImmutableConvention}.
     * @return An immutable instance of Convention
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableConvention build() {
      checkRequiredAttributes();
      return ImmutableConvention.validate(new ImmutableConvention(this));
    }

    private boolean referenceIsSet() {
      return (initBits & INIT_BIT_REFERENCE) == 0;
    }

    private boolean townIsSet() {
      return (initBits & INIT_BIT_TOWN) == 0;
    }

    private boolean startDateIsSet() {
      return (initBits & INIT_BIT_START_DATE) == 0;
    }

    private boolean endDateIsSet() {
      return (initBits & INIT_BIT_END_DATE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!referenceIsSet()) attributes.add("reference");
      if (!townIsSet()) attributes.add("town");
      if (!startDateIsSet()) attributes.add("startDate");
      if (!endDateIsSet()) attributes.add("endDate");
      return "Cannot build Convention, some of required attributes are not set " + attributes;
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
