package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.newsclean.extract.Fixtures;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A run killed with {@code kill -9} in the middle leaves the previous output as it was, and the
 * next run cleans up what the killed one left and succeeds.
 */
public class KilledRunTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static void run(Path in, Path out) throws IOException {
    Main.run(
        PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out, "--quiet=true")
            .as(NewscleanOptions.class));
  }

  /**
   * The output of a finished run of one small page, in {@code parent}/out: what a killed run must
   * leave alone.
   */
  private Path previousOutput(Path parent) throws IOException {
    Path small = Files.createTempDirectory(tmp.getRoot().toPath(), "small");
    Files.writeString(small.resolve("a.txt"), Fixtures.P1 + "\n" + Fixtures.P2 + "\n");
    Path out = parent.resolve("out");
    run(small, out);
    return out;
  }

  /** Every file under the folder with a digest of its content. */
  private static TreeMap<String, String> snapshot(Path dir) throws Exception {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(f).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return files;
  }

  private static List<Path> leftovers(Path parent) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(".out.")).toList();
    }
  }

  @Test
  public void aKilledRunLeavesThePreviousOutputAndTheNextRunCleansUp() throws Exception {
    Path parent = tmp.newFolder("work").toPath();
    Path out = previousOutput(parent);
    TreeMap<String, String> before = snapshot(out);

    // A corpus that takes the child JVM well over the time we give it before the kill.
    Path big = tmp.newFolder("big").toPath();
    for (int i = 0; i < 4000; i++) {
      Path site = Files.createDirectories(big.resolve("site" + (i % 8)));
      Files.writeString(site.resolve("page-" + i + ".txt"), Fixtures.sitePage(i));
    }
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--input=" + big,
                "--output=" + out,
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(tmp.getRoot().toPath().resolve("child.log").toFile())
            .start();
    // Kill once the child has written into its staging folder (temp shards), i.e. mid-run.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean writing = false;
    while (!writing && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      for (Path leftover : leftovers(parent)) {
        try (Stream<Path> files = Files.walk(leftover)) {
          writing |= files.anyMatch(p -> p.getFileName().toString().endsWith(".jsonl"));
        } catch (IOException e) {
          // the folder moved while we looked
        }
      }
    }
    assertTrue(
        "the child finished before it could be killed; log: "
            + Files.readString(tmp.getRoot().toPath().resolve("child.log")),
        child.isAlive() && writing);
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals("the previous output is untouched", before, snapshot(out));
    assertFalse("the killed run left its staging folder", leftovers(parent).isEmpty());

    run(big, out);
    assertEquals("the next run cleaned up", List.of(), leftovers(parent));
    TreeMap<String, String> after = snapshot(out);
    assertTrue(after.containsKey("report.json"));
    assertEquals(
        4000,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("report.json").toFile())
            .get("records")
            .asLong());
  }

  @Test
  public void aRunKilledBetweenItsTwoRenamesGetsItsPreviousOutputBack() throws Exception {
    Path parent = tmp.newFolder("work2").toPath();
    Path out = previousOutput(parent);
    TreeMap<String, String> before = snapshot(out);
    // What a run with a process id that no longer exists leaves after its first rename.
    long dead = new ProcessBuilder("true").start().onExit().get().pid();
    Files.move(out, parent.resolve(".out.old-" + dead + "-1"));
    Files.createDirectories(parent.resolve(".out.staging-" + dead + "-2"));

    List<String> done = OutputFolder.recover(out);
    assertEquals(done.toString(), 2, done.size());
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), leftovers(parent));
  }
}
