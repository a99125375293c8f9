package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.paragraphs;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/** One small page per rule: the boilerplate line goes under the rule's id, the article stays. */
public class RulesTest {

  @Test
  public void adMarkerRemovesAdvertisementLines() {
    Cleaned c = clean(prose(1), "Advertisement", prose(2));
    assertEquals("ad.marker", rule(c, "Advertisement"));
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
  }

  @Test
  public void adMarkerIgnoresCaseAndEdgePunctuation() {
    assertEquals(
        "ad.marker", rule(clean(prose(1), "— ADVERTISEMENT —", prose(2)), "— ADVERTISEMENT —"));
  }

  @Test
  public void adMarkerMatchesOtherLanguagesFromTheirData() {
    assertEquals("ad.marker", rule(clean(prose(1), "Anzeige", prose(2)), "Anzeige"));
  }

  @Test
  public void adMarkerLeavesProseThatMentionsAdvertisements() {
    String line =
        "Advertisement spending fell sharply last year, the industry body said in its annual report on Monday.";
    assertNull(rule(clean(prose(1), line, prose(2)), line));
  }

  @Test
  public void commentsWidgetRemovesErrorsAndEmptyThreads() {
    Cleaned c =
        clean(
            prose(1),
            prose(2),
            "Error",
            "Sorry, your comment was not saved due to a technical problem.",
            "No comments:");
    assertEquals("comments.widget", rule(c, "Error"));
    assertEquals(
        "comments.widget",
        rule(c, "Sorry, your comment was not saved due to a technical problem."));
    assertEquals("comments.widget", rule(c, "No comments:"));
  }

  @Test
  public void commentsWidgetRemovesCommentCounts() {
    assertEquals(
        "comments.widget", rule(clean("941 comments", prose(1), prose(2)), "941 comments"));
  }

  @Test
  public void linksRelatedRemovesHeadersAndAlsoReadLines() {
    Cleaned c =
        clean(
            prose(1),
            prose(2),
            "ALSO READ | 'Something else happened': a headline",
            "Related Links");
    assertEquals("links.related", rule(c, "ALSO READ | 'Something else happened': a headline"));
    assertEquals("links.related", rule(c, "Related Links"));
  }

  @Test
  public void linksFooterRemovesSiteFootersAndKeepsTheSite() {
    String footer =
        "Read all the Breaking News Live on example-news.com and Get Latest English News & Updates from World";
    Cleaned c = clean(prose(1), prose(2), footer);
    assertEquals("links.footer", rule(c, footer));
    assertEquals("example-news.com", c.article().site());
  }

  @Test
  public void linksFooterRemovesLearnAboutLines() {
    String footer = "Learn about the history of the region at Example.com";
    assertEquals("links.footer", rule(clean(prose(1), prose(2), footer), footer));
  }

  @Test
  public void creditWireMovesTheCreditToMetadata() {
    Cleaned c = clean(prose(1), prose(2), "(with inputs from Reuters)");
    assertEquals("credit.wire", rule(c, "(with inputs from Reuters)"));
    assertEquals("with inputs from Reuters", c.article().credit());
  }

  @Test
  public void creditWireKnowsWireServiceLines() {
    Cleaned c = clean(prose(1), prose(2), "Al Jazeera and wire services");
    assertEquals("Al Jazeera and wire services", c.article().credit());
  }

  @Test
  public void imageCreditRemovesImageSourceLines() {
    String line = "Image Source : REUTERS (FILE) Russian President Vladimir Putin";
    assertEquals("image.credit", rule(clean(line, prose(1), prose(2)), line));
  }

  @Test
  public void imageCreditRemovesTrailingAgencyCredits() {
    String line = "Protesters gather outside parliament / Getty Images";
    assertEquals("image.credit", rule(clean(prose(1), line, prose(2)), line));
  }

