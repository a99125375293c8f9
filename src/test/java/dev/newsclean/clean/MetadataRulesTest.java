package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.paragraphs;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.newsclean.clean.rules.TitleText;
import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/**
 * The rules that move a line into metadata (bylines, dates, titles, dateline authors): one small
 * page each; the line goes under the rule's id and its value is in the record's metadata.
 */
public class MetadataRulesTest {

  @Test
  public void bylineMovesAuthorsAndPublishedDate() {
    String byline =
        "Edited By: Aveek Banerjee @AveekABanerjee Moscow Published : Feb 14, 2024 23:55 IST, Updated : Feb 14, 2024 23:55 IST";
    Cleaned c = clean(prose(1), byline, prose(2));
    assertEquals("byline", rule(c, byline));
    assertEquals(List.of("Aveek Banerjee"), c.article().authors());
    assertEquals("2024-02-14T23:55:00+05:30", c.article().published());
  }

  @Test
  public void bylineSplitsSeveralAuthors() {
    Cleaned c = clean("By Jane Doe and John Smith", prose(1), prose(2));
    assertEquals(List.of("Jane Doe", "John Smith"), c.article().authors());
  }

  @Test
  public void aDateAfterTheBylinesNamesIsThePublicationDate() {
    Cleaned c = clean(prose(1), "by Brett Samuels - 12/22/23 11:35 AM ET", prose(2));
    assertEquals(List.of("Brett Samuels"), c.article().authors());
    assertEquals("2023-12-22T11:35:00", c.article().published());
  }

  @Test
  public void namesAndTheOutletBeforeADateAreAByline() {
    String byline =
        "Javier Espinoza and Patricia Nilsson, Financial Times - Dec 20, 2023 3:06 pm UTC";
    Cleaned c = clean(prose(1), byline, prose(2));
    assertEquals("byline", rule(c, byline));
    assertEquals(
        "the outlet is not an author",
        List.of("Javier Espinoza", "Patricia Nilsson"),
        c.article().authors());
    assertEquals("2023-12-20T15:06:00Z", c.article().published());
  }

  @Test
  public void aDateLabelIsNotAnAuthor() {
    Cleaned c = clean(prose(1), "First Release Date: Dec 20, 2023", prose(2));
    assertTrue(c.article().authors().isEmpty());
    Cleaned glued = clean(prose(1), "Courtney CarrPublished - Dec 12, 2023", prose(2));
    assertTrue(glued.article().authors().isEmpty());
  }

  @Test
  public void sentenceStartingWithByIsNotAByline() {
    String line =
        "By the end of the year, the government had spent more than it planned on the new hospitals.";
    Cleaned c = clean(prose(1), line, prose(2));
    assertNull(rule(c, line));
    assertTrue(c.article().authors().isEmpty());
  }

  @Test
  public void pageDateRemovesDateOnlyLinesAndUsesThemAsFallback() {
    Cleaned c = clean("Sunday, December 22, 2024", prose(1), prose(2));
    assertEquals("page.date", rule(c, "Sunday, December 22, 2024"));
    assertEquals("2024-12-22", c.article().published());
  }

  @Test
  public void headlinePrintedTwiceIsTheTitleAndBothCopiesGo() {
    String headline = "Tribes fear the sea is telling them something about whales";
    Cleaned c = clean(headline, "World news", headline, prose(1), prose(2));
    assertEquals(headline, c.article().title());
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
  }

  @Test
  public void datelineWithALastModifiedDateIsAByline() {
    String line = "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST";
    Cleaned c = clean(line, prose(1), prose(2));
    assertEquals("byline", rule(c, line));
    assertEquals("2019-01-03T02:00:00-05:00", c.article().published());
  }

  @Test
  public void datelineEndingInAbbreviationIsStillAByline() {
    assertEquals(
        "byline",
        rule(
            clean("posted on April 21, 2015, at 11:29 a.m.", prose(1), prose(2)),
            "posted on April 21, 2015, at 11:29 a.m."));
  }

  @Test
  public void titleIsTheHeadingAboutTheArticlesOpeningNotAMenuLine() {
    String headline = "Council approves twelve new bus routes for northern suburbs";
    Cleaned c =
        clean(
            "Privacy Policy Feedback",
            "Share on X",
            headline,
            "Privacy Policy Feedback",
            "The city council approved twelve new bus routes on Tuesday, extending the network across the northern suburbs for the first time.",
            "The routes will start running in March, the transport department said, and will be paid for from the existing budget.",
            prose(2));
    assertEquals(headline, c.article().title());
    assertEquals("title", rule(c, headline));
  }

