package dev.newsclean.clean.rules;

import dev.newsclean.clean.AuthorNames;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code byline}, for plain text without one: the author's name alone on its line just above the
 * article's date ("Meredith Dietz" / "December 21, 2023"), with at most one line between them (a
 * role, "Contributing Reporter", or a handle, "@ashifa_k"). Only the first date line of the page
 * counts, and only a line shaped like a person's name: two to four words, each capitalised, no
 * short stop word, no word of a job title or of page furniture, no organisation or staff word, no
 * words run together or in capitals ("ByTara Haelle" loses its glued "By"). Two names joined by
 * "and" both count, and the outlet or place after the names goes ("Joanna Walters and Edward
 * Helmore in New York", "Jonathan Wasserman, Bleacher Report").
 */
public final class NameAboveDateRule implements Rule {

  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

  /** "ByTara Haelle": a byline prefix glued to the name. */
  private static final Pattern GLUED_BY = Pattern.compile("^By(?=\\p{Lu}\\p{Ll})");

  /**
   * Two words run together ("OtterAssistant"), beyond the short prefixes of names (McGregor,
   * DeShawn).
   */
  private static final Pattern GLUED = Pattern.compile("\\p{Ll}{3,}\\p{Lu}\\p{Ll}{3,}");

  /** A word in capitals longer than initials ("COMMENTARY"). */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{4,}");

  /** Words of job titles and page furniture, which sit where a name would. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "editor",
          "senior",
          "associate",
          "assistant",
          "contributing",
          "contributor",
          "features",
          "reporter",
          "writer",
          "columnist",
          "correspondent",
          "privacy",
          "settings",
          "commentary",
          "opinion",
          "analysis",
          "updated",
          "published",
          "sponsored",
          "advertisement",
          "subscribe",
          "newsletter",
          "share",
          "follow",
          "comments",
          "photo",
          "video",
          "live",
          "licensing",
          "request",
          "reprints",
          "permissions",
          "copy",
          "url",
          "link",
          "print",
          "email");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "from", "with", "into", "about", "after", "over", "under", "this", "that", "these",
          "when", "what");
  private static final int MAX_CHARS = 40;

  /** A byline line with two names and the outlet is still short; a longer one is a sentence. */
  private static final int MAX_LINE_CHARS = 100;

  /** Between two names: "Joanna Walters and Edward Helmore". */
  private static final Pattern BETWEEN_NAMES = Pattern.compile("\\s+(?:and|&)\\s+");

  @Override
  public String id() {
    return BylineRule.ID;
  }

  @Override
  public void apply(Page page) {
    if (!page.plainText() || !page.found().authors().isEmpty()) {
      return;
    }
    Line date = page.firstRemovedBy(DATED);
    if (date == null) {
      return;
    }
    for (int k = 1; k <= 2 && date.index() - k >= 0; k++) {
      Line above = page.lines().get(date.index() - k);
      List<String> names = names(above, page.stopwords());
      if (!names.isEmpty()) {
        page.remove(above, BylineRule.ID, "a name above the date");
        page.found(page.found().withAuthors(names));
        return;
      }
    }
  }

  /** The lines that give the page's first date: a dated byline or a date line. */
  private static final Set<String> DATED = Set.of(PageDateRule.ID, BylineRule.ID);

  /**
   * The names on a byline line without "By": one or two names, then perhaps the outlet or the
   * place; empty when any part is not shaped like a person's name.
   */
  static List<String> names(Line line, Set<String> stopwords) {
    String by = line.removedBy();
    if ((line.removed() && (by == null || !by.startsWith("text.")))
        || line.text().length() > MAX_LINE_CHARS) {
      return List.of();
    }
    String text = BylineNames.withoutOutlet(name(line.text()));
    List<String> names = new ArrayList<>();
    for (String part : BETWEEN_NAMES.split(text, -1)) {
      if (!isName(part, stopwords)) {
        return List.of();
      }
      names.add(part);
    }
    return names.size() <= 2 ? names : List.of();
  }

  static String name(String text) {
    return GLUED_BY.matcher(text.strip()).replaceFirst("");
  }

  static boolean isName(String text, Set<String> stopwords) {
    if (GLUED.matcher(text).find() || CAPITALS.matcher(text).find()) {
      return false;
    }
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      // Short stop words ("The", "In", "Le") are not names; longer ones may be ("Will Shanklin",
      // "May Bulman").
      boolean functionWord =
          stopwords.contains(lower) && (lower.length() <= 3 || FUNCTION_WORDS.contains(lower));
      if (!NAME_WORD.matcher(w).matches() || functionWord || NOT_NAMES.contains(lower)) {
        return false;
      }
    }
    return !AuthorNames.staff(text) && !AuthorNames.organisation(text, Set.of());
  }
}
