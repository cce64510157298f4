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
 * <p>Why these settings: {@code builder = "new"} and {@code init = "with*"} give builders the
 * shape Jackson's builder support expects, so the serialization module can bind them through
 * mix-ins while this module stays free of Jackson; {@code jdkOnly} keeps Guava out;
 * {@code copy = false} removes the generated {@code withX(..)} copy methods, so the only way to
 * change an initiative is through its lifecycle operations; invariant failures surface as
 * {@link InvalidValueException}; no annotation found on the class path leaks into generated code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeImmutable = "Immutable*",
        builder = "new",
        init = "with*",
        depluralize = true,
        depluralizeDictionary = {"criterion:criteria", "level:levels"},
        jdkOnly = true,
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = InvalidValueException.class,
        allowedClasspathAnnotations = {Override.class},
        visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface LoosStyle {
}
