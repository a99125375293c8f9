package dev.newsclean.extract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.container.JsonlFields;
import dev.newsclean.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/** JSONL written by real scrapers and crawl-derived sets, recognised from their fields. */
public class JsonlRecordsTest {

  private static final FileProcessor PROCESSOR =
      new FileProcessor(
          new DocumentExtractor(DocumentExtractor.Limits.defaults(), JsonlFields.defaults()),
          DocumentCleaner.newsDefault());
  private static final String TEXT = Fixtures.P1 + "\\n" + Fixtures.P2;

  @AfterClass
  public static void close() {
    PROCESSOR.close();
  }

  private static Article one(String line) {
    CollectedOutcomes o =
        CollectedOutcomes.of(
            PROCESSOR, "scrape.jsonl", (line + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(o.rejects.toString(), 1, o.articles.size());
    return o.articles.get(0);
  }

  @Test
  public void newsPleaseArticles() {
    Article a =
        one(
            "{\"authors\": [\"Ana Lima\", \"Tom Berg\"], \"date_download\": \"2019-11-20 08:00:00\", \"date_modify\": null, "
                + "\"date_publish\": \"2019-11-19 02:24:00\", \"description\": \"Twelve new routes.\", \"filename\": \"x.json\", \"image_url\": null, "
                + "\"language\": \"en\", \"localpath\": null, \"maintext\": \""
                + TEXT
                + "\", \"source_domain\": \"example.com\", \"text\": null, "
                + "\"title\": \"Council expands the bus network\", \"title_page\": null, \"title_rss\": null, \"url\": \"https://example.com/buses\"}");
    assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, a.text());
    assertEquals("Council expands the bus network", a.title());
    assertEquals(List.of("Ana Lima", "Tom Berg"), a.authors());
    assertEquals("2019-11-19T02:24:00", a.published());
    assertEquals("2019-11-20T08:00:00", a.fetched());
    assertEquals("https://example.com/buses", a.url());
  }

  @Test
  public void trafilaturaJson() {
    Article a =
        one(
            "{\"title\": \"Council expands the bus network\", \"author\": \"Ana Lima; Tom Berg\", \"hostname\": \"example.com\", "
                + "\"date\": \"2023-03-05\", \"fingerprint\": \"abc\", \"id\": null, \"license\": null, \"comments\": \"\", \"raw_text\": \"x\", "
                + "\"text\": \""
                + TEXT
                + "\", \"language\": \"en\", \"source\": \"https://example.com/buses\", \"source-hostname\": \"Example News\", \"excerpt\": \"Routes.\"}");
    assertEquals(List.of("Ana Lima", "Tom Berg"), a.authors());
    assertEquals("2023-03-05", a.published());
    assertEquals("https://example.com/buses", a.url());
  }

  @Test
  public void crawlDerivedSetsGiveTheUrlAndTheCrawlDateNotAPublicationDate() {
    Article fineweb =
        one(
            "{\"text\": \""
                + TEXT
                + "\", \"id\": \"<urn:uuid:1>\", \"dump\": \"CC-MAIN-2013-20\", \"url\": \"http://example.com/a\", "
                + "\"date\": \"2013-05-18T05:48:54Z\", \"file_path\": \"s3://x\", \"language\": \"en\", \"language_score\": 0.93, \"token_count\": 90}");
    assertEquals("http://example.com/a", fineweb.url());
    assertNull("FineWeb's date is the crawl's", fineweb.published());
    assertEquals("2013-05-18T05:48:54Z", fineweb.fetched());

    Article dolma =
        one(
            "{\"id\": \"1\", \"text\": \""
                + TEXT
                + "\", \"source\": \"common-crawl\", \"added\": \"2023-05-01\", "
                + "\"metadata\": {\"url\": \"http://example.com/b\", \"language\": \"en\"}}");
    assertEquals("http://example.com/b", dolma.url());
    assertNull(dolma.published());

    Article c4 =
        one(
            "{\"text\": \""
                + TEXT
                + "\", \"timestamp\": \"2019-04-25T12:57:54Z\", \"url\": \"https://example.com/c\"}");
    assertEquals("https://example.com/c", c4.url());
    assertNull(c4.published());
    assertEquals("2019-04-25T12:57:54Z", c4.fetched());
  }

  @Test
  public void namedFieldsTurnRecognitionOff() {
    FileProcessor custom =
        new FileProcessor(
            new DocumentExtractor(
                DocumentExtractor.Limits.defaults(), JsonlFields.parse("text=maintext;date=date")),
            DocumentCleaner.newsDefault());
    CollectedOutcomes o =
        CollectedOutcomes.of(
            custom,
            "x.jsonl",
            ("{\"maintext\": \""
                    + TEXT
                    + "\", \"date\": \"2020-02-03\", \"date_publish\": \"2019-01-01\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    custom.close();
    assertEquals("2020-02-03", o.articles.get(0).published());
  }

  @Test
  public void aLineOverTheLimitIsRejectedInBytesAndItsNeighboursAreRead() {
    FileProcessor small =
        new FileProcessor(new DocumentExtractor(1000), DocumentCleaner.newsDefault());
    String good = "{\"text\": \"" + TEXT + "\"}";
    // 400 three-byte characters: 400 characters but 1,200 bytes.
    String wide = "{\"text\": \"" + "€".repeat(400) + "\"}";
    CollectedOutcomes o =
        CollectedOutcomes.of(
            small,
            "x.jsonl",
            (good + "\n" + wide + "\r\n" + good).getBytes(StandardCharsets.UTF_8));
    small.close();
    assertEquals(2, o.articles.size());
    assertEquals(List.of("too_large"), o.reasons());
    assertEquals("x.jsonl#2", o.rejects.get(0).source());
    assertEquals("x.jsonl#3", o.articles.get(1).source());
  }
}
