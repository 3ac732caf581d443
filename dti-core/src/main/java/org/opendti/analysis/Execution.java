package org.opendti.analysis;

import java.util.Objects;

/**
 * How an analysis runs on this machine: the number of threads and a progress callback. Neither changes a result
 * (each run or evaluation draws from its own seeded generator and writes only its own slot), so they are not part of
 * an analysis's set-up ({@link Uncertainty}) and can differ between the machines that compute parts of one analysis.
 *
 * <pre>{@code
 * Uncertainty.Result r = setup.run(framework, data, Execution.defaults().withThreads(2).withProgress(bar));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its progress callback is.
 */
public final class Execution {
  /**
   * Receives progress: work items done (Monte Carlo runs, sensitivity evaluations) and in total. It is called from
   * worker threads, about a hundred times in all, so an implementation must be thread-safe.
   */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param done items finished, 1 ≤ done ≤ total
     * @param total items in total
     */
    void update(int done, int total);
  }

  private static final Progress NONE = (done, total) -> { };

  private final int threads;
  private final Progress progress;

  private Execution(int threads, Progress progress) {
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Every available processor ({@link Runtime#availableProcessors()}, read now) and no progress callback.
   *
   * @return the execution, not null
   */
  public static Execution defaults() {
    return new Execution(Runtime.getRuntime().availableProcessors(), NONE);
  }

  /**
   * A copy with another number of threads.
   *
   * @param count the number of threads, ≥ 1
   * @return the execution, not null
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public Execution withThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Execution: threads must be ≥ 1, was " + count);
    }
    return new Execution(count, progress);
  }

  /**
   * A copy with a progress callback.
   *
   * @param callback the callback, not null, thread-safe
   * @return the execution, not null
   */
  public Execution withProgress(Progress callback) {
    return new Execution(threads, Objects.requireNonNull(callback, "callback"));
  }

  /**
   * The number of threads.
   *
   * @return the count, ≥ 1
   */
  public int threads() {
    return threads;
  }

  /**
   * The progress callback; one that does nothing unless set.
   *
   * @return the callback, not null
   */
  public Progress progress() {
    return progress;
  }

  /**
   * Reports progress about a hundred times over {@code total} items: called after each item from any thread.
   *
   * @param done the items finished so far, counted by the caller
   * @param total the items in total
   */
  void itemDone(int done, int total) {
    int every = Math.max(1, total / 100);
    if (done % every == 0 || done == total) {
      progress.update(done, total);
    }
  }

  @Override
  public String toString() {
    return "Execution{threads=" + threads + (progress == NONE ? "" : ", with progress") + "}";
  }
}
