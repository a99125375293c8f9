package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.PhraseSet;
import dev.newsclean.clean.Rule;

/**
 * Removes every line that matches the rule's phrase list ({@code ad.marker}, {@code
 * comments.widget}, {@code links.related}, ...). A pattern that captures a {@code site} group (as
 * in "Read all the news on example.com") also records the site.
 */
public final class PhraseRule implements Rule {

  private final String id;
  private final PhraseSet phrases;

  public PhraseRule(String id, PhraseSet phrases) {
    this.id = id;
    this.phrases = phrases;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void apply(Page page) {
    for (Line line : page.kept()) {
      String match = phrases.match(line.text(), line.lower());
      if (match != null) {
        page.remove(line, id, match);
        String site = phrases.site(line.text());
        if (site != null && page.found().site() == null) {
          page.found(page.found().withSite(site.toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
  }
}
