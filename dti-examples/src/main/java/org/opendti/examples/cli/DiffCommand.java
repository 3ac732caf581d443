package org.opendti.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.opendti.FrameworkDiff;
import org.opendti.io.NumberStyle;
import org.opendti.io.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dti diff OLD NEW}: what changed between two frameworks. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed between two frameworks (ids or files): nodes added, removed, renamed,"
        + " re-weighted, moved or re-ruled, and the codes a time series can follow across them.")
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  LangOption lang;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier framework (id or file).")
  String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later framework (id or file).")
  String newer;

  @Override
  public Integer call() throws IOException {
    var options = Inputs.options(NumberStyle.DEFAULT, TextDecoder.charset("UTF-8"));
    FrameworkDiff d = FrameworkDiff.between(Inputs.framework(older, options), Inputs.framework(newer, options));
    var out = spec.commandLine().getOut();
    out.print(Terminal.escapeLines(d.toString()));
    out.println(Terminal.escape("common codes: " + String.join(", ", d.common())));
    return DtiCommand.OK;
  }
}
