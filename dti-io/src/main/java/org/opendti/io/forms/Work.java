package org.opendti.io.forms;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs the files of a round (one form per unit) on a pool of their own: as many threads as processors, at most
 * {@value #MAX_THREADS}, never the caller's common pool. Each index writes only its own result, so what comes out does
 * not depend on the number of threads.
 */
final class Work {
  static final int MAX_THREADS = 8;
  /** Below this many files one thread is faster than starting a pool. */
  private static final int PARALLEL_FROM = 16;

  /** The work of one index. */
  @FunctionalInterface
  interface Task {
    void run(int i) throws IOException;
  }

  private Work() {}

  /**
   * Runs {@code task} for every index in 0..n-1 and returns when all are done.
   *
   * @throws IOException the failure of the lowest failing index (others may have run)
   */
  static void forEach(int n, Task task) throws IOException {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    if (n < PARALLEL_FROM || threads <= 1) {
      for (int i = 0; i < n; i++) {
        task.run(i);
      }
      return;
    }
    Throwable[] failures = new Throwable[n];
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
        try {
          task.run(i);
        } catch (IOException | RuntimeException | Error e) {
          failures[i] = e;
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while writing or reading forms");
      io.initCause(e);
      throw io;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (Throwable t : failures) {
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error err) {
        throw err;
      }
    }
  }
}
