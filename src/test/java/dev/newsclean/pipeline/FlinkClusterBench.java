package dev.newsclean.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark, not a test: one corpus through a standalone Flink cluster ({@link FlinkCluster}) with
 * one and with two task managers (two slots each), printing each run's wall time (submission to
 * exit, as a user waits) and their ratio. Usage, after {@code mvn -Pflink package -DskipTests}:
 *
 * <pre>
 * mvn -q -Pflink test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath dev.newsclean.pipeline.FlinkClusterBench \
 *   target/newsclean-0.1.0-SNAPSHOT-all.jar ../shared/eval/news2023"
 * </pre>
 */
public final class FlinkClusterBench {

  private FlinkClusterBench() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path corpus = Path.of(args[1]).toAbsolutePath();
    Path work = Files.createTempDirectory("newsclean-cluster-bench-");
    double[] seconds = new double[3];
    for (int workers = 1; workers <= 2; workers++) {
      Path dir = Files.createDirectories(work.resolve("cluster-" + workers));
      try (FlinkCluster cluster = FlinkCluster.start(dir, workers)) {
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FlinkCluster.OPENS);
        command.addAll(List.of("-cp", jar.toString(), "dev.newsclean.cli.Main"));
        command.addAll(
            List.of(
                "--input=" + corpus,
                "--output=" + out,
                "--quiet=true",
                "--runner=FlinkRunner",
                "--flinkMaster=" + cluster.master()));
        long start = System.nanoTime();
        int exit =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/submit.log").toFile())
                .start()
                .waitFor();
        seconds[workers] = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%d task manager(s), %d slots: exit %d in %.1f s (records: %s)%n",
            workers,
            workers * FlinkCluster.SLOTS,
            exit,
            seconds[workers],
            RunnerEquivalence.outputs(out).getOrDefault("records.jsonl", List.of()).size());
      }
    }
    System.out.printf(
        "two task managers take %.2fx the time of one (on %d cores)%n",
        seconds[2] / seconds[1], Runtime.getRuntime().availableProcessors());
  }
}
