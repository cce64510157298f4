package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The score given to one criterion (<em>note d'un critère</em>): a value with its evidence, or an
 * explicit "not assessed" with its reason. A criterion is never left silently without a score:
 * rule E2 requires every criterion of the framework to be scored or explained.
 *
 * <p>Whether the value is on the criterion's scale is rule E1, checked by the validator.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the code is not blank; exactly one of value and reason is present; a reason is not blank; a
 * value is a canonical decimal ({@link Decimals}).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionScore {

    CriterionScore() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCriterionScore.Builder builder() {
        return ImmutableCriterionScore.builder();
    }

    /**
     * Creates a score with a value.
     *
     * @param criterionCode the criterion's code, not blank
     * @param value the value, not null
     * @param evidence what supports it
     * @return the score, never null
     * @throws io.github.loosmethod.InvalidValueException if the code is blank
     * @throws NullPointerException if an argument or a piece of evidence is null
     */
    public static CriterionScore scored(String criterionCode, BigDecimal value, Evidence... evidence) {
        return builder().withCriterionCode(criterionCode).withValue(value).addEvidence(evidence).build();
    }

    /**
     * Creates a score with a whole-number value.
     *
     * @param criterionCode the criterion's code, not blank
     * @param value the value
     * @param evidence what supports it
     * @return the score, never null
     * @throws io.github.loosmethod.InvalidValueException if the code is blank
     * @throws NullPointerException if the code or a piece of evidence is null
     */
    public static CriterionScore scored(String criterionCode, long value, Evidence... evidence) {
        return scored(criterionCode, BigDecimal.valueOf(value), evidence);
    }

    /**
     * Creates an explicit "not assessed".
     *
     * @param criterionCode the criterion's code, not blank
     * @param reason why it was not assessed, not blank
     * @return the score, never null
     * @throws io.github.loosmethod.InvalidValueException if the code or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public static CriterionScore notAssessed(String criterionCode, String reason) {
        return builder().withCriterionCode(criterionCode).withNotAssessedReason(reason).build();
    }

    /**
     * Returns the code of the criterion scored.
     *
     * @return the code, never blank
     */
    public abstract String criterionCode();

    /**
     * Returns the value given.
     *
     * @return the value, or empty when not assessed
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns why the criterion was not assessed.
     *
     * @return the reason, present exactly when there is no value
     */
    public abstract Optional<String> notAssessedReason();

    /**
     * Returns what supports the score.
     *
     * @return the evidence, unmodifiable
     */
    public abstract List<Evidence> evidence();

    /**
     * Tells whether a value was given.
     *
     * @return true if {@link #value()} is present
     */
    public final boolean isAssessed() {
        return value().isPresent();
    }

    @Value.Check
    final CriterionScore normalize() {
        requireNonBlank("criterionCode", criterionCode());
        requireThat(value().isPresent() != notAssessedReason().isPresent(), "value", value(),
                "invariant.valueOrReason");
        notAssessedReason().ifPresent(r -> requireNonBlank("notAssessedReason", r));
        if (value().isEmpty()) {
            return this;
        }
        BigDecimal canonical = Decimals.canonical("value", value().get());
        return canonical.equals(value().get()) ? this : builder().from(this).withValue(canonical).build();
    }
}
