package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.extract.Fixtures;
import dev.newsclean.pipeline.NewscleanOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What a site repeats is learned across its pages in a run, kept in the state folder, and used by
 * the next run.
 */
public class SiteTemplatesTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path site(String name, int from, int to) throws IOException {
    Path in = tmp.newFolder(name).toPath();
    Path folder = Files.createDirectories(in.resolve("example.org"));
    for (int i = from; i < to; i++) {
      Files.writeString(folder.resolve("page-" + i + ".txt"), Fixtures.sitePage(i));
    }
    Files.writeString(in.resolve("loose.txt"), Fixtures.sitePage(99));
    return in;
  }

  private static void run(Path in, Path out, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("--input=" + in, "--output=" + out, "--quiet=true"));
    args.addAll(List.of(more));
    Main.run(
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(NewscleanOptions.class));
  }

  private static List<JsonNode> lines(Path out, String kind) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(kind + "-")).toList()) {
        for (String line : Files.readAllLines(f)) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static long siteLineKept(Path out) throws IOException {
    return lines(out, "records").stream()
        .filter(
            r ->
                r.get("source").asText().startsWith("example.org/")
                    && r.get("text").asText().contains(Fixtures.SITE_LINE))
        .count();
  }

  @Test
  public void aRunLearnsTheSitesLinesAndTheNextRunRemembersThem() throws IOException {
    Path out = tmp.getRoot().toPath().resolve("out");
    run(site("first", 0, 5), out);

    List<JsonNode> template =
        lines(out, "removed").stream()
            .filter(r -> r.get("rule").asText().equals("site.template"))
            .toList();
    assertEquals("the footer of each of the five pages", 5, template.size());
    assertEquals(
        "seen on 20%+ of the pages of example.org", template.get(0).get("evidence").asText());
    assertEquals(0, siteLineKept(out));
    assertTrue(
        "a file outside any site folder is cleaned on its own",
        lines(out, "records").stream()
            .anyMatch(
                r ->
                    r.get("source").asText().equals("loose.txt")
                        && r.get("text").asText().contains(Fixtures.SITE_LINE)));
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertEquals(5, report.get("template_lines_by_site").get("example.org").asLong());
    JsonNode state = JSON.readTree(Files.readAllLines(out.resolve("state/sites.jsonl")).get(0));
    assertEquals("state format version", 3, state.get("version").asInt());
    assertEquals("example.org", state.get("site").asText());
    assertEquals(5.0, state.get("pages").asDouble(), 0);

    // --explain cleans a page of the site with what the run learned, and says so.
    Path first = tmp.getRoot().toPath().resolve("first");
    Path page = first.resolve("example.org/page-2.txt");
    NewscleanOptions explain =
        PipelineOptionsFactory.fromArgs("--input=" + first, "--output=" + out, "--explain=" + page)
            .as(NewscleanOptions.class);
    java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
    assertEquals(
        0, Explain.run(explain, page, new java.io.PrintStream(shown, true, "UTF-8"), System.err));
    assertTrue(
        shown.toString("UTF-8"),
        shown
            .toString("UTF-8")
            .matches(
                "(?s).*removed +site\\.template +The Northern Valley Gazette.*\\[on 5 of 5 pages; seen on 20%\\+ of the pages of example\\.org;.*"));

    // One new page of the site: alone it proves nothing, with the state of the first run its footer
    // goes.
    Path second = site("second", 5, 6);
    run(second, out);
    assertEquals(0, siteLineKept(out));
    assertEquals(
        1,
        JSON.readTree(out.resolve("report.json").toFile())
            .get("template_lines_by_site")
            .get("example.org")
            .asLong());

    Path alone = tmp.getRoot().toPath().resolve("alone");
    run(second, alone, "--state=none");
    assertEquals(1, siteLineKept(alone));
    assertFalse("--state=none writes no state", Files.exists(alone.resolve("state")));
  }

  @Test
  public void learningFromPartOfASiteThenCleaningTheRestEqualsOneRun() throws IOException {
    Path whole = tmp.getRoot().toPath().resolve("whole");
    run(site("all", 0, 6), whole);
    Path state = tmp.getRoot().toPath().resolve("state");
    run(site("part1", 0, 3), tmp.getRoot().toPath().resolve("part1"), "--state=" + state);
    Path part2 = tmp.getRoot().toPath().resolve("part2");
    run(site("part2", 3, 6), part2, "--state=" + state);
    List<String> wholeTexts =
        lines(whole, "records").stream()
            .filter(r -> r.get("source").asText().matches("example.org/page-[345].txt"))
            .map(r -> r.get("text").asText())
            .sorted()
            .toList();
    List<String> partTexts =
        lines(part2, "records").stream()
            .filter(r -> r.get("source").asText().startsWith("example.org/"))
            .map(r -> r.get("text").asText())
            .sorted()
            .toList();
    assertEquals(wholeTexts, partTexts);
    assertTrue(Files.exists(state.resolve("sites.jsonl")));
  }

  @Test
  public void siteKeyNoneCleansEveryPageOnItsOwn() throws IOException {
    Path out = tmp.getRoot().toPath().resolve("none");
    run(site("in", 0, 5), out, "--siteKey=none");
    assertEquals(5, siteLineKept(out));
  }
}
