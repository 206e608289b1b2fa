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
 * configuration. Its implementation is private to generated code, so no {@code Immutable*} name is
 * part of the public API:
 *
 * <ul>
 *   <li>an aggregate (an enterprise, a procurement) gets a public top-level builder named after it,
 *       reached through {@code Enterprise.builder()}, which returns an {@code EnterpriseBuilder};
 *   <li>a small value (a position, a share, an identity number) is declared with
 *       {@code @Value.Immutable(builder = false)} and created only through its own factories
 *       ({@code of}, {@code parse}).
 * </ul>
 *
 * <p>Invariants are checked in {@code @Value.Check} methods, which throw
 * {@link se.asf.core.InvariantViolationException}, so no value exists in a forbidden state.
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
    visibility = ImplementationVisibility.PRIVATE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = false))
public @interface AsfStyle {}
