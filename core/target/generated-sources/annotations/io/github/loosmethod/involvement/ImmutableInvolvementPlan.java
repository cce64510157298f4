package io.github.loosmethod.involvement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable implementation of {@link InvolvementPlan}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableInvolvementPlan.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableInvolvementPlan extends InvolvementPlan {
  private final SortedMap<ProjectPhase, CoConstructionLevel> levels;

  private ImmutableInvolvementPlan(ImmutableInvolvementPlan.Builder builder) {
    this.levels = createUnmodifiableSortedMap(false, false, false, builder.levels);
  }

  /**
   * Returns the level declared for each phase.
   * @return the levels, unmodifiable, in phase order, never null
   */
  @Override
  public SortedMap<ProjectPhase, CoConstructionLevel> levels() {
    return levels;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableInvolvementPlan} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableInvolvementPlan
        && equalsByValue((ImmutableInvolvementPlan) another);
  }

  private boolean equalsByValue(ImmutableInvolvementPlan another) {
    return levels.equals(another.levels);
  }

  /**
   * Computes a hash code from attributes: {@code levels}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + levels.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code InvolvementPlan} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "InvolvementPlan{"
        + "levels=" + levels
        + "}";
  }

  /**
   * Builds instances of type {@link ImmutableInvolvementPlan ImmutableInvolvementPlan}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private Map<ProjectPhase, CoConstructionLevel> levels = new LinkedHashMap<ProjectPhase, CoConstructionLevel>();

    /**
     * Creates a builder for {@link ImmutableInvolvementPlan ImmutableInvolvementPlan} instances.
     * <pre>
     * new ImmutableInvolvementPlan.Builder()
     *    .putLevel|putAllLevels(io.github.loosmethod.involvement.ProjectPhase =&gt; io.github.loosmethod.involvement.CoConstructionLevel) // {@link InvolvementPlan#levels() levels} mappings
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code InvolvementPlan} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(InvolvementPlan instance) {
      Objects.requireNonNull(instance, "instance");
      putAllLevels(instance.levels());
      return this;
    }

    /**
     * Put one entry to the {@link InvolvementPlan#levels() levels} map.
     * @param key The key in the levels map
     * @param value The associated value in the levels map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putLevel(ProjectPhase key, CoConstructionLevel value) {
      this.levels.put(
          Objects.requireNonNull(key, "levels key"),
          Objects.requireNonNull(value, value == null ? "levels value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link InvolvementPlan#levels() levels} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putLevel(Map.Entry<? extends ProjectPhase, ? extends CoConstructionLevel> entry) {
      ProjectPhase k = entry.getKey();
      CoConstructionLevel v = entry.getValue();
      this.levels.put(
          Objects.requireNonNull(k, "levels key"),
          Objects.requireNonNull(v, v == null ? "levels value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link InvolvementPlan#levels() levels} map. Nulls are not permitted
     * @param entries The entries that will be added to the levels map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withLevels(Map<? extends ProjectPhase, ? extends CoConstructionLevel> entries) {
      this.levels.clear();
      return putAllLevels(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link InvolvementPlan#levels() levels} map. Nulls are not permitted
     * @param entries The entries that will be added to the levels map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllLevels(Map<? extends ProjectPhase, ? extends CoConstructionLevel> entries) {
      for (Map.Entry<? extends ProjectPhase, ? extends CoConstructionLevel> e : entries.entrySet()) {
        ProjectPhase k = e.getKey();
        CoConstructionLevel v = e.getValue();
        this.levels.put(
            Objects.requireNonNull(k, "levels key"),
            Objects.requireNonNull(v, v == null ? "levels value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableInvolvementPlan ImmutableInvolvementPlan}.
     * @return An immutable instance of InvolvementPlan
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableInvolvementPlan build() {
      return new ImmutableInvolvementPlan(this);
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
