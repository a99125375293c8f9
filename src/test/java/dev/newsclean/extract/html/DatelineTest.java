package dev.newsclean.extract.html;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** A UTC publication time written in the zone of the clock the page's dateline shows. */
public class DatelineTest {

  private static Document page(String dateline) {
    return Jsoup.parse(
        "<p class='date'>Monday, December 25, 2023 7:00 AM</p>"
            + "<h1>Trump's four most trusted insiders</h1><div class='byline'>By Jane Doe</div>"
            + dateline
            + "<p>The article's text.</p>");
  }

  @Test
  public void theDatelinesClockNamesTheDayItsReadersSaw() {
    // The instant stays; only the offset changes, to the one the dateline's wall clock shows.
    assertEquals(
        "2023-12-22T22:00:46.074-05:00",
        Dateline.inShownZone(
            "2023-12-23T03:00:46.074Z",
            page("<span class='datePublished d-inline'>December 22, 2023 10:00 PM</span>")));
    assertEquals(
        "2023-12-26T09:03:00+11:00",
        Dateline.inShownZone(
            "2023-12-25T22:03:00Z", page("<time datetime=''>December 26, 2023 - 9:03AM</time>")));
  }

  @Test
  public void aDatelineWithoutAClassIsReadWhenItHoldsAYear() {
    assertEquals(
        "2023-12-19T03:57:00Z",
        Dateline.inShownZone(
            "2023-12-18T22:57:00-05:00",
            page("<div><span class='sc-73638515-0'>Dec 19, 2023 3:57 AM</span></div>")));
  }

  @Test
  public void anotherInstantAnUpdateOrAClockAboveTheHeadlineChangesNothing() {
    // Another minute: not the same instant.
    assertEquals(
        "2023-12-22T16:22:00Z",
        Dateline.inShownZone(
            "2023-12-22T16:22:00Z",
            page("<span class='date'>Saturday 23 December 2023 05:39, UK</span>")));
    // The update's time.
    assertEquals(
        "2023-12-22T09:59:00Z",
        Dateline.inShownZone(
            "2023-12-22T09:59:00Z", page("<time>Updated Dec. 23, 2023, 4:59 AM</time>")));
    // Only the masthead's clock, above the headline, matches: it is not the article's.
    assertEquals(
        "2023-12-25T12:00:00Z",
        Dateline.inShownZone("2023-12-25T12:00:00Z", page("<p>No dateline here.</p>")));
    // A date without a time of day, or a published value that is not an ISO instant.
    assertEquals(
        "2023-12-22", Dateline.inShownZone("2023-12-22", page("<time>Dec 22, 2023 5:00</time>")));
  }

  @Test
  public void theDatelineIsTheFirstDateTextBelowTheHeadline() {
    // The masthead's date above the headline is not the article's.
    assertEquals(
        "Updated December 26, 2023 10:48 AM",
        Dateline.text(
            page("<p class='time'>Updated December 26, 2023 10:48 AM</p><p>Dec 22, 2023</p>")));
    assertEquals(
        "November 27, 2023", Dateline.text(page("<div><span>November 27, 2023</span></div>")));
    // Text without a year in an element not named for a date is not a dateline.
    assertNull(Dateline.text(page("<div><span>27 comments</span></div>")));
  }

  @Test
  public void theClockMustShowTheDayOfTheMonthToo() {
    OffsetDateTime utc = OffsetDateTime.parse("2023-12-23T03:00:00Z");
    assertEquals(Integer.valueOf(-300), Dateline.shownOffset(utc, "Dec 22, 2023 10:00 pm"));
    assertNull(Dateline.shownOffset(utc, "Dec 24, 2023 10:00 pm"));
    assertEquals(Integer.valueOf(330), Dateline.shownOffset(utc, "23.12.2023, 08:30"));
    // UTC+00:15 is no zone's.
    assertNull(Dateline.shownOffset(utc, "23.12.2023, 03:15"));
  }
}
