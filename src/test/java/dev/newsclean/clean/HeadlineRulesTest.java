package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.paragraphs;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.newsclean.clean.rules.TitleText;
import dev.newsclean.model.Cleaned;
import java.util.List;
import org.junit.Test;

/**
 * The headline of a plain-text page ({@code title}): the heading shaped, placed and worded like the
 * article's, not a menu line, a section label or the standfirst; the site's name and a breadcrumb
 * path stay out of it.
 */
public class HeadlineRulesTest {

  @Test
  public void headlinePrintedTwiceIsTheTitleAndBothCopiesGo() {
    String headline = "Tribes fear the sea is telling them something about whales";
    Cleaned c = clean(headline, "World news", headline, prose(1), prose(2));
    assertEquals(headline, c.article().title());
    assertEquals(List.of(prose(1), prose(2)), paragraphs(c));
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
  public void aHeadlineMayOpenWithAQuoteAndCapitaliseEveryWord() {
    String headline =
        "'This Is War': Lindsey Graham Clucks At New York Officials Over Chick-Fil-A Bill";
    Cleaned c =
        clean(
            "Follow Us",
            "Terms | Privacy Policy",
            headline,
            "The South Carolina senator hit midtown Manhattan to wage his battle for the chain.",
            "By Ben Blanchet",
            "Dec 23, 2023, 08:26 AM EST",
            "Sen. Lindsey Graham has declared war over a New York bill about Chick-Fil-A restaurants.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
    // A longer line of capitalised words is a menu run together, not a headline.
    String menu =
        "Home News Sport Business Politics Health Science Tech Travel Culture Food Music Film Books"
            + " Games Weather Video";
    Cleaned m = clean(menu, "By Ben Blanchet", prose(1), prose(2));
    assertEquals(null, m.article().title());
  }

  @Test
  public void theHeadingOverTheStandfirstIsTheTitleNotALinkedStoryAboveTheByline() {
    // The shape of a news site's header: headline, standfirst, a link to a related story, then
    // the byline; the link sits closest to the byline but the standfirst is the headline's.
    String headline = "Witnesses describe scenes of panic as gunman roamed the university";
    String related = "Student shoots fourteen people dead at the university";
    Cleaned c =
        clean(
            "World news",
            "Europe",
            headline,
            "A student who barricaded his door just before the gunman tried the handle is among the witnesses describing the day fourteen people were shot at the university.",
            related,
            "Ana Lima in Prague",
            "Fri 22 Dec 2023 18.08 CET",
            "Witnesses have described scenes of panic inside and outside the university after gunshots rang out in the heart of the old town on Thursday afternoon.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void theFirstHeadingOverTheArticlesOpeningIsTheTitleNotTheDeckBelowIt() {
    // Headline, then a deck without a full stop right above the byline: both are about the
    // story, the one nearer the byline is no headline for that.
    String headline = "Inside the nuclear weapons program few Americans have heard of";
    Cleaned c =
        clean(
            "Sign in",
            "December 1, 2023",
            headline,
            "A road trip through towns shouldering America's nuclear missile revival",
            "By Abe Streep",
            "For decades a missile stood in a town park, a relic of a weapons program that the towns around it had almost forgotten, until the nuclear revival came.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
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
  public void aSentenceHeadlineUnderASectionLabelWithACaptionBeforeItsBylineIsTheTitle() {
    String headline = "New obesity drugs are coming. Here is how they could change everything.";
    Cleaned c =
        clean(
            "Menu",
            "Science",
            "Mind, Body, Wonder",
            headline,
            "A steady stream of weight loss drugs, which mimic hormones the gut makes, are in the pipeline and could reach patients soon.",
            "The first of these drugs was approved years ago, but it was the one that made the whole class famous among patients and doctors.",
            "Photograph by Jaap Arriens, NurPhoto/Getty Images",
            "By Tara Haelle",
            "Published December 22, 2023",
            "• 13 min read",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
    assertEquals("reading.time", rule(c, "• 13 min read"));
  }

  @Test
  public void aSentenceHeadlineBelowALeadingCaptionIsTheTitleWithItsBylineBelow() {
    String headline = "What is the winter solstice? Here is what you need to know.";
    Cleaned c =
        clean(
            "Menu",
            "Revelers celebrate the summer solstice at Stonehenge. For millennia, cultures around the world have marked the longest and shortest days of the year.",
            "Science",
            headline,
            "Once a year, the winter solstice ushers in a seasonal change that people celebrate around the world.",
            "By Michael Greshko",
            "Published December 19, 2023",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void aHeadlinePrintedTwiceOverItsBylineWinsWithoutTheLeadsWords() {
    String headline = "Boxer Ramla Ali Enters the Ring in Style";
    Cleaned c =
        clean(
            "Fashion",
            "Fashion Trends 2023",
            headline,
            headline,
            "As told to Rose Minutaglio",
            "Published: Mar 09, 2023 4:13 PM EST",
            "Our series on clothes decodes the fashion choices made by powerful women in sport and politics.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void aLoneByOverANameWithJunkRunIntoItStillMarksTheByline() {
    String headline = "Government technology is famously bad. It does not have to be.";
    Cleaned c =
        clean(
            "MIT Technology Review",
            "Policy",
            headline,
            "New York City is fixing the relationship between government and technology, and not in the ways you would expect.",
            "By",
            "Tate Ryan-Mosleyarchive page",
            "October 18, 2023",
            "Bureaucrats can make forms all day long, but they are useless if people do not know how to use them, the city found.",
            prose(1),
            prose(2));
    assertEquals(headline, c.article().title());
    assertEquals("byline", rule(c, "By"));
  }

  @Test
  public void aHeadlineOverTheBylineFarBelowAKeptPromoIsTheTitle() {
    List<String> page = new java.util.ArrayList<>();
    page.add(
        "Give a year of stories to spark conversation this winter, plus a free tote bag for every new subscriber who joins us.");
    for (int i = 0; i < 36; i++) {
      page.add("Section " + i);
    }
    String headline = "Council approves twelve new bus routes for the northern suburbs";
    page.add(headline);
    page.add("By Ana Lima, December 20, 2023");
    page.add(
        "The city council approved twelve new bus routes for the northern suburbs on Tuesday, after a long debate.");
    page.add(prose(1));
    page.add(prose(2));
    Cleaned c = clean(page.toArray(new String[0]));
    assertEquals(headline, c.article().title());
  }

  @Test
  public void aKickerEndingInADashIsNotTheTitle() {
    String headline = "EU will hold 3 major porn sites to same regulations as Meta, X";
    Cleaned c =
        clean(
            "Sign in",
            "Content policing —",
            headline,
            "Xvideos, Pornhub, and Stripchat face curbs on age verification, content moderation.",
            "Javier Espinoza and Patricia Nilsson, Financial Times - Dec 20, 2023 3:06 pm UTC",
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
}
