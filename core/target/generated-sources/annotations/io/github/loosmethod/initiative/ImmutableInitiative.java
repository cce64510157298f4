package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.involvement.InvolvementPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Immutable implementation of {@link Initiative}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableInitiative.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableInitiative extends Initiative {
  private final String id;
  private final Territory territory;
  private final String title;
  private final Purpose purpose;
  private final InitiativeKind kind;
  private final List<Actor> applicants;
  private final SortedSet<String> themes;
  private final InvolvementPlan involvementPlan;
  private final RequestAssessment assessment;
  private final Convention convention;
  private final List<LifecycleEvent> history;

  private ImmutableInitiative(ImmutableInitiative.Builder builder) {
    this.id = builder.id;
    this.territory = builder.territory;
    this.title = builder.title;
    this.purpose = builder.purpose;
    this.kind = builder.kind;
    this.applicants = createUnmodifiableList(true, builder.applicants);
    this.themes = createUnmodifiableSortedSet(false, createSafeList(builder.themes, false, false));
    this.assessment = builder.assessment;
    this.convention = builder.convention;
    this.history = createUnmodifiableList(true, builder.history);
    this.involvementPlan = builder.involvementPlan != null
        ? builder.involvementPlan
        : Objects.requireNonNull(super.involvementPlan(), "involvementPlan");
  }

  /**
   * Returns the identifier of the initiative, stable across exchanges.
   * @return the id, never blank
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns where the initiative takes place.
   * @return the territory, never null
   */
  @Override
  public Territory territory() {
    return territory;
  }

  /**
   * Returns the title.
   * @return the title, never blank
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * Returns what the initiative is for.
   * @return the purpose, never null
   */
  @Override
  public Purpose purpose() {
    return purpose;
  }

  /**
   * Returns the kind of initiative.
   * @return the kind, never null
   */
  @Override
  public InitiativeKind kind() {
    return kind;
  }

  /**
   * Returns the applicants who carry the initiative (<em>porteurs de projet</em>); they are the
   * applicant parties of its convention.
   * @return the applicants, unmodifiable, never empty
   */
  @Override
  public List<Actor> applicants() {
    return applicants;
  }

  /**
   * Returns the themes, such as "greening" or "school", in alphabetical order.
   * @return the themes, unmodifiable, never null
   */
  @Override
  public SortedSet<String> themes() {
    return themes;
  }

  /**
   * Returns the level of involvement planned for each phase.
   * @return the plan, never null (empty by default)
   */
  @Override
  public InvolvementPlan involvementPlan() {
    return involvementPlan;
  }

  /**
   * Returns the town's latest decision on the request.
   * @return the assessment, or empty before the first decision
   */
  @Override
  public Optional<RequestAssessment> assessment() {
    return Optional.ofNullable(assessment);
  }

  /**
   * Returns the convention, once drafted.
   * @return the convention, or empty before acceptance
   */
  @Override
  public Optional<Convention> convention() {
    return Optional.ofNullable(convention);
  }

  /**
   * Returns the audit trail, oldest event first.
   * @return the events, unmodifiable, empty for a draft
   */
  @Override
  public List<LifecycleEvent> history() {
    return history;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableInitiative} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableInitiative
        && equalsByValue((ImmutableInitiative) another);
  }

  private boolean equalsByValue(ImmutableInitiative another) {
    return id.equals(another.id)
        && territory.equals(another.territory)
        && title.equals(another.title)
        && purpose.equals(another.purpose)
        && kind.equals(another.kind)
        && applicants.equals(another.applicants)
        && themes.equals(another.themes)
        && involvementPlan.equals(another.involvementPlan)
        && Objects.equals(assessment, another.assessment)
        && Objects.equals(convention, another.convention)
        && history.equals(another.history);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code territory}, {@code title}, {@code purpose}, {@code kind}, {@code applicants}, {@code themes}, {@code involvementPlan}, {@code assessment}, {@code convention}, {@code history}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + territory.hashCode();
    h += (h << 5) + title.hashCode();
    h += (h << 5) + purpose.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + applicants.hashCode();
    h += (h << 5) + themes.hashCode();
    h += (h << 5) + involvementPlan.hashCode();
    h += (h << 5) + Objects.hashCode(assessment);
    h += (h << 5) + Objects.hashCode(convention);
    h += (h << 5) + history.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Initiative} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Initiative{");
    builder.append("id=").append(id);
    builder.append(", ");
    builder.append("territory=").append(territory);
    builder.append(", ");
    builder.append("title=").append(title);
    builder.append(", ");
    builder.append("purpose=").append(purpose);
    builder.append(", ");
    builder.append("kind=").append(kind);
    builder.append(", ");
    builder.append("applicants=").append(applicants);
    builder.append(", ");
    builder.append("themes=").append(themes);
    builder.append(", ");
    builder.append("involvementPlan=").append(involvementPlan);
    if (assessment != null) {
      builder.append(", ");
      builder.append("assessment=").append(assessment);
    }
    if (convention != null) {
      builder.append(", ");
      builder.append("convention=").append(convention);
    }
    builder.append(", ");
    builder.append("history=").append(history);
    return builder.append("}").toString();
  }

  private static ImmutableInitiative validate(ImmutableInitiative instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableInitiative ImmutableInitiative}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_TERRITORY = 0x2L;
    private static final long INIT_BIT_TITLE = 0x4L;
    private static final long INIT_BIT_PURPOSE = 0x8L;
    private static final long INIT_BIT_KIND = 0x10L;
    private long initBits = 0x1fL;

    private String id;
    private Territory territory;
    private String title;
    private Purpose purpose;
    private InitiativeKind kind;
    private List<Actor> applicants = new ArrayList<Actor>();
    private List<String> themes = new ArrayList<String>();
    private InvolvementPlan involvementPlan;
    private RequestAssessment assessment;
    private Convention convention;
    private List<LifecycleEvent> history = new ArrayList<LifecycleEvent>();

    /**
     * Creates a builder for {@link ImmutableInitiative ImmutableInitiative} instances.
     * <pre>
     * new ImmutableInitiative.Builder()
     *    .withId(String) // required {@link Initiative#id() id}
     *    .withTerritory(io.github.loosmethod.actor.Territory) // required {@link Initiative#territory() territory}
     *    .withTitle(String) // required {@link Initiative#title() title}
     *    .withPurpose(io.github.loosmethod.initiative.Purpose) // required {@link Initiative#purpose() purpose}
     *    .withKind(io.github.loosmethod.initiative.InitiativeKind) // required {@link Initiative#kind() kind}
     *    .addApplicant|addAllApplicants(io.github.loosmethod.actor.Actor) // {@link Initiative#applicants() applicants} elements
     *    .addTheme|addAllThemes(String) // {@link Initiative#themes() themes} elements
     *    .withInvolvementPlan(io.github.loosmethod.involvement.InvolvementPlan) // optional {@link Initiative#involvementPlan() involvementPlan}
     *    .withAssessment(Optional&lt;io.github.loosmethod.initiative.RequestAssessment&gt;) // optional {@link Initiative#assessment() assessment}
     *    .withConvention(Optional&lt;io.github.loosmethod.commitment.Convention&gt;) // optional {@link Initiative#convention() convention}
     *    .addHistory|addAllHistory(io.github.loosmethod.initiative.LifecycleEvent) // {@link Initiative#history() history} elements
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Initiative} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Initiative instance) {
      Objects.requireNonNull(instance, "instance");
      this.withId(instance.id());
      this.withTerritory(instance.territory());
      this.withTitle(instance.title());
      this.withPurpose(instance.purpose());
      this.withKind(instance.kind());
      addAllApplicants(instance.applicants());
      addAllThemes(instance.themes());
      this.withInvolvementPlan(instance.involvementPlan());
      Optional<RequestAssessment> assessmentOptional = instance.assessment();
      if (assessmentOptional.isPresent()) {
        withAssessment(assessmentOptional);
      }
      Optional<Convention> conventionOptional = instance.convention();
      if (conventionOptional.isPresent()) {
        withConvention(conventionOptional);
      }
      addAllHistory(instance.history());
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withId(String id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#territory() territory} attribute.
     * @param territory The value for territory 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTerritory(Territory territory) {
      this.territory = Objects.requireNonNull(territory, "territory");
      initBits &= ~INIT_BIT_TERRITORY;
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#title() title} attribute.
     * @param title The value for title 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withTitle(String title) {
      this.title = Objects.requireNonNull(title, "title");
      initBits &= ~INIT_BIT_TITLE;
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#purpose() purpose} attribute.
     * @param purpose The value for purpose 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withPurpose(Purpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      initBits &= ~INIT_BIT_PURPOSE;
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withKind(InitiativeKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return this;
    }

    /**
     * Adds one element to {@link Initiative#applicants() applicants} list.
     * @param element A applicants element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addApplicant(Actor element) {
      this.applicants.add(Objects.requireNonNull(element, "applicants element"));
      return this;
    }

    /**
     * Adds elements to {@link Initiative#applicants() applicants} list.
     * @param elements An array of applicants elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addApplicants(Actor... elements) {
      for (Actor element : elements) {
        this.applicants.add(Objects.requireNonNull(element, "applicants element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Initiative#applicants() applicants} list.
     * @param elements An iterable of applicants elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withApplicants(Iterable<? extends Actor> elements) {
      this.applicants.clear();
      return addAllApplicants(elements);
    }

    /**
     * Adds elements to {@link Initiative#applicants() applicants} list.
     * @param elements An iterable of applicants elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllApplicants(Iterable<? extends Actor> elements) {
      for (Actor element : elements) {
        this.applicants.add(Objects.requireNonNull(element, "applicants element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Initiative#themes() themes} sortedSet.
     * @param element A themes element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTheme(String element) {
      this.themes.add(Objects.requireNonNull(element, "themes element"));
      return this;
    }

    /**
     * Adds elements to {@link Initiative#themes() themes} sortedSet.
     * @param elements An array of themes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addThemes(String... elements) {
      for (String element : elements) {
        this.themes.add(Objects.requireNonNull(element, "themes element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Initiative#themes() themes} sortedSet.
     * @param elements An iterable of themes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withThemes(Iterable<String> elements) {
      this.themes.clear();
      return addAllThemes(elements);
    }

    /**
     * Adds elements to {@link Initiative#themes() themes} sortedSet.
     * @param elements An iterable of themes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllThemes(Iterable<String> elements) {
      for (String element : elements) {
        this.themes.add(Objects.requireNonNull(element, "themes element"));
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Initiative#involvementPlan() involvementPlan} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Initiative#involvementPlan() involvementPlan}.</em>
     * @param involvementPlan The value for involvementPlan 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withInvolvementPlan(InvolvementPlan involvementPlan) {
      this.involvementPlan = Objects.requireNonNull(involvementPlan, "involvementPlan");
      return this;
    }

    /**
     * Initializes the optional value {@link Initiative#assessment() assessment} to assessment.
     * @param assessment The value for assessment, {@code null} is accepted as {@code java.util.Optional.empty()}
     * @return {@code this} builder for chained invocation
     */
    public final Builder withAssessment(RequestAssessment assessment) {
      this.assessment = assessment;
      return this;
    }

    /**
     * Initializes the optional value {@link Initiative#assessment() assessment} to assessment.
     * @param assessment The value for assessment
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withAssessment(Optional<? extends RequestAssessment> assessment) {
      this.assessment = assessment.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Initiative#convention() convention} to convention.
     * @param convention The value for convention, {@code null} is accepted as {@code java.util.Optional.empty()}
     * @return {@code this} builder for chained invocation
     */
    public final Builder withConvention(Convention convention) {
      this.convention = convention;
      return this;
    }

    /**
     * Initializes the optional value {@link Initiative#convention() convention} to convention.
     * @param convention The value for convention
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withConvention(Optional<? extends Convention> convention) {
      this.convention = convention.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Initiative#history() history} list.
     * @param element A history element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addHistory(LifecycleEvent element) {
      this.history.add(Objects.requireNonNull(element, "history element"));
      return this;
    }

    /**
     * Adds elements to {@link Initiative#history() history} list.
     * @param elements An array of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addHistory(LifecycleEvent... elements) {
      for (LifecycleEvent element : elements) {
        this.history.add(Objects.requireNonNull(element, "history element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Initiative#history() history} list.
     * @param elements An iterable of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withHistory(Iterable<? extends LifecycleEvent> elements) {
      this.history.clear();
      return addAllHistory(elements);
    }

    /**
     * Adds elements to {@link Initiative#history() history} list.
     * @param elements An iterable of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllHistory(Iterable<? extends LifecycleEvent> elements) {
      for (LifecycleEvent element : elements) {
        this.history.add(Objects.requireNonNull(element, "history element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableInitiative ImmutableInitiative}.
     * @return An immutable instance of Initiative
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableInitiative build() {
      checkRequiredAttributes();
      return ImmutableInitiative.validate(new ImmutableInitiative(this));
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean territoryIsSet() {
      return (initBits & INIT_BIT_TERRITORY) == 0;
    }

    private boolean titleIsSet() {
      return (initBits & INIT_BIT_TITLE) == 0;
    }

    private boolean purposeIsSet() {
      return (initBits & INIT_BIT_PURPOSE) == 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!territoryIsSet()) attributes.add("territory");
      if (!titleIsSet()) attributes.add("title");
      if (!purposeIsSet()) attributes.add("purpose");
      if (!kindIsSet()) attributes.add("kind");
      return "Cannot build Initiative, some of required attributes are not set " + attributes;
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

  private static <T extends Comparable<? super T>> NavigableSet<T> createUnmodifiableSortedSet(boolean reverse, List<? extends T> list) {
    TreeSet<T> set = reverse
        ? new TreeSet<T>(Collections.<T>reverseOrder())
        : new TreeSet<T>();
    set.addAll(list);
    return Collections.unmodifiableNavigableSet(set);
  }
}
