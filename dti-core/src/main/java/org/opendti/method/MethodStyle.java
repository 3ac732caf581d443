package org.opendti.method;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of {@link Method}, which differs from the SDK's {@link org.opendti.DtiStyle}: its builder is
 * not strict, so that {@code Method.builder().from(official)} may then change any attribute, and its map attributes
 * keep their names in their {@code put} methods ({@code putAggregatorByLevel}).
 *
 * <p>Source retention, unlike {@code @Value.Style} itself: a {@code @Value.Style} written on {@link Method} would stay
 * in {@code Method.class}, and javac warns ("Cannot find annotation method") when a user compiles against that class
 * without the Immutables annotations on the class path. Through this annotation the style leaves no trace in
 * {@code Method.class}. Like the SDK's style, it lets Immutables add no annotation found on the class path but the
 * JDK's {@code @javax.annotation.processing.Generated}, which has source retention too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"normaliserByNode:normaliserByNode", "aggregatorByNode:aggregatorByNode",
        "aggregatorByLevel:aggregatorByLevel", "weightingByNode:weightingByNode", "missingByNode:missingByNode"},
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
@interface MethodStyle {}
