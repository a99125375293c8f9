package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class DateParserTest {

  private final DateParser dates = RuleBook.newsDefault().dates();

  private String iso(String text) {
    return dates.find(text).map(DateParser.Found::iso).orElse(null);
  }

  @Test
  public void monthNameFirstWithTimeAndZone() {
    assertEquals("2024-02-14T23:55:00+05:30", iso("Published : Feb 14, 2024 23:55 IST"));
  }

  @Test
  public void slashedDatesOnlyWhenTheOrderIsCertain() {
    assertEquals("2023-12-22", iso("12/22/23"));
    assertEquals("2023-12-22", iso("22/12/2023"));
    assertNull("March or April", iso("03/04/2024"));
    assertNull("a URL path is not a date", iso("https://example.com/2023/12/22/story"));
    assertEquals("2023-12-20", iso("12-20-2023"));
    assertEquals("2023-12-20", iso("20-12-2023"));
    assertNull("March or April", iso("03-04-2024"));
    assertNull("a two-digit year after dashes may be a score", iso("12-20-23"));
  }

  @Test
  public void aYearRunIntoTheNextNumberAndWord() {
    assertEquals("2023-10-09", iso("Published On 9 Oct 20239 Oct 2023"));
    assertEquals("2023-10-17", iso("Tyrese Griffin Oct 17, 20235757 Shares97579 Views"));
    assertNull("not a year of ours", iso("Oct 17, 31235757 Shares"));
  }

  @Test
  public void aSlashedDateWithTheYearFirst() {
    assertEquals("2023-12-19T21:01:00", iso("Last updated: 2023/12/19 at 9:01 PM"));
    assertNull("a URL path is not a date", iso("https://example.com/2023/12/19/story"));
    assertNull("no thirteenth month", iso("2023/13/01"));
  }

  @Test
  public void aYearRunIntoItsTime() {
    assertEquals("2023-12-22T03:00:00", iso("December 22, 20233:00 AM ET"));
    assertEquals("2023-12-23T10:30:00", iso("Dec 23, 202310:30 AM"));
    assertNull("five digits are not a year", iso("December 22, 20233"));
  }

  @Test
  public void dayFirst() {
    assertEquals("2015-07-24", iso("24 July 2015"));
  }

  @Test
  public void weekdayBeforeTheDate() {
    assertEquals("2024-12-22", iso("Sunday, December 22, 2024"));
  }

  @Test
  public void twelveHourClock() {
    assertEquals("2016-02-01T12:41:00-05:00", iso("February 1, 2016: 12:41 PM EST"));
  }

  @Test
  public void isoDateTime() {
    assertEquals("2015-07-24T05:36:09+01:00", iso("2015-07-24T05:36:09+01:00"));
  }

  @Test
  public void otherLanguagesFromData() {
    assertEquals("2021-03-05", iso("5. März 2021"));
    assertEquals("2020-01-14", iso("14 de enero de 2020"));
  }

  @Test
  public void impossibleDatesAreNotDates() {
    assertEquals(null, iso("February 31, 2020"));
  }

  @Test
  public void dateLineIsOnlyADate() {
    assertTrue(dates.isDateLine("Updated: 24 July 2015", List.of("updated")));
    assertFalse(dates.isDateLine("The summit opened on 24 July 2015 in Vienna", List.of()));
    // A time before the date, or a zone after it.
    assertTrue(dates.isDateLine("04:22, 24 Dec 2023", List.of()));
    assertTrue(dates.isDateLine("24 Dec 2023 | BST", List.of()));
    assertFalse(dates.isDateLine("04:22, 24 Dec 2023, Moscow", List.of()));
  }
}
