package org.opendti.method;

import java.util.Arrays;

/** Ranking of primitive columns without boxing. */
final class Ranks {
  private Ranks() {}

  /** Sorts the positions of the non-NaN values by value, stable, with a primitive merge sort on indices. */
  private static int[] order(double[] values, boolean descending) {
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    int[] idx = new int[n];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        idx[k++] = i;
      }
    }
    int[] tmp = new int[n];
    mergeSort(idx, tmp, 0, n, values, descending);
    return idx;
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] v, boolean desc) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, v, desc);
    mergeSort(a, tmp, mid, to, v, desc);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      double x = v[a[i]];
      double y = v[a[j]];
      boolean takeRight = desc ? y > x : y < x;
      tmp[k++] = takeRight ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < to) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, from, a, from, to - from);
  }

  static double[] descending(double[] values, TiesStrategy ties) {
    return rank(values, true, ties);
  }

  static double[] ascendingMin(double[] values) {
    return rank(values, false, TiesStrategy.MINIMUM);
  }

  /** Ranks by sorting the present values with the JDK's primitive sort, then a binary search per value. */
  private static double[] rankBySort(double[] values, boolean descending, TiesStrategy ties) {
    int n = 0;
    int[] idx = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        idx[n++] = i;
      }
    }
    double[] keys = new double[n];
    for (int k = 0; k < n; k++) {
      keys[k] = descending ? -values[idx[k]] : values[idx[k]];
    }
    // the JDK's primitive sort, then each value's place by binary search: ties are values equal under ==, so the
    // ranks are those of a sort that moves indexes along, without moving them
    double[] sorted = keys.clone();
    Arrays.sort(sorted);
    double[] r = new double[values.length];
    Arrays.fill(r, Double.NaN);
    for (int k = 0; k < n; k++) {
      double key = keys[k];
      int first = lowerBound(sorted, n, key);
      if (ties == TiesStrategy.MINIMUM) {
        r[idx[k]] = first + 1;
      } else {
        int last = upperBound(sorted, n, key) - 1;
        r[idx[k]] = (first + last + 2) / 2.0;
      }
    }
    return r;
  }

  /** The first position whose value is not below {@code key} (comparing with {@code <}, so -0.0 equals 0.0). */
  private static int lowerBound(double[] sorted, int n, double key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position whose value is above {@code key}. */
  private static int upperBound(double[] sorted, int n, double key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key < sorted[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static double[] rank(double[] values, boolean descending, TiesStrategy ties) {
    if (ties != TiesStrategy.SEQUENTIAL) {
      return rankBySort(values, descending, ties);
    }
    int[] idx = order(values, descending);
    double[] r = new double[values.length];
    Arrays.fill(r, Double.NaN);
    int i = 0;
    while (i < idx.length) {
      int j = i;
      while (j + 1 < idx.length && values[idx[j + 1]] == values[idx[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[idx[k]] = switch (ties) {
          case MINIMUM -> i + 1;
          case AVERAGE -> (i + 1 + j + 1) / 2.0;
          case SEQUENTIAL -> k + 1;
        };
      }
      i = j + 1;
    }
    return r;
  }
}
