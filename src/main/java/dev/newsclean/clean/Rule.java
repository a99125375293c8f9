package dev.newsclean.clean;

/**
 * One named cleaning step. A rule looks at the page and removes lines under its {@link #id()} (the
 * reason written to the removal log and the name of its counter), or moves what they say into the
 * page's metadata. Implementations are stateless and thread-safe.
 */
public interface Rule {

  /** The stable id, such as {@code ad.marker} or {@code byline}. */
  String id();

  void apply(Page page);
}
