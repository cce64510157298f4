package io.github.loosmethod.actor;

import io.github.loosmethod.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable implementation of {@link Actor}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableActor.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableActor extends Actor {
  private final String id;
  private final String name;
  private final ActorKind kind;
  private final boolean minor;
  private final String responsibleActorId;

  private ImmutableActor(ImmutableActor.Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.kind = builder.kind;
    this.responsibleActorId = builder.responsibleActorId;
    this.minor = builder.minorIsSet()
        ? builder.minor
        : super.minor();
  }

  /**
   * Returns the identifier, unique within an initiative and stable across exchanges.
   * @return the id, never blank
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the name shown to people.
   * @return the name, never blank
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the kind of actor.
   * @return the kind, never null
   */
  @Override
  public ActorKind kind() {
    return kind;
  }

  /**
   * Tells whether this actor is a minor, or a group of minors, who may apply or sign only with
   * a responsible adult or institution (R14).
   * @return true for a minor; false by default
   */
  @Override
  public boolean minor() {
    return minor;
  }

  /**
   * Returns the id of the adult or institution responsible for this minor.
   * @return the responsible's id; present exactly when {@link #minor()} is true
   */
  @Override
  public Optional<String> responsibleActorId() {
    return Optional.ofNullable(responsibleActorId);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableActor} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableActor
        && equalsByValue((ImmutableActor) another);
  }

  private boolean equalsByValue(ImmutableActor another) {
    return id.equals(another.id)
        && name.equals(another.name)
        && kind.equals(another.kind)
        && minor == another.minor
        && Objects.equals(responsibleActorId, another.responsibleActorId);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code name}, {@code kind}, {@code minor}, {@code responsibleActorId}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + name.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + Boolean.hashCode(minor);
    h += (h << 5) + Objects.hashCode(responsibleActorId);
    return h;
  }

  /**
   * Prints the immutable value {@code Actor} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Actor{");
    builder.append("id=").append(id);
    builder.append(", ");
    builder.append("name=").append(name);
    builder.append(", ");
    builder.append("kind=").append(kind);
    builder.append(", ");
    builder.append("minor=").append(minor);
    if (responsibleActorId != null) {
      builder.append(", ");
      builder.append("responsibleActorId=").append(responsibleActorId);
    }
    return builder.append("}").toString();
  }

  private static ImmutableActor validate(ImmutableActor instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableActor ImmutableActor}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_NAME = 0x2L;
    private static final long INIT_BIT_KIND = 0x4L;
    private static final long OPT_BIT_MINOR = 0x1L;
    private long initBits = 0x7L;
    private long optBits;

    private String id;
    private String name;
    private ActorKind kind;
    private boolean minor;
    private String responsibleActorId;

    /**
     * Creates a builder for {@link ImmutableActor ImmutableActor} instances.
     * <pre>
     * new ImmutableActor.Builder()
     *    .withId(String) // required {@link Actor#id() id}
     *    .withName(String) // required {@link Actor#name() name}
     *    .withKind(io.github.loosmethod.actor.ActorKind) // required {@link Actor#kind() kind}
     *    .withMinor(boolean) // optional {@link Actor#minor() minor}
     *    .withResponsibleActorId(Optional&lt;String&gt;) // optional {@link Actor#responsibleActorId() responsibleActorId}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Actor} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Actor instance) {
      Objects.requireNonNull(instance, "instance");
      this.withId(instance.id());
      this.withName(instance.name());
      this.withKind(instance.kind());
      this.withMinor(instance.minor());
      Optional<String> responsibleActorIdOptional = instance.responsibleActorId();
      if (responsibleActorIdOptional.isPresent()) {
        withResponsibleActorId(responsibleActorIdOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Actor#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withId(String id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Actor#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withName(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Actor#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withKind(ActorKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return this;
    }

    /**
     * Initializes the value for the {@link Actor#minor() minor} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Actor#minor() minor}.</em>
     * @param minor The value for minor 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withMinor(boolean minor) {
      this.minor = minor;
      optBits |= OPT_BIT_MINOR;
      return this;
    }

    /**
     * Initializes the optional value {@link Actor#responsibleActorId() responsibleActorId} to responsibleActorId.
     * @param responsibleActorId The value for responsibleActorId, {@code null} is accepted as {@code java.util.Optional.empty()}
     * @return {@code this} builder for chained invocation
     */
    public final Builder withResponsibleActorId(String responsibleActorId) {
      this.responsibleActorId = responsibleActorId;
      return this;
    }

    /**
     * Initializes the optional value {@link Actor#responsibleActorId() responsibleActorId} to responsibleActorId.
     * @param responsibleActorId The value for responsibleActorId
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withResponsibleActorId(Optional<String> responsibleActorId) {
      this.responsibleActorId = responsibleActorId.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ImmutableActor ImmutableActor}.
     * @return An immutable instance of Actor
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableActor build() {
      checkRequiredAttributes();
      return ImmutableActor.validate(new ImmutableActor(this));
    }

    private boolean minorIsSet() {
      return (optBits & OPT_BIT_MINOR) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
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
      if (!nameIsSet()) attributes.add("name");
      if (!kindIsSet()) attributes.add("kind");
      return "Cannot build Actor, some of required attributes are not set " + attributes;
    }
  }
}
