package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import java.util.List;

/**
 * The line classifier's pass on HTML pages, where the DOM extractor has already weighed link
 * density per container: only lists of links inside the article's container are judged here.
 */
final class LinkLists {

  private static final double HALF_LINKS = 0.5;
  private static final double LINK_LIST_DENSITY = 0.9;
  private static final int LINK_LIST_CHARS = 120;
  private static final int LINK_LIST_RUN = 4;

  private LinkLists() {}

  /**
   * On HTML pages the DOM extractor has already weighed link density per container. Here a block
   * goes when it is at least half link text and does not end as a sentence does, when it is a short
   * block of almost nothing but a link, or as part of a run of at least {@link #LINK_LIST_RUN} such
   * blocks (related stories inside the article's container). Prose with links in it stays.
   */
  static void remove(Page page, List<Line> lines) {
    for (Line line : lines) {
      double density = line.linkDensity();
      boolean mostlyLinks = density >= HALF_LINKS && !line.features().endsSentence();
      boolean linkItem = density >= LINK_LIST_DENSITY && line.features().length() < LINK_LIST_CHARS;
      if (mostlyLinks || linkItem) {
        page.remove(line, LineClassifier.LINKS);
      }
    }
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      boolean link =
          i < lines.size()
              && lines.get(i).linkDensity() >= LINK_LIST_DENSITY
              && lines.get(i).features().length() < LINK_LIST_CHARS;
      if (link) {
        continue;
      }
      if (i - start >= LINK_LIST_RUN) {
        for (int j = start; j < i; j++) {
          page.remove(lines.get(j), LineClassifier.LINKS);
        }
      }
      start = i + 1;
    }
  }
}
