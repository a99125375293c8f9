package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.paragraphs;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/**
 * Where the article starts and ends: menus before it, comments, teaser lists and glued-on articles
 * after it go; its own subheadings, lists and sections stay.
 */
public class ArticleEdgesTest {

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
  public void aThreadOfCommentsEachWithItsReplyButtonGoes() {
    String first =
        "I love this kind of stuff, and I hope that the council keeps on doing it for all of us.";
    String second =
        "A type of plastic, it starts to soften up at around sixty degrees, not ideal for use in the sun.";
    String third =
        "I printed a switch panel for my car and it has warped a little bit, just from the sun.";
    Cleaned c =
        clean(
            prose(1), prose(2), prose(3), prose(4), "gg83", first, "Reply", "Eximo", second,
            "Reply", "USAFRet", third, "Reply");
    assertEquals("comments.section", rule(c, second));
    assertEquals("comments.section", rule(c, third));
    // The thread goes from the first button: the first comment, above it, is not told apart.
    assertEquals(List.of(prose(1), prose(2), prose(3), prose(4), "gg83", first), paragraphs(c));
    // After four of the article's paragraphs the buttons count even when a longer list follows.
    String summary =
        "Studio Wit channels their experience with the series hard in this film, giving the heroine one of the coolest and best-choreographed fight scenes of the year, and more.";
    List<String> page = new java.util.ArrayList<>(List.of(prose(1), prose(2), prose(3), prose(4)));
    for (int i = 0; i < 6; i++) {
      page.add("16 comments");
      page.add(summary + " (" + i + ")");
    }
    Cleaned listed = clean(page.toArray(new String[0]));
    assertEquals(List.of(prose(1), prose(2), prose(3), prose(4)), paragraphs(listed));
    // Two buttons are no thread.
    Cleaned two = clean(prose(1), prose(2), prose(3), "Reply", prose(4), "Reply", prose(5));
    assertEquals(List.of(prose(1), prose(2), prose(3), prose(4), prose(5)), paragraphs(two));
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
  public void headlinesCutShortWithAnEllipsisAreTeasersWhereverTheyAre() {
    String[] teasers = {
      "Royal Navy scrambles British warship to South America for Christmas amid fears of...",
      "Major claim missing flight could be found in 'a matter of days' finally bringing an...",
      "Is the traditional Christmas Eve shop dead? Fresh figures show number of people…"
    };
    Cleaned c = clean(teasers[0], teasers[1], teasers[2], prose(1), prose(2), prose(3));
    for (String teaser : teasers) {
      assertEquals("links.teasers", rule(c, teaser));
    }
    assertEquals(List.of(prose(1), prose(2), prose(3)), paragraphs(c));
  }

  @Test
  public void headlinesUnderAListHeaderBelowTheArticleGo() {
    String[] listed = {
      "Ask Amy: I created a joint bank account with my husband and now he is spending all of it",
      "By Amy Dickinson",
      "Dear Abby: My daughter corrects me in front of all of her friends and then says I am too"
          + " sensitive",
      "Dear Annie: Happy Holidays to All"
    };
    Cleaned c =
        clean(
            prose(1),
            prose(2),
            prose(3),
            "More from MLive",
            listed[0],
            listed[1],
            listed[2],
            listed[3]);
    assertEquals(List.of(prose(1), prose(2), prose(3)), paragraphs(c));
    assertEquals("links.related", rule(c, "More from MLive"));
    // The line classifier keeps a long listed headline; the list under its header does not.
    assertEquals("links.teasers", rule(c, listed[0]));
    assertEquals("links.teasers", rule(c, listed[2]));
  }

  @Test
  public void aListHeaderAboveTheArticleTakesNoHeadlineWithIt() {
    String headline = "Lawmakers agree on a budget after weeks of talks";
    Cleaned c = clean("Trending", headline, "By Jane Doe", prose(1), prose(2), prose(3));
    assertEquals(headline, c.article().title());
    assertEquals(List.of(prose(1), prose(2), prose(3)), paragraphs(c));
  }

  @Test
  public void aSentenceUnderAListHeaderEndsTheList() {
    String sentence = "The council will vote on the plan again in the spring, officials said.";
    Cleaned c = clean(prose(1), prose(2), "Related", "Budget talks stall again", sentence);
    assertEquals("links.teasers", rule(c, "Budget talks stall again"));
    assertEquals(List.of(prose(1), prose(2), sentence), paragraphs(c));
  }

  @Test
  public void aQuoteTrailingOffIsNotATeaser() {
    String trailing = "\"We waited and waited, and then nothing happened...\"";
    Cleaned c = clean(prose(1), trailing, prose(2), prose(3));
    assertEquals(List.of(prose(1), trailing, prose(2), prose(3)), paragraphs(c));
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
  public void factBoxesBetweenParagraphsAreTheArticlesNotMenus() {
    List<String> page = new java.util.ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      page.add(n + ". Utah Jazz: Player Number " + n);
      page.addAll(
          List.of(
              "Stock Status: Steady",
              "Previous Mock Draft Spot: No. " + n,
              "School/Team: Baylor",
              "Position: SG",
              "Age: 19, Freshman",
              "Size: 6-foot-5, 195 lbs"));
      page.add(
          "Though the guard has been streaky this season, his age and tools keep him in it ("
              + n
              + ").");
      page.add(
          "Limited creativity has been the biggest problem that has led to difficult shots ("
              + n
              + ").");
    }
    Cleaned c = clean(page.toArray(new String[0]));
    assertTrue(paragraphs(c).contains("Position: SG"));
    assertTrue(paragraphs(c).contains("Size: 6-foot-5, 195 lbs"));
    // A label-and-value line alone in a menu is still the menu's.
    Cleaned menu =
        clean(
            prose(1),
            prose(2),
            "Monarch: Legacy of the Monsters",
            "TV",
            "Games",
            "Movies",
            "Shows");
    assertEquals(List.of(prose(1), prose(2)), paragraphs(menu));
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
}
