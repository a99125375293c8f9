package dev.newsclean.clean;

import dev.newsclean.clean.rules.BylineRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last resort for a page's date: a short line by where the article starts that holds a date but
 * that no date rule read, because it is neither only a date nor a byline ("World Dec 22, 2023 10:59
 * AM EST", "Editor, Macworld NOV 6, 2023 8:41 am PST", "by Marino - Brad Lynch on April 22, 2023"),
 * or because another rule removed it first. A date in the article's prose, in a caption or in an
 * embedded post further down is not one: only short lines without a sentence's end count, and only
 * within a few lines of the start.
 */
final class NearStartDate {

  /** How many lines above the article's first kept line a dateline may stand. */
  static final int ABOVE = 12;

  /** How many lines below the article's first kept line a dateline may stand. */
  static final int BELOW = 3;

  /** The most words a dateline has, its date included. */
  static final int MAX_WORDS = 12;

  private NearStartDate() {}

  /** The date of the dateline nearest to the article's start, as ISO-8601, or empty. */
  static Optional<String> of(Page page) {
    List<Line> lines = page.lines();
    int start = page.articleStart();
    if (start < 0) {
      return Optional.empty();
    }
    for (int distance = 0; distance <= ABOVE; distance++) {
      for (int i : new int[] {start - distance, start + distance}) {
        if (i < 0 || i >= lines.size() || (i > start && i - start > BELOW)) {
          continue;
        }
        Optional<String> date = dateOf(page, lines.get(i));
        if (date.isPresent()) {
          return date;
        }
        if (distance == 0) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** Rules that remove what other people or other stories say: their dates are not the page's. */
  private static final Set<String> OTHERS =
      Set.of(
          RuleIds.EMBED_POST,
          RuleIds.COMMENTS_SECTION,
          RuleIds.COMMENTS_WIDGET,
          RuleIds.LINKS_RELATED,
          RuleIds.LINKS_TEASERS,
          RuleIds.TEASER_READ_MORE,
          RuleIds.IMAGE_CREDIT,
          RuleIds.LEGAL_FOOTER);

  private static Optional<String> dateOf(Page page, Line line) {
    if (line.features().words() > MAX_WORDS
        || line.features().endsSentence()
        || (line.removed() && OTHERS.contains(line.removedBy()))) {
      return Optional.empty();
    }
    return page.book().dates().find(BylineRule.unglued(line.text())).map(DateParser.Found::iso);
  }
}
