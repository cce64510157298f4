package io.github.loosmethod;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the library, applied on each
 * package's {@code package-info.java}.
 *
 * <p>Why these settings: {@code init = "with*"} names every builder method as it reads in a
 * sentence ({@code withTitle(..)}, {@code addApplicant(..)}), apart from the accessors of the
 * value; {@code depluralize} gives the singular {@code add} of each list; {@code jdkOnly} keeps
 * Guava out; {@code copy = false} removes the generated {@code withX(..)} copy methods, so the
 * only way to change an initiative is through its lifecycle operations; invariant failures surface
 * as {@link InvalidValueException}; no annotation found on the class path leaks into generated
 * code; generated classes are public because the {@code builder()} of each type returns its
 * builder. Optional attributes take {@code Optional} or a value, never null: no null crosses the
 * API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeImmutable = "Immutable*",
        init = "with*",
        depluralize = true,
        depluralizeDictionary = {"criterion:criteria", "level:levels"},
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = InvalidValueException.class,
        allowedClasspathAnnotations = {Override.class},
        visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface LoosStyle {
}
