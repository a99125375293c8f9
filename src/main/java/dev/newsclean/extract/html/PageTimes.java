package dev.newsclean.extract.html;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a page's {@code <time datetime>} elements say of its publication date: the article's own
 * time as a last resort, and the site's own clock for a time that structured data gives in UTC.
 */
final class PageTimes {

  /** ISO date-times with an offset written {@code -05:00}, {@code -0500} or {@code Z}. */
  private static final DateTimeFormatter OFFSET_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  /** How many elements after the headline its dateline may come. */
  private static final int HEADLINE_REACH = 40;

  private PageTimes() {}

  /**
   * The {@code datetime} of the article's {@code <time>}: the first one just after the headline
   * ({@code h1}), one inside {@code article} or {@code main}, or else the page's, when every {@code
   * <time>} on it names the same day. A page of many times on different days (a feed of other
   * stories beside the article) tells nothing.
   */
  static String articleTime(Document doc) {
    String nearHeadline = nearHeadline(doc);
    if (nearHeadline != null) {
      return nearHeadline;
    }
    for (String scope : new String[] {"article time[datetime]", "main time[datetime]"}) {
      Element e = doc.selectFirst(scope);
      if (e != null && !e.attr("datetime").isBlank()) {
        return e.attr("datetime");
      }
    }
    Elements all = doc.select("time[datetime]");
    Set<String> days = new LinkedHashSet<>();
    String first = null;
    for (Element e : all) {
      String value = e.attr("datetime").strip();
      if (value.length() >= 10) {
        days.add(value.substring(0, 10));
        first = first == null ? value : first;
      }
    }
    return days.size() == 1 ? first : null;
  }

  /**
   * {@code published} as the page's own {@code <time>} writes the same instant in its local zone,
   * when {@code published} is in UTC and such a time exists ("2023-12-23T03:22:07Z" is
   * "2023-12-22T22:22:07-05:00" on a site in New York: the day its readers saw); else {@code
   * published} as it is.
   */
  static String inLocalZone(String published, Document doc) {
    OffsetDateTime utc = parse(published);
    if (utc == null || utc.getOffset().getTotalSeconds() != 0) {
      return published;
    }
    for (Element e : doc.select("time[datetime]")) {
      String value = e.attr("datetime").strip();
      OffsetDateTime local = parse(value);
      if (local != null
          && local.getOffset().getTotalSeconds() != 0
          && Math.abs(local.toEpochSecond() - utc.toEpochSecond()) < 60) {
        return value;
      }
    }
    return published;
  }

  /**
   * The first {@code <time datetime>} within {@link #HEADLINE_REACH} elements after the first
   * {@code h1}: the headline's dateline, not a feed's times further down.
   */
  private static String nearHeadline(Document doc) {
    return firstBelowHeadline(
        doc,
        e ->
            e.normalName().equals("time") && !e.attr("datetime").isBlank()
                ? e.attr("datetime")
                : null);
  }

  /**
   * The first non-null value {@code read} gives for the {@link #HEADLINE_REACH} elements after the
   * page's first {@code h1}; null without an {@code h1}.
   */
  static String firstBelowHeadline(Document doc, Function<Element, String> read) {
    Element h1 = doc.selectFirst("h1");
    if (h1 == null) {
      return null;
    }
    Element e = h1;
    for (int seen = 0; seen < HEADLINE_REACH; seen++) {
      e = nextInDocument(e);
      if (e == null) {
        return null;
      }
      String value = read.apply(e);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The element after {@code e} in document order (its first child, else the next one out). */
  private static Element nextInDocument(Element e) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element at = e; at != null; at = at.parent()) {
      Element sibling = at.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /** Class and id words that name a publication date's element ("article__date", "pubdate"). */
  private static final Set<String> DATE_WORDS =
      Set.of("date", "pubdate", "dateline", "published", "timestamp", "posted");

  /** Class and id words of an element that holds another date than the publication's. */
  private static final Set<String> OTHER_DATE_WORDS =
      Set.of("update", "updated", "modified", "expires", "event", "birth");

  /** Where a camel-case name's next word starts ("date|Published"). */
  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /** The longest text a date element holds ("Published on December 22, 2023 at 10:11 AM"). */
  private static final int MAX_DATE_TEXT = 80;

  /**
   * For a page without a machine-readable date: the text of the first element within {@link
   * #HEADLINE_REACH} elements after the first {@code h1} whose class or id names a date ({@code
   * <span class="news-article__hero__date">20 Dec 2023</span>}), left for the metadata normaliser
   * to read (or drop). Null when there is none.
   */
  static String datedElement(Document doc) {
    return firstBelowHeadline(doc, PageTimes::dateText);
  }

  /** The element's text when its class or id names a date and the text is short, with a digit. */
  private static String dateText(Element e) {
    if (!namesADate(e.className() + " " + e.id())) {
      return null; // checked first: the text of a large element is costly to build
    }
    return shortDated(e.text());
  }

  /** The text, stripped, when it is short enough for a date and holds a digit; else null. */
  static String shortDated(String text) {
    String s = text.strip();
    return s.length() <= MAX_DATE_TEXT && s.chars().anyMatch(Character::isDigit) ? s : null;
  }

  /** Whether a class or id names a publication date ("article__date", "datePublished"). */
  static boolean namesADate(String classAndId) {
    boolean date = false;
    String words = CAMEL_HUMP.matcher(classAndId).replaceAll(" ");
    for (String word : words.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (OTHER_DATE_WORDS.contains(word)) {
        return false;
      }
      date |= DATE_WORDS.contains(word);
    }
    return date;
  }

  /** An ISO date-time with an offset; null for anything else. */
  static OffsetDateTime parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip(), OFFSET_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
