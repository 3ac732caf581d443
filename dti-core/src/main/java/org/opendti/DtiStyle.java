package org.opendti;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK, applied to whole packages in {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract types; builders are strict (each
 * attribute may be set once) and collection attributes get singular adders ({@code addParent}, {@code addAlias}).
 * This annotation is needed at compile time only; user code never refers to it.
 *
 * <p>Of the annotations Immutables adds when it finds them on the class path, only the JDK's source-retention
 * {@code @javax.annotation.processing.Generated} is allowed: the others ({@code @org.immutables.value.Generated},
 * Error Prone's {@code @CanIgnoreReturnValue} and {@code @Var}) would stay in the generated class files, and javac
 * warns ("Cannot find annotation method") when a user compiles against them without those jars.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "parent:parents", "node:nodes", "unit:units"},
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
public @interface DtiStyle {}
