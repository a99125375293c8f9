package dev.newsclean.pipeline;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The same input through the DirectRunner and a local Spark gives the same records, removals,
 * rejects and report. Runs with {@code mvn -Pspark verify}; without the profile Spark is not on the
 * classpath and the test is skipped.
 */
public class SparkRunnerEquivalenceTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void sparkMatchesDirect() throws Exception {
    assertSparkMatchesDirect("SparkRunner");
  }

  /**
   * Spark with nothing cached: every step whose output two consumers read is computed once for
   * each, as Spark does when a cached partition is evicted or its executor lost. The temp files a
   * step writes must come out under the same names each time, or a record's fingerprint points at a
   * file the output never lists and its duplicate flag is lost.
   */
  @Test
  public void sparkComputingStepsAgainMatchesDirect() throws Exception {
    assertSparkMatchesDirect("SparkRunner, nothing cached", "--storageLevel=NONE");
  }

  private void assertSparkMatchesDirect(String name, String... sparkArgs) throws Exception {
    assumeTrue(
        "Spark runner not on the classpath: run with -Pspark",
        RunnerEquivalence.onClasspath("org.apache.beam.runners.spark.SparkRunner"));
    Path in = RunnerEquivalence.mixedInput(tmp.getRoot().toPath());
    Map<String, List<String>> direct =
        RunnerEquivalence.run(
            in, tmp.getRoot().toPath().resolve("direct"), "--runner=DirectRunner");
    List<String> args =
        new java.util.ArrayList<>(List.of("--runner=SparkRunner", "--sparkMaster=local[2]"));
    args.addAll(List.of(sparkArgs));
    Map<String, List<String>> spark =
        RunnerEquivalence.run(
            in, tmp.getRoot().toPath().resolve("spark"), args.toArray(String[]::new));
    RunnerEquivalence.assertSameRerun(direct, spark, name);
  }
}
