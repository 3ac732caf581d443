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

  /** Ranks by sorting the positions of the present values with a primitive quicksort, then one linear pass. */
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
    quicksort(keys, idx, 0, n - 1);
    double[] r = new double[values.length];
    Arrays.fill(r, Double.NaN);
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && keys[j + 1] == keys[i]) {
        j++;
      }
      double rank = ties == TiesStrategy.MINIMUM ? i + 1 : (i + j + 2) / 2.0;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = rank;
      }
      i = j + 1;
    }
    return r;
  }

  /** Sorts keys ascending, moving idx along; median-of-three quicksort with insertion sort for short ranges. */
  private static void quicksort(double[] keys, int[] idx, int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < keys[lo]) {
        swap(keys, idx, mid, lo);
      }
      if (keys[hi] < keys[lo]) {
        swap(keys, idx, hi, lo);
      }
      if (keys[hi] < keys[mid]) {
        swap(keys, idx, hi, mid);
      }
      double pivot = keys[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(keys, idx, i++, j--);
        }
      }
      if (j - lo < hi - i) {
        quicksort(keys, idx, lo, j);
        lo = i;
      } else {
        quicksort(keys, idx, i, hi);
        hi = j;
      }
    }
    for (int a = lo + 1; a <= hi; a++) {
      double k = keys[a];
      int v = idx[a];
      int b = a - 1;
      while (b >= lo && keys[b] > k) {
        keys[b + 1] = keys[b];
        idx[b + 1] = idx[b];
        b--;
      }
      keys[b + 1] = k;
      idx[b + 1] = v;
    }
  }

  private static void swap(double[] keys, int[] idx, int a, int b) {
    double k = keys[a];
    keys[a] = keys[b];
    keys[b] = k;
    int t = idx[a];
    idx[a] = idx[b];
    idx[b] = t;
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
