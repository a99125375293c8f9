package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.PhraseSet;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import dev.newsclean.clean.Thresholds;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nav.breadcrumb}: the trail above an article, either as a run of numbered short items ("1.
 * You Are At:", "2. News", "3. World", ...) near the head of the page, as one line of short items
 * between separators ("Home > News > World"), or as a line from the rule's phrase list. The trail's
 * last item is remembered: it is often the title.
 */
public final class BreadcrumbRule implements Rule {

  public static final String ID = RuleIds.NAV_BREADCRUMB;
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.{0,200})$");
  private static final Pattern SEPARATED = Pattern.compile("\\s+(?:>|»|›|/|\\\\)\\s+");
  private static final int MAX_ITEM_WORDS = 5;

  private final PhraseSet phrases;

  public BreadcrumbRule(PhraseSet phrases) {
    this.phrases = phrases;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    List<Line> lines = page.lines();
    // A trail stands above the article: only lines before the first prose line are looked at.
    int head =
        Math.min(
            Math.min(lines.size(), page.book().thresholds().headWindowLines()),
            firstProse(lines, page.book().thresholds()));
    for (int i = 0; i < head; i++) {
      int end = numberedRun(lines, i);
      if (end > i + 1 && looksLikeTrail(lines, i, end)) {
        for (int j = i; j < end; j++) {
          page.remove(lines.get(j), ID);
        }
        page.breadcrumbTail(item(lines.get(end - 1).text()));
        i = end - 1;
      }
    }
    for (Line line : page.kept()) {
      String text = line.text();
      if (phrases.matches(text, line.lower())) {
        page.remove(line, ID);
      } else if (line.index() < head && isSeparatedTrail(text)) {
        page.remove(line, ID);
        String[] items = SEPARATED.split(text);
        page.breadcrumbTail(items[items.length - 1].strip());
      }
    }
  }

  /** The index of the first line that reads as a paragraph of prose, or the number of lines. */
  private static int firstProse(List<Line> lines, Thresholds t) {
    for (Line line : lines) {
      LineFeatures f = line.features();
      if (f.length() >= t.lengthLow()
          && f.endsSentence()
          && f.stopwordDensity() >= t.stopwordsLow()) {
        return line.index();
      }
    }
    return lines.size();
  }

  /** The end (exclusive) of a run of lines numbered 1, 2, 3, ... starting at {@code from}. */
  private static int numberedRun(List<Line> lines, int from) {
    int expected = 1;
    int i = from;
    while (i < lines.size()) {
      Matcher m = NUMBERED.matcher(lines.get(i).text());
      if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
        break;
      }
      expected++;
      i++;
    }
    return i;
  }

  /** A trail's items, but for the last (often the title), are a few words with no sentence end. */
  private static boolean looksLikeTrail(List<Line> lines, int from, int end) {
    for (int j = from; j < end - 1; j++) {
      String item = item(lines.get(j).text());
      if (item.split("\\s+").length > MAX_ITEM_WORDS
          || (LineFeatures.endsSentence(item) && !item.endsWith(":"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparatedTrail(String text) {
    String[] items = SEPARATED.split(text);
    if (items.length < 3 || LineFeatures.endsSentence(text)) {
      return false;
    }
    for (int i = 0; i < items.length - 1; i++) {
      if (items[i].isBlank() || items[i].strip().split("\\s+").length > MAX_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static String item(String text) {
    Matcher m = NUMBERED.matcher(text);
    return m.matches() ? m.group(2).strip() : text.strip();
  }
}
