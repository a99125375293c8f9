package dev.newsclean.cli;

import dev.newsclean.pipeline.RunMetrics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * Progress of a running pipeline, read from its Beam counters ({@link RunMetrics}): files done of
 * those matched, records, rejects, MB/s, elapsed and estimated time left. A live bar when stderr is
 * a terminal, a plain line every {@link #EVERY} otherwise; nothing for runs shorter than {@link
 * #QUIET_FOR}. Works on any runner whose {@code run()} returns while the job goes on and whose
 * result reports attempted metrics (the DirectRunner here, the SparkRunner).
 */
public final class Progress {

  static final Duration QUIET_FOR = Duration.ofSeconds(10);
  static final Duration EVERY = Duration.ofSeconds(5);
  private static final Duration LIVE_EVERY = Duration.ofMillis(500);
  private static final int BAR = 24;

  private final PrintStream err;
  private final boolean live;
  private final long startNanos = System.nanoTime();
  private boolean shown;

  Progress(PrintStream err, boolean live) {
    this.err = err;
    this.live = live;
  }

  /** Figures read from the counters at one moment. */
  public record Snapshot(
      long filesMatched,
      long bytesMatched,
      long filesDone,
      long bytesDone,
      long records,
      long rejects,
      long carried,
      long carriedBytes) {

    Snapshot(
        long filesMatched,
        long bytesMatched,
        long filesDone,
        long bytesDone,
        long records,
        long rejects) {
      this(filesMatched, bytesMatched, filesDone, bytesDone, records, rejects, 0, 0);
    }

    static Snapshot of(MetricQueryResults metrics) {
      long[] v = new long[8];
      for (MetricResult<Long> counter : metrics.getCounters()) {
        Long value = counter.getAttempted();
        if (value == null) {
          continue;
        }
        switch (counter.getName().getName()) {
          case RunMetrics.FILES_MATCHED -> v[0] += value;
          case RunMetrics.BYTES_MATCHED -> v[1] += value;
          case RunMetrics.FILES_DONE -> v[2] += value;
          case RunMetrics.BYTES_DONE -> v[3] += value;
          case RunMetrics.RECORDS -> v[4] += value;
          case RunMetrics.REJECTS -> v[5] += value;
          case RunMetrics.FILES_CARRIED -> v[6] += value;
          case RunMetrics.BYTES_CARRIED -> v[7] += value;
          default -> {}
        }
      }
      return new Snapshot(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
  }

  /** The figures of a finished run, or null when its runner reports none. */
  public static Snapshot last(PipelineResult result) {
    try {
      return Snapshot.of(
          result
              .metrics()
              .queryMetrics(
                  MetricsFilter.builder()
                      .addNameFilter(MetricNameFilter.inNamespace(RunMetrics.NAMESPACE))
                      .build()));
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** Reports on {@code result} until it reaches a terminal state. */
  void watch(PipelineResult result) {
    MetricsFilter filter =
        MetricsFilter.builder()
            .addNameFilter(MetricNameFilter.inNamespace(RunMetrics.NAMESPACE))
            .build();
    Duration every = live ? LIVE_EVERY : EVERY;
    long nextNanos = startNanos + QUIET_FOR.toNanos();
    while (!result.getState().isTerminal()) {
      result.waitUntilFinish(
          every.compareTo(Duration.ofSeconds(1)) < 0
              ? org.joda.time.Duration.millis(every.toMillis())
              : org.joda.time.Duration.standardSeconds(every.toSeconds()));
      long now = System.nanoTime();
      if (now >= nextNanos && !result.getState().isTerminal()) {
        Snapshot snapshot;
        try {
          snapshot = Snapshot.of(result.metrics().queryMetrics(filter));
        } catch (UnsupportedOperationException e) {
          return; // this runner reports no metrics while running
        }
        print(line(snapshot, Duration.ofNanos(now - startNanos)));
        nextNanos = now + every.toNanos();
      }
    }
    if (shown && live) {
      err.println();
    }
  }

  private void print(String line) {
    shown = true;
    if (live) {
      err.print("\r" + line + "\u001b[K");
      err.flush();
    } else {
      err.println(line);
    }
  }

  /** One progress line: {@code newsclean: 1,200 of 5,000 files (24%), ...}. */
  String line(Snapshot s, Duration elapsed) {
    double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
    long done = s.filesDone() + s.carried();
    double share = s.filesMatched() == 0 ? 0 : Math.min(1, done / (double) s.filesMatched());
    StringBuilder out = new StringBuilder("newsclean: ");
    if (live) {
      int filled = (int) Math.round(share * BAR);
      out.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%,d of %,d files (%d%%), %,d records, %,d rejects, %.1f MB/s, %s elapsed",
            done,
            s.filesMatched(),
            Math.round(share * 100),
            s.records(),
            s.rejects(),
            s.bytesDone() / 1e6 / seconds,
            clock(elapsed)));
    if (s.carried() > 0) {
      out.append(String.format(Locale.ROOT, " (%,d unchanged, carried over)", s.carried()));
    }
    long bytesLeft = s.bytesMatched() - s.bytesDone() - s.carriedBytes();
    if (s.bytesDone() > 0 && bytesLeft > 0) {
      long left = Math.round(bytesLeft * seconds / s.bytesDone());
      out.append(", about ").append(clock(Duration.ofSeconds(left))).append(" left");
    }
    return out.toString();
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
