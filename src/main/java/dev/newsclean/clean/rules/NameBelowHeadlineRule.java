package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code byline}, for plain text whose other rules found no author: a line that is only a person's
 * name within {@link #REACH} lines below the headline ("Emily Dozier" under the title, or under the
 * standfirst, "Emma Whitford" / "Forbes Staff"). The name is shaped as {@link NameAboveDateRule}
 * requires (two to four capitalised words, no job title, organisation or page furniture), and a
 * byline's evidence stands on it or just below it (see {@link #bylineEvidence}): a subheading under
 * the headline is shaped like a name too. It runs after {@link TitleRule}, which marks the
 * headline.
 */
public final class NameBelowHeadlineRule implements Rule {

  /** How many lines below the headline the name may stand (after a standfirst and a label). */
  static final int REACH = 3;

  /** How many lines below the name its evidence may stand. */
  private static final int EVIDENCE_LINES = 2;

  private static final Set<String> FOLLOWERS =
      Set.of(BylineRule.ID, PageDateRule.ID, RuleIds.READING_TIME, RuleIds.SHARE_SOCIAL);

  /** "@abby_borovitz", "5:08 PM", "and others". */
  private static final Pattern MARKS =
      Pattern.compile("@\\w{2,}|\\b\\d{1,2}:\\d{2}\\b|^and others$", Pattern.CASE_INSENSITIVE);

  /** A byline's second line names a job ({@code authorRoles}) or the staff ("Forbes Staff"). */
  private static final String STAFF = "staff";

  @Override
  public String id() {
    return BylineRule.ID;
  }

  @Override
  public void apply(Page page) {
    if (!page.plainText() || !page.found().authors().isEmpty()) {
      return;
    }
    Line headline = page.firstRemovedBy(Set.of(TitleRule.ID));
    if (headline == null) {
      return;
    }
    List<Line> lines = page.lines();
    for (int i = headline.index() + 1; i < lines.size() && i <= headline.index() + REACH; i++) {
      Line line = lines.get(i);
      List<String> names = NameAboveDateRule.names(line, page.stopwords());
      if (!names.isEmpty() && bylineEvidence(page, line)) {
        page.reassign(line, BylineRule.ID);
        page.found(page.found().withAuthors(names));
        return;
      }
    }
  }

  /**
   * What tells a name line from a subheading ("Key Takeaways"): a handle or a time on it or on one
   * of the {@link #EVIDENCE_LINES} lines below, a job title below ("Forbes Staff", "National
   * Recruiting Analyst"), or a line below that a byline, date, reading-time or share rule removed.
   */
  private static boolean bylineEvidence(Page page, Line name) {
    if (marked(name.text(), page)) {
      return true;
    }
    List<Line> lines = page.lines();
    for (int i = name.index() + 1; i < lines.size() && i <= name.index() + EVIDENCE_LINES; i++) {
      Line below = lines.get(i);
      if ((below.removed() && FOLLOWERS.contains(below.removedBy()))
          || marked(below.text(), page)) {
        return true;
      }
    }
    return false;
  }

  /** A handle, a clock time, "and others", or a word of a job title. */
  private static boolean marked(String text, Page page) {
    if (MARKS.matcher(text).find()) {
      return true;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.equals(STAFF) || page.book().authorRoles().contains(word)) {
        return true;
      }
    }
    return false;
  }
}
