package dev.newsclean.clean;

import java.io.Serializable;
import java.util.Map;

/**
 * The lines a site repeats across its pages, learned from the whole scrape ({@link SiteLines}):
 * for each frequent line, on how many of the site's pages it appeared. A line is template when it
 * was seen on at least {@link #MIN_LINE_PAGES} pages and on at least {@link #MIN_SHARE} of the
 * site's pages; a long line of prose needs {@link #PROSE_SHARE}, so a quote or wire paragraph
 * that a few pages share stays.
 */
public record SiteTemplate(String site, double pages, Map<Long, Double> lines) implements Serializable {

  /** A site needs this many pages before anything is template: with fewer, repetition proves nothing. */
  public static final int MIN_SITE_PAGES = 3;
  public static final int MIN_LINE_PAGES = 3;
  public static final double MIN_SHARE = 0.2;
  public static final double PROSE_SHARE = 0.6;
  /** Lines with this many words that end as a sentence count as prose. */
  static final int PROSE_WORDS = 20;

  public SiteTemplate {
    lines = Map.copyOf(lines);
  }

  /** On how many pages the line was seen, when that makes it template; 0 otherwise. */
  double templatePages(Line line) {
    if (pages < MIN_SITE_PAGES || lines.isEmpty()) {
      return 0;
    }
    Double seen = lines.get(SiteLines.hash(line.text()));
    if (seen == null || seen < MIN_LINE_PAGES) {
      return 0;
    }
    boolean prose = line.features().words() >= PROSE_WORDS && line.features().endsSentence();
    return seen >= (prose ? PROSE_SHARE : MIN_SHARE) * pages ? seen : 0;
  }
}
