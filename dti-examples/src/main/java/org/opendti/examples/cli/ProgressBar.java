package org.opendti.examples.cli;

import java.io.PrintWriter;
import org.opendti.analysis.Uncertainty;

/** A progress bar on stderr, used only when stderr is a terminal. */
final class ProgressBar {
  private static volatile boolean drawn;

  private ProgressBar() {}

  static Uncertainty.Progress on(PrintWriter err) {
    return (done, total) -> {
      synchronized (err) {
        int width = 40;
        int filled = (int) ((long) done * width / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + (done * 100L / total) + "% ("
            + done + "/" + total + ")");
        err.flush();
        drawn = true;
      }
    };
  }

  static void finish(PrintWriter err) {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
