package org.opendti;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The SDK's Immutables style ({@link DtiStyle}) with withers turned on, for the value types whose own copy methods
 * use them ({@link Framework#withMaxPoints(java.util.Map)} and {@link Framework#withNodes(java.util.List)} through the
 * generated {@code ImmutableFramework} and {@code ImmutableNode}); the generated classes stay package-private.
 *
 * <p>Source retention, like {@code MethodStyle}: {@code @Value.Immutable(copy = true)} written on the type would stay
 * in its class file, and javac warns ("Cannot find annotation method 'copy()'") when a user compiles against it
 * without the Immutables annotations on the class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "parent:parents", "node:nodes", "unit:units"},
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
@interface WithersStyle {}
