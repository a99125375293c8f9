package dev.newsclean.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date (and a time and zone, when they follow it) in free text and writes it as
 * ISO-8601: {@code 2024-02-14}, {@code 2024-02-14T23:55:00} or {@code 2024-02-14T23:55:00+05:30}.
 * Month names, weekdays and zone abbreviations come from {@code dates.json}. Immutable;
 * thread-safe.
 */
public final class DateParser {

  /** A date found in a text, with where it stood. */
  public record Found(String iso, int start, int end) {}

  private static final Pattern ISO =
      Pattern.compile(
          "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?\\b");

  /**
   * A year ends at a word boundary, or where a glued time begins, or where a number and a word run
   * into a year of this or the last century ("Oct 17, 20235757 Shares", "9 Oct 20239 Oct 2023":
   * text extraction lost the break after it; "20233" alone is no year).
   */
  private static final String YEAR_END =
      "(?:\\b|(?=\\d{1,2}:\\d{2})|(?<=(?:19|20)\\d{2})(?=\\d+\\s*\\p{L}))";

  /** 2023/12/19: year first, then month and day (no site writes the day before the month there). */
  private static final Pattern YEAR_FIRST_SLASHED =
      Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");

  /** A time of day on a date line: "04:22", "10:59 am". */
  private static final Pattern CLOCK =
      Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\b\\.?)?");

  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

  /**
   * 12/22/2023 or 22/12/23: read only when one of the two numbers cannot be a month, so the order
   * is certain.
   */
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");

  /**
   * 12-20-2023 or 20-12-2023, with the same certainty as {@link #SLASHED}; only with a four-digit
   * year (12-20-23 may be a score or a code).
   */
  private static final Pattern DASHED =
      Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])");

  private final Map<String, Integer> months;
  private final Set<String> weekdays;
  private final Map<String, String> zones;
  private final Pattern monthFirst;
  private final Pattern dayFirst;
  private final Pattern time;
  private final int shortestMonth;
  private final int longestMonth;

  DateParser(Map<String, Integer> months, Set<String> weekdays, Map<String, String> zones) {
    this.months = Map.copyOf(months);
    this.shortestMonth = months.keySet().stream().mapToInt(String::length).min().orElse(0);
    this.longestMonth = months.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.weekdays = Set.copyOf(weekdays);
    this.zones = Map.copyOf(zones);
    String names = alternatives(months.keySet());
    // The year may run into the time in a text dump ("December 22, 20233:00 AM ET"): the lookahead
    // takes it.
    this.monthFirst =
        Pattern.compile(
            "(?iu)\\b(" + names + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + YEAR_END);
    this.dayFirst =
        Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?("
                + names
                + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})"
                + YEAR_END);
    this.time =
        Pattern.compile(
            "(?iu)^[\\s,:|@at-]{0,6}(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(?:\\(?("
                + alternatives(zones.keySet())
                + ")\\)?\\b|([+-]\\d{2}:?\\d{2}))?");
  }

  static DateParser fromResource(JsonNode node) {
    Map<String, Integer> months = new HashMap<>();
    for (Iterator<JsonNode> langs = node.path("months").elements(); langs.hasNext(); ) {
      JsonNode lang = langs.next();
      for (int m = 0; m < lang.size(); m++) {
        for (JsonNode name : lang.get(m)) {
          months.putIfAbsent(name.asText().toLowerCase(Locale.ROOT), m + 1);
        }
      }
    }
    Set<String> weekdays = new HashSet<>();
    node.path("weekdays").forEach(day -> weekdays.add(day.asText()));
    Map<String, String> zones = new HashMap<>();
    node.path("zones").fields().forEachRemaining(e -> zones.put(e.getKey(), e.getValue().asText()));
    return new DateParser(months, weekdays, zones);
  }

  /** The first date in the text, if any. */
  public Optional<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    numbersInCertainOrder(text, '/', SLASHED, found);
    numbersInCertainOrder(text, '-', DASHED, found);
    if (!hasYear(text)) {
      return found.stream().findFirst();
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      date(m.group(1), m.group(2), m.group(3))
          .ifPresent(d -> found.add(new Found(withIsoTime(d, m), m.start(), m.end())));
    }
    if (text.indexOf('/') >= 0) {
      Matcher ys = YEAR_FIRST_SLASHED.matcher(text);
      if (ys.find()) {
        date(ys.group(1), ys.group(2), ys.group(3))
            .ifPresent(d -> found.add(withTime(d, text, ys.start(), ys.end())));
      }
    }
    boolean named = hasMonthName(text);
    Matcher mf = monthFirst.matcher(text);
    if (named && mf.find()) {
      Integer month = months.get(mf.group(1).toLowerCase(Locale.ROOT));
      date(mf.group(3), String.valueOf(month), mf.group(2))
          .ifPresent(d -> found.add(withTime(d, text, mf.start(), mf.end())));
    }
    Matcher df = dayFirst.matcher(text);
    if (named && df.find()) {
      Integer month = months.get(df.group(2).toLowerCase(Locale.ROOT));
      date(df.group(3), String.valueOf(month), df.group(1))
          .ifPresent(d -> found.add(withTime(d, text, df.start(), df.end())));
    }
    Matcher nm = NUMERIC.matcher(text);
    if (nm.find()) {
      date(nm.group(3), nm.group(2), nm.group(1))
          .ifPresent(d -> found.add(withTime(d, text, nm.start(), nm.end())));
    }
    return found.stream().min(Comparator.comparingInt(Found::start));
  }

  /**
   * A {@link #SLASHED} or {@link #DASHED} date in the text, added to {@code found} when the order
   * of day and month is certain; skipped at once when the text has no {@code separator}.
   */
  private void numbersInCertainOrder(
      String text, char separator, Pattern pattern, List<Found> found) {
    if (text.indexOf(separator) < 0) {
      return;
    }
    Matcher m = pattern.matcher(text);
    if (m.find()) {
      slashed(m.group(1), m.group(2), m.group(3))
          .ifPresent(d -> found.add(withTime(d, text, m.start(), m.end())));
    }
  }

  /**
   * True when the line is nothing but a date: a weekday, a date, a time and zone, and words such as
   * "updated" from {@code extraWords}, with punctuation between them.
   */
  public boolean isDateLine(String line, List<String> extraWords) {
    if (line.length() > 80) {
      return false;
    }
    Optional<Found> found = find(line);
    if (found.isEmpty()) {
      return false;
    }
    String rest =
        (line.substring(0, found.get().start()) + " " + line.substring(found.get().end()))
            .toLowerCase(Locale.ROOT);
    for (String word : extraWords) {
      rest = rest.replace(word, " ");
    }
    if (rest.indexOf(':') >= 0) {
      rest = CLOCK.matcher(rest).replaceAll(" "); // a time before the date: "04:22, 24 Dec 2023"
    }
    for (String token : rest.split("[\\s\\p{Punct}]+")) {
      if (!token.isEmpty() && !weekdays.contains(token) && !zones.containsKey(token)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a run of letters in the text is a month's name: the month patterns match only a whole
   * run (a word boundary before, a dot, comma or space after), so a line without one skips them.
   */
  private boolean hasMonthName(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int length = i - start;
        if (length >= shortestMonth
            && length <= longestMonth
            && months.containsKey(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** Every date this parser reads has a four-digit year: a cheap test before the patterns. */
  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private Found withTime(LocalDate date, String text, int start, int end) {
    Matcher t = time.matcher(text.substring(end));
    if (!t.find() || t.group(1) == null) {
      return new Found(date.toString(), start, end);
    }
    int hour = Integer.parseInt(t.group(1));
    int minute = Integer.parseInt(t.group(2));
    int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
    String ampm = t.group(4);
    if (ampm != null) {
      boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return new Found(date.toString(), start, end);
    }
    String zone =
        t.group(5) != null ? zones.get(t.group(5).toLowerCase(Locale.ROOT)) : offset(t.group(6));
    String iso =
        String.format(
            Locale.ROOT,
            "%sT%02d:%02d:%02d%s",
            date,
            hour,
            minute,
            second,
            zone == null ? "" : zone);
    return new Found(iso, start, end + t.end());
  }

  private static String withIsoTime(LocalDate date, Matcher m) {
    if (m.group(4) == null) {
      return date.toString();
    }
    String seconds = m.group(6) == null ? "00" : m.group(6);
    return date
        + "T"
        + m.group(4)
        + ":"
        + m.group(5)
        + ":"
        + seconds
        + (m.group(7) == null ? "" : offset(m.group(7)));
  }

  private static String offset(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.equals("Z")) {
      return "Z";
    }
    String digits = raw.replace(":", "");
    return digits.substring(0, 3) + ":" + digits.substring(3);
  }

  /**
   * A slashed date whose order is certain: month first when the second number is over 12, day first
   * when the first is.
   */
  private static Optional<LocalDate> slashed(String first, String second, String year) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if ((a > 12) == (b > 12)) {
      return Optional.empty(); // 03/04/2024 is March or April: better no date than a wrong one
    }
    String y = year.length() == 2 ? "20" + year : year;
    return a > 12 ? date(y, second, first) : date(y, first, second);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String alternatives(Set<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElse("(?!)");
  }
}
