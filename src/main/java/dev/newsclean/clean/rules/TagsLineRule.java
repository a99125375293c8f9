package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.PhraseSet;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;
import java.util.Set;

/**
 * {@code tags.line}: a line of topic tags. Either it starts with a word from the phrase list
 * ("Tags:", "Topics:"), or it is a comma-separated list of at least three short items with almost
 * no stop words and no sentence end, standing next to a line already taken out as a byline, a date
 * or an image credit (where sites print their tags).
 */
public final class TagsLineRule implements Rule {

  public static final String ID = RuleIds.TAGS_LINE;
  private static final Set<String> NEIGHBOURS =
      Set.of(BylineRule.ID, PageDateRule.ID, RuleIds.IMAGE_CREDIT, TitleRule.ID, ID);
  private static final int MAX_ITEM_WORDS = 5;
  private static final int MAX_CHARS = 250;
  private static final double MAX_STOPWORDS = 0.15;

  private final PhraseSet phrases;

  public TagsLineRule(PhraseSet phrases) {
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
      if (phrases.matches(line.text(), line.lower())) {
        page.remove(line, ID);
      } else if (isTagList(line) && besideMetadata(lines, line.index())) {
        page.remove(line, ID);
      }
    }
  }

  static boolean isTagList(Line line) {
    String text = line.text();
    if (text.length() > MAX_CHARS || LineFeatures.endsSentence(text)) {
      return false;
    }
    String[] items = text.split("\\s*,\\s*");
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (item.isBlank() || item.split("\\s+").length > MAX_ITEM_WORDS) {
        return false;
      }
    }
    return line.features().stopwordDensity() <= MAX_STOPWORDS;
  }

  private static boolean besideMetadata(List<Line> lines, int index) {
    for (int d = -2; d <= 2; d++) {
      int j = index + d;
      if (d != 0
          && j >= 0
          && j < lines.size()
          && lines.get(j).removed()
          && NEIGHBOURS.contains(lines.get(j).removedBy())) {
        return true;
      }
    }
    return false;
  }
}
