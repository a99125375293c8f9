package dev.newsclean.extract;

import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;

/**
 * Where an extractor sends what it finds in one input: documents, rejects, and records it skips on
 * purpose (a WARC request record, say). Every unit of input goes to exactly one of the three.
 */
public interface DocumentSink {

  void document(Document document);

  void reject(Reject reject);

  /**
   * A record that is not a page by design; {@code kind} names what it was (e.g. {@code
   * warc.request}).
   */
  void skipped(String source, String kind);

  /** A sink from three callbacks. */
  static DocumentSink of(
      java.util.function.Consumer<Document> documents,
      java.util.function.Consumer<Reject> rejects,
      java.util.function.BiConsumer<String, String> skips) {
    return new DocumentSink() {
      @Override
      public void document(Document document) {
        documents.accept(document);
      }

      @Override
      public void reject(Reject reject) {
        rejects.accept(reject);
      }

      @Override
      public void skipped(String source, String kind) {
        skips.accept(source, kind);
      }
    };
  }
}
