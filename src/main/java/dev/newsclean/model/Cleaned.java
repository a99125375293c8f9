package dev.newsclean.model;

import java.io.Serializable;
import java.util.List;

/**
 * The result of cleaning one document: an article and the lines removed from it, or a reject (with
 * the removals that left nothing behind, so the audit stays complete).
 */
public record Cleaned(Article article, List<Removal> removed, Reject reject)
    implements Serializable {

  public Cleaned {
    removed = List.copyOf(removed);
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of article and reject must be set");
    }
  }

  public static Cleaned of(Article article, List<Removal> removed) {
    return new Cleaned(article, removed, null);
  }

  public static Cleaned rejected(Reject reject, List<Removal> removed) {
    return new Cleaned(null, removed, reject);
  }
}
