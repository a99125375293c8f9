package dev.newsclean.clean.rules;

import dev.newsclean.clean.DateParser;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;

/**
 * {@code page.date}: a line that is only a date ("Sunday, December 22, 2024", "24 July 2015"). Each
 * is remembered for the published date when no byline gives one ({@link Page#shownDate()}).
 */
public final class PageDateRule implements Rule {

  public static final String ID = RuleIds.PAGE_DATE;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    DateParser dates = page.book().dates();
    for (Line line : page.kept()) {
      String text = BylineRule.unglued(line.text());
      if (dates.isDateLine(text, page.book().dateMarkers())) {
        page.remove(line, ID);
        dates.find(text).ifPresent(found -> page.fallbackDate(line, found.iso()));
      }
    }
  }
}
