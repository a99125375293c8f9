package dev.newsclean.extract.container;

import dev.newsclean.extract.DocumentSink;
import dev.newsclean.extract.PlainText;
import dev.newsclean.extract.Problems;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * PDF, Office, OpenDocument, RTF, EPUB and every other format Tika reads: the text comes from
 * Tika's {@code AutoDetectParser} under a write limit (longer text is cut there, not rejected) and
 * a per-document time limit; Tika's metadata (title, author, created date, language) become the
 * document's hints. Zip-based formats pass {@link ZipGuard} first, so a zip bomb is rejected before
 * a parser inflates it; Tika's own guards stay on. One instance per worker; not for concurrent use.
 */
public final class TikaReader implements AutoCloseable {

  /** Loaded on first use (all of Tika's parsers): a scrape of text and HTML never needs it. */
  private AutoDetectParser parser;

  private final ExecutorService worker;
  private final int writeLimit;
  private final Duration timeout;
  private final long maxInflated;

  public TikaReader(int writeLimit, Duration timeout, long maxInflated) {
    this.writeLimit = writeLimit;
    this.timeout = timeout;
    this.maxInflated = maxInflated;
    this.worker =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "newsclean-tika");
              t.setDaemon(true);
              return t;
            });
  }

  private record Parsed(String text, org.apache.tika.metadata.Metadata metadata) {}

  /** Reads one document; Tika's metadata first, then {@code hints} (a container's URL and date). */
  public void read(String source, byte[] bytes, MediaType type, Metadata hints, DocumentSink sink) {
    if (ZipGuard.isZip(bytes)) {
      var problem = ZipGuard.check(source, type.toString(), bytes, maxInflated);
      if (problem.isPresent()) {
        sink.reject(problem.get());
        return;
      }
    }
    if (parser == null) {
      parser = new AutoDetectParser();
    }
    Future<Parsed> job = worker.submit(() -> parse(bytes));
    Parsed parsed;
    try {
      parsed = job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      sink.reject(
          Reject.of(
              source,
              Reject.Reason.TIMEOUT,
              type + " took longer than " + timeout.toSeconds() + " s to parse"));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.cancel(true);
      sink.reject(Reject.of(source, Reject.Reason.TIMEOUT, "interrupted while parsing " + type));
      return;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      Reject.Reason reason =
          cause instanceof EncryptedDocumentException
              ? Reject.Reason.UNREADABLE
              : Reject.Reason.CORRUPT;
      String what = cause instanceof EncryptedDocumentException ? "encrypted " : "cannot parse ";
      sink.reject(
          Reject.of(source, reason, what + type + ": " + Problems.oneLine(rootCause(cause))));
      return;
    }
    if (parsed.text().isBlank()) {
      sink.reject(Reject.of(source, Reject.Reason.NO_TEXT, "Tika found no text in " + type));
      return;
    }
    sink.document(
        PlainText.toDocument(
            source, parsed.text(), "tika", hints(parsed.metadata()).orElse(hints)));
  }

  private Parsed parse(byte[] bytes) throws Exception {
    BodyContentHandler handler = new BodyContentHandler(writeLimit);
    org.apache.tika.metadata.Metadata metadata = new org.apache.tika.metadata.Metadata();
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (Exception e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
    }
    return new Parsed(handler.toString(), metadata);
  }

  static Metadata hints(org.apache.tika.metadata.Metadata md) {
    String[] creators = md.getValues(TikaCoreProperties.CREATOR);
    String language = md.get(TikaCoreProperties.LANGUAGE);
    return new Metadata(
        blankToNull(md.get(TikaCoreProperties.TITLE)),
        creators == null
            ? List.of()
            : List.of(creators).stream().filter(c -> !c.isBlank()).toList(),
        blankToNull(md.get(TikaCoreProperties.CREATED)),
        null,
        null,
        null,
        blankToNull(language),
        blankToNull(md.get(TikaCoreProperties.DESCRIPTION)),
        null,
        null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? t : cause;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
