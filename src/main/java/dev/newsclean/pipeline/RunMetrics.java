package dev.newsclean.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The Beam counters a run keeps, in namespace {@value #NAMESPACE}: what the progress line reads
 * while the run goes on, on any runner that reports attempted metrics.
 */
public final class RunMetrics {

  public static final String NAMESPACE = "newsclean";

  /** Files found under the input folder, and their bytes. */
  public static final String FILES_MATCHED = "files_matched";

  public static final String BYTES_MATCHED = "bytes_matched";

  /** Files read, extracted and cleaned, and their bytes. */
  public static final String FILES_DONE = "files_done";

  public static final String BYTES_DONE = "bytes_done";

  /**
   * Inputs unchanged since the previous run, whose records were carried over instead of cleaned
   * again.
   */
  public static final String FILES_CARRIED = "files_carried";

  public static final String BYTES_CARRIED = "bytes_carried";

  /** Records written and inputs rejected so far. */
  public static final String RECORDS = "records";

  public static final String REJECTS = "rejects";

  private RunMetrics() {}

  static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
