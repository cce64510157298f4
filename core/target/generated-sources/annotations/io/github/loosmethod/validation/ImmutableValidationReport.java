package io.github.loosmethod.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link ValidationReport}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableValidationReport.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableValidationReport extends ValidationReport {
  private final List<Violation> violations;

  private ImmutableValidationReport(ImmutableValidationReport.Builder builder) {
    this.violations = createUnmodifiableList(true, builder.violations);
  }

  /**
   * Returns every violation found, in the order of the rule catalogue and of the record.
   * @return the violations, unmodifiable, never null
   */
  @Override
  public List<Violation> violations() {
    return violations;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableValidationReport} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableValidationReport
        && equalsByValue((ImmutableValidationReport) another);
  }

  private boolean equalsByValue(ImmutableValidationReport another) {
    return violations.equals(another.violations);
  }

  /**
   * Computes a hash code from attributes: {@code violations}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + violations.hashCode();
    return h;
  }

  /**
   * Builds instances of type {@link ImmutableValidationReport ImmutableValidationReport}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private List<Violation> violations = new ArrayList<Violation>();

    /**
     * Creates a builder for {@link ImmutableValidationReport ImmutableValidationReport} instances.
     * <pre>
     * new ImmutableValidationReport.Builder()
     *    .addViolation|addAllViolations(io.github.loosmethod.validation.Violation) // {@link ValidationReport#violations() violations} elements
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ValidationReport} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ValidationReport instance) {
      Objects.requireNonNull(instance, "instance");
      addAllViolations(instance.violations());
      return this;
    }

    /**
     * Adds one element to {@link ValidationReport#violations() violations} list.
     * @param element A violations element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addViolation(Violation element) {
      this.violations.add(Objects.requireNonNull(element, "violations element"));
      return this;
    }

    /**
     * Adds elements to {@link ValidationReport#violations() violations} list.
     * @param elements An array of violations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addViolations(Violation... elements) {
      for (Violation element : elements) {
        this.violations.add(Objects.requireNonNull(element, "violations element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link ValidationReport#violations() violations} list.
     * @param elements An iterable of violations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withViolations(Iterable<? extends Violation> elements) {
      this.violations.clear();
      return addAllViolations(elements);
    }

    /**
     * Adds elements to {@link ValidationReport#violations() violations} list.
     * @param elements An iterable of violations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllViolations(Iterable<? extends Violation> elements) {
      for (Violation element : elements) {
        this.violations.add(Objects.requireNonNull(element, "violations element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableValidationReport ImmutableValidationReport}.
     * @return An immutable instance of ValidationReport
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableValidationReport build() {
      return new ImmutableValidationReport(this);
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
