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
    assumeTrue(
        "Spark runner not on the classpath: run with -Pspark",
        RunnerEquivalence.onClasspath("org.apache.beam.runners.spark.SparkRunner"));
    Path in = RunnerEquivalence.mixedInput(tmp.getRoot().toPath());
    Map<String, List<String>> direct =
        RunnerEquivalence.run(
            in, tmp.getRoot().toPath().resolve("direct"), "--runner=DirectRunner");
    Map<String, List<String>> spark =
        RunnerEquivalence.run(
            in,
            tmp.getRoot().toPath().resolve("spark"),
            "--runner=SparkRunner",
            "--sparkMaster=local[2]");
    RunnerEquivalence.assertSameRerun(direct, spark, "SparkRunner");
  }
}
