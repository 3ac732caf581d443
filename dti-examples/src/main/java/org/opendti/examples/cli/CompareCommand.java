package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.UnitRegistry;
import org.opendti.analysis.GroupStats;
import org.opendti.analysis.Panel;
import org.opendti.analysis.Scale;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.Label;
import org.opendti.io.csv.CsvRowWriter;
import org.opendti.method.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti compare}: two periods' results side by side, per unit and node, and group statistics. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare two data files (two periods) scored with one framework.",
        "Output, one row per unit of --to, then one per unit only in --from: unit, then for every node <code>_from,"
            + " <code>_to, <code>_delta, <code>_rank_from, <code>_rank_to, <code>_rank_move (positive = up).",
        "--stats FILE: per group and node the count, mean, median, min, max, spread and sd in both periods and"
            + " their change, and the best and worst unit."})
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Mixin
  LangOption lang;

  @Mixin
  TableOption table;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The earlier period's data.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The later period's data.")
  Path to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the comparison here instead of stdout.")
  Path out;

  @Option(names = "--stats", paramLabel = "FILE", description = "Write the group statistics here.")
  Path stats;

  @Option(names = "--decimals", defaultValue = "4", paramLabel = "N", description = "Decimals (default 4).")
  int decimals;

  @Mixin
  WarningsOutput warnings;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    List<Path> inputs = List.of(from, to);
    for (Path p : new Path[] {out, stats}) {
      if (p != null) {
        input.refuseInput(p, inputs);
      }
    }
    List<Path> read = List.of(from, to, Path.of(input.framework));
    warnings.refuse(read, out, stats);
    PrintWriter err = spec.commandLine().getErr();
    Dataset earlier = input.data(from);
    Dataset later = input.data(to);
    if (input.registry().isEmpty()) {
      earlier = sameSpellings(earlier, later, err);
    }
    Method method = methodOptions.method(loaded.framework(), loaded.method(), decimals);
    Results before = input.noted(ScoringEngine.of(input.referenceIn(method, earlier)).score(loaded.framework(),
        earlier), from);
    Results after = input.noted(ScoringEngine.of(input.referenceIn(method, later)).score(loaded.framework(), later),
        to);
    warnings.report(List.of(new WarningsOutput.Source("from", before), new WarningsOutput.Source("to", after)), err,
        read);
    List<Unit> gone = before.units().stream().filter(u -> after.findUnit(u.code()).isEmpty()).toList();
    List<Unit> added = after.units().stream().filter(u -> before.findUnit(u.code()).isEmpty()).toList();
    if (!gone.isEmpty() || !added.isEmpty()) {
      err.println("units in one period only: " + gone.size() + " only in --from" + names(gone) + ", "
          + added.size() + " only in --to" + names(added) + " (listed with empty values for the other period)");
    }
    if (out == null) {
      if (table.table()) {
        spec.commandLine().getOut().print(aligned(before, after, gone, lang.resolve(after.framework())));
      } else {
        CsvOutput.toStdout(spec.commandLine().getOut(), w -> comparison(before, after, gone, w));
      }
    } else {
      CsvOutput.toFile(out, inputs, w -> comparison(before, after, gone, w));
      err.println("wrote " + out + " (" + (after.units().size() + gone.size()) + " units)");
    }
    if (stats != null) {
      CsvOutput.toFile(stats, inputs, w -> statistics(before, after, w));
      err.println("wrote " + stats);
    }
    return DtiCommand.OK;
  }

  /** Up to ten names, in parentheses after a space; nothing for none. */
  private static String names(List<Unit> units) {
    if (units.isEmpty()) {
      return "";
    }
    List<String> n = units.stream().limit(10).map(u -> "'" + u.name() + "'").toList();
    return " (" + String.join(", ", n) + (units.size() > 10 ? ", ..." : "") + ")";
  }

  /**
   * Without a registry, a unit of the earlier data that the later data spell differently (case, diacritics, a "Tỉnh"
   * or "TP." prefix: {@link UnitRegistry#lenient}) and that matches exactly one later unit becomes that unit, as an option
   * naming it would ({@link Units#resolve}); each such match is reported on stderr.
   */
  private static Dataset sameSpellings(Dataset earlier, Dataset later, PrintWriter err) {
    UnitRegistry laterNames = UnitRegistry.lenient(later.units());
    Map<String, Unit> renamed = new LinkedHashMap<>();
    Map<String, Unit> taken = new HashMap<>();
    for (Unit u : earlier.units()) {
      if (later.findUnit(u.code()).isPresent()) {
        continue;
      }
      Optional<Unit> match = laterNames.find(u.name()).or(() -> laterNames.find(u.code()))
          .flatMap(m -> later.findUnit(m.code())).filter(m -> earlier.findUnit(m.code()).isEmpty());
      if (match.isEmpty()) {
        continue;
      }
      Unit other = taken.put(match.get().code(), u);
      if (other != null) {
        throw new DtiException("units '" + other.name() + "' and '" + u.name() + "' of --from are both '"
            + match.get().name() + "' of --to");
      }
      Unit.Builder b = Unit.builder().code(match.get().code()).name(match.get().name()).kind(u.kind());
      u.group().ifPresent(b::group);
      renamed.put(u.code(), b.build());
    }
    for (Map.Entry<String, Unit> e : renamed.entrySet()) {
      err.println("note: unit '" + earlier.findUnit(e.getKey()).orElseThrow().name() + "' of --from is '"
          + e.getValue().name() + "' of --to (same name without case, diacritics or prefix)");
    }
    return renamed.isEmpty() ? earlier : earlier.withUnitsRenamed(renamed);
  }

  private static final List<String> SUFFIXES = List.of("_from", "_to", "_delta", "_rank_from", "_rank_to",
      "_rank_move");

  private void comparison(Results before, Results after, List<Unit> gone, CsvRowWriter w) {
    Comparison c = Comparison.between(before, after);
    List<Node> nodes = after.nodes();
    w.text("unit");
    for (Node n : nodes) {
      for (String suffix : SUFFIXES) {
        w.text(n.code() + suffix);
      }
    }
    w.endRow();
    for (var u : after.units()) {
      w.text(u.name());
      for (Node n : nodes) {
        Change ch = c.change(u.code(), n.code());
        w.number(ch.before(), decimals).number(ch.after(), decimals).number(ch.delta(), decimals)
            .plain(ch.rankBefore()).plain(ch.rankAfter()).plain(ch.rankMove());
      }
      w.endRow();
    }
    // units of the earlier period only: their earlier values, nothing for the later period
    for (Unit u : gone) {
      w.text(u.name());
      for (Node n : nodes) {
        boolean computed = before.nodes().stream().anyMatch(m -> m.code().equals(n.code()));
        w.number(computed ? before.roundedValue(u.code(), n.code()) : Double.NaN, decimals).empty().empty()
            .plain(computed ? before.rank(u.code(), n.code()) : Double.NaN).empty().empty();
      }
      w.endRow();
    }
  }

  /** The root node only, for people: unit, both values, change, both ranks and the move, in the later order. */
  private String aligned(Results before, Results after, List<Unit> gone, Language l) {
    String root = after.framework().root().code();
    Table t = new Table(List.of(Label.RANK.in(l), Label.UNIT.in(l), Label.FROM.in(l), Label.TO.in(l),
        Label.CHANGE.in(l), Label.RANK.in(l) + " " + Label.FROM.in(l).toLowerCase(java.util.Locale.ROOT),
        Label.MOVE.in(l)), true, false, true, true, true, true, true);
    Comparison c = Comparison.between(before, after);
    for (var row : after.ranking(root)) {
      Change ch = c.change(row.unit().code(), root);
      double m = ch.rankMove();
      t.add(List.of(rank(ch.rankAfter()), row.unit().name(), l.number(ch.before(), decimals),
          l.number(ch.after(), decimals), (ch.delta() > 0 ? "+" : "") + l.number(ch.delta(), decimals),
          rank(ch.rankBefore()), Double.isNaN(m) ? Label.NEW.in(l) : m > 0 ? "+" + rank(m) : rank(m)));
    }
    boolean computed = before.nodes().stream().anyMatch(m -> m.code().equals(root));
    for (Unit u : gone) {
      t.add(List.of("", u.name(), computed ? l.number(before.roundedValue(u.code(), root), decimals) : "", l.number(Double.NaN, decimals),
          l.number(Double.NaN, decimals),
          computed ? rank(before.rank(u.code(), root)) : "", l == Language.VI ? "không còn" : "gone"));
    }
    return t.render();
  }

  private static String rank(double r) {
    return Double.isNaN(r) ? "" : Numbers.plain(r);
  }

  private void statistics(Results before, Results after, CsvRowWriter w) {
    Panel pb = Panel.of(List.of(before));
    Panel pa = Panel.of(List.of(after));
    for (String h : List.of("group", "node", "statistic", "from", "to", "change")) {
      w.text(h);
    }
    w.endRow();
    for (String group : pa.groups(after.period())) {
      if (!pb.groups(before.period()).contains(group)) {
        continue;
      }
      for (Node n : after.nodes()) {
        if (before.nodes().stream().noneMatch(m -> m.code().equals(n.code()))) {
          continue;
        }
        GroupStats a = pb.stats(before.period(), n.code(), group, Scale.VALUE);
        GroupStats b = pa.stats(after.period(), n.code(), group, Scale.VALUE);
        for (String s : List.of("count", "mean", "median", "min", "max", "spread", "sd")) {
          int d = s.equals("count") ? 0 : decimals;
          w.text(group).text(n.code()).text(s).number(a.get(s), d).number(b.get(s), d).number(b.get(s) - a.get(s), d)
              .endRow();
        }
        w.text(group).text(n.code()).text("best").text(a.best().map(u -> u.name()).orElse(""))
            .text(b.best().map(u -> u.name()).orElse("")).empty().endRow();
        w.text(group).text(n.code()).text("worst").text(a.worst().map(u -> u.name()).orElse(""))
            .text(b.worst().map(u -> u.name()).orElse("")).empty().endRow();
      }
    }
  }
}
