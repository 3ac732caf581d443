package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core keeps no global mutable state, so that it can be called from many threads and from the map functions of a
 * distributed engine: every static field of every class in dti-core is final, and holds an immutable value (a
 * primitive, a string, an enum, an immutable collection, a private constant table, or an object of an SDK type whose
 * own fields are final).
 */
final class NoGlobalStateTest {
  private static List<Class<?>> coreClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of(Framework.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (!name.endsWith("package-info") && !name.equals("module-info")) {
          out.add(Class.forName(name, false, NoGlobalStateTest.class.getClassLoader()));
        }
      }
    }
    return out;
  }

  private static boolean immutableValue(Object v) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof Enum<?> || v instanceof Class<?> || v instanceof java.util.regex.Pattern
        || v instanceof java.time.temporal.TemporalAccessor) {
      return true;
    }
    if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
      String n = v.getClass().getName();
      return n.contains("Immutable") || n.contains("Unmodifiable") || n.startsWith("java.util.ImmutableCollections");
    }
    if (v.getClass().getName().startsWith("org.opendti")) {
      // an SDK object (a strategy constant, a framework): all its instance fields are final, except the transient
      // caches Immutables generates for lazy attributes (computed once, under a lock, from final fields)
      for (Class<?> c = v.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          int fm = f.getModifiers();
          if (!Modifier.isStatic(fm) && !Modifier.isFinal(fm) && !Modifier.isTransient(fm) && !f.isSynthetic()
              && !f.getName().startsWith("$")) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void everyStaticFieldIsAFinalImmutableConstant() throws Exception {
    List<Class<?>> classes = coreClasses();
    assertThat(classes).hasSizeGreaterThan(50);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : classes) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (!Modifier.isStatic(m) || f.isSynthetic() || f.getName().startsWith("$") || f.isEnumConstant()) {
          continue;
        }
        checked++;
        String where = c.getName() + "." + f.getName();
        if (!Modifier.isFinal(m)) {
          problems.add(where + " is not final");
          continue;
        }
        if (f.getType().isPrimitive()) {
          continue;
        }
        if (f.getType().isArray()) {
          if (!Modifier.isPrivate(m)) {
            problems.add(where + " is an array visible outside its class");
          }
          continue;
        }
        f.setAccessible(true);
        Object v = f.get(null);
        if (!immutableValue(v)) {
          problems.add(where + " holds a mutable " + v.getClass().getName());
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(problems).isEmpty();
  }
}
