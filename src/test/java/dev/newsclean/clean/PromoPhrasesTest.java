package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.newsclean.model.Cleaned;
import org.junit.Test;

/**
 * The phrase patterns for what commercial news pages print around an article (lines from real
 * plain-text scrapes): the disclosure of affiliate links, newsletter prompts, the credit at the end
 * of a caption, links to the previous and next article. Prose that uses the same words stays.
 */
public class PromoPhrasesTest {

  private static String ruleOf(String line) {
    Cleaned c = clean(prose(1), line, prose(2));
    return rule(c, line);
  }

  @Test
  public void anAffiliateLinkDisclosureIsLegalBoilerplate() {
    assertEquals(
        "legal.footer",
        ruleOf(
            "When you purchase through links in our articles, we may earn a small commission. This doesn't affect our editorial independence."));
    assertEquals(
        "legal.footer",
        ruleOf(
            "All products featured on Allure are independently selected by our editors. However, when you buy something through our retail links, we may earn an affiliate commission."));
  }

  @Test
  public void aConsentManagersTextIsACookieNotice() {
    assertEquals(
        "cookie.notice",
        ruleOf(
            "When you visit our website, we store cookies on your browser to collect information."
                + " The information collected might relate to you, your preferences or your device,"
                + " and is mostly used to make the site work as you expect it to."));
    assertEquals("cookie.notice", ruleOf("Strictly Necessary Cookies - Always Active"));
    assertEquals(
        "cookie.notice",
        ruleOf(
            "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren. Ihre"
                + " Einwilligung können Sie jederzeit in den Einstellungen widerrufen."));
    // Cookies in a recipe, and a story about tracking written in the reader's voice.
    assertNull(
        ruleOf("Keep these helpful Test Kitchen tips in mind when making this cookie recipe."));
    assertNull(
        ruleOf(
            "Some advertisers claim that you can opt out of their targeted advertising, but a"
                + " tracking cookie still tells them which pages you read."));
  }

  @Test
  public void compensationInTheNewsIsNotADisclosure() {
    assertNull(
        ruleOf("Victims of the flood will get compensation from the state fund, officials said."));
  }

  @Test
  public void aNewsletterPromptGoesWhateverItsWording() {
    assertEquals(
        "newsletter.signup",
        ruleOf("Cities are changing fast. Keep up with the CityLab Daily newsletter."));
    assertEquals(
        "newsletter.signup", ruleOf("The biggest stories of the day delivered to your inbox."));
    assertEquals(
        "newsletter.signup",
        ruleOf("Please check your email to find a confirmation email, and follow the steps."));
  }

  @Test
  public void aCaptionEndingInItsPhotographerAndAgencyIsAnImageCredit() {
    assertEquals(
        "image.credit",
        ruleOf(
            "Pistons coach Monty Williams signals from the sideline during a game against the Jazz on Dec. 21, 2023, in Detroit. (Carlos Osorio/AP)"));
    assertEquals("image.credit", ruleOf("Courtesy of Nadya Suleman/Instagram"));
  }

  @Test
  public void aPhotographerAndOutletAloneOnALineIsAnImageCredit() {
    assertEquals("image.credit", ruleOf("Anneta Konstantinides/Insider"));
    assertEquals("image.credit", ruleOf("Joe Maring / Digital Trends"));
    assertEquals("image.credit", ruleOf("Amanda Edwards via Getty Images"));
    assertEquals("image.credit", ruleOf("Courtesy of Netflix"));
    assertNull("one word before the slash", ruleOf("Introductions/Shout-Outs"));
    assertNull(
        "a sentence",
        ruleOf("Courtesy of the council, the hall will stay open until nine on weekdays."));
  }

  @Test
  public void aRowOfShareButtonsIsASharingBar() {
    assertEquals("share.social", ruleOf("Facebook Email Twitter LinkedIn Copy Link"));
    assertEquals("share.social", ruleOf("Facebook Twitter Linkedin Telegram E-mail"));
    assertEquals("share.social", ruleOf("Share full article"));
    assertNull(ruleOf("Facebook and Twitter removed the posts on Tuesday."));
  }

  @Test
  public void aSentenceWithAPairInBracketsIsNoCredit() {
    assertNull(
        ruleOf(
            "The council said every resident would be notified by letter (or email where available) before the work starts."));
  }

  @Test
  public void linksToThePreviousAndNextArticleGo() {
    assertEquals(
        "links.related", ruleOf("Previous articleFayette LIFE Academy celebrates new graduates"));
    assertEquals("links.related", ruleOf("Next article"));
    assertEquals("links.related", ruleOf("Recent stories by Karen Haslam:"));
    assertNull(
        ruleOf(
            "Previous articles in this series looked at how the city financed its bus network."));
  }

  @Test
  public void aListsHeaderAndItsTimestampsAreLinks() {
    assertEquals("links.related", ruleOf("More on Politics:"));
    assertEquals("links.related", ruleOf("More From TIME"));
    assertEquals("links.related", ruleOf("Best of SFGATE"));
    assertEquals("links.related", ruleOf("MotorTrend Recommended Stories"));
    assertEquals("links.related", ruleOf("Court Battles / 4 hours ago"));
    assertEquals("links.related", ruleOf("14 hours ago"));
    assertEquals("links.related", ruleOf("2d ago / 1:05 AM UTC"));
    assertEquals("image.credit", ruleOf("22 of 57"));
    assertEquals("links.related", ruleOf("Dec 21, 18:30 anime"));
    assertEquals("links.related", ruleOf("(MORE: Rushing Water Floods New England Towns)"));
    assertEquals("image.credit", ruleOf("[Rendering: VStudios3D Visualization + Gensler]"));
    assertEquals("ad.marker", ruleOf("Article continues below this ad"));
    assertEquals("share.social", ruleOf("Follow the Mirror US News page on Facebook"));
    assertEquals("image.credit", ruleOf("iPhone 13 Credit: Stan Schroeder / Mashable"));
    assertEquals("image.credit", ruleOf("toggle caption"));
    assertEquals(
        "share.social",
        ruleOf("Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts."));
    assertEquals(
        "legal.footer",
        ruleOf("This interview has been lightly edited and condensed for clarity."));
    assertEquals("tags.line", ruleOf("Read related topics:Amazon"));
    assertEquals(
        "cookie.notice",
        ruleOf(
            "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."));
    // A forum's "5 Days Ago" may be the post's only date; sentences with the words stay.
    assertNull(ruleOf("5 Days Ago"));
    assertNull(ruleOf("More on that later, the minister said, as the talks went on."));
    assertNull(ruleOf("The best of the season's recipes, she wrote, came from her grandmother."));
  }

  @Test
  public void anAppealToSupportTheNewsroomIsASubscriptionBox() {
    for (String line :
        new String[] {
          "Help keep news free for everyone by giving us as little as $1. Your contribution will go a long way.",
          "We cannot do this without your help. Support our newsroom by contributing as little as $1 a month.",
          "Support Local Journalism"
        }) {
      assertEquals(line, "newsletter.signup", ruleOf(line));
    }
    // A story about donations or a newsroom stays.
    assertNull(
        ruleOf("The newsroom's union asked readers to back the strike, and donations poured in."));
    assertNull(ruleOf("Donations to the relief fund can be made at any branch of the bank."));
  }
}
