package org.opendti.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The one parallel loop of the analyses (Monte Carlo uncertainty, Sobol sensitivity): indices 0..n-1 on a pool of its
 * own with the given number of threads, so the caller's common pool is never used and results can be made not to
 * depend on the thread count (each index writes only its own slot and draws from its own seeded generator).
 */
final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code body} for every index in 0..n-1 on {@code threads} threads and returns when all are done.
   *
   * @param n the number of indices
   * @param threads the number of threads, at least 1
   * @param what what runs, for the message of an interruption ("uncertainty analysis")
   * @param body the work of one index; an unchecked exception it throws is rethrown as is
   */
  static void forEach(int n, int threads, String what, IntConsumer body) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
