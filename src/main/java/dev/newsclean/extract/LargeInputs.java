package dev.newsclean.extract;

import java.util.concurrent.Semaphore;

/**
 * Takes turns with large inputs: at most one input (a file, a WARC record, a JSONL line) past
 * {@link #SMALL} bytes is held in memory at a time in this JVM, while any number of small ones go
 * on beside it. A worker's heap is then bounded by one input at the size limit plus the small ones
 * of the other threads, instead of one large input per thread: three 64 MiB gzip bombs read at once
 * by three workers would take more than a 512 MB heap.
 */
public final class LargeInputs {

  /** Inputs up to this size never wait. */
  public static final long SMALL = 4L << 20;

  private static final Semaphore TURN = new Semaphore(1, true);
  private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

  private LargeInputs() {}

  /**
   * One input's claim: it waits for the turn when it grows past {@link #SMALL}, and gives it back
   * when closed.
   */
  public static final class Scope implements AutoCloseable {

    private boolean taken;

    /** Called as the input is read (or before it is worked on), with its size so far. */
    public void grown(long bytes) {
      if (!taken && bytes > SMALL && !HOLDING.get()) {
        TURN.acquireUninterruptibly();
        HOLDING.set(true);
        taken = true;
      }
    }

    @Override
    public void close() {
      if (taken) {
        taken = false;
        HOLDING.set(false);
        TURN.release();
      }
    }
  }
}
