package dev.newsclean.core;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.clean.SiteTemplate;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.model.Article;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * A document was extracted in {@code format} ({@code text}, {@code html}, {@code tika}); it
     * ends as one of the above.
     */
    default void extracted(String format) {}
  }

  private final DocumentExtractor extractor;
  private final DocumentCleaner cleaner;

  /**
   * Lines (or HTML blocks) above which a document is not cleaned but rejected as {@code too_large}:
   * a news article has hundreds, and judging each line costs memory (a 24 MB text of a million
   * short lines needs more than a 512 MB heap).
   */
  public static final int MAX_BLOCKS = 100_000;

  public FileProcessor(DocumentExtractor extractor, DocumentCleaner cleaner) {
    this.extractor = extractor;
    this.cleaner = cleaner;
  }

  /** Processes one input read from {@code in}; the caller closes the stream. */
  public void process(String source, InputStream in, Outcomes out) {
    extract(
        source,
        in,
        DocumentSink.of(
            document -> clean(cleaner, document, null, out), out::rejected, out::skipped),
        out::rejected);
  }

  /**
   * Cleans one extracted document into {@code out}: its removed lines, then its article or reject
   * (a failure of ours is a {@code processing_error} reject). Returns what cleaning gave, or null
   * when it failed. Shared by this class and the pipeline's cleaning step.
   */
  public static Cleaned clean(
      DocumentCleaner cleaner, Document document, SiteTemplate template, Outcomes out) {
    out.extracted(document.format());
    if (document.blocks().size() > MAX_BLOCKS) {
      out.rejected(
          Reject.of(
              document.source(),
              Reject.Reason.TOO_LARGE,
              "the text has "
                  + document.blocks().size()
                  + " lines or blocks; an article has far fewer, and at most "
                  + MAX_BLOCKS
                  + " are cleaned"));
      return null;
    }
    Cleaned cleaned;
    try {
      cleaned = cleaner.clean(document, template);
    } catch (RuntimeException | StackOverflowError e) {
      out.rejected(Reject.error(document.source(), e));
      return null;
    }
    cleaned.removed().forEach(out::removed);
    if (cleaned.article() != null) {
      out.article(cleaned.article());
    } else {
      out.rejected(cleaned.reject());
    }
    return cleaned;
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

  /**
   * As {@link #explain(String, InputStream, Explained)}, each document cleaned with its site's
   * template (or null).
   */
  public void explain(
      String source, InputStream in, Function<Document, SiteTemplate> templates, Explained out) {
    Consumer<Document> explainOne =
        document -> {
          try {
            out.explanation(cleaner.explain(document, templates.apply(document)));
          } catch (RuntimeException | StackOverflowError e) {
            out.rejected(Reject.error(document.source(), e));
          }
        };
    extract(source, in, DocumentSink.of(explainOne, out::rejected, out::skipped), out::rejected);
  }

  /**
   * Extracts one input into {@code sink}; a failure of ours on the input as a whole becomes its
   * reject.
   */
  private void extract(
      String source, InputStream in, DocumentSink sink, Consumer<Reject> rejected) {
    try {
      extractor.extract(source, in, sink);
    } catch (RuntimeException | StackOverflowError e) {
      rejected.accept(Reject.error(source, e));
    }
  }

  @Override
  public void close() {
    extractor.close();
  }
}
