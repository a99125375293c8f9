package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code title}: in a plain-text scrape, the headline is a heading-shaped line (a few words, no
 * full stop) just above the article, usually repeated in the breadcrumb or elsewhere on the page,
 * or followed by the byline or date; its repeats leave the text with it. It leaves the text and
 * becomes the record's title. Only a line with such evidence is taken: a page with none gets no
 * title rather than a guessed one.
 */
public final class TitleRule implements Rule {

  public static final String ID = RuleIds.TITLE;

  /**
   * How far below the first kept line a headline may still be, when its byline or date is below it:
   * the classifier kept a promo or a list of other stories above the article.
   */
  private static final int AFTER_BODY_START = 30;

  /** What a headline below the first kept line loses against one above it. */
  private static final int LATE_PENALTY = 2;

  private static final int WINDOW = 20;

  /** A headline about the article has at least this share of its content words in the opening. */
  private static final double LEAD_SHARE = 0.25;

  /**
   * A headline over a standfirst has at least this many words: a shorter line there is a section
   * label ("NASCAR Cup Series").
   */
  private static final int MIN_HEADLINE_WORDS = 6;

  /** A standfirst is at least this many times as long as the headline above it, in words. */
  private static final double STANDFIRST_SHARE = 1.3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    if (page.found().title() != null) {
      removeRepeat(page, page.found().title());
      return;
    }
    if (!page.plainText()) {
      return;
    }
    List<Line> lines = page.lines();
    int bodyStart = page.articleStart();
    if (bodyStart < 0) {
      return;
    }
    Set<String> lead = HeadlineLines.leadWords(lines, bodyStart, page.stopwords());
    List<Line> candidates = new ArrayList<>();
    // Around the article's byline too: the classifier may have kept a promo far above it, or
    // dropped the article's first paragraphs below it.
    int byline = page.articleByline();
    int last = Math.min(lines.size() - 2, Math.max(bodyStart + AFTER_BODY_START, byline));
    int first = Math.max(0, (byline >= 0 ? Math.min(bodyStart, byline) : bodyStart) - WINDOW);
    for (int i = first; i <= last; i++) {
      Line line = lines.get(i);
      boolean late = i > bodyStart;
      if (late
          ? (HeadlineLines.isCandidate(line) && line.features().words() >= MIN_HEADLINE_WORDS
                  || HeadlineLines.endsSentenceAboveItsByline(lines, line))
              && HeadlineLines.bylineOrDateBelow(lines, line)
          : HeadlineLines.isCandidate(line)
              || HeadlineLines.endsSentenceAboveItsByline(lines, line)) {
        candidates.add(line);
      }
    }
    // A headline shares its words with the article's opening (for one below the first kept line,
    // the lines below it): when some line does, only those compete.
    Map<Line, Double> shares = new IdentityHashMap<>();
    for (Line c : candidates) {
      Set<String> opening =
          c.index() > bodyStart
              ? HeadlineLines.leadWords(lines, c.index() + 1, page.stopwords())
              : lead;
      shares.put(c, HeadlineLines.leadShare(c, opening, page.stopwords()));
    }
    boolean anyAboutTheLead = shares.values().stream().anyMatch(share -> share >= LEAD_SHARE);
    Line best = null;
    int bestScore = 1;
    // A standfirst belongs to the first heading above it (the headline; a deck or a linked story
    // nearer the byline does not get it), and is not itself a headline over one.
    Set<Line> standfirsts = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Line line : candidates) {
      int i = line.index();
      double share = shares.get(line);
      if (anyAboutTheLead
          && share < LEAD_SHARE
          && !(HeadlineLines.repeated(lines, line)
              && HeadlineLines.bylineOrDateBelow(lines, line))) {
        // Printed twice right over its byline or date, a headline competes whatever its words.
        continue;
      }
      int score = share >= 2 * LEAD_SHARE ? 3 : share >= LEAD_SHARE ? 2 : 0;
      if (page.breadcrumbTail() != null && HeadlineLines.same(page.breadcrumbTail(), line.text())) {
        score += 3;
      } else if (HeadlineLines.repeated(lines, line)) {
        score += 3;
      }
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (HeadlineLines.followerBelow(lines, line)) {
        score += 2;
      } else if (next == null || !next.removed()) {
        score += 1;
      }
      if (line.features().words() >= 5) {
        score += 1;
      }
      Line standfirst = standfirstBelow(line, next, shares, lead, page);
      if (standfirst != null && !standfirsts.contains(line) && standfirsts.add(standfirst)) {
        score += 2;
      }
      if (i > bodyStart) {
        // Below the first kept line: taken over a line above only on stronger evidence.
        score -= LATE_PENALTY;
      }
      if (score > bestScore || (score == bestScore && best != null)) {
        best = line;
        bestScore = score;
      }
    }
    if (best != null) {
      page.reassign(best, ID);
      page.found(
          page.found().withTitle(TitleText.withoutSiteSuffix(TitleText.withoutPath(best.text()))));
      for (Line other : lines) {
        if (other != best && !other.removed() && HeadlineLines.same(other, best)) {
          page.remove(other, ID);
        }
      }
    }
  }

  /** The headline printed again at the top of the text, when the title is already known. */
  private static void removeRepeat(Page page, String title) {
    List<Line> lines = page.lines();
    for (int i = 0; i < Math.min(lines.size(), WINDOW); i++) {
      Line line = lines.get(i);
      if (HeadlineLines.same(line.text(), title)) {
        page.reassign(line, ID);
        return;
      }
    }
  }

  /**
   * The standfirst under a heading, or null: the next longer line about the same story (lines
   * already removed between them skipped), the summary that news pages print between the headline
   * and the byline, whether or not it ends in a full stop; when the article's first paragraph
   * follows the headline directly, that paragraph.
   */
  private static Line standfirstBelow(
      Line line, Line below, Map<Line, Double> shares, Set<String> lead, Page page) {
    // For a headline written as a sentence only a heading-shaped line right below counts: a
    // sentence over a longer one is as often a caption over the first paragraph.
    boolean sentence = LineFeatures.endsSentence(line.text());
    Line next = sentence ? below : page.keptAfter(line.index());
    if (next == null
        || (sentence && !shares.containsKey(next))
        || line.features().words() < MIN_HEADLINE_WORDS
        || next.features().words() < STANDFIRST_SHARE * line.features().words()
        || shares.get(line) < LEAD_SHARE) {
      return null;
    }
    Double nextShare = shares.get(next);
    if (nextShare == null) {
      nextShare = HeadlineLines.leadShare(next, lead, page.stopwords());
    }
    return nextShare >= LEAD_SHARE ? next : null;
  }
}
