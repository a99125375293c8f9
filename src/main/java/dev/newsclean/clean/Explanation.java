package dev.newsclean.clean;

import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import java.util.List;

/**
 * One document's cleaning laid open: every non-blank line with its verdict (the rule that removed
 * it and what that rule saw, or kept) and its measured features, the language used, and the result
 * (the article with its metadata, or the reject).
 */
public record Explanation(Document document, List<Line> lines, String language, Cleaned cleaned) {

  public Explanation {
    lines = List.copyOf(lines);
  }

  /** The signals a line was judged on, in one short phrase. */
  public static String signals(Line line) {
    LineFeatures f = line.features();
    StringBuilder out = new StringBuilder();
    out.append(f.words()).append(f.words() == 1 ? " word" : " words");
    out.append(", stop words ").append(percent(f.stopwordDensity()));
    if (line.linkDensity() > 0) {
      out.append(", links ").append(percent(line.linkDensity()));
    }
    out.append(f.endsSentence() ? ", sentence end" : ", no sentence end");
    if (line.kind() != dev.newsclean.model.Block.Kind.TEXT) {
      out.append(", ").append(line.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
