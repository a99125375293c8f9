package dev.newsclean.extract.html;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** The headline choice on page shapes seen in news2023 and dev. */
public class HeadlineTest {

  private static String headline(String html, String structured, String... siteNames) {
    Document doc = Jsoup.parse(html);
    return Headline.choose(doc, structured, Set.of(siteNames));
  }

  @Test
  public void theVisibleH1ThatAgreesWithTheTitles() {
    String page =
        "<title>Trump&#39;s inner circle: who are his insiders | Washington Examiner</title>"
            + "<body><header class=site-header><h1>Washington Examiner</h1></header>"
            + "<article><h1 class=ArticlePage-headline>Trump’s inner circle: who are his insiders?</h1><p>Text.</p></article>";
    assertEquals(
        "Trump’s inner circle: who are his insiders?",
        headline(page, "Trump's inner circle: who are his insiders", "Washington Examiner"));
  }

  @Test
  public void aLoneArticleHeadingEvenWhenTheSeoTitleDiffers() {
    String page =
        "<title>A ghostly quasiparticle could unlock quantum computing | Science | AAAS</title>"
            + "<body><main><h1 class=news-article__hero__title>The quantum phantom</h1><p>Text.</p></main>";
    assertEquals(
        "The quantum phantom",
        headline(page, "A ghostly quasiparticle could unlock quantum computing", "AAAS"));
  }

  @Test
  public void notTheSiteLogoOrAHeaderGreeting() {
    String page =
        "<title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>"
            + "<body><div id=header><h1 class=heading>Archive of Our Own beta</h1></div>"
            + "<header class=main-title><h1>Hi, I'm Nicolas.</h1></header><p>Text.</p>";
    assertEquals(
        "Get your Frontend JavaScript Code Covered | Code",
        headline(page, null, "archiveofourown.org", "archiveofourown"));
  }

  @Test
  public void siteNameAndSectionsCutFromTheStructuredTitle() {
    assertEquals(
        "Like British cheddar? Enjoy it while you can",
        Headline.withoutSite(
            "Like British cheddar? Enjoy it while you can | CBC News", Set.of("CBC News")));
    assertEquals(
        "President Gay Was Right: Context Matters",
        Headline.withoutSite(
            "President Gay Was Right: Context Matters | Opinion | The Harvard Crimson",
            Set.of("The Harvard Crimson")));
    assertEquals(
        "Robert F. Kennedy Jr.’s campaign of conspiracy theories",
        Headline.withoutSite(
            "PolitiFact - Robert F. Kennedy Jr.’s campaign of conspiracy theories",
            Set.of("politifact.com", "politifact")));
    assertEquals(
        "Spider-Man - Far From Home review",
        Headline.withoutSite("Spider-Man - Far From Home review", Set.of("IGN")));
  }
}
