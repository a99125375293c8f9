package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.pipeline.NewscleanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A run's report.html shows the figures of its report.json, and needs nothing from the network. */
public class ReportPageTest {

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static JsonNode json;
  private static Document html;

  @BeforeClass
  public static void runOnSeedsAndBadFiles() throws Exception {
    Path in = TMP.newFolder("in").toPath();
    try (var seeds = Files.list(Paths.get("input"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(seed, in.resolve(seed.getFileName()));
      }
    }
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(
        in.resolve("image.png"),
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
        });
    Files.writeString(in.resolve("menu.txt"), "Home\nNews\nSport\n");
    Path site = Files.createDirectories(in.resolve("example.org"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(
          site.resolve("page-" + i + ".txt"), dev.newsclean.extract.Fixtures.sitePage(i));
    }
    Path out = TMP.getRoot().toPath().resolve("out");
    NewscleanOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out, "--quiet=true")
            .as(NewscleanOptions.class);
    Main.run(options);
    json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
  }

  private static long figure(String name) {
    return Long.parseLong(html.selectFirst("[data-figure=" + name + "]").text().replace(",", ""));
  }

  @Test
  public void theTotalsAndTheBalanceAreTheReportsOwn() {
    for (String name : new String[] {"inputs", "records", "rejected", "skipped", "removed_lines"}) {
      assertEquals(name, json.get(name).asLong(), figure(name));
    }
    assertEquals(
        "five seeds, four pages of a site and three bad files", 12, json.get("inputs").asLong());
    assertTrue(html.selectFirst("[data-figure=balance]").text().contains("(balanced)"));
  }

  @Test
  public void everyCountTableRowMatchesReportJson() {
    for (String table :
        new String[] {"rejects_by_reason", "removed_by_rule", "documents_by_format"}) {
      JsonNode counts = json.get(table);
      Element shown = html.selectFirst("table[data-figure=" + table + "]");
      assertTrue(table + " is shown", shown != null);
      assertEquals(table, counts.size(), shown.select("tr[data-key]").size());
      for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Element row = shown.selectFirst("tr[data-key=\"" + e.getKey() + "\"]");
        assertEquals(
            table + " " + e.getKey(),
            e.getValue().asLong(),
            Long.parseLong(row.selectFirst("[data-count]").attr("data-count")));
      }
    }
  }

  @Test
  public void theSitesTableHasEverySitesRecordsAndTemplateLines() {
    Element table = html.selectFirst("table[data-figure=records_by_site]");
    java.util.Set<String> sites = new java.util.TreeSet<>();
    json.get("records_by_site").fieldNames().forEachRemaining(sites::add);
    json.get("template_lines_by_site").fieldNames().forEachRemaining(sites::add);
    assertEquals(sites.size(), table.select("tr[data-key]").size());
    for (String site : sites) {
      Element row = table.selectFirst("tr[data-key=\"" + site + "\"]");
      assertEquals(
          site,
          json.get("records_by_site").path(site).asLong(0),
          Long.parseLong(row.selectFirst("[data-count]").attr("data-count")));
      assertEquals(
          site,
          json.get("template_lines_by_site").path(site).asLong(0),
          Long.parseLong(row.selectFirst("[data-template]").attr("data-template")));
    }
    assertEquals(
        "the site's footer on each of its four pages",
        4,
        json.get("template_lines_by_site").get("example.org").asLong());
  }

  @Test
  public void rejectsAndRemovalsCarryTheirExamples() {
    Element empty = html.selectFirst("table[data-figure=rejects_by_reason] tr[data-key=empty]");
    assertTrue(empty.selectFirst("td.ex").text().contains("empty.txt"));
    Element ads = html.selectFirst("table[data-figure=removed_by_rule] tr[data-key=ad.marker]");
    assertEquals("Advertisement", ads.selectFirst("td.ex div").text());
    assertEquals(
        json.get("examples").get("removed").get("ad.marker").get(0).asText(),
        ads.selectFirst("td.ex div").text());
  }

  @Test
  public void theChartsAreInlineSvgWithTheReportsValues() {
    Element share = html.selectFirst("svg[data-figure=removed_share]");
    long sum =
        share.select("rect").stream().mapToLong(r -> Long.parseLong(r.attr("data-value"))).sum();
    assertEquals("every record is in one bucket", json.get("records").asLong(), sum);
    Element rules = html.selectFirst("svg[data-figure=removed_by_rule_chart]");
    assertEquals(json.get("removed_by_rule").size(), rules.select("rect").size());
  }

  @Test
  public void thePageIsSelfContained() {
    assertTrue("no scripts", html.select("script").isEmpty());
    assertTrue("no linked styles or fonts", html.select("link").isEmpty());
    assertTrue("nothing loaded from elsewhere", html.select("[src]").isEmpty());
    assertTrue("no url() in the style", !html.select("style").html().contains("url("));
  }
}
