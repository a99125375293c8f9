package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges the lines no named rule has removed, by general signals only: weighted length, stop-word
 * density (how much a line reads like prose in its language), link density, and context. The
 * scheme follows jusText (Pomikálek, 2011): each line first gets a class on its own (good,
 * near-good, short, bad); then short and near-good lines take the class of the good or bad lines
 * around them, so a short subheading between two paragraphs stays and a short menu item among
 * menu items goes.
 *
 * <p>The body is then the run of good lines with the most text; good runs far from it, separated by
 * a long stretch of boilerplate (comment threads, footers), go as {@code text.outside_body}.
 * Removal reasons: {@code text.links}, {@code text.not_prose}, {@code text.short}, {@code
 * text.outside_body}.
 */
public final class LineClassifier implements Rule {

  public static final String LINKS = "text.links";
  public static final String NOT_PROSE = "text.not_prose";
  public static final String SHORT = "text.short";
  public static final String OUTSIDE_BODY = "text.outside_body";

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
    boolean fallback = page.stopwords().isEmpty();
    Cls[] initial = new Cls[lines.size()];
    String[] reason = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      reason[i] = NOT_PROSE;
      initial[i] = classify(line, t, fallback);
      if (initial[i] == Cls.BAD && isLinky(line, t)) {
        reason[i] = LINKS;
      } else if (initial[i] == Cls.SHORT) {
        reason[i] = SHORT;
      }
    }
    Cls[] revised = revise(initial);
    keepBody(lines, revised, reason, t);
    for (int i = 0; i < lines.size(); i++) {
      if (revised[i] != Cls.GOOD) {
        page.remove(lines.get(i), reason[i]);
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
    // A full sentence with few function words (a list of names or places): let its neighbours decide.
    if (f.endsSentence() && f.stopwordDensity() >= t.stopwordsLow() / 2) {
      return Cls.NEAR_GOOD;
    }
    return Cls.BAD;
  }

  private static boolean isLinky(Line line, Thresholds t) {
    LineFeatures f = line.features();
    return line.linkDensity() > t.maxLinkDensity()
        || (f.urlShare() > 0.5)
        || (f.separators() >= 2 && f.length() < t.lengthHigh());
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

  /** The nearest class that is not short (nor near-good, if asked) in one direction; BAD past the edge. */
  private static Cls neighbour(Cls[] cls, int i, int step, boolean skipNearGood) {
    for (int j = i + step; j >= 0 && j < cls.length; j += step) {
      if (cls[j] == Cls.SHORT || (skipNearGood && cls[j] == Cls.NEAR_GOOD)) {
        continue;
      }
      return cls[j];
    }
    return Cls.BAD;
  }

  /**
   * Groups good lines into runs separated by long stretches of non-good text; keeps the run with
   * the most text and any other run holding a large share of it, and marks the rest.
   */
  static void keepBody(List<Line> lines, Cls[] cls, String[] reason, Thresholds t) {
    List<int[]> runs = new ArrayList<>();
    List<Double> mass = new ArrayList<>();
    int start = -1;
    int last = -1;
    double gapChars = 0;
    int gapLines = 0;
    double runMass = 0;
    for (int i = 0; i < lines.size(); i++) {
      double length = lines.get(i).features().length();
      if (cls[i] == Cls.GOOD) {
        if (start >= 0 && (gapChars > t.bodyGapChars() || gapLines > t.bodyGapLines())) {
          runs.add(new int[] {start, last});
          mass.add(runMass);
          start = -1;
        }
        if (start < 0) {
          start = i;
          runMass = 0;
        }
        last = i;
        runMass += length;
        gapChars = 0;
        gapLines = 0;
      } else if (start >= 0) {
        gapChars += length;
        gapLines++;
      }
    }
    if (start >= 0) {
      runs.add(new int[] {start, last});
      mass.add(runMass);
    }
    if (runs.size() < 2) {
      return;
    }
    double best = mass.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (int r = 0; r < runs.size(); r++) {
      if (mass.get(r) >= best * t.secondaryClusterShare()) {
        continue;
      }
      for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
        if (cls[i] == Cls.GOOD) {
          cls[i] = Cls.BAD;
          reason[i] = OUTSIDE_BODY;
        }
      }
    }
  }
}
