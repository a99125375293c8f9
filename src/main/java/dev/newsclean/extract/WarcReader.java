package dev.newsclean.extract;

import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
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
final class WarcReader {

  /** Reads a payload that needs sniffing, as a file of that content would be read. */
  interface Payloads {
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

  WarcReader(HtmlExtractor html, TextDecoder decoder, Payloads sniffed, long maxBytes) {
    this.html = html;
    this.decoder = decoder;
    this.sniffed = sniffed;
    this.maxBytes = maxBytes;
  }

  /** The charset the HTTP response declared, or null when it named none (or one Java lacks). */
  static Charset httpCharset(String name) {
    try {
      return name == null ? null : Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  void read(String source, InputStream in, DocumentSink sink) throws IOException {
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
                  id,
                  Reject.Reason.CORRUPT,
                  "the record breaks off: " + DocumentExtractor.oneLine(e)));
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
        + DocumentExtractor.oneLine(e);
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
    if (!(record instanceof WarcResponse) || !isHttp(record)) {
      payload(id, block, record.headers().first("Content-Type").orElse(null), hints, sink, kind);
      return;
    }
    byte[] body;
    String type;
    try {
      HttpResponse http = HttpResponse.parse(bounded(block));
      type = http.headers().first("Content-Type").orElse(null);
      body = decodedBody(http, block);
    } catch (Gzip.TooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.reject(
          Reject.of(
              id,
              Reject.Reason.CORRUPT,
              "malformed HTTP response: " + DocumentExtractor.oneLine(e)));
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
    long declared = record.headers().first("Content-Length").map(WarcReader::parseLong).orElse(-1L);
    if (declared > block.length) {
      throw new EOFException("the record holds " + block.length + " of its " + declared + " bytes");
    }
    return block;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A response whose block is an HTTP message (not a DNS or Gemini one). */
  private static boolean isHttp(WarcRecord record) {
    String type =
        record.headers().first("Content-Type").orElse("").strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.startsWith("application/http");
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
      HttpResponse plain = HttpResponse.parse(bounded(withoutContentEncoding(block)));
      return readCapped(plain.bodyDecoded().stream());
    }
  }

  /**
   * A block read whole, as a channel that knows its length (so a body without Content-Length runs
   * to its end, as in the record).
   */
  private static LengthedBody bounded(byte[] block) {
    return LengthedBody.create(
        Channels.newChannel(new ByteArrayInputStream(block)), ByteBuffer.allocate(0), block.length);
  }

  /** The HTTP message with its {@code Content-Encoding} header lines dropped. */
  static byte[] withoutContentEncoding(byte[] block) {
    int end = headerEnd(block);
    String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
    String kept = head.replaceAll("(?im)^content-encoding:[^\\n]*\\n", "");
    byte[] headBytes = kept.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[headBytes.length + block.length - end];
    System.arraycopy(headBytes, 0, out, 0, headBytes.length);
    System.arraycopy(block, end, out, headBytes.length, block.length - end);
    return out;
  }

  /** The offset just past the blank line that ends the HTTP header (the whole block when none). */
  private static int headerEnd(byte[] block) {
    for (int i = 0; i + 1 < block.length; i++) {
      if (block[i] == '\n'
          && (block[i + 1] == '\n'
              || (block[i + 1] == '\r' && i + 2 < block.length && block[i + 2] == '\n'))) {
        return block[i + 1] == '\n' ? i + 2 : i + 3;
      }
    }
    return block.length;
  }

  private void payload(
      String id, byte[] body, String declared, Metadata hints, DocumentSink sink, String kind)
      throws IOException {
    if (body.length == 0) {
      sink.reject(Reject.of(id, Reject.Reason.EMPTY, "the record has no payload"));
      return;
    }
    MediaType type = parseType(declared);
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    String top = base.contains("/") ? base.substring(0, base.indexOf('/')) : base;
    Charset charset = type == null ? null : httpCharset(type.parameters().get("charset"));
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

  /** The declared type, or null when there is none or it does not parse. */
  static MediaType parseType(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      MediaType type = MediaType.parse(declared.strip());
      return type.base().toString().contains("/") ? type : null;
    } catch (RuntimeException e) {
      return null;
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
