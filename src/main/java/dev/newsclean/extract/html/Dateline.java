package dev.newsclean.extract.html;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dateline a page prints below its headline: its text, for the metadata normaliser to weigh
 * against structured data ({@link #text}), and the zone of its clock ({@link #inShownZone}).
 * Structured data often gives the publication time in UTC (or the server's zone) while the dateline
 * prints the same instant in the newsroom's: "2023-12-23T03:00:46Z" over "December 22, 2023 10:00
 * PM". The day an analyst slices by is the one the page shows, so the instant is written in the
 * offset whose wall clock the dateline prints: "2023-12-22T22:00:46-05:00". Only the time of day
 * and the day of the month are read for that, so it works in any language; the instant never
 * changes. (Which dateline is an update's is told by English words here, and by each language's
 * {@code updateMarkers} in the normaliser.)
 */
final class Dateline {

  /** A time of day: "10:00 PM", "9:03AM", "22:00", "3:57 a.m.". */
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\d:])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])(?:\\s*([ap])\\.?m\\b\\.?)?",
          Pattern.CASE_INSENSITIVE);

  /** Words of a dateline that gives another time than the publication's. */
  private static final Pattern OTHER_TIME =
      Pattern.compile("(?i)\\b(?:updated?|modified|edited|last)\\b");

  /** A year of the web's time, standing alone. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:199\\d|20\\d\\d)(?!\\d)");

  private static final int MINUTES_PER_DAY = 24 * 60;

  /** Offsets in use run from UTC-12:00 to UTC+14:00, in whole, half or three-quarter hours. */
  private static final int MIN_OFFSET = -12 * 60;

  private static final int MAX_OFFSET = 14 * 60;

  /** The minutes past the hour of offsets in use: :00, :30 (India) and :45 (Nepal). */
  private static final Set<Integer> OFFSET_MINUTES = Set.of(0, 30, 45);

  private Dateline() {}

  /**
   * {@code published} written in the offset of the clock the dateline below the headline shows,
   * when that dateline prints the same instant's time of day (to the minute) and day of the month;
   * else {@code published} as it is. Only an ISO date-time with an offset is rewritten.
   */
  static String inShownZone(String published, Document doc) {
    OffsetDateTime time = PageTimes.parse(published);
    if (time == null) {
      return published;
    }
    String dateline = PageTimes.firstBelowHeadline(doc, Dateline::clockText);
    if (dateline == null) {
      return published;
    }
    Integer offset = shownOffset(time, dateline);
    if (offset == null || offset == time.getOffset().getTotalSeconds() / 60) {
      return published;
    }
    return time.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offset * 60))
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * The offset, in minutes, at which {@code time}'s instant reads as the clock and day of the month
   * that {@code dateline} prints; null when no offset in use does.
   */
  static Integer shownOffset(OffsetDateTime time, String dateline) {
    Matcher clock = CLOCK.matcher(dateline);
    if (!clock.find()) {
      return null;
    }
    int hour = Integer.parseInt(clock.group(1));
    int minute = Integer.parseInt(clock.group(2));
    if (clock.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (clock.group(3).equalsIgnoreCase("p") ? 12 : 0);
    }
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
    int shift =
        Math.floorMod(hour * 60 + minute - (utc.getHour() * 60 + utc.getMinute()), MINUTES_PER_DAY);
    if (shift > MAX_OFFSET) {
      shift -= MINUTES_PER_DAY;
    }
    if (shift < MIN_OFFSET || !OFFSET_MINUTES.contains(Math.floorMod(shift, 60))) {
      return null;
    }
    int day = utc.plusMinutes(shift).getDayOfMonth();
    String rest = dateline.substring(0, clock.start()) + " " + dateline.substring(clock.end());
    return Pattern.compile("(?<!\\d)0?" + day + "(?!\\d)").matcher(rest).find() ? shift : null;
  }

  /**
   * The date the page prints below its headline, as written ("By Jane Doe Updated December 26, 2023
   * 10:48 AM"): the text of the first element within reach of the first {@code h1} that is a {@code
   * <time>}, is named for a date, or holds a short text of its own with a year in it. Null when
   * there is none. An update's date is given too: the normaliser reads its words.
   */
  static String text(Document doc) {
    return PageTimes.firstBelowHeadline(doc, Dateline::datelineText);
  }

  /** The dateline's text, when it has a time of day and is not an update's; else null. */
  private static String clockText(Element e) {
    String text = datelineText(e);
    return text != null && CLOCK.matcher(text).find() && !OTHER_TIME.matcher(text).find()
        ? text
        : null;
  }

  /** The element's text when it is a dateline's ({@link #text}); else null. */
  private static String datelineText(Element e) {
    if (e.normalName().equals("time") || PageTimes.namesADate(e.className() + " " + e.id())) {
      return PageTimes.shortDated(e.text());
    }
    String own = e.ownText();
    return YEAR.matcher(own).find() ? PageTimes.shortDated(own) : null;
  }
}
