package io.github.loosmethod.commitment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable implementation of {@link ContributionReport}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableContributionReport.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableContributionReport extends ContributionReport {
  private final SortedMap<Side, SideContribution> sides;

  private ImmutableContributionReport(ImmutableContributionReport.Builder builder) {
    this.sides = createUnmodifiableSortedMap(false, false, false, builder.sides);
  }

  /**
   * Returns the contribution of each side; both sides are always present.
   * @return the contributions, unmodifiable, in side order
   */
  @Override
  public SortedMap<Side, SideContribution> sides() {
    return sides;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableContributionReport} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableContributionReport
        && equalsByValue((ImmutableContributionReport) another);
  }

  private boolean equalsByValue(ImmutableContributionReport another) {
    return sides.equals(another.sides);
  }

  /**
   * Computes a hash code from attributes: {@code sides}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + sides.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ContributionReport} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ContributionReport{"
        + "sides=" + sides
        + "}";
  }

  /**
   * Builds instances of type {@link ImmutableContributionReport ImmutableContributionReport}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private Map<Side, SideContribution> sides = new LinkedHashMap<Side, SideContribution>();

    /**
     * Creates a builder for {@link ImmutableContributionReport ImmutableContributionReport} instances.
     * <pre>
     * new ImmutableContributionReport.Builder()
     *    .putSide|putAllSides(io.github.loosmethod.commitment.Side =&gt; io.github.loosmethod.commitment.SideContribution) // {@link ContributionReport#sides() sides} mappings
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ContributionReport} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ContributionReport instance) {
      Objects.requireNonNull(instance, "instance");
      putAllSides(instance.sides());
      return this;
    }

    /**
     * Put one entry to the {@link ContributionReport#sides() sides} map.
     * @param key The key in the sides map
     * @param value The associated value in the sides map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putSide(Side key, SideContribution value) {
      this.sides.put(
          Objects.requireNonNull(key, "sides key"),
          Objects.requireNonNull(value, value == null ? "sides value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link ContributionReport#sides() sides} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putSide(Map.Entry<? extends Side, ? extends SideContribution> entry) {
      Side k = entry.getKey();
      SideContribution v = entry.getValue();
      this.sides.put(
          Objects.requireNonNull(k, "sides key"),
          Objects.requireNonNull(v, v == null ? "sides value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link ContributionReport#sides() sides} map. Nulls are not permitted
     * @param entries The entries that will be added to the sides map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSides(Map<? extends Side, ? extends SideContribution> entries) {
      this.sides.clear();
      return putAllSides(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link ContributionReport#sides() sides} map. Nulls are not permitted
     * @param entries The entries that will be added to the sides map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllSides(Map<? extends Side, ? extends SideContribution> entries) {
      for (Map.Entry<? extends Side, ? extends SideContribution> e : entries.entrySet()) {
        Side k = e.getKey();
        SideContribution v = e.getValue();
        this.sides.put(
            Objects.requireNonNull(k, "sides key"),
            Objects.requireNonNull(v, v == null ? "sides value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableContributionReport ImmutableContributionReport}.
     * @return An immutable instance of ContributionReport
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableContributionReport build() {
      return new ImmutableContributionReport(this);
    }
  }

  private static <K extends Comparable<? super K>, V> NavigableMap<K, V> createUnmodifiableSortedMap(boolean reverse, boolean checkNulls, boolean skipNulls, Map<? extends K, ? extends V> map) {
    TreeMap<K, V> sortedMap = reverse
        ? new TreeMap<K, V>(Collections.<K>reverseOrder())
        : new TreeMap<K, V>();

    if (checkNulls || skipNulls) {
      for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
        K k = e.getKey();
        V v = e.getValue();
        if (skipNulls) {
          if (k == null || v == null) continue;
        } else if (checkNulls) {
          Objects.requireNonNull(k, "key");
          Objects.requireNonNull(v, v == null ? "value for key: " + k : null);
        }
        sortedMap.put(k, v);
      }
    } else {
      sortedMap.putAll(map);
    }
    return Collections.unmodifiableNavigableMap(sortedMap);
  }
}
