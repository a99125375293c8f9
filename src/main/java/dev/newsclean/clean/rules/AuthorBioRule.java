package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleBook;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code author.bio}: the author box below an article, a short biography that opens with a name and
 * a verb ("Aaron Klotz is a freelance writer for ...", "Charlie Savage writes about national
 * security ... He has been a journalist ...") and names a journalist's job within its first words;
 * with it go the short lines just above it that label the box ("About the author", the name,
 * "Senior Editor"). The name is one to three capitalised words, none a stop word (so "The BBC was
 * ..." stays); a single word only when it is a name of the page's author ("Rose is a Senior Editor
 * at ELLE"). A page that names no author otherwise gets the full names its boxes open with. Only in
 * the tail of the article (below its first paragraph, with at most two paragraphs after it), so a
 * sentence about a newspaper's editor in the middle of a story stays. It runs after the line
 * classifier and the teaser and comment rules, so what they make of the lines around a box (a box's
 * biography can be the summary in a list of other stories) does not change. Verbs and job titles
 * are {@code bioVerbs} and {@code authorRoles} in each language's {@code byline.json}.
 */
public final class AuthorBioRule implements Rule {

  public static final String ID = RuleIds.AUTHOR_BIO;

  private static final int MAX_BIO_CHARS = 600;

  /** The job is named within this many words after the verb. */
  private static final int ROLE_WITHIN_WORDS = 20;

  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_LABELS = 3;

  /** A paragraph has at least this many words. */
  private static final int PARAGRAPH_WORDS = 25;

  /** A box sits in the page's tail: at most this many of the article's paragraphs below it. */
  private static final int MAX_PARAGRAPHS_BELOW = 2;

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";

  private final Pattern opening;
  private final Set<String> roles;

  public AuthorBioRule(RuleBook book) {
    List<String> verbs = book.bioVerbs();
    this.opening =
        verbs.isEmpty()
            ? null
            : Pattern.compile(
                "^("
                    + NAME_WORD
                    + "(?: "
                    + NAME_WORD
                    + "){0,2}) (?:"
                    + String.join("|", verbs.stream().map(Pattern::quote).toList())
                    + ")\\b(.*)",
                Pattern.DOTALL);
    this.roles = Set.copyOf(book.authorRoles());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    if (opening == null) {
      return;
    }
    Set<String> authorNames = nameWords(page.found().authors());
    List<Line> lines = page.lines();
    int firstParagraph = -1;
    for (Line line : lines) {
      if (!line.removed() && line.features().words() >= PARAGRAPH_WORDS) {
        firstParagraph = line.index();
        break;
      }
    }
    if (firstParagraph < 0) {
      return;
    }
    Set<String> stopwords = page.stopwords();
    ArrayDeque<String> named = new ArrayDeque<>();
    int paragraphsBelow = 0;
    for (int i = lines.size() - 1; i > firstParagraph; i--) {
      Line line = lines.get(i);
      if (line.removed()) {
        continue;
      }
      String name =
          paragraphsBelow <= MAX_PARAGRAPHS_BELOW
              ? bioName(line.text().strip(), authorNames, stopwords)
              : null;
      if (name != null) {
        page.remove(line, ID);
        removeLabels(page, line, authorNames);
        if (name.indexOf(' ') > 0 && !named.contains(name)) {
          named.addFirst(name);
        }
      } else if (line.features().words() >= PARAGRAPH_WORDS) {
        paragraphsBelow++;
      }
    }
    if (page.found().authors().isEmpty() && !named.isEmpty()) {
      page.found(page.found().withAuthors(List.copyOf(named)));
    }
  }

  /** The name a biography opens with, or null when {@code text} is not one. */
  private String bioName(String text, Set<String> authorNames, Set<String> stopwords) {
    if (text.length() > MAX_BIO_CHARS) {
      return null;
    }
    Matcher m = opening.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String[] name = m.group(1).split(" ");
    for (String word : name) {
      if (stopwords.contains(word.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (name.length == 1 && !authorNames.contains(name[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String[] rest = m.group(2).strip().split("\\s+", ROLE_WITHIN_WORDS + 1);
    for (int i = 0; i < Math.min(rest.length, ROLE_WITHIN_WORDS); i++) {
      if (isRole(rest[i])) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The short lines right above a bio that label it: a role, the author's name, "About the author".
   */
  private void removeLabels(Page page, Line bio, Set<String> authorNames) {
    Line above = page.keptBefore(bio.index());
    for (int n = 0; n < MAX_LABELS && above != null; n++) {
      String[] words = above.text().strip().split("\\s+");
      if (words.length > MAX_LABEL_WORDS || !isLabel(words, authorNames)) {
        return;
      }
      page.remove(above, ID);
      above = page.keptBefore(above.index());
    }
  }

  private boolean isLabel(String[] words, Set<String> authorNames) {
    for (String word : words) {
      if (isRole(word) || authorNames.contains(bare(word))) {
        return true;
      }
    }
    return false;
  }

  private boolean isRole(String word) {
    return roles.contains(bare(word));
  }

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("^\\P{L}+|\\P{L}+$", "");
  }

  private static Set<String> nameWords(List<String> authors) {
    Set<String> words = new HashSet<>();
    for (String author : authors) {
      for (String word : author.split("\\s+")) {
        if (word.length() > 1) {
          words.add(bare(word));
        }
      }
    }
    return words;
  }
}
