package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.paragraphs;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

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
  public void tagsLineWithPrefixIsRemovedAnywhere() {
    assertEquals(
        "tags.line",
        rule(clean(prose(1), prose(2), "Tags: politics, economy"), "Tags: politics, economy"));
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
  public void readingTimeLinesGo() {
    Cleaned c = clean("5 min read", prose(1), "Reading time: 4 minutes", prose(2), "3-min read");
    assertEquals("reading.time", rule(c, "5 min read"));
    assertEquals("reading.time", rule(c, "Reading time: 4 minutes"));
    assertEquals("reading.time", rule(c, "3-min read"));
    assertEquals(2, paragraphs(c).size());
  }

  @Test
  public void tagsLineNextToTheBylineIsRemoved() {
    String tags = "Russian President Vladimir Putin, US, Russia Ukraine war, ceasefire";
    Cleaned c = clean(prose(1), "By Jane Doe", tags, prose(2));
    assertEquals("tags.line", rule(c, tags));
  }

  @Test
  public void anEmbeddedPostAndItsSignatureLeaveTheText() {
    Cleaned c =
        clean(
            prose(1),
            "First look at the new series, releasing February 22. pic.twitter.com/HKxytbDJM8",
            "— DiscussingFilm (@DiscussingFilm) December 21, 2023",
            prose(2),
            prose(3));
    assertEquals("embed.post", rule(c, "— DiscussingFilm (@DiscussingFilm) December 21, 2023"));
    assertEquals(
        "embed.post",
        rule(c, "First look at the new series, releasing February 22. pic.twitter.com/HKxytbDJM8"));
    assertEquals(List.of(prose(1), prose(2), prose(3)), paragraphs(c));
    assertEquals(null, c.article().published());
  }
}
