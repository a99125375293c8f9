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
 * biography can be the summary in a list of other stories) does not change. The name may carry
 * pronouns and an adverb before the verb ("Alyse Whitney (she/her) is", "Gemma currently works"). A
 * box under its own heading ("About the author(s)", "About Emily Price") goes whatever its
 * biography opens with: the heading and the two lines under it. Verbs, job titles and headings are
 * {@code bioVerbs}, {@code authorRoles} and {@code bioHeadings} in each language's {@code
 * byline.json}.
 */
public final class AuthorBioRule implements Rule {

  public static final String ID = RuleIds.AUTHOR_BIO;

  private static final int MAX_BIO_CHARS = 1000;

  /** Lines under an author-box heading ("About the author") that are its biography. */
  private static final int MAX_LINES_UNDER_HEADING = 2;

  /** An author box's heading is short: "About the author(s)", "About Emily Price". */
  private static final int MAX_HEADING_CHARS = 60;

  /** The line classifier's removal reasons ({@code text.short}, ...) start with this. */
  private static final String CLASSIFIER_PREFIX = "text.";

  /** The job is named within this many words after the verb. */
  private static final int ROLE_WITHIN_WORDS = 20;

  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_LABELS = 3;

  /** A box sits in the page's tail: at most this many of the article's paragraphs below it. */
  private static final int MAX_PARAGRAPHS_BELOW = 2;

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";

  private final Pattern opening;
  private final Set<String> roles;
  private final Set<String> headings;

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
                    + "){0,2})(?: \\(\\p{Ll}+/\\p{Ll}+(?:/\\p{Ll}+)?\\))?(?: \\p{Ll}+ly)? (?:"
                    + String.join("|", verbs.stream().map(Pattern::quote).toList())
                    + ")\\b(.*)",
                Pattern.DOTALL);
    this.roles = Set.copyOf(book.authorRoles());
    this.headings = Set.copyOf(book.bioHeadings());
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
      if (!line.removed() && line.features().paragraph()) {
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
      boolean inTail = paragraphsBelow <= MAX_PARAGRAPHS_BELOW;
      if (inTail && isHeading(line, authorNames)) {
        removeBoxUnder(page, line);
        continue;
      }
      if (line.removed()) {
        continue;
      }
      String name = inTail ? bioName(line.text().strip(), authorNames, stopwords) : null;
      if (name != null) {
        page.remove(line, ID);
        removeLabels(page, line, authorNames);
        if (name.indexOf(' ') > 0 && !named.contains(name)) {
          named.addFirst(name);
        }
      } else if (line.features().paragraph()) {
        paragraphsBelow++;
      }
    }
    if (page.found().authors().isEmpty() && !named.isEmpty()) {
      page.found(page.found().withAuthors(List.copyOf(named)));
    }
  }

  /** The heading and the biography under it, up to {@link #MAX_LINES_UNDER_HEADING} lines. */
  private static void removeBoxUnder(Page page, Line heading) {
    page.reassign(heading, ID);
    Line under = page.keptAfter(heading.index());
    for (int n = 0; n < MAX_LINES_UNDER_HEADING && under != null; n++) {
      if (under.text().length() > MAX_BIO_CHARS) {
        return;
      }
      page.remove(under, ID);
      under = page.keptAfter(under.index());
    }
  }

  /**
   * An author box's heading, kept or taken by the line classifier for a short line: one of the
   * language's {@code bioHeadings} ("About the author(s)"), or "About" and the author's name.
   */
  private boolean isHeading(Line line, Set<String> authorNames) {
    if (line.text().length() > MAX_HEADING_CHARS
        || (line.removed() && !line.removedBy().startsWith(CLASSIFIER_PREFIX))) {
      return false;
    }
    String key = line.text().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.]+$", "");
    if (headings.contains(key)) {
      return true;
    }
    String[] words = key.split("\\s+");
    if (words.length < 2 || words.length > 4 || !words[0].equals("about")) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!authorNames.contains(bare(words[i]))) {
        return false;
      }
    }
    return true;
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
