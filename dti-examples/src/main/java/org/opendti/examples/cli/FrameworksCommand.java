package org.opendti.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Framework;
import org.opendti.Frameworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dti frameworks}: lists the built-in frameworks. */
@Command(name = "frameworks", mixinStandardHelpOptions = true,
    description = "List the built-in frameworks: id, version, instrument, node and leaf counts.")
final class FrameworksCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Table t = new Table(List.of("id", "version", "nodes", "leaves", "max points", "instrument"), false, false, true,
        true, true, false);
    for (Framework f : Frameworks.all()) {
      t.add(List.of(f.id(), f.version(), String.valueOf(f.nodes().size()), String.valueOf(f.leaves().size()),
          f.maxPoints(f.root().code()).isPresent() ? org.opendti.Numbers.plain(f.maxPoints(f.root().code())
              .getAsDouble()) : "-", f.instrument().orElse("")));
    }
    spec.commandLine().getOut().print(t.render());
    return DtiCommand.OK;
  }
}
