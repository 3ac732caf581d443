package org.opendti.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.opendti.Numbers;
import org.opendti.io.NumberStyle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing 1,000,000 numbers as results files hold them (half scores in [0, 1), half points in
 * [0, 1000)) at 4 and 12 decimals: {@link NumberStyle#parse} and {@link Numbers#format} against the regular expression
 * and {@code BigDecimal} code they replaced, kept here as {@code old*}. Each operation is the whole million. Run with
 * {@code java -jar dti-examples/target/dti-bench.jar NumbersBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class NumbersBenchmark {
  private static final int COUNT = 1_000_000;

  /** The number of decimals written and read. */
  @Param({"4", "12"})
  public int decimals;

  private double[] values;
  private String[] dotted;
  private String[] vietnamese;
  private char[] buffer;
  private int[] offsets;
  private StringBuilder out;

  /** Makes the numbers and their text in both styles, and the default-style text in one buffer as a reader has it. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(42);
    values = new double[COUNT];
    dotted = new String[COUNT];
    vietnamese = new String[COUNT];
    StringBuilder all = new StringBuilder();
    offsets = new int[COUNT + 1];
    for (int i = 0; i < COUNT; i++) {
      values[i] = i % 2 == 0 ? random.nextDouble() : random.nextDouble() * 1000;
      dotted[i] = Numbers.format(values[i], decimals);
      vietnamese[i] = dotted[i].replace('.', ',');
      offsets[i] = all.length();
      all.append(dotted[i]);
    }
    offsets[COUNT] = all.length();
    buffer = all.toString().toCharArray();
    out = new StringBuilder(COUNT * 20);
  }

  /**
   * Reads the default-style strings with the regular expression and {@code Double.parseDouble}.
   *
   * @return the sum, so the work is not optimised away
   */
  @Benchmark
  public double oldParse() {
    double sum = 0;
    for (String s : dotted) {
      sum += oldParseDefault(s);
    }
    return sum;
  }

  /**
   * Reads the default-style strings with {@link NumberStyle#parse(String)}.
   *
   * @return the sum
   */
  @Benchmark
  public double newParse() {
    double sum = 0;
    for (String s : dotted) {
      sum += NumberStyle.DEFAULT.parse(s);
    }
    return sum;
  }

  /**
   * Reads the same text from one character buffer with {@link NumberStyle#parse(char[], int, int)}.
   *
   * @return the sum
   */
  @Benchmark
  public double newParseChars() {
    double sum = 0;
    for (int i = 0; i < COUNT; i++) {
      sum += NumberStyle.DEFAULT.parse(buffer, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return sum;
  }

  /**
   * Reads the Vietnamese-style strings with the regular expression and {@code BigDecimal}.
   *
   * @return the sum
   */
  @Benchmark
  public double oldParseVietnamese() {
    double sum = 0;
    for (String s : vietnamese) {
      sum += oldParseVietnamese(s);
    }
    return sum;
  }

  /**
   * Reads the Vietnamese-style strings with {@link NumberStyle#parse(String)}.
   *
   * @return the sum
   */
  @Benchmark
  public double newParseVietnamese() {
    double sum = 0;
    for (String s : vietnamese) {
      sum += NumberStyle.VIETNAMESE.parse(s);
    }
    return sum;
  }

  /**
   * Formats every value with {@code BigDecimal} and appends the strings to one buffer.
   *
   * @return the buffer's length
   */
  @Benchmark
  public int oldFormat() {
    out.setLength(0);
    for (double v : values) {
      out.append(oldFormat(v, decimals)).append(',');
    }
    return out.length();
  }

  /**
   * Formats every value into one buffer with {@link Numbers#format(double, int, StringBuilder)}.
   *
   * @return the buffer's length
   */
  @Benchmark
  public int newFormat() {
    out.setLength(0);
    for (double v : values) {
      Numbers.format(v, decimals, out);
      out.append(',');
    }
    return out.length();
  }

  /**
   * Formats every value as a string with {@link Numbers#format(double, int)} and appends it.
   *
   * @return the buffer's length
   */
  @Benchmark
  public int newFormatString() {
    out.setLength(0);
    for (double v : values) {
      out.append(Numbers.format(v, decimals)).append(',');
    }
    return out.length();
  }

  /**
   * Rounds every value with {@code BigDecimal}.
   *
   * @return the sum
   */
  @Benchmark
  public double oldRound() {
    double sum = 0;
    for (double v : values) {
      sum += oldRound(v, decimals);
    }
    return sum;
  }

  /**
   * Rounds every value with {@link Numbers#round(double, int)}.
   *
   * @return the sum
   */
  @Benchmark
  public double newRound() {
    double sum = 0;
    for (double v : values) {
      sum += Numbers.round(v, decimals);
    }
    return sum;
  }

  // The code before the change, for comparison (NumberStyle and Numbers at commit e35fd9f).

  private static final Pattern OLD_PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern OLD_VI = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?\\s?%?");

  private static double oldParseDefault(String text) {
    String t = text.strip();
    if (!OLD_PLAIN.matcher(t).matches()) {
      String hint = t.contains(",") ? "expected '.' as the decimal separator; use the Vietnamese number style for"
          + " numbers like 0,7314" : t.endsWith("%") ? "percentages are read only in the Vietnamese number style"
          : "expected a number such as 0.7314";
      throw new IllegalArgumentException("cannot read as a number in the default style (" + hint + ")");
    }
    return oldFinite(Double.parseDouble(t));
  }

  private static double oldParseVietnamese(String text) {
    String t = text.strip();
    if (!OLD_VI.matcher(t).matches()) {
      throw new IllegalArgumentException("cannot read as a number in the Vietnamese style (expected ',' as the"
          + " decimal separator and '.' only between groups of three digits, e.g. 0,7314 or 9.056 or 98,5%)");
    }
    boolean percent = t.endsWith("%");
    String s = (percent ? t.substring(0, t.length() - 1).strip() : t).replace(".", "").replace(',', '.');
    BigDecimal v = new BigDecimal(s);
    if (percent) {
      v = v.movePointLeft(2);
    }
    return oldFinite(v.doubleValue());
  }

  private static double oldFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("expected a finite number");
    }
    return v;
  }

  private static double oldRound(double value, int decimals) {
    if (decimals < 0 || decimals > 12) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals);
    }
    if (!Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value).setScale(12, RoundingMode.HALF_EVEN).setScale(decimals, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static String oldFormat(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return BigDecimal.valueOf(oldRound(value, decimals)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
