package dev.newsclean.extract;

import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.IOException;

/**
 * Turns the raw bytes of one input file into documents: inflates gzip, detects the kind by
 * content, decodes text and hands it to the reader for that kind. Failures become rejects with a
 * reason; nothing is thrown for bad input. Build once per worker (it holds Tika's detector) and
 * reuse from one thread at a time.
 */
public final class DocumentExtractor {

  private final long maxBytes;
  private final ContentSniffer sniffer;
  private final TextDecoder decoder;
  private final HtmlExtractor html;

  public DocumentExtractor(long maxBytes) {
    this.maxBytes = maxBytes;
    this.sniffer = new ContentSniffer();
    this.decoder = new TextDecoder();
    this.html = new HtmlExtractor();
  }

  /** Extracts everything in one input and sends it to the sink. */
  public void extract(String source, byte[] raw, DocumentSink sink) {
    if (raw.length == 0) {
      sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the file is empty"));
      return;
    }
    byte[] bytes;
    try {
      bytes = Gzip.inflateIfGzip(raw, maxBytes);
    } catch (Gzip.TooLargeException e) {
      sink.reject(Reject.of(source, Reject.Reason.TOO_LARGE, "gzip content is " + e.getMessage() + " (--maxInputBytes)"));
      return;
    } catch (IOException e) {
      sink.reject(Reject.of(source, Reject.Reason.CORRUPT, "bad gzip stream: " + oneLine(e)));
      return;
    }
    if (bytes.length == 0) {
      sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the file holds no content"));
      return;
    }
    InputKind kind;
    try {
      kind = sniffer.kind(bytes);
    } catch (IOException | RuntimeException e) {
      sink.reject(Reject.of(source, Reject.Reason.UNREADABLE, "cannot detect the content type: " + oneLine(e)));
      return;
    }
    switch (kind) {
      case TEXT -> text(source, bytes, sink);
      case HTML -> sink.document(html.extract(source, bytes, null));
      default -> sink.reject(Reject.of(source, Reject.Reason.UNSUPPORTED_TYPE, kind.name().toLowerCase(java.util.Locale.ROOT) + " input is not read yet"));
    }
  }

  private void text(String source, byte[] bytes, DocumentSink sink) {
    String text = decoder.decode(bytes).text();
    if (text.isBlank()) {
      sink.reject(Reject.of(source, Reject.Reason.EMPTY, "the text is blank"));
      return;
    }
    sink.document(PlainText.toDocument(source, text, "text", Metadata.EMPTY));
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
