package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsclean.pipeline.NewscleanOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ExplainTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final Path SEED = Paths.get("src/test/resources/cases/seed-003/input.txt");

  private static String explain(Path file) {
    NewscleanOptions options =
        PipelineOptionsFactory.fromArgs("--explain=" + file).as(NewscleanOptions.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Explain.run(
            options,
            file,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(err.toString(StandardCharsets.UTF_8), CommandLine.OK, code);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void everyLineOfASeedHasItsVerdictAndTheAdvertisementLineShowsItsRule() throws Exception {
    String shown = explain(SEED);
    List<String> input = Files.readAllLines(SEED).stream().filter(l -> !l.isBlank()).toList();
    List<String> rows =
        shown.lines().filter(l -> l.matches("\\s*\\d+\\s+(kept|removed)\\s.*")).toList();
    assertTrue(
        "one row per non-blank line at most: "
            + rows.size()
            + " rows for "
            + input.size()
            + " lines",
        rows.size() <= input.size() && rows.size() > 10);
    List<String> ads = rows.stream().filter(r -> r.contains("Advertisement")).toList();
    assertTrue("the seed has Advertisement lines", !ads.isEmpty());
    for (String ad : ads) {
      assertTrue(
          ad,
          ad.matches(
              "\\s*\\d+\\s+removed\\s+ad\\.marker\\s+Advertisement\\s+\\[phrase \"advertisement\".*"));
    }
    assertTrue(
        "article lines are kept", rows.stream().anyMatch(r -> r.matches("\\s*\\d+\\s+kept\\s.*")));
    assertTrue(
        "the metadata found is printed",
        shown.contains("result: record ") && shown.matches("(?s).*\\n  title +\\S.*"));
  }

  @Test
  public void aFileThatGivesNoRecordSaysWhy() throws Exception {
    Path empty = tmp.newFile("empty.txt").toPath();
    assertTrue(explain(empty).contains("rejected, empty"));
  }

  @Test
  public void aMissingFileIsOneLineAndExitCodeOne() {
    Path missing = tmp.getRoot().toPath().resolve("missing.txt");
    NewscleanOptions options =
        PipelineOptionsFactory.fromArgs("--explain=" + missing).as(NewscleanOptions.class);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Explain.run(
            options,
            missing,
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(CommandLine.FAILED, code);
    assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
  }
}
