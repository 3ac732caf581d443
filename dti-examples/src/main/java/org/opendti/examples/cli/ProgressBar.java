package org.opendti.examples.cli;

import java.io.PrintWriter;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.analysis.Execution;
import org.opendti.analysis.Uncertainty;

/** A progress bar on stderr, used only when stderr is a terminal. */
final class ProgressBar {
  private static volatile boolean drawn;

  private ProgressBar() {}

  static Execution.Progress on(PrintWriter err) {
    return (done, total) -> {
      synchronized (err) {
        int width = 40;
        int filled = (int) ((long) done * width / total);
        Terminal.raw(err, "\r");
        err.print("[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + (done * 100L / total) + "% ("
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

  /** Runs an analysis, with a progress bar on stderr when it is a terminal. */
  static Uncertainty.Result run(Uncertainty setup, Framework framework, Dataset data, Execution execution,
      PrintWriter err) {
    Uncertainty.Result r = setup.run(framework, data, System.console() == null ? execution
        : execution.withProgress(on(err)));
    finish(err);
    return r;
  }

  /** Files at least this large show a progress bar while they are read (on a terminal). */
  static final long LARGE_FILE = 8L << 20;

  /**
   * The stream itself, or, when stderr is a terminal and the file is large, a stream that draws the share of bytes
   * read on stderr (the process's own, which is the terminal).
   */
  static java.io.InputStream reading(java.io.InputStream in, String name, long size) {
    if (System.console() == null || size < LARGE_FILE) {
      return in;
    }
    PrintWriter err = Terminal.stderr();
    String shown = Terminal.escape(name);
    return new java.io.FilterInputStream(in) {
      private long done;
      private long drawn = -1;

      @Override
      public int read() throws java.io.IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws java.io.IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          advance(n);
        }
        return n;
      }

      private void advance(int n) {
        done += n;
        long mb = done >> 20;
        if (mb != drawn) {
          drawn = mb;
          int width = 40;
          int filled = (int) Math.min(width, done * width / size);
          Terminal.raw(err, "\r");
          err.print("reading " + shown + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
              + (done * 100 / size) + "% (" + mb + "/" + (size >> 20) + " MB)");
          err.flush();
        }
      }

      @Override
      public void close() throws java.io.IOException {
        super.close();
        err.println();
      }
    };
  }
}
