package dev.newsclean.extract;

import dev.newsclean.extract.container.Gzip;
import dev.newsclean.extract.container.JsonlFields;
import dev.newsclean.extract.container.JsonlReader;
import dev.newsclean.extract.container.TikaReader;
import dev.newsclean.extract.container.WarcReader;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Turns one input into documents: inflates gzip as a stream, streams containers (WARC, JSON Lines)
 * record by record so a large crawl is never held whole, reads single documents up to the size
 * limit, detects their kind by content and hands them to the reader for that kind. Failures become
 * rejects with a reason; nothing is thrown for bad input. Build once per worker (it holds Tika's
 * detector and parser) and use from one thread at a time.
 */
public final class DocumentExtractor implements AutoCloseable {

  /**
   * Limits for one extractor. The defaults are the one source of the command's defaults ({@code
   * NewscleanOptions}), the benchmarks' and the tests'.
   */
  public record Limits(long maxBytes, int maxChars, Duration parseTimeout) {
    /** Inputs larger than this, after gzip inflation, are rejected as too large: 64 MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Text from a PDF or Office document is cut at this many characters. */
    public static final int MAX_CHARS = 10_000_000;

    /** A PDF or Office document that takes longer to parse is rejected as a timeout. */
    public static final int PARSE_TIMEOUT_SECONDS = 60;

    public static Limits defaults() {
      return new Limits(MAX_BYTES, MAX_CHARS, Duration.ofSeconds(PARSE_TIMEOUT_SECONDS));
    }
  }

  private static final int PROBE = 64 * 1024;
  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /**
   * ARC, the Internet Archive's format before WARC: its first record is the {@code filedesc://} of
   * the file.
   */
  private static final byte[] ARC_MAGIC = "filedesc://".getBytes(StandardCharsets.US_ASCII);

  private final Limits limits;
  private final ContentSniffer sniffer = new ContentSniffer();
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlExtractor html = new HtmlExtractor();
  private final JsonlReader jsonl;
  private final WarcReader warc;
  private final TikaReader tika;

  public DocumentExtractor(Limits limits, JsonlFields fields) {
    this.limits = limits;
    this.jsonl = new JsonlReader(fields, html, limits.maxBytes());
    this.warc = new WarcReader(html, decoder, this::payload, limits.maxBytes());
    this.tika = new TikaReader(limits.maxChars(), limits.parseTimeout(), 4 * limits.maxBytes());
  }

  public DocumentExtractor(long maxBytes) {
    this(
        new Limits(maxBytes, Limits.defaults().maxChars(), Limits.defaults().parseTimeout()),
        JsonlFields.defaults());
  }

  /** Extracts everything in one input held in memory. */
  public void extract(String source, byte[] raw, DocumentSink sink) {
    extract(source, new ByteArrayInputStream(raw), sink);
  }

