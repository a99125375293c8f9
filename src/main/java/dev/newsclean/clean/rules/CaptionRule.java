package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import dev.newsclean.model.Block;

/**
 * {@code image.credit} for HTML: the caption and credit of a picture (a block the extractor wrote
 * from a {@code <figcaption>} or from a short {@code <figure>} around an image) is not article
 * text. It runs before the byline and date rules, so a photographer's credit is never taken for the
 * article's author. Plain text has no such blocks; its captions are left to the phrase rules.
 */
public final class CaptionRule implements Rule {

  @Override
  public String id() {
    return RuleIds.IMAGE_CREDIT;
  }

  @Override
  public void apply(Page page) {
    for (Line line : page.lines()) {
      if (!line.removed() && line.kind() == Block.Kind.CAPTION) {
        page.remove(line, RuleIds.IMAGE_CREDIT, "a picture's caption");
      }
    }
  }
}
