package dev.newsclean.extract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Article;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** Small inline pages, one extraction problem each; the article goes through the full cleaner. */
public class HtmlExtractorTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final DocumentCleaner CLEANER = DocumentCleaner.newsDefault();

  private static final String P1 =
      "<p>The city council voted on Tuesday to expand the bus network, adding twelve new routes that will serve the northern suburbs, the airport and the university.</p>";
  private static final String P2 =
      "<p>Officials said the first routes would open in the spring, and that fares would stay the same for at least two years, despite the rising cost of fuel.</p>";
  private static final String P3 =
      "<p>Residents, who had campaigned for better service for a decade, welcomed the decision, though some said the plan did not go far enough, or fast enough.</p>";

  private static Article article(String html) {
    Cleaned cleaned =
        CLEANER.clean(
            EXTRACTOR.extract("page.html", html.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY));
    return cleaned.article();
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static String text(String p) {
    return p.replaceAll("<[^>]+>", "");
  }

  @Test
  public void findsTheArticleAmongNavigationAndFooter() {
    Article a =
        article(
            page(
                "<title>Buses</title>",
                "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
                    + P1
                    + P2
                    + "</article><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"));
    assertEquals(text(P1) + "\n\n" + text(P2), a.text());
  }

  @Test
  public void mergesAnArticleSplitAcrossSiblingContainers() {
    Article a =
        article(
            page(
                "",
                "<div id=main><div class=story-body>"
                    + P1
                    + P2
                    + "</div><div class=ad-slot>Advertisement</div><div class=story-body>"
                    + P3
                    + "</div></div>"
                    + "<div class=sidebar><ul><li><a href=/a>Most read one</a></li><li><a href=/b>Most read two</a></li></ul></div>"));
    assertEquals(List.of(text(P1), text(P2), text(P3)), List.of(a.text().split("\n\n")));
  }

  @Test
  public void dropsTheCommentsSection() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + P2
                    + "</article><section id=comments><h3>3 Comments</h3><div class=comment><p>This is a disgrace, and the council should resign, every single one of them, today.</p></div></section>"));
    assertThat(a.text(), not(containsString("disgrace")));
  }

  @Test
  public void dropsRelatedLinksInsideTheArticle() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + "<ul class=related-links><li><a href=/x>Council approves new tram line</a></li><li><a href=/y>Fares to rise in January</a></li></ul>"
                    + P2
                    + "</article>"));
    assertThat(a.text(), not(containsString("tram line")));
    assertThat(a.text(), containsString(text(P2)));
  }

  @Test
  public void dropsShareBarsAndCookieBanners() {
    Article a =
        article(
            page(
                "",
                "<div class=cookie-banner><p>We use cookies to improve your experience on our site, by continuing you agree.</p></div><article><div class=share-bar><a href=#>Facebook</a> <a href=#>Twitter</a></div>"
                    + P1
                    + P2
                    + "</article>"));
    assertThat(a.text(), not(containsString("cookies")));
    assertThat(a.text(), not(containsString("Facebook")));
  }

  @Test
  public void titleLosesTheSiteNameFromTheTitleTag() {
    Article a =
        article(
            page(
                "<title>Council expands bus network to the airport | The Daily Example</title>",
                "<article>" + P1 + P2 + "</article>"));
    assertEquals("Council expands bus network to the airport", a.title());
  }

  @Test
  public void shortTitleKeepsItsSiteNameAsReadabilityDoes() {
    Article a =
        article(
            page("<title>Buses | The Daily Example</title>", "<article>" + P1 + P2 + "</article>"));
    assertEquals("Buses | The Daily Example", a.title());
  }

  @Test
  public void headlineRepeatedAtTheTopOfTheArticleLeavesTheText() {
    Cleaned c =
        CLEANER.clean(
            EXTRACTOR.extract(
                "page.html",
                page(
                        "<meta property=og:title content=\"Council expands bus network\">",
                        "<article><h1>Council expands bus network</h1>" + P1 + P2 + "</article>")
                    .getBytes(StandardCharsets.UTF_8),
                Metadata.EMPTY));
    assertEquals("Council expands bus network", c.article().title());
    assertThat(c.article().text(), not(containsString("Council expands")));
    assertEquals("title", c.removed().get(0).rule());
  }

  @Test
  public void readsJsonLdMetadata() {
    String ld =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Buses for all\","
            + "\"datePublished\":\"2024-03-05T10:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"},{\"@type\":\"Person\",\"name\":\"Bo Chen\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}</script>";
    Article a =
        article(
            page(
                ld + "<link rel=canonical href=\"https://example.com/buses\">",
                "<article>" + P1 + P2 + "</article>"));
    assertEquals("Buses for all", a.title());
    assertEquals(List.of("Ana Lima", "Bo Chen"), a.authors());
    assertEquals("2024-03-05T10:00:00+01:00", a.published());
    assertEquals("https://example.com/buses", a.url());
    assertEquals("en", a.language());
  }

  @Test
  public void aRecipesJsonLdDatesAndNamesThePage() {
    String ld =
        "<script type=\"application/ld+json\">[{\"@type\":[\"Recipe\"],\"headline\":\"Giant peppermint cookies\","
            + "\"datePublished\":\"2023-12-22T10:11:08.641-05:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"}]}]</script>";
    Article a = article(page(ld, "<article>" + P1 + P2 + "</article>"));
    assertEquals("2023-12-22T10:11:08-05:00", a.published());
    assertEquals(List.of("Ana Lima"), a.authors());
  }

  private static String withArticleBody(String body, String visible) {
    String json = body.replace("\n", "\\n");
    return page(
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Buses for all\",\"articleBody\":\""
            + json
            + "\"}</script>",
        "<div id=app><p>"
            + visible
            + "</p><p>Loading the rest of the story, please wait.</p></div>");
  }

  @Test
  public void articleBodyFromJsonLdWhenThePageShowsItsOpeningAndLittleElse() {
    String body = text(P1) + "\n" + text(P2) + "\n" + text(P3);
    Article a = article(withArticleBody(body, text(P1).substring(0, 80)));
    assertEquals(text(P1) + "\n\n" + text(P2) + "\n\n" + text(P3), a.text());
  }

  @Test
  public void articleBodyThatThePageDoesNotShowIsNotTrusted() {
    String body = text(P2) + "\n" + text(P3) + "\n" + text(P2);
    Article a = article(withArticleBody(body, text(P1)));
    assertThat(a.text(), containsString(text(P1)));
    assertThat(a.text(), not(containsString(text(P3))));
  }

  @Test
  public void jsonLdNameWinsOverADescriptiveHeadline() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"List of films featuring time loops\","
            + "\"headline\":\"Wikimedia list article\"}</script>";
    Article a =
        article(
            page(
                ld + "<title>List of films featuring time loops - Wikipedia</title>",
                "<article>" + P1 + P2 + "</article>"));
    assertEquals("List of films featuring time loops", a.title());
  }

  @Test
  public void metaTagNamingSeveralPropertiesCountsForEach() {
    Article a =
        article(
            page(
                "<meta property=\"og:title twitter:title\" content=\"Preferred title\"><title>Title Element</title>",
                "<article>" + P1 + P2 + "</article>"));
    assertEquals("Preferred title", a.title());
  }

  @Test
  public void twoLineBreaksMakeAParagraph() {
    Article a =
        article(
            page("", "<div class=content><p>" + text(P1) + "<br><br>" + text(P2) + "</p></div>"));
    assertEquals(text(P1) + "\n\n" + text(P2), a.text());
  }

  @Test
  public void inlineElementsJoinWithoutStraySpaces() {
    Article a =
        article(
            page(
                "",
                "<article><p>The <b>council</b>'s plan, <a href=/p>published</a> on <i>Tuesday</i>, adds twelve routes to the network serving the northern suburbs and the airport.</p>"
                    + P2
                    + "</article>"));
    assertThat(a.text(), containsString("The council's plan, published on Tuesday, adds"));
  }

  @Test
  public void hiddenElementsAreNotText() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + "<p style=\"display:none\">Secret tracking text that no reader ever sees on the page at all, not once.</p>"
                    + P2
                    + "</article>"));
    assertThat(a.text(), not(containsString("Secret")));
  }

  @Test
  public void captionsAndCreditsOfPicturesAreNotTextButTablesInFiguresAre() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + "<figure><img src=a.jpg><figcaption>The mayor at the depot on"
                    + " Monday, where the new buses will be kept.</figcaption>"
                    + "<span class=credit>Jane Doe</span></figure>"
                    + P2
                    + "<figure class=wp-block-table><table><tr><td>Route 12 runs every"
                    + " ten minutes from the depot</td></tr></table></figure>"
                    + "</article>"));
    assertThat(a.text(), not(containsString("The mayor at the depot")));
    assertThat(a.text(), not(containsString("Jane Doe")));
    assertThat(a.text(), containsString("Route 12 runs every ten minutes"));
    assertThat(a.authors(), not(org.hamcrest.Matchers.hasItem("Jane Doe")));
  }

  @Test
  public void utilityClassesThatHideAreNotTextUnlessAScreenSizeShowsThem() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + "<div class=\"box hidden\"><p>We believe everyone needs journalism, and we need your help: give as little as one dollar today.</p></div>"
                    + "<p class=\"sr-only\">Advertisement: continue reading below the next block.</p>"
                    + P2
                    + "<p class=\"hidden md:block\">Residents who had campaigned for a decade welcomed the plan on wide screens and narrow.</p>"
                    + "</article>"));
    assertThat(a.text(), not(containsString("one dollar")));
    assertThat(a.text(), not(containsString("continue reading")));
    assertThat(a.text(), containsString("on wide screens"));
  }

  @Test
  public void headingsAndListsInsideTheArticleStay() {
    Article a =
        article(
            page(
                "",
                "<article>"
                    + P1
                    + "<h2>What changes</h2><ul><li>Twelve new routes</li><li>Night buses on weekends</li></ul>"
                    + P2
                    + "</article>"));
    assertThat(
        a.text(), containsString("What changes\n\nTwelve new routes\n\nNight buses on weekends"));
  }

  @Test
  public void utf8PageWithoutCharsetDeclarationIsNotGarbled() {
    String html =
        page(
            "<title>Straßenbahn</title>",
            "<article><p>Die Straßenbahn fährt künftig öfter, sagte der Bürgermeister am Dienstag vor dem Rat der Stadt.</p>"
                + P2
                + "</article>");
    Article a =
        CLEANER
            .clean(
                EXTRACTOR.extract("p.html", html.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY))
            .article();
    assertThat(a.text(), containsString("Straßenbahn fährt künftig öfter"));
  }
}
