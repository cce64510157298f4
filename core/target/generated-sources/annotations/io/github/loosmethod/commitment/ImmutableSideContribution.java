package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable implementation of {@link SideContribution}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableSideContribution.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableSideContribution extends SideContribution {
  private final Side side;
  private final int commitmentCount;
  private final SortedMap<CommitmentKind, Integer> countByKind;
  private final SortedMap<CommitmentStatus, Integer> countByStatus;
  private final SortedMap<QuantityUnit, BigDecimal> totals;

  private ImmutableSideContribution(ImmutableSideContribution.Builder builder) {
    this.side = builder.side;
    this.commitmentCount = builder.commitmentCount;
    this.countByKind = createUnmodifiableSortedMap(false, false, false, builder.countByKind);
    this.countByStatus = createUnmodifiableSortedMap(false, false, false, builder.countByStatus);
    this.totals = createUnmodifiableSortedMap(false, false, false, builder.totals);
  }

  /**
   * Returns the side reported on.
   * @return the side, never null
   */
  @Override
  public Side side() {
    return side;
  }

  /**
   * Returns the number of commitments of this side.
   * @return the count, zero or more
   */
  @Override
  public int commitmentCount() {
    return commitmentCount;
  }

  /**
   * Returns the number of commitments per kind; kinds with none are left out.
   * @return the counts, unmodifiable, never null
   */
  @Override
  public SortedMap<CommitmentKind, Integer> countByKind() {
    return countByKind;
  }

  /**
   * Returns the number of commitments per status; statuses with none are left out.
   * @return the counts, unmodifiable, never null
   */
  @Override
  public SortedMap<CommitmentStatus, Integer> countByStatus() {
    return countByStatus;
  }

  /**
   * Returns the sum of the quantified commitments per unit; units never used are left out.
   * Commitments without a quantity count in {@link #commitmentCount()} only.
   * @return the totals, unmodifiable, never null
   */
  @Override
  public SortedMap<QuantityUnit, BigDecimal> totals() {
    return totals;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableSideContribution} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableSideContribution
        && equalsByValue((ImmutableSideContribution) another);
  }

  private boolean equalsByValue(ImmutableSideContribution another) {
    return side.equals(another.side)
        && commitmentCount == another.commitmentCount
        && countByKind.equals(another.countByKind)
        && countByStatus.equals(another.countByStatus)
        && totals.equals(another.totals);
  }

  /**
   * Computes a hash code from attributes: {@code side}, {@code commitmentCount}, {@code countByKind}, {@code countByStatus}, {@code totals}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + side.hashCode();
    h += (h << 5) + commitmentCount;
    h += (h << 5) + countByKind.hashCode();
    h += (h << 5) + countByStatus.hashCode();
    h += (h << 5) + totals.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code SideContribution} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "SideContribution{"
        + "side=" + side
        + ", commitmentCount=" + commitmentCount
        + ", countByKind=" + countByKind
        + ", countByStatus=" + countByStatus
        + ", totals=" + totals
        + "}";
  }

  /**
   * Builds instances of type {@link ImmutableSideContribution ImmutableSideContribution}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_SIDE = 0x1L;
    private static final long INIT_BIT_COMMITMENT_COUNT = 0x2L;
    private long initBits = 0x3L;

    private Side side;
    private int commitmentCount;
    private Map<CommitmentKind, Integer> countByKind = new LinkedHashMap<CommitmentKind, Integer>();
    private Map<CommitmentStatus, Integer> countByStatus = new LinkedHashMap<CommitmentStatus, Integer>();
    private Map<QuantityUnit, BigDecimal> totals = new LinkedHashMap<QuantityUnit, BigDecimal>();

    /**
     * Creates a builder for {@link ImmutableSideContribution ImmutableSideContribution} instances.
     * <pre>
     * new ImmutableSideContribution.Builder()
     *    .withSide(io.github.loosmethod.commitment.Side) // required {@link SideContribution#side() side}
     *    .withCommitmentCount(int) // required {@link SideContribution#commitmentCount() commitmentCount}
     *    .putCountByKind|putAllCountByKind(io.github.loosmethod.commitment.CommitmentKind =&gt; int) // {@link SideContribution#countByKind() countByKind} mappings
     *    .putCountByStatu|putAllCountByStatus(io.github.loosmethod.commitment.CommitmentStatus =&gt; int) // {@link SideContribution#countByStatus() countByStatus} mappings
     *    .putTotal|putAllTotals(io.github.loosmethod.commitment.QuantityUnit =&gt; java.math.BigDecimal) // {@link SideContribution#totals() totals} mappings
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code SideContribution} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(SideContribution instance) {
      Objects.requireNonNull(instance, "instance");
      this.withSide(instance.side());
      this.withCommitmentCount(instance.commitmentCount());
      putAllCountByKind(instance.countByKind());
      putAllCountByStatus(instance.countByStatus());
      putAllTotals(instance.totals());
      return this;
    }

    /**
     * Initializes the value for the {@link SideContribution#side() side} attribute.
     * @param side The value for side 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSide(Side side) {
      this.side = Objects.requireNonNull(side, "side");
      initBits &= ~INIT_BIT_SIDE;
      return this;
    }

    /**
     * Initializes the value for the {@link SideContribution#commitmentCount() commitmentCount} attribute.
     * @param commitmentCount The value for commitmentCount 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCommitmentCount(int commitmentCount) {
      this.commitmentCount = commitmentCount;
      initBits &= ~INIT_BIT_COMMITMENT_COUNT;
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#countByKind() countByKind} map.
     * @param key The key in the countByKind map
     * @param value The associated value in the countByKind map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCountByKind(CommitmentKind key, int value) {
      this.countByKind.put(
          Objects.requireNonNull(key, "countByKind key"),
          value);
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#countByKind() countByKind} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCountByKind(Map.Entry<? extends CommitmentKind, ? extends Integer> entry) {
      CommitmentKind k = entry.getKey();
      Integer v = entry.getValue();
      this.countByKind.put(
          Objects.requireNonNull(k, "countByKind key"),
          Objects.requireNonNull(v, v == null ? "countByKind value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link SideContribution#countByKind() countByKind} map. Nulls are not permitted
     * @param entries The entries that will be added to the countByKind map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCountByKind(Map<? extends CommitmentKind, ? extends Integer> entries) {
      this.countByKind.clear();
      return putAllCountByKind(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link SideContribution#countByKind() countByKind} map. Nulls are not permitted
     * @param entries The entries that will be added to the countByKind map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllCountByKind(Map<? extends CommitmentKind, ? extends Integer> entries) {
      for (Map.Entry<? extends CommitmentKind, ? extends Integer> e : entries.entrySet()) {
        CommitmentKind k = e.getKey();
        Integer v = e.getValue();
        this.countByKind.put(
            Objects.requireNonNull(k, "countByKind key"),
            Objects.requireNonNull(v, v == null ? "countByKind value for key: " + k : null));
      }
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#countByStatus() countByStatus} map.
     * @param key The key in the countByStatus map
     * @param value The associated value in the countByStatus map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCountByStatu(CommitmentStatus key, int value) {
      this.countByStatus.put(
          Objects.requireNonNull(key, "countByStatus key"),
          value);
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#countByStatus() countByStatus} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCountByStatu(Map.Entry<? extends CommitmentStatus, ? extends Integer> entry) {
      CommitmentStatus k = entry.getKey();
      Integer v = entry.getValue();
      this.countByStatus.put(
          Objects.requireNonNull(k, "countByStatus key"),
          Objects.requireNonNull(v, v == null ? "countByStatus value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link SideContribution#countByStatus() countByStatus} map. Nulls are not permitted
     * @param entries The entries that will be added to the countByStatus map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withCountByStatus(Map<? extends CommitmentStatus, ? extends Integer> entries) {
      this.countByStatus.clear();
      return putAllCountByStatus(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link SideContribution#countByStatus() countByStatus} map. Nulls are not permitted
     * @param entries The entries that will be added to the countByStatus map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllCountByStatus(Map<? extends CommitmentStatus, ? extends Integer> entries) {
      for (Map.Entry<? extends CommitmentStatus, ? extends Integer> e : entries.entrySet()) {
        CommitmentStatus k = e.getKey();
        Integer v = e.getValue();
        this.countByStatus.put(
            Objects.requireNonNull(k, "countByStatus key"),
            Objects.requireNonNull(v, v == null ? "countByStatus value for key: " + k : null));
      }
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#totals() totals} map.
     * @param key The key in the totals map
     * @param value The associated value in the totals map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putTotal(QuantityUnit key, BigDecimal value) {
      this.totals.put(
          Objects.requireNonNull(key, "totals key"),
          Objects.requireNonNull(value, value == null ? "totals value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link SideContribution#totals() totals} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putTotal(Map.Entry<? extends QuantityUnit, ? extends BigDecimal> entry) {
      QuantityUnit k = entry.getKey();
      BigDecimal v = entry.getValue();
      this.totals.put(
          Objects.requireNonNull(k, "totals key"),
          Objects.requireNonNull(v, v == null ? "totals value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link SideContribution#totals() totals} map. Nulls are not permitted
     * @param entries The entries that will be added to the totals map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTotals(Map<? extends QuantityUnit, ? extends BigDecimal> entries) {
      this.totals.clear();
      return putAllTotals(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link SideContribution#totals() totals} map. Nulls are not permitted
     * @param entries The entries that will be added to the totals map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllTotals(Map<? extends QuantityUnit, ? extends BigDecimal> entries) {
      for (Map.Entry<? extends QuantityUnit, ? extends BigDecimal> e : entries.entrySet()) {
        QuantityUnit k = e.getKey();
        BigDecimal v = e.getValue();
        this.totals.put(
            Objects.requireNonNull(k, "totals key"),
            Objects.requireNonNull(v, v == null ? "totals value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableSideContribution ImmutableSideContribution}.
     * @return An immutable instance of SideContribution
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableSideContribution build() {
      checkRequiredAttributes();
      return new ImmutableSideContribution(this);
    }

    private boolean sideIsSet() {
      return (initBits & INIT_BIT_SIDE) == 0;
    }

    private boolean commitmentCountIsSet() {
      return (initBits & INIT_BIT_COMMITMENT_COUNT) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!sideIsSet()) attributes.add("side");
      if (!commitmentCountIsSet()) attributes.add("commitmentCount");
      return "Cannot build SideContribution, some of required attributes are not set " + attributes;
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
