package dev.newsclean.pipeline;

import java.io.IOException;
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
 * A standalone Spark cluster on localhost, started from the Maven artifacts on the test classpath
 * as Spark's {@code start-master.sh} and {@code start-worker.sh} start one: a {@code Master} and
 * {@link #WORKERS} {@code Worker} JVMs of one core each, on free ports. A worker starts its
 * executors with the application's class path ({@code spark.executor.extraClassPath}), there being
 * no Spark distribution here ({@code SPARK_TESTING} tells the launcher not to look for one). Every
 * process is killed on {@link #close()}; their logs stay in {@code logs/}.
 */
final class SparkCluster implements AutoCloseable {

  static final int WORKERS = 2;

  /** The JVM flags Spark needs on Java 17 (as the spark profile sets for the tests). */
  static final List<String> OPENS =
      List.of(
          "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

  private final Path dir;
  private final int port;
  private final int uiPort;
  private final Process master;
  private final List<Process> workers = new ArrayList<>();
  private final List<Integer> workerPorts = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  private SparkCluster(Path dir, int port, int uiPort, Process master) {
    this.dir = dir;
    this.port = port;
    this.uiPort = uiPort;
    this.master = master;
  }

  /** Starts the cluster in {@code dir} and waits until every worker has registered. */
  static SparkCluster start(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("spark-home"));
    int port = FlinkCluster.freePort();
    int uiPort = FlinkCluster.freePort();
    Process master =
        java(
            dir,
            "master",
            "org.apache.spark.deploy.master.Master",
            List.of("--host", "localhost", "--port", "" + port, "--webui-port", "" + uiPort));
    SparkCluster cluster = new SparkCluster(dir, port, uiPort, master);
    try {
      for (int i = 0; i < WORKERS; i++) {
        int workerPort = FlinkCluster.freePort();
        cluster.workerPorts.add(workerPort);
        cluster.workers.add(
            java(
                dir,
                "worker-" + i,
                "org.apache.spark.deploy.worker.Worker",
                List.of(
                    "--host",
                    "localhost",
                    "--port",
                    "" + workerPort,
                    "--webui-port",
                    "0",
                    "--cores",
                    "1",
                    "--memory",
                    "1g",
                    "--work-dir",
                    dir.resolve("work-" + i).toString(),
                    cluster.master())));
      }
      cluster.awaitWorkers(WORKERS);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The master's URL, for {@code --master} and {@code --sparkMaster}. */
  String master() {
    return "spark://localhost:" + port;
  }

  /**
   * The index of a worker whose executor runs tasks now, asked of the driver's REST API on {@code
   * uiPort} (an executor's id is in its command line, a child of its worker), waiting up to {@code
   * timeout}; -1 when none does.
   */
  int busyWorker(int uiPort, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Pattern app = Pattern.compile("\"id\"\\s*:\\s*\"(app-[^\"]+)\"");
    Pattern executor =
        Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"[^{}]*?\"activeTasks\"\\s*:\\s*(\\d+)");
    while (System.nanoTime() < deadline) {
      try {
        String base = "http://localhost:" + uiPort + "/api/v1/applications";
        Matcher a = app.matcher(get(base));
        if (a.find()) {
          Matcher e = executor.matcher(get(base + "/" + a.group(1) + "/executors"));
          while (e.find()) {
            if (Integer.parseInt(e.group(2)) > 0) {
              int worker = workerOf(e.group(1));
              if (worker >= 0) {
                return worker;
              }
            }
          }
        }
      } catch (IOException e) {
        // The driver is not up yet.
      }
      Thread.sleep(200);
    }
    return -1;
  }

  /** The worker whose child is executor {@code id}, or -1. */
  private int workerOf(String id) {
    for (int i = 0; i < workers.size(); i++) {
      boolean runs =
          workers
              .get(i)
              .descendants()
              .anyMatch(
                  h -> h.info().commandLine().orElse("").contains("--executor-id " + id + " "));
      if (runs) {
        return i;
      }
    }
    return -1;
  }

  /** Kills worker {@code i} at once, as {@code kill -9} does (its executor then exits). */
  void killWorker(int i) throws InterruptedException {
    Process p = workers.get(i);
    p.destroyForcibly();
    p.waitFor();
  }

  Path logs() {
    return dir.resolve("logs");
  }

  @Override
  public void close() {
    for (Process p : workers) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    master.destroyForcibly();
    for (Process p : workers) {
      waitQuietly(p);
    }
    waitQuietly(master);
    // Executors of a killed worker exit on their own; any left over go now.
    ProcessHandle.current()
        .descendants()
        .filter(h -> h.info().commandLine().orElse("").contains(dir.toString()))
        .forEach(ProcessHandle::destroyForcibly);
  }

  private String status() throws IOException, InterruptedException {
    return get("http://localhost:" + uiPort + "/json/");
  }

  private String get(String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  private void awaitWorkers(int n) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!master.isAlive()) {
        throw new IllegalStateException("the master stopped; see " + logs());
      }
      try {
        Matcher m = ALIVE_WORKERS.matcher(status());
        if (m.find() && Integer.parseInt(m.group(1)) >= n) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(n + " workers did not register; see " + logs());
  }

  private static Process java(Path dir, String name, String main, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPENS);
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("logs/" + name + ".log").toFile());
    builder.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
    builder.environment().put("SPARK_TESTING", "1");
    builder.environment().put("SPARK_SCALA_VERSION", "2.12");
    return builder.start();
  }

  private static void waitQuietly(Process p) {
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
