package org.opendti.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Language;
import org.opendti.io.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dti frameworks}: lists the built-in frameworks. */
@Command(name = "frameworks", mixinStandardHelpOptions = true,
    description = "List the built-in frameworks: id, level, version, years, node and component counts, instrument,"
        + " and the details that were not published. Lines are wrapped to the terminal width (COLUMNS, default"
        + " 100).")
final class FrameworksCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LangOption lang;

  @Override
  public Integer call() {
    Language l = lang.resolve();
    Table t = new Table(List.of(Label.ID.in(l), Label.LEVEL.in(l), Label.VERSION.in(l),
        Label.YEARS.in(l), Label.NODES.in(l), Label.COMPONENTS.in(l), Label.MAX_POINTS.in(l),
        Label.STATUS.in(l), Label.INSTRUMENT.in(l)), false, false, false, false, true, true, true, false, false);
    StringBuilder unknown = new StringBuilder();
    int width = DtiCommand.terminal(spec).width();
    for (Framework f : Frameworks.all()) {
      t.add(List.of(f.id(), f.unitKind().name().toLowerCase(java.util.Locale.ROOT), f.version(),
          f.appliesTo().orElse(""), String.valueOf(f.nodes().size()), String.valueOf(f.leaves().size()),
          f.maxPoints(f.root().code()).isPresent() ? org.opendti.Numbers.plain(f.maxPoints(f.root().code())
              .getAsDouble()) : Label.UNKNOWN.in(l), f.status().name().toLowerCase(java.util.Locale.ROOT),
          f.instrument().orElse("")));
      if (!f.unknownMaxima().isEmpty()) {
        String line = "  " + f.id() + (l == Language.VI ? ": chưa công bố điểm tối đa của "
            : ": maximum points not published for ") + String.join(", ", f.unknownMaxima());
        for (String wrapped : Terminal.wrap(Terminal.escape(line), width, "    ")) {
          unknown.append(wrapped).append('\n');
        }
      }
    }
    var out = spec.commandLine().getOut();
    out.print(t.render(width));
    if (unknown.length() > 0) {
      out.println();
      for (String heading : Terminal.wrap(l == Language.VI
          ? "Chi tiết chưa công bố (cần bổ sung trước khi tính các nút đó từ thành phần):"
          : "Unknown details (supply them before scoring those nodes from their parts):", width, "")) {
        out.println(heading);
      }
      out.print(unknown);
    }
    return DtiCommand.OK;
  }
}
