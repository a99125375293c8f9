package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestWatcher;

/**
 * The shaded jar submitted to a real standalone Flink cluster (a job manager and two task managers,
 * each its own JVM: {@link FlinkCluster}) writes what the DirectRunner writes, record for record,
 * and still does when a task manager is killed ({@code kill -9}) while the job runs: the job
 * restarts on the task manager left and no record is lost or written twice. Runs with {@code mvn
 * -Pflink verify} (failsafe, after the jar is packaged). A failed test keeps the cluster's logs in
 * {@code target/cluster-logs}.
 */
public class FlinkClusterIT {

  private static final Pattern JOB = Pattern.compile("\"jid\":\"(\\w+)\"[^}]*\"state\":\"(\\w+)\"");

  @ClassRule public static final TemporaryFolder shared = new TemporaryFolder();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  /** The corpus and what the DirectRunner writes for it, made once for both tests. */
  private static Path in;

  private static Map<String, List<String>> direct;

  private Path clusterDir;

  @BeforeClass
  public static void corpusAndDirectRun() throws IOException {
    in = RunnerEquivalence.corpus(shared.newFolder("corpus").toPath(), ClusterRuns.PAGES);
    direct = ClusterRuns.direct(in, shared.getRoot().toPath().resolve("direct"));
  }

  @Rule public final TestWatcher keepLogs = ClusterRuns.keepLogs("flink-", () -> clusterDir);

  @Test
  public void theClusterWritesWhatTheDirectRunnerWrites() throws Exception {
    Path jar = ClusterRuns.jar("flink");
    clusterDir = tmp.newFolder("cluster").toPath();
    try (FlinkCluster cluster = FlinkCluster.start(clusterDir)) {
      Path out = tmp.getRoot().toPath().resolve("flink");
      Process submit = submit(jar, cluster, in, out);
      assertEquals("the submission's exit code; see " + clusterDir, 0, ClusterRuns.await(submit));
      RunnerEquivalence.assertSame(direct, RunnerEquivalence.outputs(out), "Flink cluster");
    }
  }

  @Test
  public void aTaskManagerKilledMidRunLosesNoRecordAndDoublesNone() throws Exception {
    Path jar = ClusterRuns.jar("flink");
    clusterDir = tmp.newFolder("cluster").toPath();
    try (FlinkCluster cluster = FlinkCluster.start(clusterDir)) {
      Path out = tmp.getRoot().toPath().resolve("flink");
      Process submit = submit(jar, cluster, in, out);
      String job = awaitRunning(cluster, submit);
      int busy = cluster.busyTaskManager(ClusterRuns.JOB_TIMEOUT);
      assertTrue("no task manager ever held the job's tasks", busy >= 0);
      Thread.sleep(1000); // into its tasks
      cluster.killTaskManager(busy);
      assertEquals("the submission's exit code; see " + clusterDir, 0, ClusterRuns.await(submit));
      String exceptions = cluster.rest("/jobs/" + job + "/exceptions");
      assertFalse(
          "the job saw the task manager go (a restart): " + exceptions,
          exceptions.contains("\"root-exception\":null") || !exceptions.contains("root-exception"));
      RunnerEquivalence.assertSame(direct, RunnerEquivalence.outputs(out), "Flink cluster");
    }
  }

  /**
   * Submits the jar as the README does ({@code flink run -c dev.newsclean.cli.Main JAR
   * --runner=FlinkRunner --flinkMaster=HOST:PORT ...}): the jar's own main class, in its own JVM.
   */
  private Process submit(Path jar, FlinkCluster cluster, Path in, Path out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FlinkCluster.OPENS);
    command.addAll(List.of("-cp", jar.toString(), "dev.newsclean.cli.Main"));
    command.addAll(RunnerEquivalence.args(in, out));
    command.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=" + cluster.master()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(clusterDir.resolve("logs/submit.log").toFile())
        .start();
  }

  /** The id of the submitted job, once it runs. */
  private static String awaitRunning(FlinkCluster cluster, Process submit)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + ClusterRuns.JOB_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && submit.isAlive()) {
      Matcher m = JOB.matcher(cluster.rest("/jobs/overview"));
      while (m.find()) {
        if (m.group(2).equals("RUNNING")) {
          return m.group(1);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the job never ran; see " + cluster.logs());
  }
}
