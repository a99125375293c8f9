package dev.newsclean.pipeline;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/** What the cluster tests share: the jar, the DirectRunner's reference output, waiting, logs. */
final class ClusterRuns {

  /** Pages in a cluster test's corpus: enough that a job runs for several seconds on two cores. */
  static final int PAGES = 2000;

  static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);

  private ClusterRuns() {}

  /** The shaded jar the profile packaged (failsafe passes its path); skips the test without it. */
  static Path jar(String profile) {
    String path = System.getProperty("newsclean.jar", "");
    assumeTrue("no shaded jar: run with mvn -P" + profile + " verify", !path.isEmpty());
    Path jar = Path.of(path);
    assertTrue("the shaded jar " + jar, Files.isRegularFile(jar));
    return jar;
  }

  /** The DirectRunner's output for {@code in}, its checks off as the command runs it. */
  static Map<String, List<String>> direct(Path in, Path out) throws IOException {
    return RunnerEquivalence.once(
        in,
        out,
        "--runner=DirectRunner",
        "--enforceImmutability=false",
        "--enforceEncodability=false");
  }

  /** The submission's exit code, once it ends within {@link #JOB_TIMEOUT}. */
  static int await(Process submit) throws InterruptedException {
    if (!submit.waitFor(JOB_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      submit.destroyForcibly();
      throw new AssertionError("the job did not finish within " + JOB_TIMEOUT);
    }
    return submit.exitValue();
  }

  /** A rule that copies the cluster's logs into {@code target/cluster-logs} when a test fails. */
  static TestWatcher keepLogs(String prefix, Supplier<Path> clusterDir) {
    return new TestWatcher() {
      @Override
      protected void failed(Throwable e, Description d) {
        try {
          if (clusterDir.get() != null) {
            Path kept = Path.of("target/cluster-logs", prefix + d.getMethodName());
            Files.createDirectories(kept.getParent());
            OutputFolder.copyTree(clusterDir.get().resolve("logs"), kept);
          }
        } catch (IOException ignored) {
          // The failure itself is what matters.
        }
      }
    };
  }
}
