package org.opendti.method;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendti.DtiException;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;

/** The data-driven and judgement-based weighting schemes. */
final class DataWeightings {
  private DataWeightings() {}

  /** Rows (units) where every child is present, as an array of columns. */
  static double[][] completeRows(WeightingContext ctx) {
    int k = ctx.children().size();
    int units = k == 0 ? 0 : ctx.values(0).length;
    List<Integer> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      boolean ok = true;
      for (int c = 0; c < k && ok; c++) {
        ok = !Double.isNaN(ctx.values(c)[u]);
      }
      if (ok) {
        rows.add(u);
      }
    }
    double[][] cols = new double[k][rows.size()];
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < rows.size(); r++) {
        cols[c][r] = ctx.values(c)[rows.get(r)];
      }
    }
    return cols;
  }

  enum Entropy implements WeightingScheme {
    INSTANCE;

    @Override
    public String id() {
      return "entropy";
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      int k = ctx.children().size();
      if (k == 1) {
        return new double[] {1}; // a single child carries the whole aggregate, whatever its spread
      }
      double[] d = new double[k];
      for (int c = 0; c < k; c++) {
        double[] x = ctx.values(c);
        double sum = 0;
        int n = 0;
        for (double v : x) {
          if (Double.isNaN(v)) {
            continue;
          }
          if (v < 0) {
            throw new DtiException("entropy weights of '" + ctx.parent().code() + "' need values ≥ 0, but '"
                + ctx.children().get(c).code() + "' has " + v + "; normalise with min-max first");
          }
          sum += v;
          n++;
        }
        if (n < 2 || sum == 0) {
          d[c] = 0;
          continue;
        }
        double e = 0;
        for (double v : x) {
          if (!Double.isNaN(v) && v > 0) {
            double p = v / sum;
            e -= p * Math.log(p);
          }
        }
        d[c] = 1 - e / Math.log(n);
      }
      return d;
    }
  }

  enum Critic implements WeightingScheme {
    INSTANCE;

    @Override
    public String id() {
      return "critic";
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      int k = ctx.children().size();
      if (k == 1) {
        return new double[] {1}; // no other child to conflict with: the single child carries the aggregate
      }
      double[] w = new double[k];
      for (int j = 0; j < k; j++) {
        double sd = Stats.standardDeviation(ctx.values(j));
        double conflict = 0;
        for (int m = 0; m < k; m++) {
          double r = Stats.correlation(ctx.values(j), ctx.values(m));
          conflict += 1 - (Double.isNaN(r) ? 0 : r);
        }
        w[j] = Double.isNaN(sd) ? 0 : sd * conflict;
      }
      return w;
    }
  }

  enum Pca implements WeightingScheme {
    INSTANCE;

    @Override
    public String id() {
      return "pca";
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      int k = ctx.children().size();
      if (k == 1) {
        return new double[] {1};
      }
      double[][] x = completeRows(ctx);
      if (x[0].length < 3) {
        throw new DtiException("PCA weights of '" + ctx.parent().code() + "' need at least 3 units with every child"
            + " present, found " + x[0].length);
      }
      double[][] corr = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          corr[i][j] = i == j ? 1 : Stats.correlation(x[i], x[j]);
          if (Double.isNaN(corr[i][j])) {
            throw new DtiException("PCA weights of '" + ctx.parent().code() + "': '" + ctx.children().get(i).code()
                + "' or '" + ctx.children().get(j).code() + "' is constant");
          }
        }
      }
      double[][][] eig = Stats.symmetricEigen(corr);
      double[] w = new double[k];
      double sum = 0;
      for (int i = 0; i < k; i++) {
        w[i] = eig[1][i][0];
        sum += w[i];
      }
      for (int i = 0; i < k; i++) {
        w[i] = sum < 0 ? -w[i] : w[i];
        if (w[i] < 0) {
          throw new DtiException("PCA weights of '" + ctx.parent().code() + "': the first component gives '"
              + ctx.children().get(i).code() + "' a negative loading (" + w[i] + "); PCA weights do not suit this"
              + " group");
        }
      }
      return w;
    }
  }

  record Ahp(ImmutableMap<String, AhpMatrix> byParent, double maxConsistencyRatio, WeightingScheme otherwise)
      implements WeightingScheme {
    static Ahp of(Map<String, AhpMatrix> map, double maxCr, WeightingScheme otherwise) {
      if (!(maxCr >= 0)) {
        throw new IllegalArgumentException("maximum consistency ratio must be ≥ 0, was " + maxCr);
      }
      Map<String, AhpMatrix> lower = new HashMap<>();
      map.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
      return new Ahp(ImmutableMap.copyOf(lower), maxCr, otherwise);
    }

    @Override
    public String id() {
      return "ahp";
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      AhpMatrix m = byParent.get(ctx.parent().code().toLowerCase(Locale.ROOT));
      if (m == null) {
        return otherwise.weights(ctx);
      }
      if (m.consistencyRatio() > maxConsistencyRatio) {
        throw new InvalidFrameworkException(ctx.parent().code(), String.format(Locale.ROOT, "AHP consistency ratio"
            + " %.4f is above %.2f (Saaty): revise the pairwise comparisons", m.consistencyRatio(),
            maxConsistencyRatio));
      }
      double[] mw = m.weights();
      double[] w = new double[ctx.children().size()];
      for (int c = 0; c < w.length; c++) {
        Node child = ctx.children().get(c);
        int at = -1;
        for (int i = 0; i < m.codes().size(); i++) {
          if (m.codes().get(i).equalsIgnoreCase(child.code())) {
            at = i;
          }
        }
        if (at < 0) {
          throw new InvalidFrameworkException(ctx.parent().code(), "the AHP matrix does not compare child '"
              + child.code() + "'; it compares " + m.codes());
        }
        w[c] = mw[at];
      }
      if (m.codes().size() != w.length) {
        throw new InvalidFrameworkException(ctx.parent().code(), "the AHP matrix compares " + m.codes()
            + " but the children are " + ctx.children().stream().map(Node::code).toList());
      }
      return w;
    }
  }

  /** Weights that balance the children's correlations with the aggregate, or maximise their sum (COINr's idea). */
  record Optimised(boolean infomax) implements WeightingScheme {
    @Override
    public String id() {
      return infomax ? "infomax" : "balance";
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      int k = ctx.children().size();
      if (k == 1) {
        return new double[] {1};
      }
      double[][] x = completeRows(ctx);
      if (x[0].length < 3) {
        throw new DtiException("optimised weights of '" + ctx.parent().code() + "' need at least 3 complete units");
      }
      double[] theta = new double[k - 1];
      double[] best = NelderMead.minimise(t -> objective(x, softmax(t)), theta, 400 * k);
      return softmax(best);
    }

    private double objective(double[][] x, double[] w) {
      int n = x[0].length;
      double[] y = new double[n];
      for (int c = 0; c < x.length; c++) {
        for (int u = 0; u < n; u++) {
          y[u] += w[c] * x[c][u];
        }
      }
      double[] r = new double[x.length];
      double sum = 0;
      for (int c = 0; c < x.length; c++) {
        r[c] = Stats.correlation(x[c], y);
        r[c] = Double.isNaN(r[c]) ? 0 : r[c];
        sum += r[c];
      }
      if (infomax) {
        return -sum;
      }
      double loss = 0;
      for (double rc : r) {
        double d = rc / sum - 1.0 / x.length;
        loss += d * d;
      }
      return loss;
    }

    static double[] softmax(double[] theta) {
      double[] w = new double[theta.length + 1];
      double max = 0;
      for (double t : theta) {
        max = Math.max(max, t);
      }
      double sum = Math.exp(-max);
      w[0] = sum;
      for (int i = 0; i < theta.length; i++) {
        w[i + 1] = Math.exp(theta[i] - max);
        sum += w[i + 1];
      }
      for (int i = 0; i < w.length; i++) {
        w[i] /= sum;
      }
      return w;
    }
  }
}
