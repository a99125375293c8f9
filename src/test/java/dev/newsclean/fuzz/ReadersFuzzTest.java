package dev.newsclean.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.core.InvariantsTest;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.TextDecoder;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz targets for every reader (Jazzer). In {@code mvn test} each replays its committed inputs
 * ({@code src/test/resources/dev/newsclean/fuzz/ReadersFuzzTestInputs/<target>/}: real files, and
 * every crash found so far); {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest#<target>
 * -Djazzer.max_duration=10m} fuzzes one target (docs/security.md). A finding is any input that
 * makes newsclean fail itself ({@code processing_error}), break an outcome's invariants (a record's
 * date not ISO-8601, a record without text) or throw.
 */
class ReadersFuzzTest {

  private static final long MAX_BYTES = 1 << 20;
  private static final FileProcessor PROCESSOR =
      new FileProcessor(
          new DocumentExtractor(
              new DocumentExtractor.Limits(MAX_BYTES, 1_000_000, java.time.Duration.ofSeconds(10)),
              dev.newsclean.extract.container.JsonlFields.defaults()),
          DocumentCleaner.newsDefault());

  @AfterAll
  static void close() {
    PROCESSOR.close();
  }

  private static void check(String name, byte[] bytes) {
    CollectedOutcomes o = CollectedOutcomes.of(PROCESSOR, name, bytes);
    for (Reject reject : o.rejects) {
      assertFalse(
          reject.reason().equals(Reject.Reason.PROCESSING_ERROR.code()),
          () -> "newsclean failed itself: " + reject);
    }
    for (Article article : o.articles) {
      assertFalse(article.text().isBlank(), "a record without text");
      if (article.published() != null) {
        assertTrue(
            InvariantsTest.ISO_8601.matcher(article.published()).matches(),
            () -> "published is not ISO-8601: " + article.published());
      }
    }
  }

  /** Any bytes as a file: sniffing, gzip, every reader. */
  @FuzzTest
  void anyFile(byte[] bytes) {
    check("fuzz.bin", bytes);
  }

  /** A WARC file of fuzzed records: header values, HTTP headers and payloads from the fuzzer. */
  @FuzzTest
  void warcRecords(FuzzedDataProvider data) {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    int records = data.consumeInt(1, 4);
    for (int i = 0; i < records && data.remainingBytes() > 0; i++) {
      String type =
          data.pickValue(
              new String[] {
                "response", "resource", "conversion", "request", "revisit", data.consumeString(10)
              });
      String date =
          data.consumeBoolean()
              ? "2024-01-0" + data.consumeInt(1, 9) + "T00:00:00Z"
              : data.consumeString(30);
      String http = data.consumeString(300);
      byte[] payload = data.consumeBytes(data.consumeInt(0, 4000));
      byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), payload);
      int declared = data.consumeBoolean() ? block.length : data.consumeInt(0, block.length + 100);
      String head =
          "WARC/1.0\r\nWARC-Type: "
              + type
              + "\r\nWARC-Record-ID: <urn:uuid:"
              + i
              + ">\r\nWARC-Date: "
              + date
              + "\r\nWARC-Target-URI: "
              + data.consumeString(40)
              + "\r\nContent-Type: "
              + data.consumeString(40)
              + "\r\nContent-Length: "
              + declared
              + "\r\n\r\n";
      warc.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
      warc.writeBytes(block);
      warc.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    check("fuzz.warc", warc.toByteArray());
  }

  /** JSON Lines: fuzzed lines after a valid record. */
  @FuzzTest
  void jsonLines(String lines) {
    check(
        "fuzz.jsonl",
        ("{\"url\": \"https://example.com/x\", \"text\": \"A line of text that a scraper saved for us.\"}\n"
                + lines)
            .getBytes(StandardCharsets.UTF_8));
  }

  /** HTML: fuzzed markup after a doctype, so the HTML reader is always the one that reads it. */
  @FuzzTest
  void html(String markup) {
    check("fuzz.html", ("<!DOCTYPE html>" + markup).getBytes(StandardCharsets.UTF_8));
  }

  /** The text decoder on any bytes: it must always give text. */
  @FuzzTest
  void decode(byte[] bytes) {
    assertTrue(new TextDecoder().decode(bytes).text() != null);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
