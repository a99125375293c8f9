package dev.newsclean.extract;

import static dev.newsclean.extract.WarcBytes.concat;
import static dev.newsclean.extract.WarcBytes.record;
import static dev.newsclean.extract.WarcBytes.response;
import static dev.newsclean.extract.WarcBytes.utf8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.model.Article;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.IOException;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * WARC records as real crawls write them, quirks included, built byte by byte: every record ends as
 * its own record, reject or skip, whatever its neighbours hold.
 */
public class WarcRecordsTest {

  private static final FileProcessor PROCESSOR =
      ExtractSettings.defaults(DocumentExtractor.Limits.MAX_BYTES).newProcessor();
  private static final String PAGE = Fixtures.html("Council expands the bus network | Example");

  @AfterClass
  public static void close() {
    PROCESSOR.close();
  }

  static Article byUrl(CollectedOutcomes o, String url) {
    return o.articles.stream()
        .filter(a -> url.equals(a.url()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record for " + url + "; rejects " + o.rejects));
  }

  @Test
  public void encodingsAreDecodedAndAFalseGzipHeaderIsTolerated() throws IOException {
    String chunked =
        Integer.toHexString(utf8(PAGE).length / 2)
            + "\r\n"
            + PAGE.substring(0, utf8(PAGE).length / 2)
            + "\r\n"
            + Integer.toHexString(utf8(PAGE).length - utf8(PAGE).length / 2)
            + "\r\n"
            + PAGE.substring(utf8(PAGE).length / 2)
            + "\r\n0\r\n\r\n";
    byte[] warc =
        concat(
            response(
                "1",
                "2024-01-01T00:00:00Z",
                "http://example.com/chunked",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                utf8(chunked)),
            response(
                "2",
                "2024-01-01T00:00:00Z",
                "http://example.com/gzip",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                Fixtures.gzip(utf8(PAGE))),
            response(
                "3",
                "2024-01-01T00:00:00Z",
                "http://example.com/false-gzip",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                utf8(PAGE)),
            response(
                "4",
                "2024-01-01T00:00:00Z",
                "http://example.com/chunked-false-gzip",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n",
                utf8(chunked)));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "crawl.warc", warc);
    assertEquals(o.rejects.toString(), 4, o.articles.size());
    for (Article a : o.articles) {
      assertEquals(a.url(), Fixtures.P1 + "\n\n" + Fixtures.P2, a.text());
      assertEquals("Council expands the bus network", a.title());
    }
  }

  @Test
  public void payloadsWithoutAUsableTypeAreSniffedAndDocumentsGoThroughTika() throws IOException {
    byte[] warc =
        concat(
            response("1", "2024-01-01T00:00:00Z", "http://example.com/no-type", "", utf8(PAGE)),
            response(
                "2",
                "2024-01-01T00:00:00Z",
                "http://example.com/bad-type",
                "Content-Type: ;;;==\r\n",
                utf8(PAGE)),
            response(
                "3",
                "2024-01-01T00:00:00Z",
                "http://example.com/octets",
                "Content-Type: application/octet-stream\r\n",
                utf8(PAGE)),
            response(
                "4",
                "2024-01-01T00:00:00Z",
                "http://example.com/report.pdf",
                "Content-Type: application/pdf\r\n",
                Fixtures.pdf(Fixtures.P1, Fixtures.P2)),
            response(
                "5",
                "2024-01-01T00:00:00Z",
                "http://example.com/report.docx",
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n",
                Fixtures.docx(Fixtures.P1, Fixtures.P2)),
            response(
                "6",
                "2024-01-01T00:00:00Z",
                "http://example.com/style.css",
                "Content-Type: text/css\r\n",
                utf8("body { color: red }")),
            response(
                "7",
                "2024-01-01T00:00:00Z",
                "http://example.com/blob",
                "Content-Type: application/octet-stream\r\n",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "crawl.warc", warc);
    assertTrue(o.rejects.toString(), o.rejects.isEmpty());
    assertEquals(5, o.articles.size());
    for (String url :
        List.of(
            "http://example.com/no-type",
            "http://example.com/bad-type",
            "http://example.com/octets")) {
      assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, byUrl(o, url).text());
    }
    Article pdf = byUrl(o, "http://example.com/report.pdf");
    assertThat(pdf.text(), containsString("expand the bus network"));
    assertEquals(
        "the container's date with Tika's metadata", "2024-01-01T00:00:00Z", pdf.fetched());
    assertThat(
        byUrl(o, "http://example.com/report.docx").text(), containsString("rising cost of fuel"));
    assertEquals(List.of("warc.response.text_css", "warc.response.image_png"), o.skipped);
  }

  @Test
  public void wetConversionRecordsAreTextDocumentsWithTheirUrl() {
    String text = Fixtures.P1 + "\n" + Fixtures.P2 + "\n";
    byte[] wet =
        concat(
            record(
                "warcinfo",
                "0",
                "2024-01-01T00:00:00Z",
                "",
                "application/warc-fields",
                utf8("software: test\r\n")),
            record(
                "conversion",
                "1",
                "2024-01-01T00:00:00Z",
                "https://news.example.org/story",
                "text/plain",
                utf8(text)));
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "CC-MAIN-1.warc.wet", wet);
    Article a = byUrl(o, "https://news.example.org/story");
    assertEquals(Fixtures.P1 + "\n\n" + Fixtures.P2, a.text());
    assertEquals(List.of("warc.warcinfo"), o.skipped);
  }

  @Test
  public void arcFilesAreReadLikeWarc() {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE;
    String desc =
        "1 0 The Internet Archive\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc =
        "filedesc://test.arc 0.0.0.0 20080430204825 text/plain "
            + desc.length()
            + "\n"
            + desc
            + "\n"
            + "http://www.example.com/ 93.184.216.34 20080430204825 text/html "
            + utf8(http).length
            + "\n"
            + http
            + "\n";
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, "old.arc", utf8(arc));
    Article a = byUrl(o, "http://www.example.com/");
    assertEquals("2008-04-30T20:48:25Z", a.fetched());
    assertThat(a.source(), containsString("old.arc#@"));
  }
}
