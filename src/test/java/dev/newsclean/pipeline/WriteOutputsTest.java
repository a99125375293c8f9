package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The pipeline itself owns its output: any caller (not only the run command) gets the output folder
 * replaced whole when the run succeeds, and left as it was, with no staging folder, when it fails.
 */
public class WriteOutputsTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Path input() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Files.writeString(in.resolve("a.txt"), NewscleanPipelineTest.ARTICLE);
    return in;
  }

  private static NewscleanOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(NewscleanOptions.class);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  public void aPipelineRunReplacesTheOutputFolderWhole() throws IOException {
    Path in = input();
    Path out = tmp.newFolder("out").toPath();
    Files.writeString(out.resolve("records-00000-of-00009.jsonl"), "{\"stale\": true}\n");

    NewscleanPipeline.run(options("--input=" + in, "--output=" + out, "--quiet=true"));

    assertFalse(Files.exists(out.resolve("records-00000-of-00009.jsonl")));
    assertEquals(
        1,
        Files.readAllLines(out.resolve("records-00000-of-00001.jsonl")).stream()
            .filter(l -> !l.isEmpty())
            .count());
    assertTrue(Files.exists(out.resolve("report.json")));
    assertTrue(Files.isDirectory(out.resolve("state")));
    assertFalse("the bundles' temp folder is gone", names(out).contains(".newsclean-temp"));
    assertEquals(
        "no staging folder beside it", List.of("in", "out"), names(tmp.getRoot().toPath()));
  }

  @Test
  public void aRunThatFailsLeavesThePreviousOutputAndNoStagingFolder() throws IOException {
    Path in = input();
    Path out = tmp.newFolder("out").toPath();
    Files.writeString(out.resolve("records-00000-of-00001.jsonl"), "{\"kept\": true}\n");
    // The state folder is a file: writing the state fails at the very end of the run.
    Path notAFolder = Files.writeString(tmp.getRoot().toPath().resolve("state"), "a file");

    assertThrows(
        RuntimeException.class,
        () ->
            NewscleanPipeline.run(
                options(
                    "--input=" + in, "--output=" + out, "--state=" + notAFolder, "--quiet=true")));

    assertEquals(List.of("records-00000-of-00001.jsonl"), names(out));
    assertEquals(
        "{\"kept\": true}\n", Files.readString(out.resolve("records-00000-of-00001.jsonl")));
    assertEquals(List.of("in", "out", "state"), names(tmp.getRoot().toPath()));
  }
}
