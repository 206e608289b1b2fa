package se.asf.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of every asf module.
 *
 * <p>A value type is a public abstract class with JavaBeans accessors ({@code getName()},
 * {@code isX()}) so that Jakarta Validation and other bean tooling see its properties without
 * configuration. The generated {@code Immutable*} class is package-private: users reach it only
 * through the abstract type's own factories ({@code of}, {@code parse}) or its nested
 * {@code Builder} ({@code Enterprise.builder()}), so no generated name appears in the public API.
 *
 * <p>This annotation is exported only so that the sibling asf modules can share it; applications
 * have no use for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    typeImmutable = "Immutable*",
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = false))
public @interface AsfStyle {}
