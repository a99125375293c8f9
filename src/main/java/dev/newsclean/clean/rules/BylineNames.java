package dev.newsclean.clean.rules;

import dev.newsclean.clean.DateParser;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a byline, for {@link BylineRule}: after an author prefix ("By Jane Doe and John
 * Roe"), before the line's date ("Jane Doe, Financial Times - Dec 20, 2023"), before a dated
 * segment ("Janyce McGregor · CBC News · Posted: ...") or before a social handle.
 */
final class BylineNames {

  /** A byline without "By" is short: names, the outlet, a date. */
  private static final int MAX_UNPREFIXED_CHARS = 160;

  /**
   * What parts the names from the date after them: a dash, bar or dot, a comma, or a time and "on"
   * ("Beege Welborn 8:41 PM on December 20, 2023").
   */
  private static final Pattern SEPARATOR_BEFORE_DATE =
      Pattern.compile(
          "\\s+[-–—|•·]\\s*$|\\s*,\\s*$|\\s+\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s+on\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");

  static final Pattern SEGMENTS = Pattern.compile("\\s[|•·]\\s");

  /**
   * What may follow an author's name on its line: the outlet or a role after a comma, bullet, bar
   * or slash ("Jonathan Wasserman, Bleacher Report", "John Garcia Jr. • Rivals.com", "Tori
   * Otten/"), or where the author writes from ("... in New York").
   */
  private static final Pattern AFTER_NAMES =
      Pattern.compile("(?:\\s*[,•|/].*|\\s+in(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})$");

  /** The line without the outlet, role or place after the names on it. */
  static String withoutOutlet(String text) {
    return AFTER_NAMES.matcher(text).replaceFirst("");
  }

  private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*");

  /** Lower-case words inside a name ("Enrico de Lazaro", "Ursula von der Leyen"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "dos",
          "das", "bin", "ibn", "al", "el");

  /** "Lucy Handley@lucyhandley": an author's name with the social handle printed after it. */
  private static final Pattern NAME_HANDLE = Pattern.compile("(.+?)\\s*@\\w{2,30}");

  /** The name before a handle: capitalised words, an initial's full stop at most. */
  private static final Pattern HANDLED_NAME =
      Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'’-]*");

  /** How many lines from a name with its handle the page's date must be. */
  private static final int HANDLE_DATE_REACH = 3;

  private BylineNames() {}

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
    for (int i = 0; i < tokens.length && name.size() < 4; i++) {
      String token = tokens[i];
      boolean particle =
          !name.isEmpty()
              && PARTICLES.contains(token)
              && i + 1 < tokens.length
              && NAME_TOKEN.matcher(tokens[i + 1]).matches();
      if (!particle && !NAME_TOKEN.matcher(token).matches()) {
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
  static String nameWithHandle(String text, int at, Page page) {
    if (text.indexOf('@') < 0) {
      return null;
    }
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
      String near = BylineRule.unglued(lines.get(j).text());
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
  static List<String> nameBeforeDatedSegment(String text, Page page) {
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

  /** Separators between a byline's date and the names after it ("Aug 12, 2021 / Klaus Sieg"). */
  private static final Pattern SEPARATOR_AFTER_DATE = Pattern.compile("^[\\s|/•·–—-]+");

  /** The most characters after a byline's opening date that may still be only names. */
  private static final int MAX_NAMES_AFTER_DATE = 80;

  /**
   * A byline that opens with its date, the names after it: "Dec 22, 2023 by Enrico de Lazaro", "Aug
   * 12, 2021 / Klaus Sieg". After the date and a separator (a space before "by"), either an author
   * prefix and names or nothing but whole names shaped as {@link NameAboveDateRule#isName}
   * requires; an empty list otherwise ("Dec 18, 2023 3 min read", "28 September 2011, South Asia").
   */
  static List<String> namesAfterDate(String text, Page page) {
    Optional<DateParser.Found> date = page.book().dates().find(text);
    if (date.isEmpty() || date.get().start() > 0) {
      return List.of();
    }
    String after = text.substring(date.get().end());
    String rest = SEPARATOR_AFTER_DATE.matcher(after).replaceFirst("");
    if (rest.isEmpty() || rest.length() > MAX_NAMES_AFTER_DATE) {
      return List.of();
    }
    List<String> prefixed =
        authors(rest, rest.toLowerCase(Locale.ROOT), page.book().authorPrefixes());
    if (!prefixed.isEmpty() || rest.length() == after.length()) {
      // No separator: "28 September 2011, South Asia" has a place after the date.
      return prefixed;
    }
    List<String> names = new ArrayList<>();
    for (String part : NAME_SPLIT.split(rest)) {
      String name = part.strip();
      if (!NameAboveDateRule.isName(name, page.stopwords())) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }

  static boolean startsWithMarker(String lower, List<String> markers) {
    return markers.stream().anyMatch(lower::startsWith);
  }

  static int firstOf(String s, String... needles) {
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
