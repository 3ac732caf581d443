package org.opendti.examples.cli;

import org.opendti.analysis.Uncertainty;
import picocli.CommandLine.Option;

/** The Monte Carlo options shared by {@code uncertainty} and {@code report --uncertainty}. */
final class MonteCarloOptions {
  @Option(names = "--weight-noise", defaultValue = "0.25", paramLabel = "X",
      description = "Weight noise as a fraction of each weight (default ${DEFAULT-VALUE}).")
  double noise;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  /** Applies the noise and the seed to an analysis's set-up. */
  Uncertainty.Builder apply(Uncertainty.Builder b) {
    return b.weightNoise(noise).seed(seed);
  }
}
