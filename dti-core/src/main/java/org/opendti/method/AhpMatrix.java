package org.opendti.method;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A pairwise comparison matrix of the Analytic Hierarchy Process: entry (i, j) says how much more important child i
 * is than child j on Saaty's 1–9 scale. The weights are the principal eigenvector, normalised to sum to 1, and the
 * consistency ratio CR = CI / RI with CI = (λmax − n) / (n − 1) and Saaty's random indices.
 *
 * <pre>{@code
 * AhpMatrix m = AhpMatrix.of(List.of("gov", "econ", "society"), new double[][] {
 *     {1, 2, 2}, {0.5, 1, 1}, {0.5, 1, 1}});
 * m.weights();            // [0.5, 0.25, 0.25]
 * m.consistencyRatio();   // 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AhpMatrix {
  /** Saaty's random consistency indices for n = 1..10. */
  private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

  private final ImmutableList<String> codes;
  private final double[][] matrix;
  private final double[] weights;
  private final double lambdaMax;

  private AhpMatrix(List<String> codes, double[][] matrix, double[] weights, double lambdaMax) {
    this.codes = ImmutableList.copyOf(codes);
    this.matrix = matrix;
    this.weights = weights;
    this.lambdaMax = lambdaMax;
  }

  /**
   * A matrix over the given node codes.
   *
   * @param codes the codes of the compared nodes, distinct, 1 to 10 of them, not null
   * @param comparisons an n × n matrix of positive numbers with ones on the diagonal and a(j, i) = 1 / a(i, j), not
   *     null (copied)
   * @return the matrix, not null
   * @throws IllegalArgumentException if the matrix is not square, not positive, has a diagonal other than 1 or is not
   *     reciprocal (the message names the cell)
   */
  public static AhpMatrix of(List<String> codes, double[][] comparisons) {
    int n = codes.size();
    if (n == 0 || n > RANDOM_INDEX.length) {
      throw new IllegalArgumentException("AHP compares 1 to " + RANDOM_INDEX.length + " nodes, got " + n);
    }
    if (new HashSet<>(codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()).size() != n) {
      throw new IllegalArgumentException("AHP codes must be distinct: " + codes);
    }
    if (comparisons.length != n) {
      throw new IllegalArgumentException("AHP matrix has " + comparisons.length + " rows for " + n + " codes");
    }
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      if (comparisons[i].length != n) {
        throw new IllegalArgumentException("AHP matrix row " + (i + 1) + " has " + comparisons[i].length
            + " entries, expected " + n);
      }
      a[i] = comparisons[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        String cell = "(" + codes.get(i) + ", " + codes.get(j) + ")";
        if (!(a[i][j] > 0) || Double.isInfinite(a[i][j])) {
          throw new IllegalArgumentException("AHP entry " + cell + " must be a positive number, was " + a[i][j]);
        }
        if (i == j && a[i][j] != 1) {
          throw new IllegalArgumentException("AHP diagonal entry " + cell + " must be 1, was " + a[i][j]);
        }
        if (Math.abs(a[i][j] * a[j][i] - 1) > 1e-6) {
          throw new IllegalArgumentException("AHP matrix is not reciprocal: entry " + cell + " is " + a[i][j]
              + " but (" + codes.get(j) + ", " + codes.get(i) + ") is " + a[j][i] + ", expected " + 1 / a[i][j]);
        }
      }
    }
    // Power iteration, kept by hand: Hipparchus' EigenDecompositionNonSymmetric (Schur QR) throws "convergence
    // failed" on many perfectly consistent matrices (rank 1, eigenvalue 0 of multiplicity n - 1: 19 of 200 random
    // ones of 2 to 10 nodes; NumericsDifferentialTest pins it), the common case of judgements derived from weights,
    // while this loop needs one step for them and converges geometrically otherwise, the Perron root of a positive
    // matrix being simple and of the largest modulus. Where the library converged it agreed with this loop within
    // 5.2e-14 (lambda max) and 1.5e-15 (weights).
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    double lambda = n;
    for (int iter = 0; iter < 10_000; iter++) {
      double[] next = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[i] += a[i][j] * w[j];
        }
        sum += next[i];
      }
      lambda = sum;
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change < 1e-15) {
        break;
      }
    }
    return new AhpMatrix(codes, a, w, lambda);
  }

  /**
   * The compared node codes, in matrix order.
   *
   * @return the codes, not null
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * The weights: the principal eigenvector normalised to sum to 1, in {@link #codes()} order; a new array.
   *
   * @return the weights, not null
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The principal eigenvalue λmax (n for a perfectly consistent matrix).
   *
   * @return λmax
   */
  public double lambdaMax() {
    return lambdaMax;
  }

  /**
   * Saaty's consistency ratio CR = ((λmax − n) / (n − 1)) / RI(n); 0 for n ≤ 2. Above 0.1 the judgements are
   * conventionally considered inconsistent.
   *
   * @return the ratio, ≥ 0 up to rounding
   */
  public double consistencyRatio() {
    int n = codes.size();
    if (n <= 2) {
      return 0;
    }
    return (lambdaMax - n) / (n - 1) / RANDOM_INDEX[n - 1];
  }

  /**
   * An entry of the matrix.
   *
   * @param row the row, 0-based
   * @param column the column, 0-based
   * @return the entry
   */
  public double entry(int row, int column) {
    return matrix[row][column];
  }
}
