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

  public Metadata found() {
    return found;
  }

  public void found(Metadata metadata) {
    this.found = metadata;
  }

  /** A date seen on its own line: used as the published date when no byline gives one. */
  /**
   * The page's date for when no byline gives one: of the dates it shows alone, the one nearest to
   * where the article starts (its first kept line), so a masthead's "today" far above the headline
   * loses to the dateline beside it. Null when it shows none.
   */
  public String fallbackDate() {
    if (pageDates.isEmpty()) {
      return null;
    }
    int start = pageDates.firstKey();
    for (Line line : lines) {
      if (!line.removed()) {
        start = line.index();
        break;
      }
    }
    Map.Entry<Integer, String> below = pageDates.ceilingEntry(start);
    Map.Entry<Integer, String> above = pageDates.floorEntry(start);
    if (above == null) {
      return below.getValue();
    }
    if (below == null) {
      return above.getValue();
    }
    return start - above.getKey() <= below.getKey() - start ? above.getValue() : below.getValue();
  }

  /** Remembers a date the page shows on {@code line} without a byline. */
  public void fallbackDate(Line line, String iso) {
    pageDates.putIfAbsent(line.index(), iso);
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