  @Test
  public void breadcrumbRemovesNumberedTrailAndRemembersItsTail() {
    Cleaned c =
        clean(
            "1. You Are At:",
            "2. News",
            "3. World",
            "4. Leaders meet in Geneva for talks",
            "",
            "Leaders meet in Geneva for talks",
            "",
            prose(1),
            prose(2));
    assertEquals("nav.breadcrumb", rule(c, "2. News"));
    assertEquals("nav.breadcrumb", rule(c, "4. Leaders meet in Geneva for talks"));
    assertEquals("Leaders meet in Geneva for talks", c.article().title());
  }

  @Test
  public void breadcrumbRemovesSeparatedTrail() {
    assertEquals(
        "nav.breadcrumb",
        rule(clean("Home > News > World", prose(1), prose(2)), "Home > News > World"));
  }

  @Test
  public void numberedListOfSentencesInTheArticleIsNotABreadcrumb() {
    Cleaned c =
        clean(
            prose(1),
            "1. Preheat the oven to a high heat.",
            "2. Mix the flour and the water.",
            prose(2));
    assertNull(rule(c, "1. Preheat the oven to a high heat."));
  }

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
  public void tagsLineNextToTheBylineIsRemoved() {
    String tags = "Russian President Vladimir Putin, US, Russia Ukraine war, ceasefire";
    Cleaned c = clean(prose(1), "By Jane Doe", tags, prose(2));
    assertEquals("tags.line", rule(c, tags));
  }

  @Test
  public void tagsLineWithPrefixIsRemovedAnywhere() {
    assertEquals(
        "tags.line",
        rule(clean(prose(1), prose(2), "Tags: politics, economy"), "Tags: politics, economy"));
  }

  @Test
  public void teaserRemovesTheGluedArticleItsHeadlineAndTheFooterAfterIt() {
    String headline = "Germany unsure on spending target Tallinn (AFP) March 1, 2017";
    String teaser =
        "Germany on Wednesday agreed that it needs to invest more in defence but questioned whether Europe would accept it ... read more";
    Cleaned c = clean(prose(1), prose(2), headline, teaser, "via space News");
    assertEquals("teaser.read_more", rule(c, teaser));
    assertEquals("teaser.read_more", rule(c, headline));
    assertEquals("links.footer", rule(c, "via space News"));
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
  }

  @Test
  public void shortSubheadingBetweenParagraphsStays() {
    Cleaned c = clean(prose(1), "Kremlin's response", prose(2));
    assertEquals(List.of(prose(1), "Kremlin's response", prose(2)), paragraphs(c));
  }

  @Test
  public void runOfMenuItemsBeforeTheArticleGoes() {
    Cleaned c = clean("Home", "World", "Business", "Sport", "Culture", prose(1), prose(2));
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
  }

  @Test
  public void commentsAfterTheArticleGo() {
    String comment =
        "I completely disagree with the minister, and I think that the talks were a waste of everybody's time and money.";
    Cleaned c = clean(prose(1), prose(2), prose(3), "Post a comment", comment);
    assertEquals("comments.section", rule(c, comment));
    assertEquals(List.of(prose(1), prose(2), prose(3)), paragraphs(c));
  }

  @Test
  public void commentsLinkBeforeTheArticleCutsNothing() {
    Cleaned c = clean("Post a comment", prose(1), prose(2));
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
  }

  @Test
  public void bareCommentButtonCutsNothing() {
    Cleaned c = clean(prose(1), prose(2), prose(3), "Comment", prose(4));
    assertEquals(List.of(prose(1), prose(2), prose(3), prose(4)), paragraphs(c));
  }

  @Test
  public void teaserListAfterTheArticleGoes() {
    Cleaned c =
        clean(
            prose(1),
            prose(2),
            prose(3),
            prose(4),
            "Apple Watch orders may take weeks",
            "Delivery dates in the online store slipped into June for most models of the watch.",
            "Quiz: how well do you know Apple?",
            "Twelve questions about the company and its products, some of them for experts.",
            "The better Mac minis",
            "We tested the fastest models with more memory and a larger solid-state drive.");
    assertEquals("links.teasers", rule(c, "The better Mac minis"));
    assertEquals(
        "links.teasers",
        rule(c, "Twelve questions about the company and its products, some of them for experts."));
    assertEquals(List.of(prose(1), prose(2), prose(3), prose(4)), paragraphs(c));
  }

