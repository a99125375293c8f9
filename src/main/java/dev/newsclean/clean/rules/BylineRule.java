package dev.newsclean.clean.rules;

import dev.newsclean.clean.DateParser;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.LineFeatures;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /** Date labels that text extraction runs into the name before them ("DelbertPublished"). */
  private static final List<String> LABELS =
      List.of("Published", "Updated", "Posted", "Last Updated");

  /** Months that text extraction runs into the name before them ("GermanDec 21"). */
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sept",
          "Sep",
          "Oct",
          "Nov",
          "Dec");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    List<Line> kept = page.kept();
    for (int i = 0; i < kept.size(); i++) {
      Line line = kept.get(i);
      if (line.text().length() > MAX_CHARS) {
        continue; // unglued only adds spaces: still too long
      }
      String text = unglued(line.text());
      if (text.length() > MAX_CHARS
          || page.book().dates().isDateLine(text, page.book().dateMarkers())) {
        continue; // A line that is only a date is the page's date (page.date), not a byline.
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (i + 1 < kept.size() && page.book().authorPrefixes().contains(lower.strip())) {
        // "By" on a line of its own, the name on the next (perhaps with the outlet after it).
        Line next = kept.get(i + 1);
        String named = BylineNames.withoutOutlet(next.text().strip());
        String name = BylineNames.leadingName(named);
        if (name != null && name.equals(named)) {
          page.remove(line, ID);
          page.remove(next, ID);
          if (page.found().authors().isEmpty()) {
            page.found(page.found().withAuthors(List.of(name)));
          }
          i++;
          continue;
        }
        if (name != null) {
          // The name has something run into it ("Tate Ryan-Mosleyarchive page"): no author to
          // take, but the lone "By" still marks the byline's place under the headline.
          page.remove(line, ID);
          continue;
        }
      }
      String handled = BylineNames.nameWithHandle(text, line.index(), page);
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
      for (String segment : BylineNames.SEGMENTS.split(text)) {
        String part = segment.strip();
        authors =
            BylineNames.authors(part, part.toLowerCase(Locale.ROOT), page.book().authorPrefixes());
        if (!authors.isEmpty()) {
          break;
        }
      }
      if (authors.isEmpty()) {
        authors = BylineNames.namesBeforeDate(text, page);
      }
      Optional<String> published = published(text, lower, page);
      if (authors.isEmpty() && published.isPresent()) {
        authors = BylineNames.nameBeforeDatedSegment(text, page);
      }
      if (authors.isEmpty() && published.isPresent()) {
        authors = BylineNames.namesAfterDate(text, page);
      }
      if (published.isEmpty() && !authors.isEmpty()) {
        published = dateAfterNames(text, page);
      }
      if (authors.isEmpty() && published.isEmpty()) {
        continue;
      }
      if (authors.isEmpty()
          && LineFeatures.endsSentence(text)
          && !BylineNames.startsWithMarker(lower, page.book().dateMarkers())) {
        continue;
      }
      page.remove(line, ID);
      if (!authors.isEmpty() && page.found().authors().isEmpty()) {
        page.found(page.found().withAuthors(authors));
        page.articleByline(line);
      }
      if (published.isPresent()
          && authors.isEmpty()
          && !BylineNames.startsWithMarker(lower, page.book().dateMarkers())) {
        // A date with neither a name nor "Published" by it (a masthead's "Sunday, Dec 24th 2023
        // 11PM 9°C") is only the page's date: a dated byline below it wins.
        page.fallbackDate(line, published.get());
      } else if (published.isPresent()) {
        page.bylineDate(line, published.get());
      }
    }
  }

  /**
   * The line with a separator put back where text extraction ran a date label or a month into the
   * name before it ("By Caroline DelbertPublished: Oct 16", "Kent GermanDec 21, 2023") or a day and
   * its month ("By Joel Franey15 February 2024"), or "By" into the name after it ("ByRahul Singh").
   */
  public static String unglued(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))
          && Character.isLowerCase(text.codePointBefore(i))
          && startsDayAndMonth(text, i)) {
        // "By Joel Franey15 February 2024": the date's day ran into the name.
        out = out == null ? new StringBuilder(text.length() + 8) : out;
        out.append(text, copied, i).append(" | ");
        copied = i;
        continue;
      }
      if (!Character.isUpperCase(text.charAt(i))
          || !Character.isLowerCase(text.codePointBefore(i))) {
        continue;
      }
      // Two blocks ran together: the name's and the date's, with the break between them lost.
      String separator = separatorAt(text, i);
      if (separator != null) {
        out = out == null ? new StringBuilder(text.length() + 8) : out;
        out.append(text, copied, i).append(separator);
        copied = i;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * What goes back between the lower-case letter before {@code i} and the capital at {@code i}: a
   * space before "By"'s name or a date label, a separator before a month (the name's block ends
   * there), or null when the words simply run on ("McDonald", "iPhone").
   */
  private static String separatorAt(String text, int i) {
    if (i == 2
        && text.startsWith("By")
        && text.length() > 3
        && Character.isLowerCase(text.charAt(3))) {
      return " ";
    }
    for (String label : LABELS) {
      if (wordAt(text, i, label)) {
        return " ";
      }
    }
    return monthAt(text, i) ? " | " : null;
  }

  /** Whether a day of the month and a month's name start at {@code i} ("15 February"). */
  private static boolean startsDayAndMonth(String text, int i) {
    int j = i;
    while (j < text.length() && j - i < 2 && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j < text.length() && text.charAt(j) == ' ' && monthAt(text, j + 1);
  }

  /** Whether a month's name starts at {@code i}. */
  private static boolean monthAt(String text, int i) {
    for (String month : MONTHS) {
      if (wordAt(text, i, month)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} starts at {@code i} and ends at a word boundary. */
  private static boolean wordAt(String text, int i, String word) {
    int end = i + word.length();
    return text.startsWith(word, i)
        && (end == text.length()
            || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
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
   * In a byline, a date after the names ("by Jane Doe - 12/22/23 11:35 AM ET") is the article's. (A
   * date after a marker such as "Updated" was already read by {@link #published}.)
   */
  private static Optional<String> dateAfterNames(String text, Page page) {
    return page.book().dates().find(text).map(DateParser.Found::iso);
  }
}
