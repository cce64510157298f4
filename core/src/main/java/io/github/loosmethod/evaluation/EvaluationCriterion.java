package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.involvement.Iap2Level;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing an evaluation looks at (<em>critère d'évaluation</em>): a code, a name and a guiding
 * question in English and French, the framework it comes from and its documented source, the
 * dimension it belongs to, the scale it is scored on and an optional target.
 *
 * <p>Criteria of the IAP2 catalogue also name the IAP2 level whose promise they check
 * ({@link #iap2Level()}); rule E4 requires it to be a level the initiative actually declared.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the code is made of upper-case letters, digits and underscores; origin and source are not
 * blank; a target is accepted by the scale and kept as a canonical decimal ({@link Decimals}). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationCriterion {

    EvaluationCriterion() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableEvaluationCriterion.Builder builder() {
        return ImmutableEvaluationCriterion.builder();
    }

    /**
     * Returns the stable code of the criterion, such as {@code "LP_DURABILITY"}.
     *
     * @return the code, never blank
     */
    public abstract String code();

    /**
     * Returns the criterion's name.
     *
     * @return the name in both languages, never null
     */
    public abstract LocalizedText name();

    /**
     * Returns the question an evaluator answers when scoring it.
     *
     * @return the question in both languages, never null
     */
    public abstract LocalizedText question();

    /**
     * Returns the framework the criterion comes from: the name of a built-in {@link Catalogue}
     * such as {@code "OECD_2021"}, or a town's own.
     *
     * @return the origin, never blank
     */
    public abstract String origin();

    /**
     * Returns the documented source of the criterion: the publication or practice it comes from.
     *
     * @return the source, never blank
     */
    public abstract String source();

    /**
     * Returns the aspect the criterion looks at.
     *
     * @return the dimension, never null
     */
    public abstract Dimension dimension();

    /**
     * Returns the scale the criterion is scored on.
     *
     * @return the scale, never null
     */
    public abstract Scale scale();

    /**
     * Returns the value aimed at, such as 12 public meetings a year.
     *
     * @return the target, or empty
     */
    public abstract Optional<BigDecimal> target();

    /**
     * Returns the IAP2 level whose promise this criterion checks.
     *
     * @return the level, present for IAP2 promise criteria only
     */
    public abstract Optional<Iap2Level> iap2Level();

    /**
     * Tells whether a text is a well-formed criterion code: an upper-case letter, then upper-case
     * letters, digits and underscores, such as {@code LOOS_POSTURE}, {@value #MAX_CODE_LENGTH}
     * characters at most (codes key objects in the interchange format, whose field names are
     * limited).
     *
     * @param text the text, not null
     * @return true for a well-formed code
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isCode(String text) {
        if (text.isEmpty() || text.length() > MAX_CODE_LENGTH || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The longest criterion code. */
    public static final int MAX_CODE_LENGTH = 64;

    @Value.Check
    final EvaluationCriterion normalize() {
        requireThat(isCode(code()), "code", code(), "invariant.criterionCode", MAX_CODE_LENGTH);
        requireNonBlank("origin", origin());
        requireNonBlank("source", source());
        if (target().isEmpty()) {
            return this;
        }
        BigDecimal target = target().get();
        requireThat(scale().accepts(target), "target", target, "invariant.onScale");
        BigDecimal canonical = Decimals.canonical("target", target);
        return canonical.equals(target) ? this : builder().from(this).withTarget(canonical).build();
    }
}