  @Test
  public void sectionsOfTheArticleAreNotATeaserList() {
    Cleaned c =
        clean(prose(1), "What changes", prose(2), prose(3), "What stays", prose(4), prose(5));
    assertEquals(
        List.of(prose(1), "What changes", prose(2), prose(3), "What stays", prose(4), prose(5)),
        paragraphs(c));
  }

  @Test
  public void menuAfterTheArticleGoesEvenWithProseBelowIt() {
    String blurb =
        "Start your day right with the latest news driving global markets, from major stock movers and key headlines.";
    String p1 = prose(1) + " " + prose(2);
    String p2 = prose(3) + " " + prose(4);
    Cleaned c =
        clean(
            p1,
            p2,
            "Find Jobs",
            "Accounting",
            "Finance",
            "Marketing",
            "Engineering",
            blurb,
            "Partner Offers");
    assertEquals(List.of(p1, p2), paragraphs(c));
  }

  @Test
  public void listOfOtherHeadlinesGoes() {
    String p1 = prose(1) + " " + prose(2);
    String p2 = prose(3) + " " + prose(4);
    List<String> headlines =
        List.of(
            "Carrier deal raises red flags",
            "Breitbart starts war with cereal maker",
            "Former prisoner compares leader to Castro",
            "Nobel winners send open letter",
            "General may need to chat",
            "New defence chief named today");
    List<String> page = new java.util.ArrayList<>(List.of(p1, p2));
    page.addAll(headlines);
    page.add(p1.replace("(1)", "(5)"));
    Cleaned c = clean(page.toArray(String[]::new));
    assertEquals("text.short", rule(c, "Nobel winners send open letter"));
  }

  @Test
  public void numberedListInTheArticleStays() {
    Cleaned c =
        clean(
            prose(1),
            "The rankings were as follows:",
            "1. Finland",
            "2. Norway",
            "3. Australia",
            "4. Canada",
            "5. Germany",
            prose(2));
    assertEquals(
        List.of(
            prose(1),
            "The rankings were as follows:",
            "1. Finland",
            "2. Norway",
            "3. Australia",
            "4. Canada",
            "5. Germany",
            prose(2)),
        paragraphs(c));
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
  public void captionEndingInAPhotoCreditIsAnImageCredit() {
    String caption = "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian";
    assertEquals("image.credit", rule(clean(prose(1), caption, prose(2)), caption));
  }

  @Test
  public void everyRemovedLineIsLoggedWithItsLineNumber() {
    Cleaned c = clean(prose(1), "Advertisement", prose(2));
    assertEquals(1, c.removed().size());
    assertEquals(2, c.removed().get(0).line());
    assertEquals(1, c.article().linesRemoved());
  }

  @Test
  public void pageWithNoTextIsRejected() {
    Cleaned c = clean("Advertisement", "Share", "Advertisement");
    assertEquals("no_text", c.reject().reason());
    assertEquals(3, c.removed().size());
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
  public void readingTimeLinesGo() {
    Cleaned c = clean("5 min read", prose(1), "Reading time: 4 minutes", prose(2), "3-min read");
    assertEquals("reading.time", rule(c, "5 min read"));
    assertEquals("reading.time", rule(c, "Reading time: 4 minutes"));
    assertEquals("reading.time", rule(c, "3-min read"));
    assertEquals(2, paragraphs(c).size());
  }

  @Test
  public void aBreadcrumbPathBeforeTheHeadlineOnItsLineIsNotPartOfTheTitle() {
    assertEquals(
        "No need to panic, need to remain alert: AIIMS on new subvariant",
        TitleRule.withoutPath(
            "News / India News / No need to panic, need to remain alert: AIIMS on new subvariant"));
    assertEquals(
        "A tale of two cities / and one more besides",
        TitleRule.withoutPath("A tale of two cities / and one more besides"));
    assertEquals("News / Short", TitleRule.withoutPath("News / Short"));
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
