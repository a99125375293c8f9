package dev.newsclean.extract;

import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files, streamed record by record with jwarc: each HTTP {@code response} with an HTML or
 * text payload is a document ({@code file.warc.gz#<record-id>}) with its target URI and fetch
 * date; requests, metadata, warcinfo and responses of other types are counted as skipped.
 */
final class WarcReader {

  private final HtmlExtractor html;
  private final TextDecoder decoder;
  private final long maxBytes;

  WarcReader(HtmlExtractor html, TextDecoder decoder, long maxBytes) {
    this.html = html;
    this.decoder = decoder;
    this.maxBytes = maxBytes;
  }

  /** The charset the HTTP response declared, or null when it named none (or one Java lacks). */
  static java.nio.charset.Charset httpCharset(String name) {
    try {
      return name == null ? null : java.nio.charset.Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  void read(String source, InputStream in, DocumentSink sink) throws IOException {
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(Channels.newChannel(in))) {
      reader.onWarning(message -> {});
      for (WarcRecord record : reader) {
        String id = source + "#" + record.id().toString().replaceAll("^<|>$", "");
        if (!(record instanceof WarcResponse response)) {
          sink.skipped(id, "warc." + record.type());
          continue;
        }
        response(id, response, sink);
      }
    }
  }

  private void response(String id, WarcResponse response, DocumentSink sink) throws IOException {
    MediaType type;
    try {
      type = response.http().contentType();
    } catch (IOException | IllegalArgumentException e) {
      sink.skipped(id, "warc.response.unparsable");
      return;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!isHtml && !base.startsWith("text/")) {
      sink.skipped(id, "warc.response." + (base.isEmpty() ? "untyped" : base.replace('/', '_')));
      return;
    }
    byte[] body;
    try {
      body = Gzip.readCapped(response.http().body().stream(), maxBytes);
    } catch (Gzip.TooLargeException e) {
      sink.reject(Reject.of(id, Reject.Reason.TOO_LARGE, "payload is " + e.getMessage()));
      return;
    }
    if (body.length == 0) {
      sink.reject(Reject.of(id, Reject.Reason.EMPTY, "the response has no payload"));
      return;
    }
    String url = response.target();
    String fetched = Optional.ofNullable(response.date()).map(Instant::toString).orElse(null);
    Metadata hints = Metadata.fetchedFrom(url, fetched);
    java.nio.charset.Charset declared = httpCharset(type.parameters().get("charset"));
    if (isHtml) {
      sink.document(html.extract(id, body, hints, declared));
    } else {
      sink.document(PlainText.toDocument(id, decoder.decode(body, declared).text(), "text", hints));
    }
  }
}
