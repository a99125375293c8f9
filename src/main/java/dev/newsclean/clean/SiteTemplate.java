package dev.newsclean.clean;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * The lines a site repeats across its pages, learned from the whole scrape ({@link SiteLines}): for
 * each frequent line, on how many of the site's pages it appeared. A line is template when it was
 * seen on at least {@link #MIN_LINE_PAGES} pages and on at least {@link #MIN_SHARE} of the site's
 * pages; a long line of prose needs {@link #PROSE_SHARE}, so a quote or wire paragraph that a few
 * pages share stays.
 */
public record SiteTemplate(String site, double pages, Map<Long, Double> lines)
    implements Serializable {

  /**
   * A site needs this many pages before anything is template: with fewer, repetition proves
   * nothing.
   */
  public static final int MIN_SITE_PAGES = 3;

  public static final int MIN_LINE_PAGES = 3;
  public static final double MIN_SHARE = 0.2;
  public static final double PROSE_SHARE = 0.6;

  /** Lines with this many words that end as a sentence count as prose. */
  static final int PROSE_WORDS = 20;

  public SiteTemplate {
    lines = Map.copyOf(lines);
  }

  /** Whether a line with these features counts as prose, which needs {@link #PROSE_SHARE}. */
  public static boolean prose(Line line) {
    return line.features().words() >= PROSE_WORDS && line.features().endsSentence();
  }

  /** Whether the line is template on this site. */
  public boolean isTemplate(Line line) {
    return !lines.isEmpty() && isTemplate(lines.get(SiteLines.hash(line.text())), prose(line));
  }

  /**
   * Whether a line seen on {@code seen} pages (null: not among the frequent ones) is template, as
   * short text or as prose.
   */
  private boolean isTemplate(Double seen, boolean prose) {
    return pages >= MIN_SITE_PAGES
        && seen != null
        && seen >= MIN_LINE_PAGES
        && seen >= (prose ? PROSE_SHARE : MIN_SHARE) * pages;
  }

  /**
   * The evidence logged with a removal: the share of the site's pages the line passed ({@code seen
   * on 20%+ of the pages of example.com}, or 60%+ for a line of prose). The share it passed, not
   * its exact count: a rerun that adds pages to a site changes every count, and pages whose
   * evidence changed would have to be cleaned again ({@link #digest}); the counts are in the state
   * folder ({@code sites.jsonl}).
   */
  public String evidence(boolean prose) {
    return "seen on "
        + Math.round(100 * (prose ? PROSE_SHARE : MIN_SHARE))
        + "%+ of the pages of "
        + site;
  }

  /**
   * The exact counts behind a line's evidence, as the state holds them: {@code on 143 of 150
   * pages}.
   */
  public String counts(String lineText) {
    return "on "
        + Math.round(lines.getOrDefault(SiteLines.hash(lineText), 0.0))
        + " of "
        + Math.round(pages)
        + " pages";
  }

  /**
   * A fingerprint of everything this template decides about a page whose lines hash to {@code
   * hashes} (as {@link SiteLines#hash}): for each line it would judge, whether it is template as
   * short text and as prose (which also gives the evidence, {@link #evidence}). Two templates with
   * the same digest for a page clean it the same way, so a page cleaned before need not be cleaned
   * again when its digest under this run's template is the one stored with it (docs/state.md,
   * reruns).
   */
  public long digest(Collection<Long> hashes) {
    long h = Hashes.fnv(Hashes.FNV_OFFSET, site);
    if (pages < MIN_SITE_PAGES) {
      return Hashes.mix(h);
    }
    long[] sorted = hashes.stream().mapToLong(Long::longValue).sorted().toArray();
    for (long line : sorted) {
      Double seen = lines.get(line);
      boolean shortTemplate = isTemplate(seen, false);
      boolean proseTemplate = isTemplate(seen, true);
      if (!shortTemplate && !proseTemplate) {
        continue;
      }
      h = Hashes.fnv(h, line);
      h = Hashes.fnv(h, (shortTemplate ? 1 : 0) | (proseTemplate ? 2 : 0));
    }
    return Hashes.mix(h);
  }
}
