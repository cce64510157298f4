package io.github.loosmethod.commitment;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.involvement.ProjectPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable implementation of {@link Commitment}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableCommitment.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableCommitment extends Commitment {
  private final String id;
  private final Side side;
  private final Actor responsible;
  private final CommitmentKind kind;
  private final String description;
  private final Quantity quantity;
  private final LocalDate dueDate;
  private final ProjectPhase phase;
  private final List<StatusChange> history;

  private ImmutableCommitment(ImmutableCommitment.Builder builder) {
    this.id = builder.id;
    this.side = builder.side;
    this.responsible = builder.responsible;
    this.kind = builder.kind;
    this.description = builder.description;
    this.quantity = builder.quantity;
    this.dueDate = builder.dueDate;
    this.history = createUnmodifiableList(true, builder.history);
    this.phase = builder.phase != null
        ? builder.phase
        : Objects.requireNonNull(super.phase(), "phase");
  }

  /**
   * Returns the identifier of the commitment within its convention.
   * @return the id, never blank
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the side that makes the promise.
   * @return the side, never null
   */
  @Override
  public Side side() {
    return side;
  }

  /**
   * Returns the actor who answers for the promise: a municipal service for technical support,
   * the parents' group for breaking the asphalt.
   * @return the actor, never null
   */
  @Override
  public Actor responsible() {
    return responsible;
  }

  /**
   * Returns what the promise is about.
   * @return the kind, never null
   */
  @Override
  public CommitmentKind kind() {
    return kind;
  }

  /**
   * Returns the promise in words.
   * @return the description, never blank
   */
  @Override
  public String description() {
    return description;
  }

  /**
   * Returns how much is promised, when it can be counted.
   * @return the quantity, or empty
   */
  @Override
  public Optional<Quantity> quantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * Returns the day by which the promise is due. A stewardship commitment usually has none: it
   * runs until the convention ends (R12).
   * @return the due date, or empty
   */
  @Override
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /**
   * Returns the project phase the commitment serves; by default the usual phase of its kind.
   * Rule R15 uses it to check that a phase claiming co-production has residents holding tasks.
   * @return the phase, never null
   */
  @Override
  public ProjectPhase phase() {
    return phase;
  }

  /**
   * Returns the dated changes of status, oldest first.
   * @return the history, unmodifiable, empty while the commitment is planned
   */
  @Override
  public List<StatusChange> history() {
    return history;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCommitment} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCommitment
        && equalsByValue((ImmutableCommitment) another);
  }

  private boolean equalsByValue(ImmutableCommitment another) {
    return id.equals(another.id)
        && side.equals(another.side)
        && responsible.equals(another.responsible)
        && kind.equals(another.kind)
        && description.equals(another.description)
        && Objects.equals(quantity, another.quantity)
        && Objects.equals(dueDate, another.dueDate)
        && phase.equals(another.phase)
        && history.equals(another.history);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code side}, {@code responsible}, {@code kind}, {@code description}, {@code quantity}, {@code dueDate}, {@code phase}, {@code history}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + side.hashCode();
    h += (h << 5) + responsible.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + description.hashCode();
    h += (h << 5) + Objects.hashCode(quantity);
    h += (h << 5) + Objects.hashCode(dueDate);
    h += (h << 5) + phase.hashCode();
    h += (h << 5) + history.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Commitment} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Commitment{");
    builder.append("id=").append(id);
    builder.append(", ");
    builder.append("side=").append(side);
    builder.append(", ");
    builder.append("responsible=").append(responsible);
    builder.append(", ");
    builder.append("kind=").append(kind);
    builder.append(", ");
    builder.append("description=").append(description);
    if (quantity != null) {
      builder.append(", ");
      builder.append("quantity=").append(quantity);
    }
    if (dueDate != null) {
      builder.append(", ");
      builder.append("dueDate=").append(dueDate);
    }
    builder.append(", ");
    builder.append("phase=").append(phase);
    builder.append(", ");
    builder.append("history=").append(history);
    return builder.append("}").toString();
  }

  private static ImmutableCommitment validate(ImmutableCommitment instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableCommitment ImmutableCommitment}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_SIDE = 0x2L;
    private static final long INIT_BIT_RESPONSIBLE = 0x4L;
    private static final long INIT_BIT_KIND = 0x8L;
    private static final long INIT_BIT_DESCRIPTION = 0x10L;
    private long initBits = 0x1fL;

    private String id;
    private Side side;
    private Actor responsible;
    private CommitmentKind kind;
    private String description;
    private Quantity quantity;
    private LocalDate dueDate;
    private ProjectPhase phase;
    private List<StatusChange> history = new ArrayList<StatusChange>();

    /**
     * Creates a builder for {@link ImmutableCommitment ImmutableCommitment} instances.
     * <pre>
     * new ImmutableCommitment.Builder()
     *    .withId(String) // required {@link Commitment#id() id}
     *    .withSide(io.github.loosmethod.commitment.Side) // required {@link Commitment#side() side}
     *    .withResponsible(io.github.loosmethod.actor.Actor) // required {@link Commitment#responsible() responsible}
     *    .withKind(io.github.loosmethod.commitment.CommitmentKind) // required {@link Commitment#kind() kind}
     *    .withDescription(String) // required {@link Commitment#description() description}
     *    .withQuantity(Optional&lt;io.github.loosmethod.commitment.Quantity&gt;) // optional {@link Commitment#quantity() quantity}
     *    .withDueDate(Optional&lt;java.time.LocalDate&gt;) // optional {@link Commitment#dueDate() dueDate}
     *    .withPhase(io.github.loosmethod.involvement.ProjectPhase) // optional {@link Commitment#phase() phase}
     *    .addHistory|addAllHistory(io.github.loosmethod.commitment.StatusChange) // {@link Commitment#history() history} elements
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Commitment} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Commitment instance) {
      Objects.requireNonNull(instance, "instance");
      this.withId(instance.id());
      this.withSide(instance.side());
      this.withResponsible(instance.responsible());
      this.withKind(instance.kind());
      this.withDescription(instance.description());
      Optional<Quantity> quantityOptional = instance.quantity();
      if (quantityOptional.isPresent()) {
        withQuantity(quantityOptional);
      }
      Optional<LocalDate> dueDateOptional = instance.dueDate();
      if (dueDateOptional.isPresent()) {
        withDueDate(dueDateOptional);
      }
      this.withPhase(instance.phase());
      addAllHistory(instance.history());
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withId(String id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#side() side} attribute.
     * @param side The value for side 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withSide(Side side) {
      this.side = Objects.requireNonNull(side, "side");
      initBits &= ~INIT_BIT_SIDE;
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#responsible() responsible} attribute.
     * @param responsible The value for responsible 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withResponsible(Actor responsible) {
      this.responsible = Objects.requireNonNull(responsible, "responsible");
      initBits &= ~INIT_BIT_RESPONSIBLE;
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withKind(CommitmentKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#description() description} attribute.
     * @param description The value for description 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withDescription(String description) {
      this.description = Objects.requireNonNull(description, "description");
      initBits &= ~INIT_BIT_DESCRIPTION;
      return this;
    }

    /**
     * Initializes the optional value {@link Commitment#quantity() quantity} to quantity.
     * @param quantity The value for quantity, {@code null} is accepted as {@code java.util.Optional.empty()}
     * @return {@code this} builder for chained invocation
     */
    public final Builder withQuantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Initializes the optional value {@link Commitment#quantity() quantity} to quantity.
     * @param quantity The value for quantity
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withQuantity(Optional<? extends Quantity> quantity) {
      this.quantity = quantity.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Commitment#dueDate() dueDate} to dueDate.
     * @param dueDate The value for dueDate, {@code null} is accepted as {@code java.util.Optional.empty()}
     * @return {@code this} builder for chained invocation
     */
    public final Builder withDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Initializes the optional value {@link Commitment#dueDate() dueDate} to dueDate.
     * @param dueDate The value for dueDate
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withDueDate(Optional<? extends LocalDate> dueDate) {
      this.dueDate = dueDate.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Commitment#phase() phase} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Commitment#phase() phase}.</em>
     * @param phase The value for phase 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withPhase(ProjectPhase phase) {
      this.phase = Objects.requireNonNull(phase, "phase");
      return this;
    }

    /**
     * Adds one element to {@link Commitment#history() history} list.
     * @param element A history element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addHistory(StatusChange element) {
      this.history.add(Objects.requireNonNull(element, "history element"));
      return this;
    }

    /**
     * Adds elements to {@link Commitment#history() history} list.
     * @param elements An array of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addHistory(StatusChange... elements) {
      for (StatusChange element : elements) {
        this.history.add(Objects.requireNonNull(element, "history element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Commitment#history() history} list.
     * @param elements An iterable of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withHistory(Iterable<? extends StatusChange> elements) {
      this.history.clear();
      return addAllHistory(elements);
    }

    /**
     * Adds elements to {@link Commitment#history() history} list.
     * @param elements An iterable of history elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllHistory(Iterable<? extends StatusChange> elements) {
      for (StatusChange element : elements) {
        this.history.add(Objects.requireNonNull(element, "history element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ImmutableCommitment ImmutableCommitment}.
     * @return An immutable instance of Commitment
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableCommitment build() {
      checkRequiredAttributes();
      return ImmutableCommitment.validate(new ImmutableCommitment(this));
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean sideIsSet() {
      return (initBits & INIT_BIT_SIDE) == 0;
    }

    private boolean responsibleIsSet() {
      return (initBits & INIT_BIT_RESPONSIBLE) == 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
    }

    private boolean descriptionIsSet() {
      return (initBits & INIT_BIT_DESCRIPTION) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!sideIsSet()) attributes.add("side");
      if (!responsibleIsSet()) attributes.add("responsible");
      if (!kindIsSet()) attributes.add("kind");
      if (!descriptionIsSet()) attributes.add("description");
      return "Cannot build Commitment, some of required attributes are not set " + attributes;
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
