package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;

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
 * text.outside_body}.
 */
public final class LineClassifier implements Rule {

  public static final String LINKS = "text.links";
  public static final String NOT_PROSE = "text.not_prose";
  public static final String SHORT = "text.short";
  public static final String OUTSIDE_BODY = "text.outside_body";

  /** Junk lines a run may grow across to reach more prose. */
  private static final int MAX_SKIP = 2;

  private static final int MENU_RUN = 4;
  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("\\s*(\\d{1,3}[.)]|[•·*–-])\\s");
  private static final int MENU_ITEM_WORDS = 4;

  /** Lists of other stories' headlines: longer items, so a longer run. */
  private static final int HEADLINE_ITEM_WORDS = 8;

  private static final int HEADLINE_RUN = 6;
  private static final double HALF_LINKS = 0.5;
  private static final double LINK_LIST_DENSITY = 0.9;
  private static final int LINK_LIST_CHARS = 120;
  private static final int LINK_LIST_RUN = 4;

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
      removeLinkLists(page, lines);
      return;
    }
    boolean fallback = page.stopwords().isEmpty();
    Cls[] initial = new Cls[lines.size()];
    String[] reason = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      initial[i] = classify(line, t, fallback);
      reason[i] = isLinky(line, t) ? LINKS : initial[i] == Cls.SHORT ? SHORT : NOT_PROSE;
    }
    boolean[] menu = markMenus(lines, initial);
    Cls[] revised = revise(initial);
    keepBody(lines, initial, revised, reason, menu, t);
    for (int i = 0; i < lines.size(); i++) {
      if (revised[i] != Cls.GOOD) {
        page.remove(lines.get(i), reason[i]);
      }
    }
  }

  /**
   * On HTML pages the DOM extractor has already weighed link density per container. Here a block
   * goes when it is at least half link text and does not end as a sentence does, when it is a short
   * block of almost nothing but a link, or as part of a run of at least {@link #LINK_LIST_RUN} such
   * blocks (related stories inside the article's container). Prose with links in it stays.
   */
  private static void removeLinkLists(Page page, List<Line> lines) {
    for (Line line : lines) {
      double density = line.linkDensity();
      boolean mostlyLinks = density >= HALF_LINKS && !line.features().endsSentence();
      boolean linkItem = density >= LINK_LIST_DENSITY && line.features().length() < LINK_LIST_CHARS;
      if (mostlyLinks || linkItem) {
        page.remove(line, LINKS);
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
          page.remove(lines.get(j), LINKS);
        }
      }
      start = i + 1;
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
   * #HEADLINE_RUN} headline-length lines (other stories). Numbered items ("1. Finland") are an
   * article's list, not a menu.
   */
  static boolean[] markMenus(List<Line> lines, Cls[] cls) {
    boolean[] menu = new boolean[lines.size()];
    markRuns(lines, cls, menu, MENU_ITEM_WORDS, MENU_RUN);
    markRuns(lines, cls, menu, HEADLINE_ITEM_WORDS, HEADLINE_RUN);
    return menu;
  }

  /**
   * Marks bad (and menu) every run of at least {@code minRun} short lines of at most {@code
   * maxWords} words.
   */
  private static void markRuns(
      List<Line> lines, Cls[] cls, boolean[] menu, int maxWords, int minRun) {
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size()
          && (cls[i] == Cls.SHORT || cls[i] == Cls.BAD)
          && isMenuItem(lines.get(i), maxWords)) {
        continue;
      }
      if (i - start >= minRun) {
        for (int j = start; j < i; j++) {
          cls[j] = Cls.BAD;
          menu[j] = true;
        }
      }
      start = i + 1;
    }
  }

  private static boolean isMenuItem(Line line, int maxWords) {
    return line.features().words() <= maxWords
        && !line.features().endsSentence()
        && !NUMBERED.matcher(line.text()).lookingAt();
  }

  /** jusText's context-sensitive pass: short lines, then near-good lines, judged by neighbours. */
  static Cls[] revise(Cls[] cls) {
    Cls[] out = cls.clone();
    for (int i = 0; i < cls.length; i++) {
      if (cls[i] != Cls.SHORT) {
        continue;
      }
      Cls prev = neighbour(cls, i, -1, true);
      Cls next = neighbour(cls, i, +1, true);
      if (prev == Cls.GOOD && next == Cls.GOOD) {
        out[i] = Cls.GOOD;
      } else if (prev == Cls.BAD && next == Cls.BAD) {
        out[i] = Cls.BAD;
      } else if ((prev == Cls.BAD && neighbour(cls, i, -1, false) == Cls.NEAR_GOOD)
          || (next == Cls.BAD && neighbour(cls, i, +1, false) == Cls.NEAR_GOOD)) {
        out[i] = Cls.GOOD;
      } else {
        out[i] = Cls.BAD;
      }
    }
    for (int i = 0; i < cls.length; i++) {
      if (cls[i] != Cls.NEAR_GOOD) {
        continue;
      }
      Cls prev = neighbour(out, i, -1, true);
      Cls next = neighbour(out, i, +1, true);
      out[i] = prev == Cls.BAD && next == Cls.BAD ? Cls.BAD : Cls.GOOD;
    }
    return out;
  }

  /**
   * The nearest class that is not short (nor near-good, if asked) in one direction; BAD past the
   * edge.
   */
  private static Cls neighbour(Cls[] cls, int i, int step, boolean skipNearGood) {
    for (int j = i + step; j >= 0 && j < cls.length; j += step) {
      if (cls[j] == Cls.SHORT || (skipNearGood && cls[j] == Cls.NEAR_GOOD)) {
        continue;
      }
      return cls[j];
    }
    return Cls.BAD;
  }

  /** Keeps the body's runs (see the class comment) and marks the rest. */
  static void keepBody(
      List<Line> lines, Cls[] initial, Cls[] cls, String[] reason, boolean[] menu, Thresholds t) {
    List<int[]> runs = runs(lines, cls, t);
    if (runs.isEmpty()) {
      // No full paragraph anywhere: let near-good prose form the body instead.
      for (int i = 0; i < cls.length; i++) {
        if (initial[i] == Cls.NEAR_GOOD) {
          cls[i] = Cls.GOOD;
        }
      }
      runs = runs(lines, cls, t);
    }
    if (runs.isEmpty()) {
      // Not even that (a tiny page): keep whatever is not plainly junk.
      for (int i = 0; i < cls.length; i++) {
        if (initial[i] != Cls.BAD) {
          cls[i] = Cls.GOOD;
        }
      }
      return;
    }
    double best = 0;
    for (int[] run : runs) {
      best = Math.max(best, mass(lines, cls, run));
    }
    for (int[] run : runs) {
      if (mass(lines, cls, run) < best * t.secondaryClusterShare()) {
        for (int i = run[0]; i <= run[1]; i++) {
          if (cls[i] == Cls.GOOD) {
            cls[i] = Cls.BAD;
            reason[i] = OUTSIDE_BODY;
          }
        }
        continue;
      }
      int from = grow(initial, run[0], -1);
      int to = grow(initial, run[1], +1);
      for (int i = from; i <= to; i++) {
        boolean inside = i >= run[0] && i <= run[1];
        if (!isLinky(lines.get(i), t) && !menu[i] && (inside || initial[i] != Cls.BAD)) {
          cls[i] = Cls.GOOD;
        }
      }
    }
  }

  /** Runs of good lines, as {first, last} index pairs, split at long stretches of other text. */
  private static List<int[]> runs(List<Line> lines, Cls[] cls, Thresholds t) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    double gapChars = 0;
    int gapLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (cls[i] == Cls.GOOD) {
        if (start >= 0 && (gapChars > t.bodyGapChars() || gapLines > t.bodyGapLines())) {
          runs.add(new int[] {start, last});
          start = -1;
        }
        if (start < 0) {
          start = i;
        }
        last = i;
        gapChars = 0;
        gapLines = 0;
      } else if (start >= 0) {
        gapChars += lines.get(i).features().length();
        gapLines++;
      }
    }
    if (start >= 0) {
      runs.add(new int[] {start, last});
    }
    return runs;
  }

  private static double mass(List<Line> lines, Cls[] cls, int[] run) {
    double mass = 0;
    for (int i = run[0]; i <= run[1]; i++) {
      if (cls[i] == Cls.GOOD) {
        mass += lines.get(i).features().length();
      }
    }
    return mass;
  }

  /**
   * How far a run reaches over neighbouring prose, crossing up to {@link #MAX_SKIP} other lines.
   */
  private static int grow(Cls[] initial, int edge, int step) {
    int reach = edge;
    int skipped = 0;
    for (int i = edge + step; i >= 0 && i < initial.length; i += step) {
      if (initial[i] == Cls.NEAR_GOOD || initial[i] == Cls.GOOD) {
        reach = i;
        skipped = 0;
      } else if (++skipped > MAX_SKIP) {
        break;
      }
    }
    return reach;
  }
}
