package org.opendti.examples.cli;

import picocli.CommandLine.Option;

/** {@code --table}: an aligned table for people on stdout instead of CSV. */
final class TableOption {
  @Option(names = "--table",
      description = "Print an aligned table with labels instead of CSV (the default when stdout is a terminal and"
          + " there is no --out).")
  boolean table;

  /** Whether stdout gets an aligned table rather than CSV. */
  boolean table() {
    return table || System.console() != null;
  }
}
