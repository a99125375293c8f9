package dev.newsclean.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.extract.Fixtures;
import dev.newsclean.pipeline.OutputFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Hostile inputs beside valid ones, through the real command in a separate JVM with a small heap:
 * the run must finish with exit code 0, account for every file, and keep the valid texts. Set
 * {@code -Dnewsclean.keepHostileOutput=DIR} to keep the run's output for a look.
 */
public class HostileInputsTest {

  private static final String HEAP = "-Xmx384m";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void hostileInputsNeitherCrashNorExhaustMemory() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    Random random = new Random(42);

    // Valid inputs, whose text must come through.
    Files.writeString(in.resolve("article.txt"), Fixtures.P1 + "\n" + Fixtures.P2 + "\n");
    Files.write(in.resolve("report.docx"), Fixtures.docx(Fixtures.P1, Fixtures.P2));
    Files.write(in.resolve("paper.pdf"), Fixtures.pdf(Fixtures.P1, Fixtures.P2));
    Files.write(in.resolve("crawl.warc.gz"), Fixtures.warc(true));
    Files.write(
        in.resolve("packed.txt.gz"),
        Fixtures.gzip((Fixtures.P1 + "\n" + Fixtures.P2 + "\n").getBytes(StandardCharsets.UTF_8)));
    Files.writeString(
        in.resolve("scrape.jsonl"),
        "{\"url\": \"https://example.com/j\", \"text\": \""
            + Fixtures.P1
            + "\\n"
            + Fixtures.P2
            + "\"}\n");

    // Hostile inputs.
    Files.write(in.resolve("random.bin"), bytes(random, 1 << 20));
    Files.write(in.resolve("random.html"), bytes(random, 100_000));
    byte[] gz = Fixtures.gzip(Fixtures.P1.repeat(200).getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    writeOneLine(in.resolve("one-line.txt"), 20 * 1024 * 1024);
    Files.writeString(
        in.resolve("deep.html"),
        "<html><body>"
            + "<div>".repeat(100_000)
            + Fixtures.P1
            + "</div>".repeat(100_000)
            + "</body></html>");
    byte[] badUtf8 = (Fixtures.P1 + "\n").getBytes(StandardCharsets.UTF_8);
    badUtf8[10] = (byte) 0xC3;
    badUtf8[11] = (byte) 0x28;
    Files.write(in.resolve("invalid-utf8.txt"), badUtf8);
    writeZipBomb(in.resolve("bomb.docx"));
    byte[] pdf = Fixtures.pdf(Fixtures.P1, Fixtures.P2);
    Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));

    String keep = System.getProperty("newsclean.keepHostileOutput");
    Path out = keep != null ? Path.of(keep) : tmp.getRoot().toPath().resolve("out");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--input=" + in,
                "--output=" + out)
            .redirectErrorStream(true)
            .redirectOutput(tmp.getRoot().toPath().resolve("run.log").toFile())
            .start();
    assertTrue("the run did not finish in 5 minutes", process.waitFor(5, TimeUnit.MINUTES));
    String log = Files.readString(tmp.getRoot().toPath().resolve("run.log"));
    assertEquals("exit code; log:\n" + log, 0, process.exitValue());

    List<JsonNode> records = OutputFiles.lines(out, "records-");
    List<JsonNode> rejects = OutputFiles.lines(out, "rejects-");
    Set<String> accounted = new HashSet<>();
    records.forEach(r -> accounted.add(file(r)));
    rejects.forEach(r -> accounted.add(file(r)));
    try (Stream<Path> files = Files.list(in)) {
      for (Path f : files.toList()) {
        assertTrue(
            f.getFileName() + " is in no record and no reject",
            accounted.contains(f.getFileName().toString()));
      }
    }
    List<String> texts =
        records.stream().map(r -> file(r) + ": " + r.get("text").asText()).toList();
    for (String valid :
        List.of(
            "article.txt",
            "report.docx",
            "paper.pdf",
            "crawl.warc.gz",
            "packed.txt.gz",
            "scrape.jsonl")) {
      assertTrue(
          valid + " lost its text: " + texts,
          texts.stream()
              .anyMatch(t -> t.startsWith(valid + ": ") && t.contains("rising cost of fuel")));
    }
    List<String> rejected =
        rejects.stream()
            .map(r -> r.get("source").asText() + " " + r.get("reason").asText())
            .toList();
    assertThat(rejected, hasItem("empty.txt empty"));
    assertThat(rejected, hasItem("truncated.txt.gz corrupt"));
    assertThat(rejected, hasItem("random.bin unsupported_type"));
    assertTrue(
        "the zip bomb is not rejected: " + rejected,
        rejected.stream().anyMatch(r -> r.startsWith("bomb.docx ")));

    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertEquals(records.size(), report.get("records").asLong());
    assertEquals(rejects.size(), report.get("rejected").asLong());
    assertEquals(
        report.get("inputs").asLong(),
        report.get("records").asLong()
            + report.get("rejected").asLong()
            + report.get("skipped").asLong());
  }

  private static String file(JsonNode node) {
    return node.get("source").asText().split("#")[0];
  }

  private static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static void writeOneLine(Path path, int size) throws IOException {
    byte[] word = "lorem ipsum dolor sit amet ".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      for (int written = 0; written < size; written += word.length) {
        out.write(word);
      }
    }
  }

  /** A DOCX-shaped zip whose document.xml inflates to 1 GB of spaces. */
  private static void writeZipBomb(Path path) throws IOException {
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(path)))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
              .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 1024; i++) {
        zip.write(spaces);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
