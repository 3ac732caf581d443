package org.opendti.analysis;

import java.util.Optional;
import org.opendti.Unit;

/**
 * Statistics of one node over the units of one group in one period, as reports give them: count, mean, median,
 * minimum, maximum, spread (maximum − minimum), sample standard deviation (n − 1), and the best and worst unit (the
 * first in unit order on ties). Units without a value, and units that are not ranked ({@link Unit#ranked()}), are not
 * counted.
 *
 * @param group the group ({@link Panel#ALL} for every unit)
 * @param period the period
 * @param node the node code
 * @param scale the scale of the figures
 * @param count the number of units with a value
 * @param mean the mean, NaN when count is 0
 * @param median the median, NaN when count is 0
 * @param min the minimum, NaN when count is 0
 * @param max the maximum, NaN when count is 0
 * @param spread max − min, NaN when count is 0
 * @param standardDeviation the sample standard deviation, NaN when count is below 2
 * @param best the unit with the maximum, empty when count is 0
 * @param worst the unit with the minimum, empty when count is 0
 */
public record GroupStats(String group, String period, String node, Scale scale, int count, double mean, double median,
    double min, double max, double spread, double standardDeviation, Optional<Unit> best, Optional<Unit> worst) {

  /**
   * One statistic by name: {@code count, mean, median, min, max, spread, sd}.
   *
   * @param statistic the name, not null
   * @return the figure
   * @throws IllegalArgumentException for an unknown name
   */
  public double get(String statistic) {
    return switch (statistic) {
      case "count" -> count;
      case "mean" -> mean;
      case "median" -> median;
      case "min" -> min;
      case "max" -> max;
      case "spread" -> spread;
      case "sd" -> standardDeviation;
      default -> throw new IllegalArgumentException("unknown statistic '" + statistic + "'; expected count, mean,"
          + " median, min, max, spread or sd");
    };
  }
}
