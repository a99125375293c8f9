package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code embed.post}: a social post embedded in the article, as pages print it without its script:
 * the post's text, then its signature, a dash, the author's name, the handle in brackets and the
 * date ("— DiscussingFilm (@DiscussingFilm) December 21, 2023", Twitter's embed code). The
 * signature goes, and so does the line just above it, the post itself. It runs before the byline
 * and date rules, so a post's date is never taken for the article's.
 */
public final class EmbeddedPostRule implements Rule {

  public static final String ID = RuleIds.EMBED_POST;

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "[—–-]\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s+"
              + "(?:\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}|\\d{1,2}\\.? \\p{L}{3,9}\\.? \\d{4})");

  /** A post is short: a tweet's 280 characters, its links and a little more. */
  private static final int MAX_POST_CHARS = 600;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    List<Line> lines = page.lines();
    for (Line line : lines) {
      if (line.removed() || !SIGNATURE.matcher(line.text().strip()).matches()) {
        continue;
      }
      page.remove(line, ID);
      Line above = previousKept(lines, line.index());
      if (above != null && above.text().length() <= MAX_POST_CHARS) {
        page.remove(above, ID);
      }
    }
  }

  private static Line previousKept(List<Line> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (!line.removed()) {
        return line;
      }
      if (!line.text().isBlank()) {
        return null; // only the line directly above, past blank ones
      }
    }
    return null;
  }
}
