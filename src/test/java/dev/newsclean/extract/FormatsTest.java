package dev.newsclean.extract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.container.JsonlFields;
import dev.newsclean.extract.container.TikaLanguage;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/** Every input format through extraction and cleaning, checked by what lands in the record. */
public class FormatsTest {

  private static final FileProcessor PROCESSOR =
      ExtractSettings.defaults(DocumentExtractor.Limits.MAX_BYTES).newProcessor();

  @AfterClass
  public static void close() {
    PROCESSOR.close();
  }

  static CollectedOutcomes extract(String source, byte[] bytes) {
    return CollectedOutcomes.of(PROCESSOR, source, bytes);
  }

  private static Article only(CollectedOutcomes o) {
    assertTrue("rejects: " + o.rejects, o.rejects.isEmpty());
    assertEquals(1, o.articles.size());
    return o.articles.get(0);
  }

  @Test
  public void docxTextAndMetadata() throws IOException {
    Article a = only(extract("a.docx", Fixtures.docx(Fixtures.P1, Fixtures.P2)));
    assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, a.text());
    assertEquals("Buses for the suburbs", a.title());
    assertEquals(List.of("Ana Lima"), a.authors());
  }

  @Test
  public void pdfText() throws IOException {
    Article a = only(extract("a.pdf", Fixtures.pdf(Fixtures.P1, Fixtures.P2)));
    assertThat(a.text(), containsString("expand the bus network"));
    assertThat(a.text(), containsString("rising cost of fuel"));
    assertEquals("Buses for the suburbs", a.title());
  }

  @Test
  public void rtfText() {
    Article a = only(extract("a.rtf", Fixtures.rtf(Fixtures.P1, Fixtures.P2)));
    assertThat(a.text(), containsString(Fixtures.P2));
  }

  @Test
  public void epubText() throws IOException {
    Article a = only(extract("a.epub", Fixtures.epub(Fixtures.P1, Fixtures.P2)));
    assertThat(a.text(), containsString(Fixtures.P1));
  }

  @Test
  public void languageComesFromTikasDetectorWhenNothingElseTellsIt() {
    FileProcessor processor =
        new FileProcessor(
            new DocumentExtractor(1 << 20),
            new DocumentCleaner(
                dev.newsclean.clean.RuleBook.newsDefault(),
                dev.newsclean.clean.Rules.newsDefault(dev.newsclean.clean.RuleBook.newsDefault()),
                dev.newsclean.clean.TextNormalizer.standard(),
                new TikaLanguage()));
    String russian =
        "Президент заявил во вторник, что переговоры с другой стороной будут продолжаться столько, сколько потребуется, "
            + "и что обе стороны договорились снова встретиться в столице в следующем месяце.";
    CollectedOutcomes o =
        CollectedOutcomes.of(
            processor,
            "ru.txt",
            (russian + "\n" + russian + "\n").getBytes(StandardCharsets.UTF_8));
    processor.close();
    assertEquals("ru", only(o).language());
  }

  @Test
  public void odtText() throws IOException {
    Article a = only(extract("a.odt", Fixtures.odt(Fixtures.P1, Fixtures.P2)));
    assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, a.text());
  }

  @Test
  public void parseOverTheTimeLimitIsRejectedAsTimeout() throws IOException {
    FileProcessor hasty =
        new FileProcessor(
            new DocumentExtractor(
                new DocumentExtractor.Limits(1 << 20, 1000, java.time.Duration.ofNanos(1)),
                JsonlFields.defaults()),
            DocumentCleaner.newsDefault());
    CollectedOutcomes o =
        CollectedOutcomes.of(hasty, "slow.docx", Fixtures.docx(Fixtures.P1, Fixtures.P2));
    hasty.close();
    assertEquals(List.of("timeout"), o.rejects.stream().map(Reject::reason).toList());
  }

  @Test
  public void externalEntitiesAreNeverResolved() throws IOException {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("newsclean-secret", ".txt");
    java.nio.file.Files.writeString(secret, "TOPSECRETVALUE");
    String doctype = "<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    String xml =
        "<?xml version=\"1.0\"?>"
            + doctype
            + "<doc><p>"
            + Fixtures.P1
            + " &xxe;</p><p>"
            + Fixtures.P2
            + "</p></doc>";
    String xhtml =
        "<?xml version=\"1.0\"?>"
            + doctype.replace("doc [", "html [")
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
            + Fixtures.P1
            + " &xxe;</p><p>"
            + Fixtures.P2
            + "</p></body></html>";
    for (String input : List.of(xml, xhtml)) {
      CollectedOutcomes o = extract("xxe.xml", input.getBytes(StandardCharsets.UTF_8));
      assertEquals("one record, so the entity was really parsed around", 1, o.articles.size());
      assertThat(o.articles.get(0).text(), org.hamcrest.Matchers.startsWith("The city council"));
      for (Article a : o.articles) {
        assertThat(a.text(), org.hamcrest.Matchers.not(containsString("TOPSECRETVALUE")));
      }
      for (Reject r : o.rejects) {
        assertThat(r.detail(), org.hamcrest.Matchers.not(containsString("TOPSECRETVALUE")));
      }
    }
    java.nio.file.Files.delete(secret);
  }

  @Test
  public void gzipOfAnyFormatIsTransparent() throws IOException {
    Article a = only(extract("a.docx.gz", Fixtures.gzip(Fixtures.docx(Fixtures.P1, Fixtures.P2))));
    assertThat(a.text(), containsString(Fixtures.P2));
  }

  @Test
  public void jsonlLinesAreDocumentsAndABadLineIsItsOwnReject() {
    String jsonl =
        "{\"url\": \"https://example.com/a\", \"html\": \""
            + Fixtures.html("A story about the new buses | Example").replace("\"", "\\\"")
            + "\"}\n"
            + "this is not json\n"
            + "{\"url\": \"https://example.com/b\", \"title\": \"Fares stay the same\", \"date\": \"2024-03-05\", \"text\": \""
            + Fixtures.P1
            + "\\n"
            + Fixtures.P2
            + "\"}\n"
            + "{\"url\": \"https://example.com/c\"}\n";
    CollectedOutcomes o = extract("scrape.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, o.articles.size());
    assertEquals("scrape.jsonl#1", o.articles.get(0).source());
    assertEquals("https://example.com/a", o.articles.get(0).url());
    assertEquals("scrape.jsonl#3", o.articles.get(1).source());
    assertEquals("Fares stay the same", o.articles.get(1).title());
    assertEquals("2024-03-05", o.articles.get(1).published());
    assertEquals(
        List.of("scrape.jsonl#2", "scrape.jsonl#4"),
        o.rejects.stream().map(Reject::source).toList());
    assertEquals(List.of("corrupt", "empty"), o.rejects.stream().map(Reject::reason).toList());
  }

  @Test
  public void jsonlFieldNamesAreConfigurable() {
    FileProcessor custom =
        new FileProcessor(
            new DocumentExtractor(
                DocumentExtractor.Limits.defaults(), JsonlFields.parse("text=story;url=address")),
            DocumentCleaner.newsDefault());
    CollectedOutcomes o =
        CollectedOutcomes.of(
            custom,
            "x.jsonl",
            ("{\"address\": \"https://example.com/x\", \"story\": \""
                    + Fixtures.P1
                    + "\\n"
                    + Fixtures.P2
                    + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    custom.close();
    assertEquals("https://example.com/x", only(o).url());
  }

  @Test
  public void warcResponsesAreDocumentsAndOtherRecordsAreSkipped() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      CollectedOutcomes o = extract(gzip ? "crawl.warc.gz" : "crawl.warc", Fixtures.warc(gzip));
      assertEquals(2, o.articles.size());
      Article page = o.articles.get(0);
      assertThat(page.source(), startsWith((gzip ? "crawl.warc.gz" : "crawl.warc") + "#"));
      assertEquals("https://example.com/buses", page.url());
      assertEquals("2024-03-05T10:00:00Z", page.fetched());
      assertEquals("Council expands the bus network to the airport", page.title());
      assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, page.text());
      assertEquals("https://example.com/notes.txt", o.articles.get(1).url());
      assertEquals(List.of("warc.request", "warc.response.image_png"), o.skipped);
    }
  }

  @Test
  public void aZipWithAnEntryNameThatIsNotUtf8IsCorruptNotOurFailure() throws IOException {
    // Found by HostileCorpus: java.util.zip throws IllegalArgumentException on such a name.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("word/d\u00e9j\u00e0.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    CollectedOutcomes o = extract("odd.docx", bytes.toByteArray());
    assertEquals(o.rejects.toString(), List.of("corrupt"), o.reasons());
  }
}
