package dev.newsclean.core;

import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: what one input gave, collected from a {@link FileProcessor}. */
public final class CollectedOutcomes implements FileProcessor.Outcomes {

  public final List<Article> articles = new ArrayList<>();
  public final List<Removal> removals = new ArrayList<>();
  public final List<Reject> rejects = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();

  /** Runs one input through the processor. */
  public static CollectedOutcomes of(FileProcessor processor, String source, byte[] bytes) {
    CollectedOutcomes o = new CollectedOutcomes();
    processor.process(source, new ByteArrayInputStream(bytes), o);
    return o;
  }

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void removed(Removal removal) {
    removals.add(removal);
  }

  @Override
  public void rejected(Reject reject) {
    rejects.add(reject);
  }

  @Override
  public void skipped(String source, String kind) {
    skipped.add(kind);
  }

  public List<String> reasons() {
    return rejects.stream().map(Reject::reason).toList();
  }
}
