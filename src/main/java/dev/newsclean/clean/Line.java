package dev.newsclean.clean;

import dev.newsclean.model.Block;

/**
 * A non-blank, normalised line (or block) of a page under cleaning, with its measured features and,
 * once a rule has judged it, the id of the rule that removed it. Only {@link Page} changes the
 * label, and only once: the first rule to remove a line names the reason.
 */
public final class Line {

  private final int index;
  private final int sourceLine;
  private final String text;
  private final Block.Kind kind;
  private final double linkDensity;
  private final LineFeatures features;
  private String removedBy;
  private String evidence;
  private String lower;

  Line(
      int index,
      int sourceLine,
      String text,
      Block.Kind kind,
      double linkDensity,
      LineFeatures features) {
    this.index = index;
    this.sourceLine = sourceLine;
    this.text = text;
    this.kind = kind;
    this.linkDensity = linkDensity;
    this.features = features;
  }

  /** Position among the page's lines, from 0. */
  public int index() {
    return index;
  }

  /** 1-based line (or block) number in the input. */
  public int sourceLine() {
    return sourceLine;
  }

  public String text() {
    return text;
  }

  /** The text in lower case (Locale.ROOT), computed once. */
  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(java.util.Locale.ROOT);
    }
    return lower;
  }

  public Block.Kind kind() {
    return kind;
  }

  public double linkDensity() {
    return linkDensity;
  }

  public LineFeatures features() {
    return features;
  }

  public boolean removed() {
    return removedBy != null;
  }

  /** The id of the rule that removed this line, or null while it is kept. */
  public String removedBy() {
    return removedBy;
  }

  /**
   * What the removing rule saw (for example {@code seen on 12 of 14 pages of example.com}), or
   * null.
   */
  public String evidence() {
    return evidence;
  }

  void markRemoved(String ruleId, String why) {
    if (removedBy == null) {
      removedBy = ruleId;
      evidence = why;
    }
  }

  void restore() {
    removedBy = null;
    evidence = null;
  }

  @Override
  public String toString() {
    return index + (removedBy == null ? " + " : " - [" + removedBy + "] ") + text;
  }
}
