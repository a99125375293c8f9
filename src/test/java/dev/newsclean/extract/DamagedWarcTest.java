package dev.newsclean.extract;

import static dev.newsclean.extract.WarcBytes.concat;
import static dev.newsclean.extract.WarcBytes.record;
import static dev.newsclean.extract.WarcBytes.response;
import static dev.newsclean.extract.WarcBytes.utf8;
import static dev.newsclean.extract.WarcRecordsTest.byUrl;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.model.Reject;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Damaged WARC files: a malformed header, date or HTTP message, a file that breaks off, a record
 * without a type. Each damaged record ends as its own reject or skip; its neighbours are read.
 */
public class DamagedWarcTest {

  private static final FileProcessor PROCESSOR =
      ExtractSettings.defaults(DocumentExtractor.Limits.MAX_BYTES).newProcessor();
  private static final String PAGE = Fixtures.html("Council expands the bus network | Example");

  @AfterClass
  public static void close() {
    PROCESSOR.close();
  }

  @Test
  public void aMalformedDateRejectsNothingAndItsNeighboursAreRead() {
    byte[] warc =
        concat(
            response(
                "1",
                "2008-10-294T05:21:46-0700",
                "http://example.com/a",
                "Content-Type: text/html\r\n",
                utf8(PAGE)),
            response(
                "2",
                "2008-10-29T05:21:46Z",
                "http://example.com/b",
                "Content-Type: text/html\r\n",
                utf8(PAGE)));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "clueweb.warc", warc);
    assertEquals(o.rejects.toString(), 2, o.articles.size());
    assertNull("a date that is no date is dropped", byUrl(o, "http://example.com/a").fetched());
    assertEquals("2008-10-29T05:21:46Z", byUrl(o, "http://example.com/b").fetched());
    assertEquals("clueweb.warc#urn:uuid:1", byUrl(o, "http://example.com/a").source());
  }

  @Test
  public void aMalformedHttpHeaderRejectsThatRecordAlone() {
    byte[] warc =
        concat(
            record(
                "response",
                "1",
                "2024-01-01T00:00:00Z",
                "http://example.com/bad",
                "application/http; msgtype=response",
                utf8("NOT HTTP AT ALL\u0000\u0001\r\n\r\n")),
            response(
                "2",
                "2024-01-01T00:00:00Z",
                "http://example.com/good",
                "Content-Type: text/html\r\n",
                utf8(PAGE)));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "crawl.warc", warc);
    byUrl(o, "http://example.com/good");
    assertEquals(1, o.rejects.size());
    Reject bad = o.rejects.get(0);
    assertEquals("crawl.warc#urn:uuid:1", bad.source());
    assertEquals("corrupt", bad.reason());
  }

  @Test
  public void aTruncatedFileKeepsWhatCameBeforeAndRejectsTheRecordItBrokeIn() throws IOException {
    byte[] whole =
        concat(
            response(
                "1",
                "2024-01-01T00:00:00Z",
                "http://example.com/one",
                "Content-Type: text/html\r\n",
                utf8(PAGE)),
            response(
                "2",
                "2024-01-01T00:00:00Z",
                "http://example.com/two",
                "Content-Type: text/html\r\n",
                utf8(PAGE)));
    // Cut inside the second record's payload, uncompressed and gzipped (one gzip member per record,
    // as crawlers write).
    byte[] first =
        response(
            "1",
            "2024-01-01T00:00:00Z",
            "http://example.com/one",
            "Content-Type: text/html\r\n",
            utf8(PAGE));
    byte[] cut = Arrays.copyOf(whole, whole.length - 200);
    byte[] gzFirst = Fixtures.gzip(first);
    byte[] gzSecond = Fixtures.gzip(Arrays.copyOfRange(whole, first.length, whole.length));
    byte[] gzCut = Arrays.copyOf(concat(gzFirst, gzSecond), gzFirst.length + gzSecond.length / 2);
    for (Object[] c : new Object[][] {{"cut.warc", cut}, {"cut.warc.gz", gzCut}}) {
      CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, (String) c[0], (byte[]) c[1]);
      assertEquals(c[0] + ": " + o.rejects, 1, o.articles.size());
      assertEquals("http://example.com/one", o.articles.get(0).url());
      assertEquals(c[0] + ": " + o.rejects, 1, o.rejects.size());
      assertEquals("corrupt", o.rejects.get(0).reason());
      assertThat(o.rejects.get(0).source(), endsWith("#urn:uuid:2"));
    }
  }

  @Test
  public void aFileOfOneClippedRecordNamesThatRecord() {
    byte[] one =
        response(
            "7",
            "2024-01-01T00:00:00Z",
            "http://example.com/seven",
            "Content-Type: text/html\r\n",
            utf8(PAGE));
    CollectedOutcomes o =
        CollectedOutcomes.of(PROCESSOR, "clip.warc", Arrays.copyOf(one, one.length / 2));
    assertEquals(o.rejects.toString(), 1, o.rejects.size());
    assertEquals("clip.warc#urn:uuid:7", o.rejects.get(0).source());
    assertEquals("corrupt", o.rejects.get(0).reason());
    assertTrue(o.articles.isEmpty());
  }

  @Test
  public void aRecordWithoutAWarcTypeIsSkippedAsUntyped() {
    // Found by ReadersFuzzTest.anyFile: jwarc's type() throws when the header is missing.
    byte[] untyped =
        record(
            "response",
            "1",
            "2024-01-01T00:00:00Z",
            "http://example.com/a",
            "application/http; msgtype=response",
            utf8("HTTP/1.1 200 OK\r\n\r\nx"));
    String text =
        new String(untyped, StandardCharsets.ISO_8859_1).replace("WARC-Type: response\r\n", "");
    byte[] warc =
        concat(
            text.getBytes(StandardCharsets.ISO_8859_1),
            response(
                "2",
                "2024-01-01T00:00:00Z",
                "http://example.com/good",
                "Content-Type: text/html\r\n",
                utf8(PAGE)));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "crawl.warc", warc);
    assertEquals(o.rejects.toString(), List.of(), o.rejects);
    assertEquals(List.of("warc.untyped"), o.skipped);
    byUrl(o, "http://example.com/good");
  }
}
