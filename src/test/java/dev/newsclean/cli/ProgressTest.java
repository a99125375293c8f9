package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.Test;

public class ProgressTest {

  private static final Progress.Snapshot QUARTER =
      new Progress.Snapshot(4000, 400_000_000L, 1000, 100_000_000L, 990, 10);

  @Test
  public void aPlainLineHasFilesRecordsRejectsRateElapsedAndTimeLeft() {
    Progress progress = new Progress(new PrintStream(new ByteArrayOutputStream()), false);
    assertEquals(
        "newsclean: 1,000 of 4,000 files (25%), 990 records, 10 rejects, 2.0 MB/s, 0:50 elapsed, about 2:30 left",
        progress.line(QUARTER, Duration.ofSeconds(50)));
  }

  @Test
  public void aTerminalGetsABar() {
    String line =
        new Progress(new PrintStream(new ByteArrayOutputStream()), true)
            .line(QUARTER, Duration.ofSeconds(50));
    assertTrue(line, line.startsWith("newsclean: [######..................] 1,000 of 4,000 files"));
  }

  @Test
  public void nothingLeftMeansNoEstimate() {
    Progress.Snapshot done = new Progress.Snapshot(10, 100, 10, 100, 10, 0);
    String line =
        new Progress(new PrintStream(new ByteArrayOutputStream()), false)
            .line(done, Duration.ofSeconds(3700));
    assertTrue(line, line.endsWith("(100%), 10 records, 0 rejects, 0.0 MB/s, 1:01:40 elapsed"));
  }
}
