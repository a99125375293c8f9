package dev.newsclean.pipeline;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The same input through the DirectRunner and an embedded Flink cluster gives the same records,
 * removals, rejects and report. Runs with {@code mvn -Pflink verify}; without the profile Flink is
 * not on the classpath and the test is skipped.
 */
public class FlinkRunnerEquivalenceTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void flinkMatchesDirect() throws Exception {
    assumeTrue(
        "Flink runner not on the classpath: run with -Pflink",
        RunnerEquivalence.onClasspath("org.apache.beam.runners.flink.FlinkRunner"));
    Path in = RunnerEquivalence.mixedInput(tmp.getRoot().toPath());
    Map<String, List<String>> direct =
        RunnerEquivalence.run(
            in, tmp.getRoot().toPath().resolve("direct"), "--runner=DirectRunner");
    Map<String, List<String>> flink =
        RunnerEquivalence.run(
            in,
            tmp.getRoot().toPath().resolve("flink"),
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2");
    RunnerEquivalence.assertSameRerun(direct, flink, "FlinkRunner");
  }
}
