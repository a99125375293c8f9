package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
  private static final Set<String> FOLLOWERS =
      Set.of(
          BylineRule.ID,
          PageDateRule.ID,
          RuleIds.IMAGE_CREDIT,
          RuleIds.AD_MARKER,
          RuleIds.READING_TIME);

  /** The followers that say a heading is an article's: its byline or its date. */
  private static final Set<String> DATED = Set.of(BylineRule.ID, PageDateRule.ID);

  /**
   * How far below a headline its byline or date may come (after a standfirst and a lone "By", say).
   */
  private static final int FOLLOWER_REACH = 3;

  /**
   * How far below the first kept line a headline may still be, when its byline or date is below it:
   * the classifier kept a promo or a list of other stories above the article.
   */
  private static final int AFTER_BODY_START = 30;

  /** What a headline below the first kept line loses against one above it. */
  private static final int LATE_PENALTY = 2;

  /**
   * A headline that ends in a full stop is taken only this short, and only with its byline or date
   * below it.
   */
  private static final int MAX_SENTENCE_WORDS = 20;

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 30;
  private static final int MAX_CHARS = 250;
  private static final int WINDOW = 20;

  /** How many sentences of the article's opening a headline is compared with. */
  private static final int LEAD_LINES = 3;

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
    int bodyStart = bodyStart(lines);
    if (bodyStart < 0) {
      return;
    }
    Set<String> lead = leadWords(lines, bodyStart, page.stopwords());
    List<Line> candidates = new ArrayList<>();
    int last = Math.min(lines.size() - 2, bodyStart + AFTER_BODY_START);
    for (int i = Math.max(0, bodyStart - WINDOW); i <= last; i++) {
      Line line = lines.get(i);
      boolean late = i > bodyStart;
      if (late
          ? isCandidate(line)
              && line.features().words() >= MIN_HEADLINE_WORDS
              && bylineOrDateBelow(lines, line)
          : isCandidate(line) || endsSentenceAboveItsByline(lines, line)) {
        candidates.add(line);
      }
    }
    // A headline shares its words with the article's opening (for one below the first kept line,
    // the lines below it): when some line does, only those compete.
    Map<Line, Double> shares = new IdentityHashMap<>();
    for (Line c : candidates) {
      Set<String> opening =
          c.index() > bodyStart ? leadWords(lines, c.index() + 1, page.stopwords()) : lead;
      shares.put(c, leadShare(c, opening, page.stopwords()));
    }
    boolean anyAboutTheLead = shares.values().stream().anyMatch(share -> share >= LEAD_SHARE);
    Line best = null;
    int bestScore = 1;
    for (Line line : candidates) {
      int i = line.index();
      double share = shares.get(line);
      if (anyAboutTheLead && share < LEAD_SHARE) {
        continue;
      }
      int score = share >= 2 * LEAD_SHARE ? 3 : share >= LEAD_SHARE ? 2 : 0;
      if (page.breadcrumbTail() != null && same(page.breadcrumbTail(), line.text())) {
        score += 3;
      } else if (repeated(lines, line)) {
        score += 3;
      }
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (followerBelow(lines, line)) {
        score += 2;
      } else if (next == null || !next.removed()) {
        score += 1;
      }
      if (line.features().words() >= 5) {
        score += 1;
      }
      if (aboveItsStandfirst(line, next, shares)) {
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
        if (other != best && !other.removed() && same(other.text(), best.text())) {
          page.remove(other, ID);
        }
      }
    }
  }

  /** Content words (four letters or more, no stop words) of the first kept lines of the article. */
  private static Set<String> leadWords(List<Line> lines, int bodyStart, Set<String> stopwords) {
    Set<String> out = new HashSet<>();
    int taken = 0;
    for (int i = bodyStart; i < lines.size() && taken < LEAD_LINES; i++) {
      Line line = lines.get(i);
      if (!line.removed() && LineFeatures.endsSentence(line.text())) {
        out.addAll(contentWords(line.lower(), stopwords));
        taken++;
      }
    }
    return out;
  }

  /** The share of a line's content words found in the article's opening. */
  private static double leadShare(Line line, Set<String> lead, Set<String> stopwords) {
    List<String> words = contentWords(line.lower(), stopwords);
    if (words.isEmpty() || lead.isEmpty()) {
      return 0;
    }
    return (double) words.stream().filter(lead::contains).count() / words.size();
  }

  private static List<String> contentWords(String lower, Set<String> stopwords) {
    List<String> out = new ArrayList<>();
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !stopwords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The headline printed again at the top of the text, when the title is already known. */
  private static void removeRepeat(Page page, String title) {
    List<Line> lines = page.lines();
    for (int i = 0; i < Math.min(lines.size(), WINDOW); i++) {
      Line line = lines.get(i);
      if (same(line.text(), title)) {
        page.reassign(line, ID);
        return;
      }
    }
  }

  private static boolean isCandidate(Line line) {
    String text = line.text();
    String by = line.removedBy();
    boolean free = by == null || by.startsWith("text.");
    int words = line.features().words();
    int first = text.codePointAt(0);
    boolean startsLikeAHeadline = Character.isUpperCase(first) || Character.isDigit(first);
    boolean notAllCapitalised = line.features().capitalisedShare() < 1.0 || words <= 12;
    return free
        && text.length() <= MAX_CHARS
        && words >= MIN_WORDS
        && words <= MAX_WORDS
        && !LineFeatures.endsSentence(text)
        && startsLikeAHeadline
        && notAllCapitalised;
  }

  /**
   * A heading directly above a longer line about the same story: the headline over its standfirst
   * (the summary that news pages print between the headline and the byline).
   */
  private static boolean aboveItsStandfirst(Line line, Line next, Map<Line, Double> shares) {
    Double nextShare = next == null ? null : shares.get(next); // null: not a candidate
    return nextShare != null
        && line.features().words() >= MIN_HEADLINE_WORDS
        && next.features().words() >= STANDFIRST_SHARE * line.features().words()
        && shares.get(line) >= LEAD_SHARE
        && nextShare >= LEAD_SHARE;
  }

  /** A byline, date or the like within {@link #FOLLOWER_REACH} lines below. */
  private static boolean followerBelow(List<Line> lines, Line line) {
    return removedBelow(lines, line, FOLLOWERS);
  }

  /** A byline or the page's date within {@link #FOLLOWER_REACH} lines below. */
  private static boolean bylineOrDateBelow(List<Line> lines, Line line) {
    return removedBelow(lines, line, DATED);
  }

  /** A line removed by one of {@code rules} within {@link #FOLLOWER_REACH} lines below. */
  private static boolean removedBelow(List<Line> lines, Line line, Set<String> rules) {
    for (int j = line.index() + 1; j < lines.size() && j <= line.index() + FOLLOWER_REACH; j++) {
      Line below = lines.get(j);
      if (below.removed() && rules.contains(below.removedBy())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A headline written as a sentence ("Government technology is famously bad. It doesn't have to
   * be."): short, and with its byline or date just below, the evidence a sentence of the article
   * would not have.
   */
  private static boolean endsSentenceAboveItsByline(List<Line> lines, Line line) {
    if (!sentenceShaped(line) || !followerBelow(lines, line)) {
      return false;
    }
    // Below a heading, or below another such sentence, it is the standfirst, not the headline.
    Line above = line.index() > 0 ? lines.get(line.index() - 1) : null;
    return above == null || !(isCandidate(above) || sentenceShaped(above));
  }

  private static boolean sentenceShaped(Line line) {
    String text = line.text();
    String by = line.removedBy();
    int words = line.features().words();
    return (by == null || by.startsWith("text."))
        && words >= MIN_WORDS
        && words <= MAX_SENTENCE_WORDS
        && Character.isUpperCase(text.codePointAt(0))
        && LineFeatures.endsSentence(text);
  }

  /** The first line the classifier kept: the start of the article. */
  private static int bodyStart(List<Line> lines) {
    for (Line line : lines) {
      if (!line.removed()) {
        return line.index();
      }
    }
    return -1;
  }

  /**
   * The headline printed twice on the page (a header and the article's top, say). A line repeated
   * with its neighbour (a menu printed twice, for the desktop and the phone) does not count.
   */
  private static boolean repeated(List<Line> lines, Line line) {
    int i = line.index();
    for (Line other : lines) {
      int j = other.index();
      if (other != line && same(other.text(), line.text())) {
        boolean sameNext =
            i + 1 < lines.size()
                && j + 1 < lines.size()
                && same(lines.get(i + 1).text(), lines.get(j + 1).text());
        boolean samePrevious =
            i > 0 && j > 0 && same(lines.get(i - 1).text(), lines.get(j - 1).text());
        if (!sameNext && !samePrevious) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
