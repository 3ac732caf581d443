package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.analysis.TargetPlanner;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti plan}: the fewest additional points that reach a target rank, and where to find them. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"The fewest additional points of a node (the DTI or a pillar) that reach a target rank with every"
        + " other unit fixed; a tie with the k-th unit counts as reached.",
        "First line: needed_points=X (0 when already there) or needed_points=infeasible; then the plan: the inputs"
            + " in the order to work on them (by headroom, or by points per effort with --effort)."})
final class PlanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Data file.")
  Path data;

  @Option(names = "--period", paramLabel = "P", description = "The period (default: the data's only one).")
  String period;

  @Option(names = "--unit", required = true, paramLabel = "NAME", description = "The unit's name or code.")
  String unit;

  @Option(names = "--target-rank", required = true, paramLabel = "K", description = "The target rank, ≥ 1.")
  int targetRank;

  @Option(names = "--node", paramLabel = "CODE", description = "The node (default: the root).")
  String node;

  @Option(names = "--effort", paramLabel = "CODE=EFFORT",
      description = "Effort to bring an input to full points (repeat); inputs without one stay as they are.")
  Map<String, Double> effort;

  @Option(names = "--fixed", split = ",", paramLabel = "CODE", description = "Inputs that cannot change.")
  List<String> fixed = List.of();

  @picocli.CommandLine.Mixin
  LangOption lang;

  @Mixin
  WarningsOutput warnings;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    List<Path> inputs = List.of(data, Path.of(input.framework));
    warnings.refuse(inputs);
    Dataset d = input.data(data);
    ScoringEngine engine = ScoringEngine.of(input.referenceIn(methodOptions.method(loaded.framework(),
        loaded.method(), 4), d));
    Results r = input.noted(period == null ? engine.score(loaded.framework(), d)
        : engine.score(loaded.framework(), d, period), data);
    Unit u = input.unit("--unit", unit, r);
    warnings.report(r, spec.commandLine().getErr(), inputs);
    TargetPlanner planner = TargetPlanner.of(r).withFixed(fixed);
    if (effort != null) {
      planner = planner.withEffort(effort);
    }
    TargetPlanner.Plan plan = planner.plan(u.code(), node == null ? r.framework().root().code() : node, targetRank);
    PrintWriter out = spec.commandLine().getOut();
    out.println("needed_points=" + plan.neededText());
    out.println("unit=" + plan.unit().name() + " node=" + plan.node() + " current_rank="
        + Numbers.plain(plan.currentRank()) + " target_rank=" + targetRank + " current_value="
        + Numbers.format(plan.currentValue(), 4) + " target_value=" + Numbers.format(plan.targetValue(), 5)
        + " capacity_points=" + Numbers.format(plan.capacityPoints(), 2));
    if (!plan.steps().isEmpty()) {
      Language l = lang.resolve(loaded.framework());
      Table t = new Table(List.of(Label.NODE.in(l), Label.NAME.in(l), Label.HEADROOM.in(l),
          Label.NODE_PER_POINT.in(l), Label.TO_ADD.in(l), Label.NODE_POINTS.in(l)), false, false, true, true,
          true, true);
      for (TargetPlanner.Step s : plan.steps()) {
        t.add(List.of(s.indicator(), l == Language.VI ? s.name()
                : loaded.framework().findNode(s.indicator()).map(Node::nameEn).orElse(s.name()),
            l.number(s.headroom(), 2), l.number(s.nodePointsPerPoint(), 3), l.number(s.pointsToAdd(), 2),
            l.number(s.nodePoints(), 2)));
      }
      out.print(t.render());
    }
    return DtiCommand.OK;
  }
}
