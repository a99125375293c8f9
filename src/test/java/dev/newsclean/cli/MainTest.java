package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.newsclean.pipeline.NewscleanOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MainTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private NewscleanOptions options(Path in, Path out) {
    return PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out)
        .as(NewscleanOptions.class);
  }

  @Test
  public void aFailedRunLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = tmp.newFolder("out").toPath();
    Files.writeString(out.resolve("records-00000-of-00001.jsonl"), "{\"kept\": true}\n");
    Path missing = tmp.getRoot().toPath().resolve("no-such-folder");

    org.junit.Assert.assertThrows(
        IllegalArgumentException.class, () -> Main.run(options(missing, out)));

    assertEquals(
        "{\"kept\": true}\n", Files.readString(out.resolve("records-00000-of-00001.jsonl")));
    try (Stream<Path> siblings = Files.list(tmp.getRoot().toPath())) {
      assertEquals("no staging folder left behind", 1, siblings.count());
    }
  }

  @Test
  public void aRunReplacesThePreviousOutputAndKeepsGitkeep() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Files.writeString(
        in.resolve("a.txt"),
        "The city council voted on Tuesday to expand the bus network, adding twelve new routes across the northern suburbs.\n");
    Path out = tmp.newFolder("out").toPath();
    Files.writeString(out.resolve(".gitkeep"), "");
    Files.writeString(out.resolve("records-00000-of-00009.jsonl"), "{\"stale\": true}\n");

    Main.run(options(in, out));

    assertFalse(
        "stale shard from an earlier run",
        Files.exists(out.resolve("records-00000-of-00009.jsonl")));
    assertTrue(Files.exists(out.resolve(".gitkeep")));
    assertTrue(Files.exists(out.resolve("report.json")));
    try (Stream<Path> siblings = Files.list(tmp.getRoot().toPath())) {
      assertEquals("no staging or retired folders left behind", 2, siblings.count());
    }
  }
}
