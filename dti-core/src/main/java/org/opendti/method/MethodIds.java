package org.opendti.method;

import java.math.BigDecimal;

/** Formatting of numbers inside method ids. */
final class MethodIds {
  private MethodIds() {}

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).toPlainString();
  }
}
