package dev.newsclean.clean.rules;

import dev.newsclean.clean.DateParser;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code byline}: a short line naming the author ("By Jane Doe", "Edited By: Aveek
 * Banerjee @AveekABanerjee Moscow Published : Feb 14, 2024 23:55 IST"). Its authors and its
 * published date move to the metadata. Author words and date markers come from each language's
 * {@code byline.json}.
 */
public final class BylineRule implements Rule {

  public static final String ID = RuleIds.BYLINE;
  private static final int MAX_CHARS = 250;

  /** Between a date marker and its date: ": ", " on Wed ", ... */
  private static final int MAX_MARKER_GAP = 16;

  /**
   * What parts the names from the date after them: a dash, bar or dot, a comma, or a time and "on"
   * ("Beege Welborn 8:41 PM on December 20, 2023").
   */
  private static final Pattern SEPARATOR_BEFORE_DATE =
      Pattern.compile(
          "\\s+[-–—|•·]\\s*$|\\s*,\\s*$|\\s+\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s+on\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A byline without "By" is short: names, the outlet, a date. */
  private static final int MAX_UNPREFIXED_CHARS = 160;

  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final Pattern SEGMENTS = Pattern.compile("\\s[|•·]\\s");
  private static final Pattern GLUE =
      Pattern.compile(
          "(?<=\\p{Ll})(?=(?:Published|Updated|Posted|Last Updated|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
              + "|Sep|Sept|Oct|Nov|Dec)\\b)");
  private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*");

  /** "Lucy Handley@lucyhandley": an author's name with the social handle printed after it. */
  private static final Pattern NAME_HANDLE = Pattern.compile("(.+?)\\s*@\\w{2,30}");

  /** The name before a handle: capitalised words, an initial's full stop at most. */
  private static final Pattern HANDLED_NAME =
      Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'’-]*");

  /** How many lines from a name with its handle the page's date must be. */
  private static final int HANDLE_DATE_REACH = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    List<Line> kept = page.kept();
    for (int i = 0; i < kept.size(); i++) {
      Line line = kept.get(i);
      String text = unglued(line.text());
      if (text.length() > MAX_CHARS
          || page.book().dates().isDateLine(text, page.book().dateMarkers())) {
        continue; // A line that is only a date is the page's date (page.date), not a byline.
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (i + 1 < kept.size() && page.book().authorPrefixes().contains(lower.strip())) {
        // "By" on a line of its own, the name on the next.
        Line next = kept.get(i + 1);
        String name = leadingName(next.text());
        if (name != null && name.equals(next.text().strip())) {
          page.remove(line, ID);
          page.remove(next, ID);
          if (page.found().authors().isEmpty()) {
            page.found(page.found().withAuthors(List.of(name)));
          }
          i++;
          continue;
        }
      }
      String handled = nameWithHandle(text, line.index(), page);
      if (handled != null) {
        page.remove(line, ID);
        if (page.found().authors().isEmpty()) {
          page.found(page.found().withAuthors(List.of(handled)));
        }
        continue;
      }
      List<String> authors = List.of();
      // The author may open the line or any of its segments ("Le Monde | 04.05.2015 | Par Jane
      // Doe").
      for (String segment : SEGMENTS.split(text)) {
        String part = segment.strip();
        authors = authors(part, part.toLowerCase(Locale.ROOT), page.book().authorPrefixes());
        if (!authors.isEmpty()) {
          break;
        }
      }
      if (authors.isEmpty()) {
        authors = namesBeforeDate(text, page);
      }
      Optional<String> published = published(text, lower, page);
      if (authors.isEmpty() && published.isPresent()) {
        authors = nameBeforeDatedSegment(text, page);
      }
      if (published.isEmpty() && !authors.isEmpty()) {
        published = dateAfterNames(text, page);
      }
      if (authors.isEmpty() && published.isEmpty()) {
        continue;
      }
      if (authors.isEmpty()
          && LineFeatures.endsSentence(text)
          && !startsWithMarker(lower, page.book().dateMarkers())) {
        continue;
      }
      page.remove(line, ID);
      if (!authors.isEmpty() && page.found().authors().isEmpty()) {
        page.found(page.found().withAuthors(authors));
      }
      if (published.isPresent()
          && authors.isEmpty()
          && !startsWithMarker(lower, page.book().dateMarkers())) {
        // A date with neither a name nor "Published" by it (a masthead's "Sunday, Dec 24th 2023
        // 11PM 9°C") is only the page's date: a dated byline below it wins.
        page.fallbackDate(line, published.get());
      } else if (published.isPresent() && page.found().published() == null) {
        page.found(page.found().withPublished(published.get()));
      }
    }
  }

  /** The names after an author prefix, or an empty list when the line is not a byline. */
  static List<String> authors(String text, String lower, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (!lower.startsWith(prefix)) {
        continue;
      }
      String rest = text.substring(prefix.length());
      if (rest.isEmpty() || !(rest.charAt(0) == ' ' || rest.charAt(0) == ':')) {
        continue;
      }
      rest = rest.replaceFirst("^[\\s:]+", "");
      int cut = firstOf(rest, "@", "|", "(", "•", " - ", " – ", " — ", "\n");
      rest = rest.substring(0, cut);
      List<String> names = new ArrayList<>();
      String[] parts = NAME_SPLIT.split(rest);
      for (int i = 0; i < parts.length; i++) {
        String name = leadingName(parts[i]);
        // After the first name, a part counts only when it is a whole name, not "BBC North
        // America editor" or "Moscow Published : ...".
        if (name != null && (i == 0 || name.equals(parts[i].strip()))) {
          names.add(name);
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * The leading run of 2 to 4 capitalised words ("Aveek Banerjee" in "Aveek Banerjee Moscow
   * Published").
   */
  static String leadingName(String part) {
    String[] tokens = part.strip().split("\\s+");
    List<String> name = new ArrayList<>();
    for (String token : tokens) {
      if (!NAME_TOKEN.matcher(token).matches() || name.size() == 4) {
        break;
      }
      name.add(token);
    }
    // A third capitalised word is often a dateline or a section ("Aveek Banerjee Moscow"): keep
    // at most two when the line goes on, unless the third is an initial or a particle.
    if (name.size() > 2 && name.size() < tokens.length) {
      name = name.subList(0, 2);
    }
    return name.size() >= 2 ? String.join(" ", name) : null;
  }

  /**
   * The name of a line that is only a name and a social handle ("Karen Gilchrist@_karengilchrist"),
   * with a date line or a dated line ("Published Fri, Dec 22") within {@link #HANDLE_DATE_REACH}
   * lines: an author block. Null otherwise.
   */
  private static String nameWithHandle(String text, int at, Page page) {
    List<Line> lines = page.lines();
    Matcher m = NAME_HANDLE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String name = leadingName(m.group(1));
    if (name == null || !name.equals(m.group(1).strip()) || !HANDLED_NAME.matcher(name).matches()) {
      return null; // "Past Stuff... SETI@Home"
    }
    for (int j = Math.max(0, at - HANDLE_DATE_REACH);
        j < Math.min(lines.size(), at + HANDLE_DATE_REACH + 1);
        j++) {
      String near = unglued(lines.get(j).text());
      if (j != at
          && (page.book().dates().isDateLine(near, page.book().dateMarkers())
              || startsWithMarker(near.toLowerCase(Locale.ROOT), page.book().dateMarkers()))) {
        return name;
      }
    }
    return null;
  }

  /**
   * "Janyce McGregor · CBC News · Posted: Dec 22, 2023": a line of segments whose first is a whole
   * name and a later one opens with a date label.
   */
  private static List<String> nameBeforeDatedSegment(String text, Page page) {
    String[] segments = SEGMENTS.split(text);
    if (segments.length < 2) {
      return List.of();
    }
    String first = segments[0].strip();
    String name = leadingName(first);
    if (name == null || !name.equals(first)) {
      return List.of();
    }
    for (int i = 1; i < segments.length; i++) {
      String lower = segments[i].strip().toLowerCase(Locale.ROOT);
      if (startsWithMarker(lower, page.book().dateMarkers())) {
        return List.of(name);
      }
    }
    return List.of();
  }

  /**
   * The line with a space put back where text extraction ran a date label or a month into the name
   * before it ("By Caroline DelbertPublished: Oct 16", "Kent GermanDec 21, 2023").
   */
  static String unglued(String text) {
    return GLUE.matcher(text).replaceAll(" ");
  }

  private static Optional<String> published(String text, String lower, Page page) {
    // A dateline opens with its publication date; a later one ("Last modified on ...") is an
    // update.
    Optional<DateParser.Found> opening = page.book().dates().find(text);
    if (opening.isPresent()
        && opening.get().start() <= MAX_MARKER_GAP
        && page.book().dates().isDateLine(text.substring(0, opening.get().end()), List.of())) {
      boolean marked =
          page.book().dateMarkers().stream()
              .anyMatch(m -> lower.indexOf(m) >= 0 && lower.indexOf(m) < opening.get().start());
      if (!marked) {
        return Optional.of(opening.get().iso());
      }
    }
    for (String marker : page.book().dateMarkers()) {
      int at = lower.indexOf(marker);
      if (at >= 0) {
        Optional<DateParser.Found> found =
            page.book().dates().find(text.substring(at + marker.length()));
        if (found.isPresent() && found.get().start() <= MAX_MARKER_GAP) {
          return Optional.of(found.get().iso());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A byline without "By": nothing but names (and the outlet) before the line's date, as in "Jane
   * Doe and John Roe, Financial Times - Dec 20, 2023 3:06 pm UTC". Every part before the date must
   * be a whole name of 2 to 4 capitalised words; the outlet is dropped later as an organisation.
   */
  static List<String> namesBeforeDate(String text, Page page) {
    if (text.length() > MAX_UNPREFIXED_CHARS || LineFeatures.endsSentence(text)) {
      return List.of();
    }
    Optional<DateParser.Found> date = page.book().dates().find(text);
    if (date.isEmpty() || date.get().start() == 0) {
      return List.of();
    }
    String head = text.substring(0, date.get().start());
    // The names end at a separator before the date ("Jane Doe - Dec 20"), not a label ("Release
    // Date: Dec 20").
    Matcher separator = SEPARATOR_BEFORE_DATE.matcher(head);
    if (!separator.find()) {
      return List.of();
    }
    String before = head.substring(0, separator.start()).strip();
    String lowerBefore = before.toLowerCase(Locale.ROOT);
    for (String marker : page.book().dateMarkers()) {
      if (lowerBefore.contains(marker)) {
        return List
            .of(); // "Posted", "Last updated", "Jane DoePublished": a date label, not a byline of
        // names
      }
    }
    if (before.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String part : NAME_SPLIT.split(before)) {
      String name = leadingName(part);
      if (name == null || !name.equals(part.strip())) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }

  /**
   * In a byline, a date after the names ("by Jane Doe - 12/22/23 11:35 AM ET") is the article's. (A
   * date after a marker such as "Updated" was already read by {@link #published}.)
   */
  private static Optional<String> dateAfterNames(String text, Page page) {
    return page.book().dates().find(text).map(DateParser.Found::iso);
  }

  private static boolean startsWithMarker(String lower, List<String> markers) {
    return markers.stream().anyMatch(lower::startsWith);
  }

  private static int firstOf(String s, String... needles) {
    int cut = s.length();
    for (String needle : needles) {
      int at = s.indexOf(needle);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return cut;
  }
}
