package dev.newsclean.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The whole pipeline on a small folder of mixed inputs: every input is accounted for. */
public class NewscleanPipelineTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ARTICLE =
      "The city council voted on Tuesday to expand the bus network, adding twelve new routes that will serve the northern suburbs and the airport.\n"
          + "Advertisement\n"
          + "Officials said the first routes would open in the spring, and that fares would stay the same for at least two years, despite rising costs.\n";

  @Test
  public void everyInputEndsAsARecordOrAReject() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Files.createDirectories(in.resolve("nested/deeper"));
    Files.writeString(in.resolve("plain.txt"), ARTICLE);
    Files.write(in.resolve("nested/packed.txt.gz"), gzip(ARTICLE));
    Files.write(in.resolve("nested/deeper/no-extension"), gzip(ARTICLE));
    Files.writeString(
        in.resolve("really-html.txt"),
        "<html><head><title>City council expands the bus network | Example</title></head><body><article><p>"
            + ARTICLE.replace("\n", "</p><p>")
            + "</p></article></body></html>");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("junk.txt"), "Advertisement\nShare\n");
    Path out = tmp.getRoot().toPath().resolve("out");

    NewscleanOptions options = pipeline.getOptions().as(NewscleanOptions.class);
    options.setInput(in.toString());
    options.setOutput(out.toString());
    NewscleanPipeline.build(pipeline, options);
    pipeline.run().waitUntilFinish();

    List<JsonNode> records = OutputFiles.lines(out, "records-");
    assertThat(
        sources(records),
        containsInAnyOrder(
            "plain.txt", "nested/packed.txt.gz", "nested/deeper/no-extension", "really-html.txt"));
    for (JsonNode record : records) {
      assertEquals(record.get("source").asText(), 2, record.get("paragraphs").asInt());
    }
    assertEquals(
        "City council expands the bus network",
        records.stream()
            .filter(r -> r.get("source").asText().equals("really-html.txt"))
            .findFirst()
            .orElseThrow()
            .get("title")
            .asText());
    List<JsonNode> rejects = OutputFiles.lines(out, "rejects-");
    assertThat(sources(rejects), containsInAnyOrder("empty.txt", "junk.txt"));

    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertEquals(6, report.get("inputs").asLong());
    assertEquals(4, report.get("records").asLong());
    assertEquals(2, report.get("rejected").asLong());
    assertEquals(
        report.get("inputs").asLong(),
        report.get("records").asLong()
            + report.get("rejected").asLong()
            + report.get("skipped").asLong());
    assertEquals(1, report.get("rejects_by_reason").get("empty").asLong());
    assertEquals(1, report.get("rejects_by_reason").get("no_text").asLong());
    assertEquals(OutputFiles.lines(out, "removed-").size(), report.get("removed_lines").asLong());
  }

  static List<String> sources(List<JsonNode> nodes) {
    return nodes.stream().map(n -> n.get("source").asText()).toList();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
