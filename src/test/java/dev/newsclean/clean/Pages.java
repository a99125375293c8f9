package dev.newsclean.clean;

import dev.newsclean.extract.PlainText;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Removal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: clean an inline plain-text page and read what happened to its lines. */
final class Pages {

  private static final DocumentCleaner CLEANER = DocumentCleaner.newsDefault();

  private Pages() {}

  static Cleaned clean(String... lines) {
    return CLEANER.clean(
        PlainText.toDocument("test.txt", String.join("\n", lines), "text", Metadata.EMPTY));
  }

  /** The rule that removed each removed line, by the line's text. */
  static Map<String, String> removedBy(Cleaned cleaned) {
    Map<String, String> out = new TreeMap<>();
    for (Removal r : cleaned.removed()) {
      out.put(r.text(), r.rule());
    }
    return out;
  }

  static String rule(Cleaned cleaned, String line) {
    return removedBy(cleaned).get(line);
  }

  static List<String> paragraphs(Cleaned cleaned) {
    return List.of(cleaned.article().text().split("\n\n"));
  }

  /** A paragraph of ordinary news prose, to give a test page a body. */
  static String prose(int n) {
    return "The minister said on Tuesday that the talks with the other side would continue for as long as it takes,"
        + " and that both of them had agreed to meet again in the capital next month ("
        + n
        + ").";
  }
}
