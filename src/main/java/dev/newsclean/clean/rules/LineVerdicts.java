package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Thresholds;
import dev.newsclean.clean.rules.LineClassifier.Cls;
import java.util.List;

/**
 * What the plain-text pass of {@link LineClassifier} knows of each kept line of a page: its class
 * judged on its own ({@link #initial}), its class after its context ({@link #cls}), the reason it
 * goes if it does, and whether it is part of a menu run.
 */
final class LineVerdicts {

  final List<Line> lines;
  final Cls[] initial;
  final Cls[] cls;
  final String[] reason;
  final boolean[] menu;

  /** Each line classified on its own; without stop words ({@code fallback}) by punctuation. */
  LineVerdicts(List<Line> lines, Thresholds t, boolean fallback) {
    this.lines = lines;
    initial = new Cls[lines.size()];
    reason = new String[lines.size()];
    menu = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      initial[i] = LineClassifier.classify(line, t, fallback);
      reason[i] =
          LineClassifier.isLinky(line, t)
              ? LineClassifier.LINKS
              : initial[i] == Cls.SHORT ? LineClassifier.SHORT : LineClassifier.NOT_PROSE;
    }
    cls = new Cls[lines.size()];
  }

  /**
   * jusText's context-sensitive pass: short lines, then near-good lines, judged by their
   * neighbours' initial classes ({@link #cls} from {@link #initial}).
   */
  void revise() {
    Cls[] out = cls;
    System.arraycopy(initial, 0, out, 0, initial.length);
    for (int i = 0; i < initial.length; i++) {
      if (initial[i] != Cls.SHORT) {
        continue;
      }
      Cls prev = neighbour(initial, i, -1, true);
      Cls next = neighbour(initial, i, +1, true);
      if (prev == Cls.GOOD && next == Cls.GOOD) {
        out[i] = Cls.GOOD;
      } else if (prev == Cls.BAD && next == Cls.BAD) {
        out[i] = Cls.BAD;
      } else if ((prev == Cls.BAD && neighbour(initial, i, -1, false) == Cls.NEAR_GOOD)
          || (next == Cls.BAD && neighbour(initial, i, +1, false) == Cls.NEAR_GOOD)) {
        out[i] = Cls.GOOD;
      } else {
        out[i] = Cls.BAD;
      }
    }
    for (int i = 0; i < initial.length; i++) {
      if (initial[i] != Cls.NEAR_GOOD) {
        continue;
      }
      Cls prev = neighbour(out, i, -1, true);
      Cls next = neighbour(out, i, +1, true);
      out[i] = prev == Cls.BAD && next == Cls.BAD ? Cls.BAD : Cls.GOOD;
    }
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
}
