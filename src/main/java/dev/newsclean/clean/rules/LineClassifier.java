package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import dev.newsclean.clean.Thresholds;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Judges the lines no named rule has removed, by general signals only: weighted length, stop-word
 * density (how much a line reads like prose in its language), link density, and context.
 *
 * <p>Each line first gets a class on its own (good, near-good, short, bad), as in jusText
 * (Pomikálek, 2011); short and near-good lines then take the class of the good or bad lines around
 * them. The good lines form runs separated by long stretches of other text; the run with the most
 * text is the body, and runs far smaller than it (comment threads, footers) go. A kept run grows
 * over the near-good prose next to it, and inside it every line that is not link-heavy stays:
 * lists, short quotes and subheadings between paragraphs are part of the article.
 *
 * <p>On HTML pages, where the extractor has already found the article in the DOM, only lists of
 * links are judged here.
 *
 * <p>Removal reasons: {@code text.links}, {@code text.not_prose}, {@code text.short}, {@code
 * text.outside_body}. The HTML pass is {@link LinkLists}; the plain-text pass judges each line
 * ({@link LineVerdicts}), marks menus, and keeps the body's runs ({@link BodyRuns}).
 */
public final class LineClassifier implements Rule {

  public static final String LINKS = RuleIds.TEXT_LINKS;
  public static final String NOT_PROSE = RuleIds.TEXT_NOT_PROSE;
  public static final String SHORT = RuleIds.TEXT_SHORT;
  public static final String OUTSIDE_BODY = RuleIds.TEXT_OUTSIDE_BODY;

  private static final int MENU_RUN = 4;
  private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3}[.)]|[•·*–-])\\s");

  /** A fact box's line, a label and its value ("Position: SG", "Age: 19, Freshman"). */
  private static final Pattern FACT = Pattern.compile("^\\p{L}[\\p{L}'’ /&-]{1,30}: \\S");

  /** Label-and-value lines in a row that make a fact box. */
  private static final int FACT_RUN = 3;

  private static final int MENU_ITEM_WORDS = 4;

  /** Lists of other stories' headlines: longer items, so a longer run. */
  private static final int HEADLINE_ITEM_WORDS = 8;

  private static final int HEADLINE_RUN = 6;

  enum Cls {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  @Override
  public String id() {
    return "text";
  }

  @Override
  public void apply(Page page) {
    List<Line> lines = page.kept();
    if (lines.isEmpty()) {
      return;
    }
    Thresholds t = page.book().thresholds();
    if (!page.plainText()) {
      LinkLists.remove(page, lines);
      return;
    }
    LineVerdicts verdicts = new LineVerdicts(lines, t, page.stopwords().isEmpty());
    markMenus(verdicts);
    verdicts.revise();
    BodyRuns.keep(verdicts, t);
    for (int i = 0; i < lines.size(); i++) {
      if (verdicts.cls[i] != Cls.GOOD) {
        page.remove(lines.get(i), verdicts.reason[i]);
      }
    }
  }

  static Cls classify(Line line, Thresholds t, boolean fallback) {
    LineFeatures f = line.features();
    if (isLinky(line, t)) {
      return Cls.BAD;
    }
    if (f.length() < t.lengthLow()) {
      return Cls.SHORT;
    }
    if (fallback) {
      // No stop-word list for this language: sentence punctuation stands in for function words.
      if (f.punctuationDensity() >= t.fallbackPunctuationLow() || f.endsSentence()) {
        return f.length() > t.lengthHigh() ? Cls.GOOD : Cls.NEAR_GOOD;
      }
      return Cls.BAD;
    }
    if (f.stopwordDensity() >= t.stopwordsHigh()) {
      return f.length() > t.lengthHigh() ? Cls.GOOD : Cls.NEAR_GOOD;
    }
    if (f.stopwordDensity() >= t.stopwordsLow()) {
      return Cls.NEAR_GOOD;
    }
    // A full sentence with few function words (a list of names or places): let its neighbours
    // decide.
    if (f.endsSentence() && f.stopwordDensity() >= t.stopwordsLow() / 2) {
      return Cls.NEAR_GOOD;
    }
    return Cls.BAD;
  }

  static boolean isLinky(Line line, Thresholds t) {
    LineFeatures f = line.features();
    return line.linkDensity() > t.maxLinkDensity()
        || f.urlShare() > 0.5
        || (f.separators() >= 2 && f.length() < t.lengthHigh());
  }

  /**
   * A run of at least {@link #MENU_RUN} short lines of a few words with no sentence end is a menu
   * or a link list (plain text has no link density to tell), whatever stands around it: bad from
   * the start, so the context pass cannot pull it into the article. So is a run of at least {@link
   * #HEADLINE_RUN} headline-length lines (other stories). Numbered items ("1. Finland") and fact
   * boxes ({@link #factBoxes}) are the article's, not a menu.
   */
  static void markMenus(LineVerdicts v) {
    boolean[] facts = factBoxes(v.lines);
    markRuns(v.lines, v.initial, v.menu, facts, MENU_ITEM_WORDS, MENU_RUN);
    markRuns(v.lines, v.initial, v.menu, facts, HEADLINE_ITEM_WORDS, HEADLINE_RUN);
  }

  /**
   * The lines of fact boxes: runs of at least {@link #FACT_RUN} label-and-value lines in a row
   * ("Position: SG", "Age: 19, Freshman", "Size: 7-foot-1, 216 lbs"), part of the article; one such
   * line alone ("Monarch: Legacy of the Monsters") may well be a menu's item.
   */
  private static boolean[] factBoxes(List<Line> lines) {
    boolean[] facts = new boolean[lines.size()];
    forEachRun(
        lines.size(),
        i -> FACT.matcher(lines.get(i).text()).find(),
        FACT_RUN,
        (start, end) -> Arrays.fill(facts, start, end, true));
    return facts;
  }

  /**
   * Marks bad (and menu) every run of at least {@code minRun} short lines of at most {@code
   * maxWords} words.
   */
  private static void markRuns(
      List<Line> lines, Cls[] cls, boolean[] menu, boolean[] facts, int maxWords, int minRun) {
    forEachRun(
        lines.size(),
        i ->
            (cls[i] == Cls.SHORT || cls[i] == Cls.BAD)
                && !facts[i]
                && isMenuItem(lines.get(i), maxWords),
        minRun,
        (start, end) -> {
          Arrays.fill(cls, start, end, Cls.BAD);
          Arrays.fill(menu, start, end, true);
        });
  }

  /**
   * Calls {@code run} with [start, end) of every run of at least {@code minRun} indexes in a row.
   */
  private static void forEachRun(
      int size, IntPredicate in, int minRun, BiConsumer<Integer, Integer> run) {
    int start = 0;
    for (int i = 0; i <= size; i++) {
      if (i < size && in.test(i)) {
        continue;
      }
      if (i - start >= minRun) {
        run.accept(start, i);
      }
      start = i + 1;
    }
  }

  private static boolean isMenuItem(Line line, int maxWords) {
    return line.features().words() <= maxWords
        && !line.features().endsSentence()
        && !NUMBERED.matcher(line.text()).lookingAt();
  }
}
