package dev.newsclean.extract;

import static org.junit.Assert.assertEquals;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Article;
import dev.newsclean.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/**
 * Authors of HTML pages from the page's byline when its structured data has none usable: a template
 * that left the person empty, a byline that prints the outlet beside the linked name.
 */
public class HtmlAuthorsTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final DocumentCleaner CLEANER = DocumentCleaner.newsDefault();
  private static final String BODY =
      "<article><h1>Millville residents killed in South 2nd Street accidents</h1>%s"
          + "<p>The city council voted on Tuesday to expand the bus network, adding twelve new routes that will serve the northern suburbs, the airport and the university.</p>"
          + "<p>Officials said the first routes would open in the spring, and that fares would stay the same for at least two years, despite the rising cost of fuel.</p></article>";

  private static List<String> authors(String head, String byline) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head>"
            + head
            + "</head><body>"
            + String.format(BODY, byline)
            + "</body></html>";
    Article a =
        CLEANER
            .clean(
                EXTRACTOR.extract(
                    "page.html", html.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY))
            .article();
    return a.authors();
  }

  @Test
  public void anEmptyPersonInTheJsonLdGivesWayToTheLinkedNameOfTheByline() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Millville residents killed\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\", The Daily Journal\"}}</script>";
    String byline =
        "<div class=\"byline-section\"><span class=\"author\"><a href=\"https://www.thedailyjournal.com/staff/1/jim-walsh/\">"
            + "Jim Walsh</a></span> <span>Cherry Hill Courier-Post</span></div>";
    assertEquals(List.of("Jim Walsh"), authors(ld, byline));
  }

  @Test
  public void aBylineThatJoinsAnUnlinkedNameKeepsBothNames() {
    String byline =
        "<div class=\"byline\">By Stella Kim and <a href=\"/author/jennifer-jett\">Jennifer Jett</a></div>";
    assertEquals(List.of("Stella Kim", "Jennifer Jett"), authors("", byline));
  }

  @Test
  public void theNewsArticleNamesTheAuthorWhenAWebPageObjectComesFirst() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"name\":\"Millville\"}</script>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Millville residents killed\","
            + "\"author\":[{\"@type\":\"Thing\",\"name\":\"Rahul Singh\"}]}</script>";
    assertEquals(List.of("Rahul Singh"), authors(ld, ""));
  }

  @Test
  public void aSiteThatGivesItselfAsTheAuthorNamesTheWriterAsCreator() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Millville residents killed\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"BET\"},\"creator\":\"Rashad Grove\"}</script>";
    assertEquals(List.of("Rashad Grove"), authors(ld, ""));
    // A person as the author stands whatever the creator says.
    String person =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Millville residents killed\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Jim Walsh\"},\"creator\":\"Web Desk\"}</script>";
    assertEquals(List.of("Jim Walsh"), authors(person, ""));
    // Without an author the creator is a user's handle as often as a name: the byline decides.
    String handle =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Millville residents killed\","
            + "\"creator\":\"CC7567\"}</script>";
    assertEquals(
        List.of("Jim Walsh"),
        authors(handle, "<div class=\"byline\">By <a href=\"/author/jim\">Jim Walsh</a></div>"));
  }
}
