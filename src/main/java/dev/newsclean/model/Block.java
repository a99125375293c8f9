package dev.newsclean.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One unit of text as found in the input: a line of a plain-text scrape, or a block element
 * (paragraph, heading, list item, ...) of an HTML page.
 *
 * @param text the block's text, not yet normalised
 * @param line 1-based position in the input (line number for text, block index for HTML)
 * @param kind what the block was in its source
 * @param linkDensity share of the block's characters that sat inside links (0 for plain text)
 */
public record Block(String text, int line, Kind kind, double linkDensity) implements Serializable {

  /** What a block was in its source document. */
  public enum Kind {
    TEXT,
    HEADING,
    LIST_ITEM,
    QUOTE,
    TABLE,
    PRE,
    CAPTION
  }

  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** A plain-text line with no markup. */
  public static Block line(String text, int line) {
    return new Block(text, line, Kind.TEXT, 0.0);
  }
}
