package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code links.teasers}: after the article, many news pages list other stories as pairs of a
 * headline and a one- or two-sentence summary. The summaries read as prose, so the classifier keeps
 * them. In the tail of a plain-text page (after {@link #TAIL_SHARE} of the kept text), a run of at
 * least {@link #MIN_PAIRS} such pairs goes; short lines between pairs ("Article", "Video") go with
 * them. An article's own sections (a subheading over several paragraphs) do not form such a run.
 *
 * <p>Anywhere on the page, a run of at least {@link #MIN_TRUNCATED} kept lines that each end in an
 * ellipsis ("Royal Navy scrambles British warship to South America for Christmas amid fears...")
 * goes too: headlines or summaries cut short by the site are links to other stories; an article's
 * sentences do not end cut off one after another.
 *
 * <p>Below the article's first paragraph, a list header that {@code links.related} removed ("More
 * from MLive", "Best of SFGATE", "Related stories") opens a list: the headline-shaped lines right
 * under it (a few words, no full stop) are the listed stories' headlines and go with it, up to the
 * first line that reads otherwise. Lines already removed in between (a listed story's byline or
 * date) do not end the list.
 */
public final class TeaserListRule implements Rule {

  public static final String ID = RuleIds.LINKS_TEASERS;
  static final double TAIL_SHARE = 0.6;
  static final int MIN_PAIRS = 3;
  private static final int MAX_HEADLINE_CHARS = 120;
  private static final int MAX_SUMMARY_CHARS = 320;
  private static final int MAX_FILLER_CHARS = 25;
  static final int MIN_TRUNCATED = 3;
  private static final int MAX_TRUNCATED_CHARS = 250;

  private static final int MAX_HEADER_WORDS = 6;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    if (!page.plainText()) {
      return;
    }
    removeTruncatedRuns(page);
    List<Line> kept = page.kept();
    double total = kept.stream().mapToDouble(l -> l.features().length()).sum();
    double seen = 0;
    int tailStart = kept.size();
    for (int i = 0; i < kept.size(); i++) {
      if (seen >= total * TAIL_SHARE) {
        tailStart = i;
        break;
      }
      seen += kept.get(i).features().length();
    }
    List<Line> run = new ArrayList<>();
    int pairs = 0;
    int i = tailStart;
    while (i < kept.size()) {
      Line line = kept.get(i);
      if (i + 1 < kept.size() && isHeadline(line) && isSummary(kept.get(i + 1))) {
        run.add(line);
        run.add(kept.get(i + 1));
        pairs++;
        i += 2;
      } else if (pairs > 0
          && line.features().length() <= MAX_FILLER_CHARS
          && !LineFeatures.endsSentence(line.text())) {
        run.add(line);
        i++;
      } else {
        flush(page, run, pairs);
        run.clear();
        pairs = 0;
        i++;
      }
    }
    flush(page, run, pairs);
    removeListsUnderHeaders(page);
  }

  /** The headline-shaped lines under each list header below the first paragraph. */
  private static void removeListsUnderHeaders(Page page) {
    List<Line> lines = page.lines();
    boolean belowParagraph = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!line.removed()) {
        belowParagraph |= line.features().paragraph();
      } else if (belowParagraph && isListHeader(line)) {
        for (Line item = page.keptAfter(i);
            item != null && isListedHeadline(item);
            item = page.keptAfter(item.index())) {
          page.remove(item, ID);
        }
      }
    }
  }

  private static boolean isListHeader(Line line) {
    return RuleIds.LINKS_RELATED.equals(line.removedBy())
        && line.features().words() <= MAX_HEADER_WORDS
        && !line.text().strip().endsWith(".");
  }

  private static boolean isListedHeadline(Line line) {
    String text = line.text().strip();
    return text.length() <= MAX_HEADLINE_CHARS
        && line.features().words() >= 2
        && !text.endsWith(".");
  }

  /** Runs of at least {@link #MIN_TRUNCATED} kept lines cut short with an ellipsis. */
  private static void removeTruncatedRuns(Page page) {
    List<Line> run = new ArrayList<>();
    for (Line line : page.kept()) {
      if (truncated(line)) {
        run.add(line);
        continue;
      }
      flushTruncated(page, run);
    }
    flushTruncated(page, run);
  }

  private static void flushTruncated(Page page, List<Line> run) {
    if (run.size() >= MIN_TRUNCATED) {
      run.forEach(line -> page.remove(line, ID));
    }
    run.clear();
  }

  private static boolean truncated(Line line) {
    String text = line.text().strip();
    return text.length() <= MAX_TRUNCATED_CHARS
        && line.features().words() >= 3
        && (text.endsWith("...") || text.endsWith("…"));
  }

  private static void flush(Page page, List<Line> run, int pairs) {
    if (pairs >= MIN_PAIRS) {
      run.forEach(line -> page.remove(line, ID));
    }
  }

  private static boolean isHeadline(Line line) {
    int words = line.features().words();
    // Headlines may ask or exclaim; they do not end with a full stop.
    String text = line.text().strip();
    return line.features().length() <= MAX_HEADLINE_CHARS
        && words >= 2
        && !text.endsWith(".")
        && !text.endsWith(":");
  }

  private static boolean isSummary(Line line) {
    return line.features().length() <= MAX_SUMMARY_CHARS
        && line.features().length() > MAX_FILLER_CHARS
        && line.features().words() >= 6;
  }
}
