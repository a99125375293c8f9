package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.PhraseSet;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;

/**
 * {@code teaser.read_more}: the opening of another article glued to the end of this one, known by
 * its "... read more" ending. The teaser goes, with the headline line just above it, and every
 * short line after it (link footers) goes as {@code links.footer}.
 */
public final class TeaserRule implements Rule {

  public static final String ID = RuleIds.TEASER_READ_MORE;
  public static final String FOOTER_ID = RuleIds.LINKS_FOOTER;
  private static final int MAX_HEADLINE_CHARS = 160;

  private final PhraseSet phrases;

  public TeaserRule(PhraseSet phrases) {
    this.phrases = phrases;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    List<Line> lines = page.lines();
    for (Line line : page.kept()) {
      if (!phrases.matches(line.text(), line.lower())) {
        continue;
      }
      page.remove(line, ID);
      Line headline = page.keptBefore(line.index());
      if (headline != null
          && headline.text().length() <= MAX_HEADLINE_CHARS
          && !LineFeatures.endsSentence(headline.text())) {
        page.remove(headline, ID);
      }
      int footerMax = page.book().thresholds().lengthHigh();
      for (int j = line.index() + 1; j < lines.size(); j++) {
        Line after = lines.get(j);
        if (after.removed()) {
          continue;
        }
        if (after.features().length() >= footerMax) {
          break;
        }
        page.remove(after, FOOTER_ID);
      }
    }
  }
}
