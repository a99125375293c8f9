package dev.newsclean.extract.html;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** The article's own time on a page of many, and the site's own clock for a UTC time. */
public class PageTimesTest {

  private static final String FEED =
      "<aside><ul><li><time datetime='2023-12-24T13:05:00-05:00'>1h</time> Another story</li>"
          + "<li><time datetime='2023-12-23T09:00:00-05:00'>1d</time> And another</li></ul></aside>";

  @Test
  public void theTimeJustBelowTheHeadlineIsTheArticlesEvenAfterAFeed() {
    Document doc =
        Jsoup.parse(
            FEED
                + "<main><h1>Windows 11: the best hidden features</h1><p>Standfirst</p>"
                + "<div>By <a href='/a'>Josh Norem</a> <time datetime='Fri, 22 Dec 2023 17:15:49"
                + " +0000'>December 22, 2023</time></div><p>Text</p></main>");
    assertEquals("Fri, 22 Dec 2023 17:15:49 +0000", PageTimes.articleTime(doc));
  }

  @Test
  public void aFeedOfTimesOnDifferentDaysNamesNoDate() {
    Document doc = Jsoup.parse(FEED + "<h2>A story</h2><p>Its text, with no time of its own.</p>");
    assertNull(PageTimes.articleTime(doc));
  }

  @Test
  public void aUtcTimeIsWrittenInTheSitesZoneWhenThePageGivesIt() {
    Document doc =
        Jsoup.parse(
            "<h1>Headline</h1><time datetime='2023-12-22T22:22:07-0500'>December 22, 2023"
                + " 10:22PM EST</time>");
    assertEquals("2023-12-22T22:22:07-0500", PageTimes.inLocalZone("2023-12-23T03:22:07Z", doc));
    // Another instant, or a time that already has its zone, is left as it is.
    assertEquals("2023-12-24T03:22:07Z", PageTimes.inLocalZone("2023-12-24T03:22:07Z", doc));
    assertEquals(
        "2023-12-23T09:00:00+01:00", PageTimes.inLocalZone("2023-12-23T09:00:00+01:00", doc));
  }

  @Test
  public void anElementNamedForTheDateBelowTheHeadlineGivesItsText() {
    Document doc =
        Jsoup.parse(
            "<h1>Ghostly quasiparticle rooted in a century-old mystery</h1><ul>"
                + "<li><span class='news-article__hero__date'>20 Dec 2023</span></li>"
                + "<li><span class='news-article__hero__author'>By Zack Savitsky</span></li></ul>"
                + "<p>Text</p>");
    assertEquals("20 Dec 2023", PageTimes.datedElement(doc));
  }

  @Test
  public void anUpdateDateOrADateAboveTheHeadlineIsNotTaken() {
    assertNull(
        PageTimes.datedElement(
            Jsoup.parse(
                "<h1>Headline</h1><div class='article-date-updated'>Updated Dec 24, 2023</div>")));
    assertNull(
        PageTimes.datedElement(
            Jsoup.parse("<div class='date'>Sunday, Dec 24th 2023</div><h1>Headline</h1><p>x</p>")));
  }
}
