package io.github.loosmethod.validation;

import io.github.loosmethod.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable implementation of {@link Violation}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ImmutableViolation.Builder()}.
 */
@SuppressWarnings({"all"})
public final class ImmutableViolation extends Violation {
  private final Rule rule;
  private final String path;
  private final String englishMessage;
  private final String frenchMessage;

  private ImmutableViolation(ImmutableViolation.Builder builder) {
    this.rule = builder.rule;
    this.path = builder.path;
    this.englishMessage = builder.englishMessage;
    this.frenchMessage = builder.frenchMessage;
  }

  /**
   * Returns the rule broken.
   * @return the rule, never null
   */
  @Override
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the path to the offending element.
   * @return the path, never blank
   */
  @Override
  public String path() {
    return path;
  }

  /**
   * Returns the message in English.
   * @return the message, never blank
   */
  @Override
  public String englishMessage() {
    return englishMessage;
  }

  /**
   * Returns the message in French.
   * @return the message, never blank
   */
  @Override
  public String frenchMessage() {
    return frenchMessage;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableViolation} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableViolation
        && equalsByValue((ImmutableViolation) another);
  }

  private boolean equalsByValue(ImmutableViolation another) {
    return rule.equals(another.rule)
        && path.equals(another.path)
        && englishMessage.equals(another.englishMessage)
        && frenchMessage.equals(another.frenchMessage);
  }

  /**
   * Computes a hash code from attributes: {@code rule}, {@code path}, {@code englishMessage}, {@code frenchMessage}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + rule.hashCode();
    h += (h << 5) + path.hashCode();
    h += (h << 5) + englishMessage.hashCode();
    h += (h << 5) + frenchMessage.hashCode();
    return h;
  }

  private static ImmutableViolation validate(ImmutableViolation instance) {
    instance.checkInvariants();
    return instance;
  }

  /**
   * Builds instances of type {@link ImmutableViolation ImmutableViolation}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_RULE = 0x1L;
    private static final long INIT_BIT_PATH = 0x2L;
    private static final long INIT_BIT_ENGLISH_MESSAGE = 0x4L;
    private static final long INIT_BIT_FRENCH_MESSAGE = 0x8L;
    private long initBits = 0xfL;

    private Rule rule;
    private String path;
    private String englishMessage;
    private String frenchMessage;

    /**
     * Creates a builder for {@link ImmutableViolation ImmutableViolation} instances.
     * <pre>
     * new ImmutableViolation.Builder()
     *    .withRule(io.github.loosmethod.validation.Rule) // required {@link Violation#rule() rule}
     *    .withPath(String) // required {@link Violation#path() path}
     *    .withEnglishMessage(String) // required {@link Violation#englishMessage() englishMessage}
     *    .withFrenchMessage(String) // required {@link Violation#frenchMessage() frenchMessage}
     *    .build();
     * </pre>
     */
    public Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Violation} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Violation instance) {
      Objects.requireNonNull(instance, "instance");
      this.withRule(instance.rule());
      this.withPath(instance.path());
      this.withEnglishMessage(instance.englishMessage());
      this.withFrenchMessage(instance.frenchMessage());
      return this;
    }

    /**
     * Initializes the value for the {@link Violation#rule() rule} attribute.
     * @param rule The value for rule 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withRule(Rule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      initBits &= ~INIT_BIT_RULE;
      return this;
    }

    /**
     * Initializes the value for the {@link Violation#path() path} attribute.
     * @param path The value for path 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withPath(String path) {
      this.path = Objects.requireNonNull(path, "path");
      initBits &= ~INIT_BIT_PATH;
      return this;
    }

    /**
     * Initializes the value for the {@link Violation#englishMessage() englishMessage} attribute.
     * @param englishMessage The value for englishMessage 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withEnglishMessage(String englishMessage) {
      this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
      initBits &= ~INIT_BIT_ENGLISH_MESSAGE;
      return this;
    }

    /**
     * Initializes the value for the {@link Violation#frenchMessage() frenchMessage} attribute.
     * @param frenchMessage The value for frenchMessage 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder withFrenchMessage(String frenchMessage) {
      this.frenchMessage = Objects.requireNonNull(frenchMessage, "frenchMessage");
      initBits &= ~INIT_BIT_FRENCH_MESSAGE;
      return this;
    }

    /**
     * Builds a new {@link ImmutableViolation ImmutableViolation}.
     * @return An immutable instance of Violation
     * @throws io.github.loosmethod.InvalidValueException if any required attributes are missing
     */
    public ImmutableViolation build() {
      checkRequiredAttributes();
      return ImmutableViolation.validate(new ImmutableViolation(this));
    }

    private boolean ruleIsSet() {
      return (initBits & INIT_BIT_RULE) == 0;
    }

    private boolean pathIsSet() {
      return (initBits & INIT_BIT_PATH) == 0;
    }

    private boolean englishMessageIsSet() {
      return (initBits & INIT_BIT_ENGLISH_MESSAGE) == 0;
    }

    private boolean frenchMessageIsSet() {
      return (initBits & INIT_BIT_FRENCH_MESSAGE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new InvalidValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!ruleIsSet()) attributes.add("rule");
      if (!pathIsSet()) attributes.add("path");
      if (!englishMessageIsSet()) attributes.add("englishMessage");
      if (!frenchMessageIsSet()) attributes.add("frenchMessage");
      return "Cannot build Violation, some of required attributes are not set " + attributes;
    }
  }
}
