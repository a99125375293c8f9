package dev.newsclean.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes any date a source gives (a meta tag, JSON-LD, a JSON Lines field, a WARC header, Tika, a
 * byline) as the schema's ISO-8601: {@code 2024-02-14}, {@code 2024-02-14T23:55:00} or {@code
 * 2024-02-14T23:55:00+05:30}. The structured forms are read with {@code java.time} (ISO with or
 * without {@code T}, offset or fraction; RFC 1123; JavaScript's {@code Date.toString()}; US {@code
 * MM/dd/yyyy}; epoch seconds and milliseconds), anything else by {@link DateParser} as free text.
 * The offset is kept when the value has one, a bare date stays a date, and a date before the web or
 * after the fetch is no publication date. Immutable; thread-safe.
 */
public final class DateNormalizer {

  /** Nothing was published on the web before this. */
  static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);

  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?(?:\\s*\\(?[A-Za-z]{2,5}\\)?)?");
  private static final Pattern SLASHED =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
  private static final Pattern JS_DATE =
      Pattern.compile(
          "[A-Za-z]{3} ([A-Za-z]{3} \\d{1,2} \\d{4} \\d{2}:\\d{2}:\\d{2}) GMT([+-]\\d{4}).*");
  private static final DateTimeFormatter JS_FORMAT =
      DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss", Locale.ENGLISH);
  private static final DateTimeFormatter RFC_1123 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.RFC_1123_DATE_TIME)
          .toFormatter(Locale.ENGLISH);

  /**
   * A date in a URL's path: {@code /2023/12/20/}, {@code /2023/dec/21/}, {@code /2023-12-20/},
   * {@code /20231220}.
   */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-]([01]?\\d|[a-z]{3})[/-]([0-3]?\\d)(?:[/_.-]|$)|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?:[/_.-]|$)");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private final DateParser freeText;

  DateNormalizer(DateParser freeText) {
    this.freeText = freeText;
  }

  /**
   * The value as ISO-8601, or empty when it holds no date, or one before 1991 or more than a day
   * after {@code fetched} (an ISO instant or date; null for now).
   */
  public Optional<String> normalize(String raw, String fetched) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.strip();
    Optional<String> iso =
        structured(value).or(() -> freeText.find(value).map(DateParser.Found::iso));
    return iso.filter(d -> plausible(d, fetched));
  }

  /**
   * The publication date a page's dateline shows ("Posted: Dec 20, 2023 10:27 AM EST | Last
   * Updated: December 21, 2023"): its first date, unless one of {@code updateMarkers} comes before
   * it ("Updated Dec. 23, 2023"), or empty.
   */
  public Optional<String> shownPublished(
      String dateline, List<String> updateMarkers, String fetched) {
    if (dateline == null || dateline.isBlank()) {
      return Optional.empty();
    }
    String value = dateline.strip();
    return structured(value)
        .or(
            () ->
                freeText
                    .find(value)
                    .filter(found -> !afterMarker(value, found, updateMarkers))
                    .map(DateParser.Found::iso))
        .filter(d -> plausible(d, fetched));
  }

  /** Whether one of {@code markers} comes before the date {@code found} in {@code text}. */
  private static boolean afterMarker(String text, DateParser.Found found, List<String> markers) {
    String before = text.substring(0, found.start()).toLowerCase(Locale.ROOT);
    return markers.stream().anyMatch(before::contains);
  }

  /** The calendar date a URL's path holds, a weak signal for pages that state none. */
  public static Optional<String> fromUrl(String url, String fetched) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    String year = m.group(1) != null ? m.group(1) : m.group(4);
    String month = m.group(1) != null ? m.group(2) : m.group(5);
    String day = m.group(1) != null ? m.group(3) : m.group(6);
    if (Character.isLetter(month.charAt(0))) {
      int i = MONTHS.indexOf(month);
      if (i < 0) {
        return Optional.empty();
      }
      month = String.valueOf(i + 1);
    }
    return dateTime(year, month, day, null, null, null, null).filter(d -> plausible(d, fetched));
  }

  /** The forms that machines write, or empty for anything else. */
  static Optional<String> structured(String value) {
    Matcher m = ISO_LIKE.matcher(value);
    if (m.matches()) {
      return dateTime(
          m.group(1),
          m.group(2),
          m.group(3),
          m.group(4),
          m.group(5),
          m.group(6),
          offset(m.group(7)));
    }
    m = SLASHED.matcher(value);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      // Month first, as US sites write it, unless the first number cannot be a month.
      String month = first > 12 ? m.group(2) : m.group(1);
      String day = first > 12 ? m.group(1) : m.group(2);
      String hour = m.group(4);
      if (hour != null && m.group(7) != null) {
        int h = Integer.parseInt(hour) % 12 + (m.group(7).equalsIgnoreCase("pm") ? 12 : 0);
        hour = String.valueOf(h);
      }
      return dateTime(m.group(3), month, day, hour, m.group(5), m.group(6), null);
    }
    if (EPOCH.matcher(value).matches()) {
      long n = Long.parseLong(value);
      Instant instant = value.length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
      return Optional.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME
              .format(instant.atOffset(ZoneOffset.UTC).withNano(0))
              .replace("+00:00", "Z"));
    }
    m = JS_DATE.matcher(value);
    if (m.matches()) {
      try {
        OffsetDateTime t =
            LocalDateTime.parse(m.group(1), JS_FORMAT).atOffset(ZoneOffset.of(m.group(2)));
        return Optional.of(format(t));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(format(ZonedDateTime.parse(value, RFC_1123).toOffsetDateTime()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> dateTime(
      String y, String mo, String d, String h, String mi, String s, String offset) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (h == null) {
        return Optional.of(date.toString());
      }
      int hour = Integer.parseInt(h);
      int minute = Integer.parseInt(mi);
      int second = s == null ? 0 : Integer.parseInt(s);
      LocalTime.of(hour, minute, second); // validates
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%sT%02d:%02d:%02d%s",
              date,
              hour,
              minute,
              second,
              offset == null ? "" : offset));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code Z}, {@code +05:30}, or null for no offset; {@code +0530}, {@code +05} and UTC/GMT read.
   */
  private static String offset(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.equals("Z") || raw.equals("UTC") || raw.equals("GMT")) {
      return "Z";
    }
    String digits = raw.substring(1).replace(":", "");
    String hh = digits.substring(0, 2);
    String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
    if (Integer.parseInt(hh) > 18 || Integer.parseInt(mm) > 59) {
      return null;
    }
    String off = raw.charAt(0) + hh + ":" + mm;
    return off.equals("+00:00") || off.equals("-00:00") ? "Z" : off;
  }

  private static String format(OffsetDateTime t) {
    String off = t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId();
    return String.format(
        Locale.ROOT,
        "%sT%02d:%02d:%02d%s",
        t.toLocalDate(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        off);
  }

  /** Not before the web, and not more than a day after the page was fetched (or after now). */
  static boolean plausible(String iso, String fetched) {
    LocalDate date = LocalDate.parse(iso.substring(0, 10));
    LocalDate latest = LocalDate.now(ZoneOffset.UTC);
    if (fetched != null && fetched.length() >= 10) {
      try {
        latest = LocalDate.parse(fetched.substring(0, 10));
      } catch (DateTimeParseException e) {
        // An unreadable fetch date limits nothing beyond today.
      }
    }
    return !date.isBefore(EARLIEST) && !date.isAfter(latest.plusDays(1));
  }
}
