package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone Flink session cluster on localhost, started from the Maven artifacts on the test
 * classpath as Flink's own scripts start one: a {@code StandaloneSessionClusterEntrypoint} and
 * {@link #TASK_MANAGERS} {@code TaskManagerRunner} JVMs, each in its own process, with free ports
 * and memory parameters computed by Flink's {@code BashJavaUtils}. Every process is killed on
 * {@link #close()}; their logs stay in {@code logs/}.
 */
final class FlinkCluster implements AutoCloseable {

  static final int TASK_MANAGERS = 2;
  static final int SLOTS = 2;

  /** The JVM flags the runner needs on Java 17 (as the flink profile sets for the tests). */
  static final List<String> OPENS =
      List.of(
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");

  private static final Pattern TASK_MANAGERS_UP = Pattern.compile("\"taskmanagers\":(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Path dir;
  private final int restPort;
  private final Process jobManager;
  private final List<Process> taskManagers = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Starts the cluster of {@link #TASK_MANAGERS} task managers. */
  static FlinkCluster start(Path dir) throws IOException, InterruptedException {
    return start(dir, TASK_MANAGERS);
  }

  private FlinkCluster(Path dir, int restPort, Process jobManager) {
    this.dir = dir;
    this.restPort = restPort;
    this.jobManager = jobManager;
  }

  /**
   * Starts a cluster of {@code taskManagers} task managers (a job's parallelism is all their slots)
   * in {@code dir} and waits until every one has registered.
   */
  static FlinkCluster start(Path dir, int taskManagers) throws IOException, InterruptedException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.createDirectories(dir.resolve("logs"));
    int restPort = freePort();
    Files.writeString(
        conf.resolve("flink-conf.yaml"),
        String.join(
            "\n",
            "jobmanager.rpc.address: localhost",
            "jobmanager.bind-host: localhost",
            "jobmanager.rpc.port: " + freePort(),
            "rest.address: localhost",
            "rest.bind-address: localhost",
            "rest.port: " + restPort,
            "taskmanager.host: localhost",
            "taskmanager.bind-host: localhost",
            "taskmanager.rpc.port: 0",
            "taskmanager.numberOfTaskSlots: " + SLOTS,
            "parallelism.default: " + SLOTS * taskManagers,
            "jobmanager.memory.process.size: 700m",
            "taskmanager.memory.process.size: 1400m",
            "taskmanager.memory.managed.size: 64m",
            "taskmanager.memory.network.min: 256m",
            "taskmanager.memory.network.max: 256m",
            "taskmanager.memory.jvm-metaspace.size: 192m",
            // A killed task manager is noticed within seconds, and the job restarts.
            "heartbeat.interval: 1000",
            "heartbeat.timeout: 5000",
            "restart-strategy.type: fixed-delay",
            "restart-strategy.fixed-delay.attempts: 5",
            "restart-strategy.fixed-delay.delay: 2 s",
            // Both task managers get tasks, so killing one hits the job.
            "cluster.evenly-spread-out-slots: true",
            ""));
    Process jobManager =
        java(
            dir,
            "jobmanager",
            List.of("-Xmx512m"),
            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
            List.of("--configDir", conf.toString()));
    FlinkCluster cluster = new FlinkCluster(dir, restPort, jobManager);
    try {
      List<String> resources = taskManagerResources(dir, conf);
      for (int i = 0; i < taskManagers; i++) {
        cluster.startTaskManager(resources, i);
      }
      cluster.awaitTaskManagers(taskManagers);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code host:port} of the REST endpoint, for {@code --flinkMaster}. */
  String master() {
    return "localhost:" + restPort;
  }

  /**
   * The index of a task manager that holds slots of a running job, waiting up to {@code timeout}
   * for one; -1 when none does.
   */
  int busyTaskManager(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Pattern busy =
        Pattern.compile("\"id\":\"tm-(\\d+)\"[^}]*?\"slotsNumber\":(\\d+),\"freeSlots\":(\\d+)");
    while (System.nanoTime() < deadline) {
      Matcher m = busy.matcher(rest("/taskmanagers"));
      while (m.find()) {
        if (Integer.parseInt(m.group(3)) < Integer.parseInt(m.group(2))) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(200);
    }
    return -1;
  }

  /** Kills task manager {@code i} at once, as {@code kill -9} does. */
  void killTaskManager(int i) throws InterruptedException {
    Process p = taskManagers.get(i);
    p.destroyForcibly();
    p.waitFor();
  }

  /** The REST answer for {@code path}, e.g. {@code /jobs/overview}. */
  String rest(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + master() + path))
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  Path logs() {
    return dir.resolve("logs");
  }

  @Override
  public void close() {
    for (Process p : taskManagers) {
      p.destroyForcibly();
    }
    jobManager.destroyForcibly();
    for (Process p : taskManagers) {
      waitQuietly(p);
    }
    waitQuietly(jobManager);
  }

  private void startTaskManager(List<String> resources, int i) throws IOException {
    String[] parts = resources.get(1).trim().split("\\s+");
    List<String> args = new ArrayList<>(List.of("--configDir", dir.resolve("conf").toString()));
    args.addAll(List.of(parts));
    // A known id, so the REST API's task managers can be told apart: tm-0, tm-1.
    args.addAll(List.of("-D", "taskmanager.resource-id=tm-" + i));
    taskManagers.add(
        java(
            dir,
            "taskmanager-" + i,
            List.of(resources.get(0).trim().split("\\s+")),
            "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
            args));
  }

  private void awaitTaskManagers(int n) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!jobManager.isAlive()) {
        throw new IllegalStateException("the job manager stopped; see " + logs());
      }
      try {
        Matcher m = TASK_MANAGERS_UP.matcher(rest("/overview"));
        if (m.find() && Integer.parseInt(m.group(1)) >= n) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(n + " task managers did not register; see " + logs());
  }

  /**
   * The task managers' JVM flags and dynamic properties (memory sizes, CPU cores), as Flink's
   * {@code taskmanager.sh} gets them from {@code BashJavaUtils}.
   */
  private static List<String> taskManagerResources(Path dir, Path conf)
      throws IOException, InterruptedException {
    Process p =
        java(
            dir,
            "resources",
            List.of(),
            "org.apache.flink.runtime.util.bash.BashJavaUtils",
            List.of("GET_TM_RESOURCE_PARAMS", "--configDir", conf.toString()));
    if (p.waitFor() != 0) {
      throw new IllegalStateException("BashJavaUtils failed; see " + dir.resolve("logs"));
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("logs/resources.log"))) {
      if (line.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:")) {
        out.add(line.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length()));
      }
    }
    if (out.size() != 2) {
      throw new IllegalStateException("unexpected BashJavaUtils output; see " + dir);
    }
    return out;
  }

  private static Process java(
      Path dir, String name, List<String> jvm, String main, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPENS);
    command.addAll(jvm);
    command.add("-Dlog.file=" + dir.resolve("logs/" + name + ".flink.log"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("logs/" + name + ".log").toFile())
        .start();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void waitQuietly(Process p) {
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
