package dev.newsclean.clean;

import dev.newsclean.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document while it is being cleaned: its lines (each kept or removed, with the rule that
 * removed it) and the metadata the rules have found so far. Not thread-safe: one page is cleaned by
 * one thread.
 */
public final class Page {

  private final List<Line> lines;
  private final RuleBook book;
  private final Set<String> stopwords;
  private final boolean plainText;
  private Metadata found = Metadata.EMPTY;

  /** Dates the page shows without a byline, by the line they are on. */
  private final java.util.TreeMap<Integer, String> pageDates = new java.util.TreeMap<>();

  /** The index of the line of the byline that named the article's authors, or -1. */
  private int articleByline = -1;

  /** Dates the page's bylines give, by the line they are on. */
  private final java.util.TreeMap<Integer, String> bylineDates = new java.util.TreeMap<>();

  private String breadcrumbTail;
  private SiteTemplate template;

  Page(List<Line> lines, RuleBook book, Set<String> stopwords, boolean plainText) {
    this.lines = List.copyOf(lines);
    this.book = book;
    this.stopwords = stopwords;
    this.plainText = plainText;
  }

  public List<Line> lines() {
    return lines;
  }

  public RuleBook book() {
    return book;
  }

  public Set<String> stopwords() {
    return stopwords;
  }

  /** True for plain-text scrapes, where titles and structure must be guessed from lines. */
  public boolean plainText() {
    return plainText;
  }

  /** Lines no rule has removed yet, in order. */
  public List<Line> kept() {
    List<Line> out = new ArrayList<>();
    for (Line line : lines) {
      if (!line.removed()) {
        out.add(line);
      }
    }
    return out;
  }

  public void remove(Line line, String ruleId) {
    line.markRemoved(ruleId, null);
  }

  /**
   * Removes a line under {@code ruleId} even when an earlier rule removed it already (a headline
   * that another rule took for boilerplate becomes the title).
   */
  public void reassign(Line line, String ruleId) {
    line.restore();
    line.markRemoved(ruleId, null);
  }

  /** Removes a line with what the rule saw, kept in the removal log. */
  public void remove(Line line, String ruleId, String evidence) {
    line.markRemoved(ruleId, evidence);
  }

  /** The previous line that is not removed, or null. */
  public Line keptBefore(int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).removed()) {
        return lines.get(i);
      }
    }
    return null;
  }

  /** The next line that is not removed, or null. */
  public Line keptAfter(int index) {
    for (int i = index + 1; i < lines.size(); i++) {
      if (!lines.get(i).removed()) {
        return lines.get(i);
      }
    }
    return null;
  }

  public Metadata found() {
    return found;
  }

  public void found(Metadata metadata) {
    this.found = metadata;
  }

  /**
   * The date the page shows for its article: of the dates its bylines give and the dates it shows
   * alone, the one nearest to the article's byline (the first that named its authors) or, without
   * one, to where the article starts (its first kept line); a byline's date at the same distance.
   * So the dated bylines of a list of other stories below the article lose to the date line beside
   * the article's own, and a masthead's "today" far above the headline loses to the dateline by it.
   * Null when it shows none.
   */
  public String shownDate() {
    int anchor = articleByline >= 0 ? articleByline : articleStart();
    Map.Entry<Integer, String> byline = nearest(bylineDates, anchor);
    Map.Entry<Integer, String> alone = nearest(pageDates, anchor);
    if (byline == null || alone == null) {
      return byline != null ? byline.getValue() : alone == null ? null : alone.getValue();
    }
    return Math.abs(byline.getKey() - anchor) <= Math.abs(alone.getKey() - anchor)
        ? byline.getValue()
        : alone.getValue();
  }

  /** The first line that one of {@code ruleIds} removed, or null. */
  public Line firstRemovedBy(Set<String> ruleIds) {
    for (Line line : lines) {
      if (line.removed() && ruleIds.contains(line.removedBy())) {
        return line;
      }
    }
    return null;
  }

  /** The index of the first line no rule has removed (where the article starts), or -1. */
  public int articleStart() {
    for (Line line : lines) {
      if (!line.removed()) {
        return line.index();
      }
    }
    return -1;
  }

  /** Remembers the line of the byline that named the article's authors (the first to). */
  public void articleByline(Line line) {
    if (articleByline < 0) {
      articleByline = line.index();
    }
  }

  /** The index of the byline that named the article's authors, or -1. */
  public int articleByline() {
    return articleByline;
  }

  private static Map.Entry<Integer, String> nearest(
      java.util.TreeMap<Integer, String> dates, int anchor) {
    if (dates.isEmpty()) {
      return null;
    }
    if (anchor < 0) {
      return dates.firstEntry();
    }
    Map.Entry<Integer, String> below = dates.ceilingEntry(anchor);
    Map.Entry<Integer, String> above = dates.floorEntry(anchor);
    if (above == null || below == null) {
      return above == null ? below : above;
    }
    return anchor - above.getKey() <= below.getKey() - anchor ? above : below;
  }

  /** Remembers a date the page shows on {@code line} without a byline. */
  public void fallbackDate(Line line, String iso) {
    pageDates.putIfAbsent(line.index(), iso);
  }

  /** Remembers the date a byline on {@code line} gives. */
  public void bylineDate(Line line, String iso) {
    bylineDates.putIfAbsent(line.index(), iso);
  }

  /** What the page's site repeats across its pages, or null when nothing was learned. */
  public SiteTemplate template() {
    return template;
  }

  void template(SiteTemplate siteTemplate) {
    this.template = siteTemplate;
  }

  /** The last item of a breadcrumb trail, often the article's title. */
  public String breadcrumbTail() {
    return breadcrumbTail;
  }

  public void breadcrumbTail(String text) {
    this.breadcrumbTail = text;
  }
}