  @Test
  public void aHeadlineBelowAKeptPromoIsTheTitleWhenItsBylineIsBelowIt() {
    String headline = "Council approves twelve new bus routes for the suburbs";
    Cleaned c =
        clean(
            "Give a Gift",
            "A gift that gets them talking. Give a year of stories to spark conversation, plus a free tote.",
            "Ideas",
            headline,
            "The city council approved twelve new bus routes on Tuesday, the first in the northern suburbs.",
            "By Ana Lima",
            "December 20, 2023",
            "The routes will start running in March, the transport department said, and will be paid for from the existing budget.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
    assertEquals("title", rule(c, headline));
  }

  @Test
  public void aHeadingBelowTheArticlesStartWithoutABylineIsNotTheTitle() {
    Cleaned c =
        clean(
            "The city council approved twelve new bus routes on Tuesday, the first in the northern suburbs.",
            prose(1),
            "Where the new routes will run next spring",
            "Image: the transport department / Reuters",
            prose(2),
            prose(3));
    org.junit.Assert.assertNotEquals(
        "Where the new routes will run next spring", c.article().title());
    assertTrue(c.article().text().contains("Where the new routes will run next spring"));
  }

  @Test
  public void aHeadlineWrittenAsASentenceIsTheTitleWhenItsBylineIsJustBelowAndTheStandfirstIsNot() {
    String headline = "Government technology is famously bad. It does not have to be.";
    String standfirst =
        "New York City is fixing the relationship between government and technology, and not in the ways you would expect.";
    Cleaned c =
        clean(
            "Skip to Content",
            "Example Review",
            "Topics",
            "Newsletters",
            "Example Review",
            "Topics",
            "Newsletters",
            "Policy",
            headline,
            standfirst,
            "By Tate Ryan",
            "October 18, 2023",
            "Bureaucrats can make forms all day long, but they are useless if people do not know how to use them, and that is why the city now sends helpers to its libraries.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void theHeadingAboveAStandfirstIsTheTitleNotTheStandfirst() {
    String headline = "Apple MacBook Pro 16 Review: Max Power for Creators";
    Cleaned c =
        clean(
            "Reviews",
            headline,
            "Apple's high-end MacBook Pro gets faster, a lot in some respects, and darker.",
            "By Ana Lima",
            "December 1, 2023",
            "The new laptop is the fastest Apple has made, and in our tests it finished every job in less time than any machine we have reviewed this year, whatever we asked of it.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void aHeadlineAboveAStandfirstWithoutAFullStopIsTheTitle() {
    String headline = "Federal agency quashes the plan to let pharmacies sell medical cannabis";
    Cleaned c =
        clean(
            "Video",
            headline,
            "Federal drug officials are warning the state to shelve its plans to be the first to"
                + " allow pharmacies to dispense medical cannabis",
            "By Ana Lima",
            "December 17, 2023, 12:34 PM",
            "ATLANTA -- Federal drug officials are warning the state to shelve its plans to be the"
                + " first to allow pharmacies to dispense medical cannabis products.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void theMastheadsDateLosesToTheDatelineBesideTheArticle() {
    Cleaned c =
        clean(
            "Sunday, Dec 24th 2023 11PM 9°C 2AM 8°C 5-Day Forecast",
            "Sunday, December 24, 2023",
            "News",
            "Sport",
            "Weather",
            "Travel",
            "Record numbers of hornets reach the south coast this winter",
            "December 22, 2023",
            prose(1),
            prose(2));
    assertEquals("2023-12-22", c.article().published());
  }

  @Test
  public void aSectionLabelAboveTheHeadlineIsNotTheTitle() {
    String headline = "Bubba Wallace looks back on his best season in the Cup Series so far";
    Cleaned c =
        clean(
            "NASCAR Cup Series",
            headline,
            "By Ana Lima",
            "December 18, 2023",
            "Bubba Wallace finished his best season in the Cup Series this year, and the team"
                + " says the next one will be better still, with a new crew chief.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void theSiteNameAfterABarIsNotPartOfTheTitle() {
    assertEquals(
        "Like British cheddar? Enjoy it while you can still find it",
        TitleText.withoutSiteSuffix(
            "Like British cheddar? Enjoy it while you can still find it | CBC News"));
    assertEquals("Sports | Results", TitleText.withoutSiteSuffix("Sports | Results"));
    assertEquals(
        "A headline | with a long clause after the bar in it",
        TitleText.withoutSiteSuffix("A headline | with a long clause after the bar in it"));
  }

  @Test
  public void aBreadcrumbPathBeforeTheHeadlineOnItsLineIsNotPartOfTheTitle() {
    assertEquals(
        "No need to panic, need to remain alert: AIIMS on new subvariant",
        TitleText.withoutPath(
            "News / India News / No need to panic, need to remain alert: AIIMS on new subvariant"));
    assertEquals(
        "A tale of two cities / and one more besides",
        TitleText.withoutPath("A tale of two cities / and one more besides"));
    assertEquals("News / Short", TitleText.withoutPath("News / Short"));
  }

  @Test
  public void aNameAloneAboveTheDateIsTheAuthor() {
    Cleaned c =
        clean(
            "Take These Steps to Spend Less Money Over the Holidays",
            "You can embrace the holiday spirit without going bankrupt.",
            "Meredith Dietz",
            "December 21, 2023",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Meredith Dietz"), c.article().authors());
    assertEquals("byline", rule(c, "Meredith Dietz"));

    Cleaned role =
        clean(
            "Teen hacker sentenced after mental health assessment",
            "Will Shanklin",
            "Contributing Reporter",
            "Thu, Dec 21, 2023",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Will Shanklin"), role.article().authors());

    Cleaned glued =
        clean(
            "New obesity drugs are coming",
            "ByTara Haelle",
            "December 21, 2023",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Tara Haelle"), glued.article().authors());
  }

  @Test
  public void pageFurnitureAboveTheDateIsNoAuthor() {
    for (String line :
        new String[] {
          "Privacy Settings",
          "Senior Editor",
          "COMMENTARY Public Health",
          "Saffron OtterAssistant Features Editor"
        }) {
      Cleaned c =
          clean("Some headline about the talks", line, "December 21, 2023", prose(1), prose(2));
      assertEquals(line, java.util.List.of(), c.article().authors());
    }
  }
}
