package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A corpus with planted duplicates: every copy is flagged with the kind it is and the canonical
 * record (the smallest id), and distinct articles on the same topic (the five seeds, all about a
 * Ukraine ceasefire) are not.
 */
public class DuplicatesTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final String[] TOWNS = {
    "Ashford",
    "Brimley",
    "Carrow",
    "Dunmore",
    "Eastleigh",
    "Fenwick",
    "Glenrothes",
    "Harwick",
    "Inverbay",
    "Jarrow",
    "Kelso",
    "Larbert"
  };
  private static final String[] THINGS = {
    "bus routes",
    "school places",
    "housing plans",
    "water pipes",
    "library hours",
    "bridge repairs",
    "park lights",
    "road tolls",
    "clinic budgets",
    "market rents",
    "tram lines",
    "harbour fees"
  };

  /**
   * Twelve paragraphs, each about its own town and subject, so no two share a run of five words.
   */
  static List<String> article(String topic) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      paragraphs.add(
          "In "
              + TOWNS[i]
              + ", officials who oversee "
              + THINGS[i]
              + " told "
              + topic
              + " reporters on day "
              + (i + 3)
              + " that spending would rise by "
              + (7 * i + 11)
              + " percent, after residents of "
              + TOWNS[(i + 5) % 12]
              + " complained about "
              + THINGS[(i + 7) % 12]
              + " for "
              + (i + 2)
              + " years.");
    }
    return paragraphs;
  }

  private static String page(String headline, String byline, List<String> paragraphs) {
    return headline + "\n" + byline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
  }

  private static String html(String headline, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>"));
    return "<!DOCTYPE html><html><head><title>"
        + headline
        + "</title></head><body><header><a href=/>Other Paper</a></header><article><h1>"
        + headline
        + "</h1>"
        + body
        + "</article><footer>Contact us</footer></body></html>";
  }

  @Test
  public void plantedDuplicatesAreFlaggedAndDistinctArticlesAreNot() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    try (Stream<Path> seeds = Files.list(Paths.get("input"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, in.resolve("seed-" + seed.getFileName()));
      }
    }
    List<String> story = article("council");
    Files.writeString(
        in.resolve("original.txt"), page("Towns raise spending on services", "By Ana Lima", story));
    Files.writeString(
        in.resolve("copy-under-another-name.txt"),
        page("Towns raise spending on services", "By Ana Lima", story));
    Files.writeString(
        in.resolve("copy-in-another-template.html"),
        html("Towns raise spending on services", story));
    List<String> corrected = new ArrayList<>(story);
    corrected.set(4, corrected.get(4).replace("Eastleigh", "Eastley"));
    corrected.set(9, corrected.get(9).replace("percent", "per cent"));
    Files.writeString(
        in.resolve("corrected.txt"),
        page("Towns raise spending on services", "By Ana Lima", corrected));
    List<String> later = new ArrayList<>(story);
    later.set(
        11,
        "A spokesperson for the regional government said on Friday that the figures would be reviewed again before the summer recess began.");
    Files.writeString(
        in.resolve("later-version.txt"),
        page("Towns raise spending on services, update", "By Ana Lima", later));
    Files.writeString(
        in.resolve("wire-republished.txt"),
        page("Spending on local services to rise", "By Tom Berg, Reuters", story));
    Files.writeString(
        in.resolve("other-story.txt"),
        page("Another story on the councils", "By Ana Lima", article("budget")));

    Path out = tmp.getRoot().toPath().resolve("out");
    Main.run(
        PipelineOptionsFactory.fromArgs(
                "--input=" + in, "--output=" + out, "--quiet=true", "--duplicates=true")
            .as(NewscleanOptions.class));

    Map<String, JsonNode> bySource = new TreeMap<>();
    for (JsonNode r : OutputFiles.lines(out, "records-")) {
      bySource.put(r.get("source").asText(), r);
    }
    List<String> copies =
        List.of(
            "original.txt",
            "copy-under-another-name.txt",
            "copy-in-another-template.html",
            "corrected.txt",
            "later-version.txt",
            "wire-republished.txt");
    String canonical =
        copies.stream()
            .map(s -> bySource.get(s).get("id").asText())
            .sorted()
            .findFirst()
            .orElseThrow();
    for (String copy : copies) {
      JsonNode r = bySource.get(copy);
      if (r.get("id").asText().equals(canonical)) {
        assertTrue(copy + " is the canonical record", r.get("duplicate_of").isNull());
      } else {
        assertEquals(copy, canonical, r.get("duplicate_of").asText());
      }
    }
    String canonicalText =
        bySource.values().stream()
            .filter(r -> r.get("id").asText().equals(canonical))
            .findFirst()
            .orElseThrow()
            .get("text")
            .asText();
    int near = 0;
    for (String copy : copies) {
      JsonNode r = bySource.get(copy);
      if (!r.get("id").asText().equals(canonical)) {
        String expected = r.get("text").asText().equals(canonicalText) ? "exact" : "near";
        assertEquals(copy, expected, r.get("duplicate_kind").asText());
        near += expected.equals("near") ? 1 : 0;
      }
    }
    assertTrue("the corrected and the later version differ from the others", near >= 1);
    for (Map.Entry<String, JsonNode> r : bySource.entrySet()) {
      if (r.getKey().startsWith("seed-") || r.getKey().equals("other-story.txt")) {
        assertTrue(
            r.getKey() + " is distinct: " + r.getValue().get("duplicate_of"),
            r.getValue().get("duplicate_of").isNull());
      }
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(
        5,
        report.get("duplicates").path("exact").asLong()
            + report.get("duplicates").path("near").asLong());
  }

  @Test
  public void duplicatesCanGoToTheirOwnFile() throws Exception {
    Path in = tmp.newFolder("in2").toPath();
    List<String> story = article("council");
    Files.writeString(
        in.resolve("a.txt"), page("Towns raise spending on services", "By Ana Lima", story));
    Files.writeString(
        in.resolve("b.txt"), page("Towns raise spending on services", "By Ana Lima", story));
    Path out = tmp.getRoot().toPath().resolve("out2");
    Main.run(
        PipelineOptionsFactory.fromArgs(
                "--input=" + in,
                "--output=" + out,
                "--quiet=true",
                "--duplicates=true",
                "--duplicatesFile=true")
            .as(NewscleanOptions.class));
    assertEquals(1, OutputFiles.lines(out, "records-").size());
    List<JsonNode> duplicates = OutputFiles.lines(out, "duplicates-");
    assertEquals(1, duplicates.size());
    assertEquals("exact", duplicates.get(0).get("duplicate_kind").asText());
  }
}
