package dev.newsclean.extract.container;

import dev.newsclean.extract.DocumentSink;
import dev.newsclean.extract.LargeInputs;
import dev.newsclean.extract.PlainText;
import dev.newsclean.extract.Problems;
import dev.newsclean.extract.TextDecoder;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC and ARC files (jwarc reads both), streamed record by record. Pages are HTTP {@code
 * response}s, {@code resource} records and the {@code conversion} records of Common Crawl's WET
 * files, each a document {@code file.warc.gz#<record-id>} with its target URI and fetch date; other
 * records are counted as skipped. Every record stands alone: a malformed header, payload or
 * encoding rejects that record with its id, and a file that breaks off keeps every record before
 * the break and ends with one {@code corrupt} reject for its broken tail.
 *
 * <p>A payload is decoded as HTTP says (chunked transfer, gzip or deflate content; a gzip header
 * over a body that is not gzip is tolerated), then read by its declared type: HTML, plain text,
 * images and the like skipped, and anything else (no type, a type that does not parse, {@code
 * application/octet-stream}, PDF and Office documents) sniffed and read like a file.
 */
public final class WarcReader {

  /** Reads a payload that needs sniffing, as a file of that content would be read. */
  public interface Payloads {
    void read(String id, byte[] bytes, Metadata hints, String kind, DocumentSink sink);
  }

  /** Declared types that are never a page: skipped without a look. */
  private static final Set<String> NOT_PAGES =
      Set.of(
          "text/css",
          "text/javascript",
          "application/javascript",
          "application/x-javascript",
          "application/json",
          "application/ld+json",
          "text/json",
          "application/manifest+json",
          "text/calendar",
          "text/vtt",
          "text/x-component");

  private static final Set<String> NOT_PAGE_TOPS =
      Set.of("image", "audio", "video", "font", "model");

  private final HtmlExtractor html;
  private final TextDecoder decoder;
  private final Payloads sniffed;
  private final long maxBytes;

  /** The claim of the record being read (one reader serves one thread). */
  private LargeInputs.Scope scope = new LargeInputs.Scope();

  public WarcReader(HtmlExtractor html, TextDecoder decoder, Payloads sniffed, long maxBytes) {
    this.html = html;
    this.decoder = decoder;
    this.sniffed = sniffed;
    this.maxBytes = maxBytes;
  }

  public void read(String source, InputStream in, DocumentSink sink) throws IOException {
    try (org.netpreserve.jwarc.WarcReader reader =
        new org.netpreserve.jwarc.WarcReader(Channels.newChannel(in))) {
      reader.onWarning(message -> {});
      reader.setLenient(true);
      String previous = null;
      while (true) {
        long position = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.reject(
              Reject.of(
                  source + "@" + position,
                  Reject.Reason.CORRUPT,
                  brokenTail(position, previous, e)));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        WarcRecord record = next.get();
        String id = source + "#" + recordId(record, position);
        try (LargeInputs.Scope claim = new LargeInputs.Scope()) {
          scope = claim;
          record(id, record, sink);
        } catch (Gzip.TooLargeException e) {
          sink.reject(
              Reject.of(
                  id,
                  Reject.Reason.TOO_LARGE,
                  "payload is " + e.getMessage() + " (--maxInputBytes)"));
        } catch (IOException e) {
          // The stream under the record broke (a truncated or damaged file): nothing after it can
          // be read.
          sink.reject(
              Reject.of(
                  id, Reject.Reason.CORRUPT, "the record breaks off: " + Problems.oneLine(e)));
          return;
        } catch (RuntimeException e) {
          sink.reject(Reject.error(id, e));
        }
        previous = id;
      }
    }
  }

  private static String brokenTail(long position, String previous, Throwable e) {
    String after =
        previous == null
            ? "before any complete record"
            : "after " + previous.substring(previous.indexOf('#') + 1);
    return "the file breaks off or is malformed at byte "
        + position
        + " of its records ("
        + after
        + "): "
        + Problems.oneLine(e);
  }

  /** The record's {@code WARC-Type}, or {@code untyped} for a record that has none. */
  static String type(WarcRecord record) {
    return record
        .headers()
        .first("WARC-Type")
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .orElse("untyped");
  }

  /**
   * The record's id without its angle brackets; its position when it has none (ARC records, damaged
   * headers).
   */
  static String recordId(WarcRecord record, long position) {
    return record
        .headers()
        .first("WARC-Record-ID")
        .map(s -> s.strip().replaceAll("^<|>$", ""))
        .filter(s -> !s.isEmpty())
        .orElse("@" + position);
  }

  /**
   * One record. Reading its block from the file may throw (the file broke off there); what is wrong
   * inside a block that was read whole (its HTTP header, its encoding) rejects the record.
   */
  private void record(String id, WarcRecord record, DocumentSink sink) throws IOException {
    if (!(record instanceof WarcResponse
        || record instanceof WarcConversion
        || record instanceof WarcResource)) {
      sink.skipped(id, "warc." + type(record));
      return;
    }
    byte[] block = readBlock(record);
    String kind = "warc." + type(record);
    Metadata hints = hints((WarcTargetRecord) record);
    if (!(record instanceof WarcResponse) || !HttpMessages.isHttp(record)) {
      payload(id, block, record.headers().first("Content-Type").orElse(null), hints, sink, kind);
      return;
    }
    byte[] body;
    String type;
    try {
      HttpResponse http = HttpResponse.parse(HttpMessages.bounded(block));
      type = http.headers().first("Content-Type").orElse(null);
      body = decodedBody(http, block);
    } catch (Gzip.TooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.reject(
          Reject.of(id, Reject.Reason.CORRUPT, "malformed HTTP response: " + Problems.oneLine(e)));
      return;
    }
    payload(id, body, type, hints, sink, kind);
  }

  /**
   * The record's block, whole: shorter than its {@code Content-Length} means the file broke off
   * inside it.
   */
  private byte[] readBlock(WarcRecord record) throws IOException {
    byte[] block = readCapped(record.body().stream());
    long declared =
        record.headers().first("Content-Length").map(HttpMessages::parseLong).orElse(-1L);
    if (declared > block.length) {
      throw new EOFException("the record holds " + block.length + " of its " + declared + " bytes");
    }
    return block;
  }

  /**
   * The body as HTTP's transfer and content encodings say. When the content encoding fails (a gzip
   * header over a body that is not gzip, an encoding Java lacks), the body with only its transfer
   * encoding undone: the message is parsed again without its {@code Content-Encoding} header.
   */
  private byte[] decodedBody(HttpResponse http, byte[] block) throws IOException {
    try {
      return readCapped(http.bodyDecoded().stream());
    } catch (Gzip.TooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      HttpResponse plain =
          HttpResponse.parse(HttpMessages.bounded(HttpMessages.withoutContentEncoding(block)));
      return readCapped(plain.bodyDecoded().stream());
    }
  }

  private void payload(
      String id, byte[] body, String declared, Metadata hints, DocumentSink sink, String kind)
      throws IOException {
    if (body.length == 0) {
      sink.reject(Reject.of(id, Reject.Reason.EMPTY, "the record has no payload"));
      return;
    }
    MediaType type = HttpMessages.parseType(declared);
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    String top = base.contains("/") ? base.substring(0, base.indexOf('/')) : base;
    Charset charset =
        type == null ? null : HttpMessages.httpCharset(type.parameters().get("charset"));
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      sink.document(html.extract(id, body, hints, charset));
    } else if (base.equals("text/plain")) {
      sink.document(PlainText.toDocument(id, decoder.decode(body, charset).text(), "text", hints));
    } else if (NOT_PAGES.contains(base) || NOT_PAGE_TOPS.contains(top)) {
      sink.skipped(id, kind + "." + base.replace('/', '_'));
    } else {
      sniffed.read(id, body, hints, kind, sink);
    }
  }

  private static Metadata hints(WarcTargetRecord record) {
    String url = null;
    try {
      url = record.target();
    } catch (RuntimeException e) {
      // a target URI that does not parse: the page is kept without it
    }
    // The raw header: a malformed date (ClueWeb's 2008-10-294T...) is dropped by the normaliser,
    // not fatal here.
    String fetched = record.headers().first("WARC-Date").orElse(null);
    return Metadata.fetchedFrom(url, fetched);
  }

  private byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      return Gzip.readCapped(in, maxBytes, scope);
    }
  }
}
