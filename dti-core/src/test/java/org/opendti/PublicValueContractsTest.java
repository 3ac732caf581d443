package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.engine.Warning;
import org.opendti.method.Method;

/**
 * The public value types keep their contracts: no public method or constructor accepts null where it documents "not
 * null" (Guava's {@link NullPointerTester}: each reference parameter in turn is null and a
 * {@link NullPointerException} must follow), and equality is value equality, reflexive, symmetric and consistent
 * with the hash code ({@link EqualsTester}).
 */
final class PublicValueContractsTest {

  private static NullPointerTester tester() {
    Framework f = Frameworks.pdti2022();
    return new NullPointerTester()
        .setDefault(Framework.class, f)
        .setDefault(Node.class, f.node("dti"))
        .setDefault(Unit.class, unit("01", "Hà Nội"))
        .setDefault(Measure.class, Measure.ofValue(0.5))
        .setDefault(Method.class, Method.official())
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(Warning.Kind.class, Warning.Kind.MISSING_VALUE)
        .setDefault(Dataset.class, data(0.5))
        .setDefault(Results.class, ScoringEngine.official().score(f, data(0.5)));
  }

  private static Unit unit(String code, String name) {
    return Unit.builder().code(code).name(name).build();
  }

  private static Dataset data(double value) {
    return Dataset.builder().put("A", "awareness", value).put("B", "awareness", 0.25).build();
  }

  @Test
  void staticFactories_refuseNull() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(Measure.class, Comparison.class, UnitRegistry.class, Frameworks.class, Numbers.class)) {
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void constructorsAndInstanceMethods_refuseNull() {
    NullPointerTester t = tester();
    t.testAllPublicConstructors(Warning.class);
    t.testAllPublicInstanceMethods(new Warning(Warning.Kind.MISSING_VALUE, "A", "awareness", "no value"));
    t.testAllPublicInstanceMethods(Warning.Kind.OUTLIERS_TREATED);
    t.testAllPublicInstanceMethods(Measure.ofRatio(3, 4));
    t.testAllPublicInstanceMethods(unit("01", "Hà Nội"));
    t.testAllPublicInstanceMethods(Frameworks.pdti2022().node("awareness"));
    t.testAllPublicInstanceMethods(Provinces.before2025());
    Results before = ScoringEngine.official().score(Frameworks.pdti2022(), data(0.5));
    Results after = ScoringEngine.official().score(Frameworks.pdti2022(), data(0.75));
    Change change = Comparison.between(before, after).change("A", "dti");
    t.testAllPublicInstanceMethods(change);
    assertThat(change.describe(Language.EN)).isEqualTo("same rank, +0.0250");
  }

  @Test
  void equality_isValueEquality() {
    Framework f = Frameworks.pdti2022();
    new EqualsTester()
        .addEqualityGroup(new Warning(Warning.Kind.MISSING_VALUE, "A", "x", "m"),
            new Warning(Warning.Kind.MISSING_VALUE, "A", "x", "m"))
        .addEqualityGroup(new Warning(Warning.Kind.OUTLIERS_TREATED, "A", "x", "m"))
        .addEqualityGroup(new Warning(Warning.Kind.MISSING_VALUE, "B", "x", "m"))
        .addEqualityGroup(new Warning(Warning.Kind.MISSING_VALUE, "A", "y", "m"))
        .addEqualityGroup(new Warning(Warning.Kind.MISSING_VALUE, "A", "x", "n"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Measure.ofValue(0.5), Measure.ofValue(0.5))
        .addEqualityGroup(Measure.ofValue(0.25))
        .addEqualityGroup(Measure.ofRatio(1, 2), Measure.ofRatio(1, 2))
        .addEqualityGroup(Measure.ofCategory("yes"), Measure.ofCategory("yes"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(unit("01", "Hà Nội"), unit("01", "Hà Nội"))
        .addEqualityGroup(unit("02", "Hà Giang"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(f.node("awareness"), Frameworks.pdti2022().node("awareness"))
        .addEqualityGroup(f.node("institutions"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Method.official(), Method.official())
        .addEqualityGroup(Method.coinr(), Method.coinr())
        .testEquals();
  }
}
