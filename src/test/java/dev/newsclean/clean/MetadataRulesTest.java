package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/**
 * The rules that move a line into metadata (bylines, dates, dateline authors; titles in {@link
 * HeadlineRulesTest}): one small page each; the line goes under the rule's id and its value is in
 * the record's metadata.
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
  public void twoNamesAboveTheDateAreTheAuthorsAndTheOutletOrPlaceAfterThemGoes() {
    Cleaned two =
        clean(
            "Officials were pressed not to certify the vote, recording shows",
            "Joanna Walters and Edward Helmore in New York",
            "Fri 22 Dec 2023 17.47 CET",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Joanna Walters", "Edward Helmore"), two.article().authors());
    assertEquals("byline", rule(two, "Joanna Walters and Edward Helmore in New York"));

    Cleaned outlet =
        clean(
            "Latest mock draft: the biggest risers and fallers",
            "Jonathan Wasserman, Bleacher Report",
            "Updated on December 13, 2023 1:23 PM",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Jonathan Wasserman"), outlet.article().authors());

    Cleaned slash =
        clean(
            "Someone called the police to a school over a book",
            "Tori Otten/",
            "December 21, 2023/9:43 p.m. ET",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Tori Otten"), slash.article().authors());

    Cleaned byAlone =
        clean(
            "Welcome to the first Christmas",
            "By",
            "Terry Pluto, cleveland.com",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of("Terry Pluto"), byAlone.article().authors());
    assertEquals("byline", rule(byAlone, "Terry Pluto, cleveland.com"));

    // Three names, or a part that is no name, is no byline of this shape.
    Cleaned menu =
        clean(
            "Some headline about the talks",
            "World News and Opinion Columns",
            "December 21, 2023",
            prose(1),
            prose(2));
    assertEquals(java.util.List.of(), menu.article().authors());
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

  @Test
  public void aBylineThatOpensWithItsDateNamesTheAuthorsAfterIt() {
    Cleaned by = clean("A snail fossil is found", "Dec 22, 2023 by Enrico de Lazaro", prose(1));
    assertEquals(List.of("Enrico de Lazaro"), by.article().authors());
    assertEquals("2023-12-22", by.article().published());
    Cleaned slash = clean("The right to repair", "Aug 12, 2021 / Klaus Sieg", prose(1));
    assertEquals(List.of("Klaus Sieg"), slash.article().authors());
    // A place after the date's comma, or a reading time, is no name.
    for (String line : new String[] {"28 September 2011, South Asia", "Dec 18, 2023 3 min read"}) {
      assertEquals(line, List.of(), clean("Some headline", line, prose(1)).article().authors());
    }
  }

  @Test
  public void asToldToNamesTheAuthor() {
    Cleaned c =
        clean("Boxer Ramla Ali enters the ring in style", "As told to Rose Minutaglio", prose(1));
    assertEquals(List.of("Rose Minutaglio"), c.article().authors());
  }

  @Test
  public void aNameUnderTheHeadlineWithABylinesEvidenceIsTheAuthor() {
    String headline = "Simone Biles husband interview controversy, explained";
    Cleaned dozier =
        clean(
            "Superdraft", headline, "Emily Dozier", "and others", "5 min read", prose(1), prose(2));
    assertEquals(headline, dozier.article().title());
    assertEquals(List.of("Emily Dozier"), dozier.article().authors());
    assertEquals("byline", rule(dozier, "Emily Dozier"));
    Cleaned staff =
        clean(
            headline,
            "Scared off by big student debt loads, many seniors now look at cheaper public options.",
            "Emma Whitford",
            "Forbes Staff",
            prose(1),
            prose(2));
    assertEquals(List.of("Emma Whitford"), staff.article().authors());
  }

  @Test
  public void aSubheadingUnderTheHeadlineIsNoAuthor() {
    String headline = "Simone Biles husband interview controversy, explained";
    // Shaped like a name, but no byline's evidence below it.
    Cleaned takeaways = clean(headline, "Key Takeaways", prose(1), prose(2));
    assertEquals(List.of(), takeaways.article().authors());
    // Evidence below, but page furniture.
    Cleaned copy = clean(headline, "Copy URL", "Share", "5 min read", prose(1), prose(2));
    assertEquals(List.of(), copy.article().authors());
  }
}
