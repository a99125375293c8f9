package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestWatcher;

/**
 * The shaded jar submitted with {@code SparkSubmit} to a real standalone Spark cluster (a master
 * and two workers, each its own JVM, their executors more: {@link SparkCluster}) writes what the
 * DirectRunner writes, record for record, and still does when a worker running tasks is killed
 * ({@code kill -9}): its executor is lost, its tasks run again on the other, and no record is lost
 * or written twice. Runs with {@code mvn -Pspark verify}. A failed test keeps the cluster's logs in
 * {@code target/cluster-logs}.
 */
public class SparkClusterIT {

  @ClassRule public static final TemporaryFolder shared = new TemporaryFolder();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static Path in;
  private static Map<String, List<String>> direct;

  private Path clusterDir;

  @Rule public final TestWatcher keepLogs = ClusterRuns.keepLogs("spark-", () -> clusterDir);

  @BeforeClass
  public static void corpusAndDirectRun() throws IOException {
    in = RunnerEquivalence.corpus(shared.newFolder("corpus").toPath(), ClusterRuns.PAGES);
    direct = ClusterRuns.direct(in, shared.getRoot().toPath().resolve("direct"));
  }

  @Test
  public void theClusterWritesWhatTheDirectRunnerWrites() throws Exception {
    Path jar = ClusterRuns.jar("spark");
    clusterDir = tmp.newFolder("cluster").toPath();
    try (SparkCluster cluster = SparkCluster.start(clusterDir)) {
      Path out = tmp.getRoot().toPath().resolve("spark");
      Process submit = submit(jar, cluster, out, "--conf", "spark.ui.enabled=false");
      assertEquals("the submission's exit code; see " + clusterDir, 0, ClusterRuns.await(submit));
      RunnerEquivalence.assertSame(direct, RunnerEquivalence.outputs(out), "Spark cluster");
    }
  }

  @Test
  public void aWorkerKilledMidRunLosesNoRecordAndDoublesNone() throws Exception {
    Path jar = ClusterRuns.jar("spark");
    clusterDir = tmp.newFolder("cluster").toPath();
    try (SparkCluster cluster = SparkCluster.start(clusterDir)) {
      Path out = tmp.getRoot().toPath().resolve("spark");
      int driverUi = FlinkCluster.freePort();
      Process submit = submit(jar, cluster, out, "--conf", "spark.ui.port=" + driverUi);
      int busy = cluster.busyWorker(driverUi, ClusterRuns.JOB_TIMEOUT);
      assertTrue("no worker's executor ever ran the job's tasks", busy >= 0);
      cluster.killWorker(busy);
      assertEquals("the submission's exit code; see " + clusterDir, 0, ClusterRuns.await(submit));
      String log = Files.readString(clusterDir.resolve("logs/submit.log"));
      assertTrue("the driver saw the executor go", log.contains("Lost executor"));
      RunnerEquivalence.assertSame(direct, RunnerEquivalence.outputs(out), "Spark cluster");
    }
  }

  /**
   * Submits the jar as the README's {@code spark-submit} does, through its main class {@code
   * SparkSubmit} (the driver in this JVM, client mode), the executors given the jar as class path.
   */
  private Process submit(Path jar, SparkCluster cluster, Path out, String... conf)
      throws IOException {
    String opens = String.join(" ", SparkCluster.OPENS);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SparkCluster.OPENS);
    command.addAll(List.of("-cp", jar.toString(), "org.apache.spark.deploy.SparkSubmit"));
    command.addAll(
        List.of(
            "--master",
            cluster.master(),
            "--class",
            "dev.newsclean.cli.Main",
            "--conf",
            "spark.executor.extraJavaOptions=" + opens,
            "--conf",
            "spark.executor.extraClassPath=" + jar,
            "--conf",
            "spark.executor.memory=700m"));
    command.addAll(List.of(conf));
    command.add(jar.toString());
    command.addAll(RunnerEquivalence.args(in, out));
    command.addAll(List.of("--runner=SparkRunner", "--sparkMaster=" + cluster.master()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(clusterDir.resolve("logs/submit.log").toFile())
        .start();
  }
}
