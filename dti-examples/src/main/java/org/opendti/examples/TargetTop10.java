package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.analysis.Profile;
import org.opendti.analysis.TargetPlanner;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * "Top 10 by 2025" (seed S4): what does the province ranked 30th on the bundled synthetic sample need to reach the top
 * 10, and which main indicators should it work on? Also its strengths and weaknesses.
 */
public final class TargetTop10 {
  private TargetTop10() {}

  /**
   * The plan for the province ranked 30th.
   *
   * @return the plan, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static TargetPlanner.Plan plan() throws IOException {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), CoinrMethods.sample());
    String unit = r.ranking("dti").get(29).unit().code();
    return TargetPlanner.of(r).plan(unit, "dti", 10);
  }

  /**
   * Prints the plan and the profile.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    TargetPlanner.Plan p = plan();
    out.printf("%s: rank %s, DTI %s; rank 10 needs DTI %s, that is %s more points of 1000%n", p.unit().name(),
        Numbers.plain(p.currentRank()), Numbers.format(p.currentValue(), 4), Numbers.format(p.targetValue(), 5),
        p.neededText());
    for (TargetPlanner.Step s : p.steps()) {
      out.printf("  %-28s headroom %7s points, take %7s%n", s.name(), Numbers.format(s.headroom(), 2),
          Numbers.format(s.pointsToAdd(), 2));
    }
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), CoinrMethods.sample());
    Profile profile = Profile.of(r, p.unit().code(), "dti");
    profile.strengths(2).forEach(s -> out.printf("  strength: %s (rank %s)%n", s.name(), Numbers.plain(s.rank())));
    profile.weaknessesByPointsLost(2).forEach(s -> out.printf("  weakness: %s (%s points lost)%n", s.name(),
        Numbers.format(s.pointsLost(), 1)));
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the bundled sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out);
  }
}
