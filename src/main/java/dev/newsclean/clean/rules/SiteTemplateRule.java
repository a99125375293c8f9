package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import dev.newsclean.clean.SiteTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code site.template}: removes the lines the page's site repeats on a large share of its pages
 * ({@link SiteTemplate}), with the evidence in the removal log ({@code seen on 20%+ of the pages of
 * example.com}). When such lines would take more than half of what is left of the page, the page is
 * most likely a copy of another page of the site (a syndicated story, a republished article) and
 * only its short lines go.
 */
public final class SiteTemplateRule implements Rule {

  public static final String ID = RuleIds.SITE_TEMPLATE;

  /** Share of the page's kept characters above which only short template lines are removed. */
  static final double MOST_OF_PAGE = 0.5;

  static final int SHORT_WORDS = 8;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    SiteTemplate template = page.template();
    if (template == null) {
      return;
    }
    List<Line> kept = page.kept();
    List<Line> found = new ArrayList<>();
    long keptChars = 0;
    long foundChars = 0;
    for (Line line : kept) {
      keptChars += line.text().length();
      if (template.isTemplate(line)) {
        found.add(line);
        foundChars += line.text().length();
      }
    }
    boolean copy = foundChars > MOST_OF_PAGE * keptChars;
    for (int i = 0; i < found.size(); i++) {
      Line line = found.get(i);
      if (copy && line.features().words() >= SHORT_WORDS) {
        continue;
      }
      page.remove(line, ID, template.evidence(SiteTemplate.prose(line)));
    }
  }
}
