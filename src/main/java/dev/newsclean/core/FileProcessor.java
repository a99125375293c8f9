package dev.newsclean.core;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.model.Article;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.InputStream;

/**
 * One input all the way through: extraction, then cleaning of each document it holds, with every
 * outcome handed to {@link Outcomes} as it comes (a container's records are never held together).
 * Bad input and failures on one document end as rejects; nothing is thrown for them. Shared by the
 * pipeline and the plain loop, so both do exactly the same work. One instance per worker thread.
 */
public final class FileProcessor implements AutoCloseable {

  /** Where the outcomes of one input go. Each unit of input ends as one article, reject or skip. */
  public interface Outcomes {
    void article(Article article);

    void removed(Removal removal);

    void rejected(Reject reject);

    void skipped(String source, String kind);

    /** A document was extracted in {@code format} ({@code text}, {@code html}, {@code tika}); it ends as one of the above. */
    default void extracted(String format) {}
  }

  private final DocumentExtractor extractor;
  private final DocumentCleaner cleaner;

  public FileProcessor(DocumentExtractor extractor, DocumentCleaner cleaner) {
    this.extractor = extractor;
    this.cleaner = cleaner;
  }

  /** Processes one input read from {@code in}; the caller closes the stream. */
  public void process(String source, InputStream in, Outcomes out) {
    DocumentSink sink =
        new DocumentSink() {
          @Override
          public void document(Document document) {
            out.extracted(document.format());
            Cleaned cleaned;
            try {
              cleaned = cleaner.clean(document);
            } catch (RuntimeException | StackOverflowError e) {
              out.rejected(Reject.error(document.source(), e));
              return;
            }
            cleaned.removed().forEach(out::removed);
            if (cleaned.article() != null) {
              out.article(cleaned.article());
            } else {
              out.rejected(cleaned.reject());
            }
          }

          @Override
          public void reject(Reject reject) {
            out.rejected(reject);
          }

          @Override
          public void skipped(String skippedSource, String kind) {
            out.skipped(skippedSource, kind);
          }
        };
    try {
      extractor.extract(source, in, sink);
    } catch (RuntimeException | StackOverflowError e) {
      out.rejected(Reject.error(source, e));
    }
  }

  /** Where {@link #explain} sends each document's explanation, and the rejects and skips. */
  public interface Explained {
    void explanation(dev.newsclean.clean.Explanation explanation);

    void rejected(Reject reject);

    void skipped(String source, String kind);
  }

  /** Extracts and cleans one input as {@link #process} does, keeping every line's verdict. */
  public void explain(String source, InputStream in, Explained out) {
    explain(source, in, document -> null, out);
  }

  /** As {@link #explain(String, InputStream, Explained)}, each document cleaned with its site's template (or null). */
  public void explain(String source, InputStream in, java.util.function.Function<Document, dev.newsclean.clean.SiteTemplate> templates, Explained out) {
    DocumentSink sink =
        new DocumentSink() {
          @Override
          public void document(Document document) {
            try {
              out.explanation(cleaner.explain(document, templates.apply(document)));
            } catch (RuntimeException | StackOverflowError e) {
              out.rejected(Reject.error(document.source(), e));
            }
          }

          @Override
          public void reject(Reject reject) {
            out.rejected(reject);
          }

          @Override
          public void skipped(String skippedSource, String kind) {
            out.skipped(skippedSource, kind);
          }
        };
    try {
      extractor.extract(source, in, sink);
    } catch (RuntimeException | StackOverflowError e) {
      out.rejected(Reject.error(source, e));
    }
  }

  @Override
  public void close() {
    extractor.close();
  }
}