  /** Extracts everything in one input, reading the stream once; the caller closes it. */
  public void extract(String source, InputStream raw, DocumentSink sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, PROBE);
      byte[] head = peek(in, PROBE);
      if (head.length == 0) {
        sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the file is empty"));
        return;
      }
      if (Gzip.isGzip(head)) {
        in = new BufferedInputStream(new GZIPInputStream(in, PROBE), PROBE);
        head = peek(in, PROBE);
        if (head.length == 0) {
          sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the gzip file holds no content"));
          return;
        }
      }
      if (startsWith(head, WARC_MAGIC) || startsWith(head, ARC_MAGIC)) {
        warc.read(source, in, sink);
      } else if (ContentSniffer.looksLikeJsonl(head)) {
        jsonl.read(source, in, sink);
      } else {
        try (LargeInputs.Scope scope = new LargeInputs.Scope()) {
          single(source, Gzip.readCapped(in, limits.maxBytes(), scope), sink);
        }
      }
    } catch (Gzip.TooLargeException e) {
      sink.reject(
          Reject.of(
              source,
              Reject.Reason.TOO_LARGE,
              "content is " + e.getMessage() + " (--maxInputBytes)"));
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      sink.reject(
          Reject.of(
              source,
              Reject.Reason.CORRUPT,
              "broken or truncated compressed stream: " + Problems.oneLine(e)));
    } catch (IOException e) {
      sink.reject(
          Reject.of(source, Reject.Reason.UNREADABLE, "cannot read: " + Problems.oneLine(e)));
    }
  }

  /** What content is, by its bytes: how to read it, and its media type. */
  private record Sniffed(InputKind kind, MediaType type) {}

  private Sniffed sniff(byte[] bytes) throws IOException {
    InputKind plain = ContentSniffer.textKind(bytes);
    if (plain != null) {
      return new Sniffed(plain, MediaType.TEXT_PLAIN);
    }
    MediaType type = sniffer.mediaType(bytes);
    return new Sniffed(ContentSniffer.kind(type, bytes), type);
  }

  private void single(String source, byte[] bytes, DocumentSink sink) throws IOException {
    Sniffed sniffed = sniff(bytes);
    MediaType type = sniffed.type();
    switch (sniffed.kind()) {
      case TEXT -> text(source, bytes, Metadata.EMPTY, sink);
      case HTML -> sink.document(html.extract(source, bytes, Metadata.EMPTY));
      case WARC -> warc.read(source, new ByteArrayInputStream(bytes), sink);
      case JSONL -> jsonl.read(source, new ByteArrayInputStream(bytes), sink);
      case TIKA -> {
        if (isOpaque(type)) {
          sink.reject(
              Reject.of(source, Reject.Reason.UNSUPPORTED_TYPE, "no text format in " + type));
        } else {
          tika.read(source, bytes, type, Metadata.EMPTY, sink);
        }
      }
    }
  }

  /**
   * A payload inside a container (a WARC record) without a type to go by, or of a document type:
   * sniffed and read like a file, with the container's hints. What holds no text (images,
   * archives), or is a container itself, is skipped as the kind it was sniffed to be.
   */
  private void payload(String id, byte[] bytes, Metadata hints, String kind, DocumentSink sink) {
    Sniffed sniffed;
    try {
      sniffed = sniff(bytes);
    } catch (IOException e) {
      sink.reject(
          Reject.of(
              id,
              Reject.Reason.UNREADABLE,
              "cannot tell the payload's type: " + Problems.oneLine(e)));
      return;
    }
    MediaType type = sniffed.type();
    switch (sniffed.kind()) {
      case TEXT -> text(id, bytes, hints, sink);
      case HTML -> sink.document(html.extract(id, bytes, hints));
      case WARC, JSONL ->
          sink.skipped(id, kind + "." + sniffed.kind().name().toLowerCase(Locale.ROOT));
      case TIKA -> {
        if (isOpaque(type)) {
          sink.skipped(
              id,
              kind
                  + "."
                  + type.getBaseType().toString().toLowerCase(Locale.ROOT).replace('/', '_'));
        } else {
          tika.read(id, bytes, type, hints, sink);
        }
      }
    }
  }

  private void text(String source, byte[] bytes, Metadata hints, DocumentSink sink) {
    String text = decoder.decode(bytes).text();
    if (text.isBlank()) {
      sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the text is blank"));
      return;
    }
    sink.document(PlainText.toDocument(source, text, "text", hints));
  }

  /** Binary content with no text to find: unknown bytes, images, audio, video, archives. */
  static boolean isOpaque(MediaType type) {
    String t = type.getType().toLowerCase(Locale.ROOT);
    String base = type.getBaseType().toString().toLowerCase(Locale.ROOT);
    return base.equals("application/octet-stream")
        || t.equals("image")
        || t.equals("audio")
        || t.equals("video")
        || base.equals("application/zip")
        || base.equals("application/x-tar")
        || base.equals("application/x-7z-compressed")
        || base.equals("application/x-executable")
        || base.equals("application/x-sharedlib");
  }

  /**
   * The first bytes of the stream, left unread. A compressed stream that breaks off within them
   * gives what came before the break: the reader for the format meets the break itself, at the
   * record it breaks in.
   */
  private static byte[] peek(BufferedInputStream in, int max) throws IOException {
    in.mark(max);
    byte[] buf = new byte[max];
    int n = 0;
    try {
      for (int r; n < max && (r = in.read(buf, n, max - n)) > 0; ) {
        n += r;
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      if (n == 0) {
        throw e;
      }
    }
    in.reset();
    return Arrays.copyOf(buf, n);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public void close() {
    tika.close();
  }
}
