package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.extract.Fixtures;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A rerun cleans only the inputs that are new or changed (or whose site's template now judges their
 * pages differently) and carries the other records over, and its output is the output of a run that
 * cleans everything again: records, removed lines, rejects and report.
 */
public class RerunTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Three sites of text pages (one of two pages only, too few to learn from), a JSONL file of
   * another site's records, a loose page, an empty and a broken file.
   */
  private Path scrape() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Path example = Files.createDirectories(in.resolve("example.org"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(example.resolve("page-" + i + ".txt"), Fixtures.sitePage(i));
    }
    Path other = Files.createDirectories(in.resolve("other.net"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(
          other.resolve("story-" + i + ".txt"),
          Fixtures.sitePage(20 + i)
              .replace(Fixtures.SITE_LINE, "Other Net News, all rights reserved."));
    }
    Path small = Files.createDirectories(in.resolve("small.org"));
    for (int i = 0; i < 2; i++) {
      Files.writeString(small.resolve("item-" + i + ".txt"), smallPage(i));
    }
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      feed.append(
              JSON.writeValueAsString(
                  Map.of(
                      "url",
                      "https://www.feed.example.com/story/" + i,
                      "title",
                      "Story " + i,
                      "text",
                      Fixtures.sitePage(40 + i))))
          .append('\n');
    }
    Files.writeString(in.resolve("feed.jsonl"), feed);
    Files.writeString(in.resolve("loose.txt"), Fixtures.sitePage(60));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(
        in.resolve("broken.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    return in;
  }

  private static String smallPage(int i) {
    return Fixtures.sitePage(70 + i)
        .replace(
            Fixtures.SITE_LINE, "Small Org Weekly is edited by volunteers in the old town hall.");
  }

  /**
   * The next scrape: one new page of a site whose template it does not change, a changed page, a
   * page gone, and a third page of the small site, whose template its two pages now show.
   */
  private static void nextScrape(Path in) throws IOException {
    Files.writeString(in.resolve("small.org/item-2.txt"), smallPage(2));
    Files.writeString(in.resolve("example.org/page-8.txt"), Fixtures.sitePage(8));
    Path changed = in.resolve("other.net/story-1.txt");
    Files.writeString(
        changed,
        Files.readString(changed)
            + "\nA correction was added to this story on Wednesday after readers wrote in about the timetable.\n");
    Files.delete(in.resolve("other.net/story-2.txt"));
  }

  private static org.apache.beam.sdk.PipelineResult run(Path in, Path out, String... more)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of("--input=" + in, "--output=" + out, "--quiet=true"));
    args.addAll(List.of(more));
    return Main.run(
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(NewscleanOptions.class));
  }

  private static long carried(org.apache.beam.sdk.PipelineResult result) {
    return Progress.last(result).carried();
  }

  /** Every output kind's lines, sorted, and the report. */
  private static Map<String, List<String>> output(Path out) throws IOException {
    return OutputFolder.contents(out);
  }

  @Test
  public void aRerunCleansOnlyWhatChangedAndEqualsAFullRun() throws IOException {
    Path in = scrape();
    Path out = tmp.getRoot().toPath().resolve("out");
    long firstCarried = carried(run(in, out));
    assertEquals("nothing to carry on a first run", 0, firstCarried);
    Path fullOut = tmp.getRoot().toPath().resolve("full");
    OutputFolder.copyTree(out, fullOut);

    nextScrape(in);
    org.apache.beam.sdk.PipelineResult rerun = run(in, out);
    long matched = Progress.last(rerun).filesMatched();
    long carried = carried(rerun);
    assertEquals(19, matched);
    assertEquals(
        "all but the two new pages, the changed one and the two pages of small.org, whose template changed",
        matched - 5,
        carried);

    assertEquals(
        "the same state, cleaning everything", 0, carried(run(in, fullOut, "--incremental=false")));
    assertEquals(output(fullOut), output(out));
    assertEquals(
        "the deleted page is counted",
        1,
        JSON.readTree(out.resolve("report.json").toFile()).get("gone").asLong());
    assertTrue(
        "its record is gone",
        output(out).get("records").stream().noneMatch(r -> r.toString().contains("story-2.txt")));
  }

  @Test
  public void aRerunOfTheSameScrapeCarriesEverythingAndChangesNothing() throws IOException {
    Path in = scrape();
    Path out = tmp.getRoot().toPath().resolve("out");
    run(in, out);
    Map<String, List<String>> before = output(out);
    org.apache.beam.sdk.PipelineResult again = run(in, out);
    assertEquals(Progress.last(again).filesMatched(), carried(again));
    assertEquals(before, output(out));
  }

  /** Rewrites a page with other words of the same length, so only its bytes tell the change. */
  private static Path rewriteSameSize(Path in) throws IOException {
    Path page = in.resolve("example.org/page-5.txt");
    String text = Files.readString(page);
    String changed = text.replace("council", "COUNCIL");
    assertTrue("the rewrite changes the text", !changed.equals(text));
    assertEquals(text.length(), changed.length());
    Files.writeString(page, changed);
    return page;
  }

  @Test
  public void aChangedFileOfTheSameSizeIsCleanedAgainWhenItsTimeChanged() throws IOException {
    Path in = scrape();
    Path out = tmp.getRoot().toPath().resolve("out");
    run(in, out);
    Path page = rewriteSameSize(in);
    Files.setLastModifiedTime(
        page,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(page).toMillis() + 5_000));
    org.apache.beam.sdk.PipelineResult rerun = run(in, out);
    assertEquals(Progress.last(rerun).filesMatched() - 1, carried(rerun));
    assertTrue(output(out).get("records").stream().anyMatch(r -> r.toString().contains("COUNCIL")));
  }

  @Test
  public void anotherCodeOrSettingCleansEverythingAgain() throws IOException {
    Path in = scrape();
    Path out = tmp.getRoot().toPath().resolve("out");
    run(in, out);
    assertEquals(0, carried(run(in, out, "--foldTypography=true")));
    assertTrue(carried(run(in, out, "--foldTypography=true")) > 0);
  }

  @Test
  public void aRerunWithDuplicatesFlagsACopyOfACarriedRecord() throws IOException {
    Path in = scrape();
    Path out = tmp.getRoot().toPath().resolve("out");
    run(in, out, "--duplicates=true");
    Path fullOut = tmp.getRoot().toPath().resolve("full");
    OutputFolder.copyTree(out, fullOut);
    Files.copy(in.resolve("example.org/page-3.txt"), in.resolve("example.org/page-3-again.txt"));
    assertTrue(carried(run(in, out, "--duplicates=true")) > 0);
    run(in, fullOut, "--duplicates=true", "--incremental=false");
    assertEquals(output(fullOut), output(out));
    assertEquals(
        "{\"exact\":1}",
        JSON.readTree(out.resolve("report.json").toFile()).get("duplicates").toString());
    assertTrue(
        output(out).get("records").stream()
            .anyMatch(
                r ->
                    r.toString().contains("page-3-again.txt")
                        && r.toString().contains("\"duplicate_kind\":\"exact\"")));
  }
}
