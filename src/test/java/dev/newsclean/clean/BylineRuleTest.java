package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.prose;
import static org.junit.Assert.assertEquals;

import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/** Bylines as plain-text dumps print them: split over lines, run together, between dots. */
public class BylineRuleTest {

  @Test
  public void byOnALineOfItsOwnAndTheNameBelowIsAByline() {
    Cleaned c =
        clean(
            "Musk's rocket company hits a new milestone", "By", "James Rogers", prose(1), prose(2));
    assertEquals(List.of("James Rogers"), c.article().authors());
  }

  @Test
  public void aNameWithItsHandleBesideTheDateIsTheAuthor() {
    Cleaned c =
        clean(
            "Shoppers return to the high street for the sales",
            "Published Fri, Dec 22 2023 1:17 AM EST",
            "Lucy Handley@lucyhandley",
            prose(1),
            prose(2));
    assertEquals(List.of("Lucy Handley"), c.article().authors());
    assertEquals("byline", Pages.rule(c, "Lucy Handley@lucyhandley"));
  }

  @Test
  public void aNameThenATimeOnADateIsABylineWithItsDate() {
    Cleaned c =
        clean(
            "Shoppers return to the high street for the sales",
            "Beege Welborn 8:41 PM on December 20, 2023",
            prose(1),
            prose(2));
    assertEquals(List.of("Beege Welborn"), c.article().authors());
    assertEquals("2023-12-20", c.article().published().substring(0, 10));
  }

  @Test
  public void aMonthsFullNameGluedToTheNameIsParted() {
    Cleaned c = clean("Doric SamDecember 20, 2023", prose(1), prose(2), prose(3));
    assertEquals(List.of("Doric Sam"), c.article().authors());
    assertEquals("2023-12-20", c.article().published()); // "By" run into the name.
    assertEquals(
        List.of("Rahul Singh"),
        clean("ByRahul Singh", prose(1), prose(2), prose(3)).article().authors());
    assertEquals(List.of(), clean("Byron Bay", prose(1), prose(2)).article().authors());
  }

  @Test
  public void theDateBesideTheArticlesBylineBeatsDatedBylinesOfOtherStoriesBelow() {
    Cleaned c =
        clean(
            "By Aaron Klotz",
            "published 13 December 2023",
            prose(1),
            prose(2),
            prose(3),
            "More from Tom's Hardware",
            "By Mark TysonDecember 23, 2023",
            "By Aaron KlotzDecember 23, 2023");
    assertEquals(List.of("Aaron Klotz"), c.article().authors());
    assertEquals("2023-12-13", c.article().published());
  }

  @Test
  public void aHandleWithoutADateNearbyOrAfterOtherWordsIsNot() {
    Cleaned c = clean(prose(1), "Past Stuff... SETI@Home", "Ana Lima@analima", prose(2), prose(3));
    assertEquals(List.of(), c.article().authors());
  }

  @Test
  public void aNameBeforeTheOutletAndAPostedDateIsTheAuthor() {
    Cleaned c =
        clean(
            "Cheese deadline arrives without a new trade deal",
            "Janyce McGregor · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: January 2",
            prose(1),
            prose(2));
    assertEquals(List.of("Janyce McGregor"), c.article().authors());
    assertEquals("2023-12-22T08:25:00-05:00", c.article().published());
  }

  @Test
  public void aDateLabelRunIntoTheNameIsSplitOff() {
    Cleaned c =
        clean(
            "A baker explains the tricks of the trade",
            "By Caroline DelbertPublished: Oct 16, 2023",
            prose(1),
            prose(2));
    assertEquals(List.of("Caroline Delbert"), c.article().authors());
    assertEquals("2023-10-16", c.article().published());
  }

  @Test
  public void aDayRunIntoTheNameIsSplitOff() {
    Cleaned c =
        clean(
            "A baker explains the tricks of the trade",
            "By Joel Franey15 February 2024",
            prose(1),
            prose(2));
    assertEquals(List.of("Joel Franey"), c.article().authors());
    assertEquals("2024-02-15", c.article().published());
  }

  @Test
  public void aSectionLineWithoutADateLabelNamesNoAuthor() {
    Cleaned c =
        clean("World News · Europe · Asia", "A headline about the news", prose(1), prose(2));
    assertEquals(List.of(), c.article().authors());
  }
}
