package dev.newsclean.pipeline;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.clean.RuleBook;
import dev.newsclean.clean.Rules;
import dev.newsclean.clean.TextNormalizer;
import dev.newsclean.model.Article;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Cleans each document into an article plus its removal log, or a reject when no text is left. */
public final class CleanDocuments extends PTransform<PCollection<Document>, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Removal> REMOVED = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  private final boolean foldTypography;

  public CleanDocuments(boolean foldTypography) {
    this.foldTypography = foldTypography;
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollectionTuple out =
        documents.apply("Clean", ParDo.of(new CleanFn(foldTypography)).withOutputTags(ARTICLES, TupleTagList.of(REMOVED).and(REJECTS)));
    out.get(ARTICLES).setCoder(SerializableCoder.of(Article.class));
    out.get(REMOVED).setCoder(SerializableCoder.of(Removal.class));
    out.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  /** Adapts {@link DocumentCleaner}; counts removed lines per rule as Beam metrics. */
  static final class CleanFn extends DoFn<Document, Article> {

    private final boolean foldTypography;
    private transient DocumentCleaner cleaner;

    CleanFn(boolean foldTypography) {
      this.foldTypography = foldTypography;
    }

    @Setup
    public void setup() {
      RuleBook book = RuleBook.newsDefault();
      cleaner = new DocumentCleaner(book, Rules.newsDefault(book), new TextNormalizer(foldTypography));
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      Cleaned cleaned;
      try {
        cleaned = cleaner.clean(document);
      } catch (RuntimeException | StackOverflowError e) {
        out.get(REJECTS).output(Reject.error(document.source(), e));
        return;
      }
      for (Removal removal : cleaned.removed()) {
        Metrics.counter("removed", removal.rule()).inc();
        out.get(REMOVED).output(removal);
      }
      if (cleaned.article() != null) {
        out.get(ARTICLES).output(cleaned.article());
      } else {
        out.get(REJECTS).output(cleaned.reject());
      }
    }
  }
}
