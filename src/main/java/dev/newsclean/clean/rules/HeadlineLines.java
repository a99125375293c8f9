package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link TitleRule} asks of a plain-text line: is it shaped like a headline, is its byline or
 * date below it, is it printed twice, which content words does it share with the article's opening.
 */
final class HeadlineLines {

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
   * A headline that ends in a full stop is taken only this short, and only with its byline or date
   * below it.
   */
  private static final int MAX_SENTENCE_WORDS = 20;

  private static final int MIN_WORDS = 3;

  /** A heading above a sentence-shaped line, of which that line would be the standfirst. */
  private static final int MIN_HEADING_WORDS = 5;

  private static final int MAX_WORDS = 30;

  private static final int MAX_CHARS = 250;

  /**
   * The most words of a headline with every word capitalised (Title Case); a longer such line is a
   * menu run together.
   */
  private static final int TITLE_CASE_WORDS = 16;

  /**
   * A line printed this many times more is the site's name or a section label (masthead, menu,
   * footer), not a headline printed again.
   */
  private static final int LABEL_COPIES = 2;

  /** How many sentences of the article's opening a headline is compared with. */
  private static final int LEAD_LINES = 3;

  private HeadlineLines() {}

  /** Content words (four letters or more, no stop words) of the first kept lines of the article. */
  static Set<String> leadWords(List<Line> lines, int bodyStart, Set<String> stopwords) {
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
  static double leadShare(Line line, Set<String> lead, Set<String> stopwords) {
    List<String> words = contentWords(line.lower(), stopwords);
    if (words.isEmpty() || lead.isEmpty()) {
      return 0;
    }
    return (double) words.stream().filter(lead::contains).count() / words.size();
  }

  static List<String> contentWords(String lower, Set<String> stopwords) {
    List<String> out = new ArrayList<>();
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !stopwords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean isCandidate(Line line) {
    String text = line.text();
    String by = line.removedBy();
    boolean free = by == null || by.startsWith("text.");
    int words = line.features().words();
    int first = firstAfterQuotes(text);
    boolean startsLikeAHeadline = Character.isUpperCase(first) || Character.isDigit(first);
    boolean notAllCapitalised =
        line.features().capitalisedShare() < 1.0 || words <= TITLE_CASE_WORDS;
    return free
        && text.length() <= MAX_CHARS
        && words >= MIN_WORDS
        && words <= MAX_WORDS
        && !LineFeatures.endsSentence(text)
        && !endsInADash(text)
        && startsLikeAHeadline
        && notAllCapitalised;
  }

  /** A kicker over the headline ends in a dash ("Content policing —"); a headline does not. */
  private static boolean endsInADash(String text) {
    String t = text.strip();
    return !t.isEmpty() && "—–-".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * The text's first character after any opening quotes: a headline may open with a quotation
   * ("'This Is War': Lindsey Graham ...", "‘The Voice:’ ...").
   */
  private static int firstAfterQuotes(String text) {
    int i = 0;
    while (i < text.length() - 1 && QUOTES.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return text.codePointAt(i);
  }

  private static final String QUOTES = "'\"‘’“”«»„‚¿¡";

  /** A byline, date or the like within {@link #FOLLOWER_REACH} lines below. */
  static boolean followerBelow(List<Line> lines, Line line) {
    return removedBelow(lines, line, FOLLOWERS);
  }

  /** A byline or the page's date within {@link #FOLLOWER_REACH} lines below. */
  static boolean bylineOrDateBelow(List<Line> lines, Line line) {
    return removedBelow(lines, line, DATED);
  }

  /** A line removed by one of {@code rules} within {@link #FOLLOWER_REACH} lines below. */
  static boolean removedBelow(List<Line> lines, Line line, Set<String> rules) {
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
  static boolean endsSentenceAboveItsByline(List<Line> lines, Line line) {
    if (!sentenceShaped(line) || !followerBelow(lines, line)) {
      return false;
    }
    // Below a heading, or below another such sentence, it is the standfirst, not the headline; a
    // section's label above it ("Science", "Mind, Body, Wonder") is no such heading.
    Line above = line.index() > 0 ? lines.get(line.index() - 1) : null;
    return above == null
        || !((isCandidate(above) && above.features().words() >= MIN_HEADING_WORDS)
            || sentenceShaped(above));
  }

  static boolean sentenceShaped(Line line) {
    String text = line.text();
    String by = line.removedBy();
    int words = line.features().words();
    return (by == null || by.startsWith("text."))
        && words >= MIN_WORDS
        && words <= MAX_SENTENCE_WORDS
        && Character.isUpperCase(text.codePointAt(0))
        && LineFeatures.endsSentence(text);
  }

  /**
   * The headline printed twice on the page (a header and the article's top, say). A line repeated
   * with its neighbour (a menu printed twice, for the desktop and the phone) does not count, nor
   * one printed three times or more (the site's name in the masthead, the menu and the footer).
   */
  static boolean repeated(List<Line> lines, Line line) {
    int i = line.index();
    boolean alone = false;
    int copies = 0;
    for (Line other : lines) {
      int j = other.index();
      if (other != line && same(other, line)) {
        if (++copies >= LABEL_COPIES) {
          return false;
        }
        boolean sameNext =
            i + 1 < lines.size()
                && j + 1 < lines.size()
                && same(lines.get(i + 1), lines.get(j + 1));
        boolean samePrevious = i > 0 && j > 0 && same(lines.get(i - 1), lines.get(j - 1));
        alone |= !sameNext && !samePrevious;
      }
    }
    return alone;
  }

  /** {@link #same(String, String)} on two lines, with their lower case computed once. */
  static boolean same(Line a, Line b) {
    String x = a.lower();
    String y = b.lower();
    // Equal after stripping: compare the stripped ranges without building the strings.
    int xs = start(x);
    int ys = start(y);
    int xe = end(x, xs);
    int ye = end(y, ys);
    return xe - xs == ye - ys && x.regionMatches(xs, y, ys, xe - xs);
  }

  private static int start(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int end(String s, int start) {
    int i = s.length();
    while (i > start && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
