package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.opendti.engine.Results;
import org.opendti.method.Stats;
import org.opendti.method.TiesStrategy;

/**
 * How far two rankings agree, and how well the inputs of each aggregate hang together: Spearman's and Kendall's rank
 * correlations between two results (the official ranking against an AHP or entropy one), and per aggregate the
 * correlations of its children, Cronbach's alpha and a principal-component summary (COINr's {@code get_corr},
 * {@code get_cronbach} and {@code get_PCA}). Units with a missing value on either side are left out. Stateless and
 * thread-safe.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Spearman's rank correlation of a node's values in two results: the Pearson correlation of average ranks (ties
   * share the mean of their places), over the units of the first results that both have.
   *
   * @param a the first results, not null
   * @param b the second results, not null
   * @param node the node's code or alias, not null
   * @return the correlation in [−1, 1], NaN with fewer than two units
   */
  public static double spearman(Results a, Results b, String node) {
    double[][] xy = paired(a, b, node);
    return Stats.correlation(TiesStrategy.AVERAGE.rank(xy[0]), TiesStrategy.AVERAGE.rank(xy[1]));
  }

  /**
   * Kendall's tau-b of a node's values in two results (ties counted on either side), over the units of the first
   * results that both have.
   *
   * @param a the first results, not null
   * @param b the second results, not null
   * @param node the node's code or alias, not null
   * @return tau-b in [−1, 1], NaN with fewer than two units or a constant side
   */
  public static double kendall(Results a, Results b, String node) {
    double[][] xy = paired(a, b, node);
    return Stats.kendall(xy[0], xy[1]);
  }

  private static double[][] paired(Results a, Results b, String node) {
    String code = a.framework().node(node).code();
    double[] va = a.values(code);
    double[] x = new double[va.length];
    double[] y = new double[va.length];
    int n = 0;
    for (int u = 0; u < va.length; u++) {
      String unit = a.units().get(u).code();
      if (b.findUnit(unit).isEmpty()) {
        continue;
      }
      double vb = b.value(unit, code);
      if (!Double.isNaN(va[u]) && !Double.isNaN(vb)) {
        x[n] = va[u];
        y[n] = vb;
        n++;
      }
    }
    return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
  }

  /**
   * The coherence of one aggregate's children.
   *
   * @param aggregate the aggregate's code
   * @param children the children's codes
   * @param correlations the Pearson correlations between the children (pairwise complete), children × children
   * @param cronbachAlpha Cronbach's alpha of the children over the units with every child present
   * @param varianceExplained the share of variance of each principal component of the children's correlation matrix,
   *     largest first
   */
  public record Coherence(String aggregate, List<String> children, double[][] correlations, double cronbachAlpha,
      double[] varianceExplained) {
    /**
     * The checks of a coherence.
     *
     * @param aggregate not null
     * @param children not null
     * @param correlations not null, copied
     * @param cronbachAlpha the alpha
     * @param varianceExplained not null, copied
     */
    public Coherence {
      Objects.requireNonNull(aggregate, "aggregate");
      children = ImmutableList.copyOf(children);
      correlations = java.util.Arrays.stream(correlations).map(double[]::clone).toArray(double[][]::new);
      varianceExplained = varianceExplained.clone();
    }

    /**
     * The correlations, copied.
     *
     * @return children × children, not null
     */
    @Override
    public double[][] correlations() {
      return java.util.Arrays.stream(correlations).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The variance shares, copied.
     *
     * @return the shares, largest first, not null
     */
    @Override
    public double[] varianceExplained() {
      return varianceExplained.clone();
    }
  }

  /**
   * The coherence of every aggregate with at least two computed children.
   *
   * @param results the results, not null
   * @return one entry per aggregate, children before parents, not null
   */
  public static List<Coherence> coherence(Results results) {
    ImmutableList.Builder<Coherence> out = ImmutableList.builder();
    for (String aggregate : results.aggregates()) {
      List<String> kids = results.framework().children(aggregate).stream().map(n -> n.code())
          .filter(c -> results.nodes().stream().anyMatch(n -> n.code().equals(c))).toList();
      if (kids.size() >= 2) {
        out.add(coherence(results, aggregate, kids));
      }
    }
    return out.build();
  }

  private static Coherence coherence(Results r, String aggregate, List<String> kids) {
    int k = kids.size();
    double[][] cols = kids.stream().map(r::values).toArray(double[][]::new);
    double[][] corr = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        corr[i][j] = i == j ? 1 : Stats.correlation(cols[i], cols[j]);
      }
    }
    int units = cols[0].length;
    boolean[] complete = new boolean[units];
    int n = 0;
    for (int u = 0; u < units; u++) {
      complete[u] = true;
      for (double[] c : cols) {
        complete[u] &= !Double.isNaN(c[u]);
      }
      n += complete[u] ? 1 : 0;
    }
    double[] total = new double[n];
    double sumVar = 0;
    for (double[] c : cols) {
      double[] x = new double[n];
      int m = 0;
      for (int u = 0; u < units; u++) {
        if (complete[u]) {
          x[m] = c[u];
          total[m++] += c[u];
        }
      }
      double sd = Stats.standardDeviation(x);
      sumVar += sd * sd;
    }
    double sdTotal = Stats.standardDeviation(total);
    double alpha = k / (k - 1.0) * (1 - sumVar / (sdTotal * sdTotal));
    double[] shares;
    boolean finite = java.util.Arrays.stream(corr).flatMapToDouble(java.util.Arrays::stream)
        .allMatch(Double::isFinite);
    if (finite) {
      double[] eigen = Stats.symmetricEigen(corr)[0][0];
      shares = new double[k];
      for (int i = 0; i < k; i++) {
        shares[i] = Math.max(0, eigen[i]) / k;
      }
    } else {
      shares = new double[k];
      java.util.Arrays.fill(shares, Double.NaN);
    }
    return new Coherence(aggregate, kids, corr, alpha, shares);
  }
}
