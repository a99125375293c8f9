package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Thresholds;
import dev.newsclean.clean.rules.LineClassifier.Cls;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a plain-text page: the good lines form runs separated by long stretches of other
 * text; the run with the most text is the body, runs far smaller than it (comment threads, footers)
 * go, and a kept run grows over the near-good prose next to it, keeping every line inside it that
 * is not link-heavy.
 */
final class BodyRuns {

  /** Junk lines a run may grow across to reach more prose. */
  private static final int MAX_SKIP = 2;

  private BodyRuns() {}

  /** Keeps the body's runs (see the class comment) and marks the rest. */
  static void keep(LineVerdicts v, Thresholds t) {
    List<Line> lines = v.lines;
    Cls[] initial = v.initial;
    Cls[] cls = v.cls;
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
            v.reason[i] = LineClassifier.OUTSIDE_BODY;
          }
        }
        continue;
      }
      int from = grow(initial, run[0], -1);
      int to = grow(initial, run[1], +1);
      for (int i = from; i <= to; i++) {
        boolean inside = i >= run[0] && i <= run[1];
        if (!LineClassifier.isLinky(lines.get(i), t)
            && !v.menu[i]
            && (inside || initial[i] != Cls.BAD)) {
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
