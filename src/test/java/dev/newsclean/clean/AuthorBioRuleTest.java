package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.prose;
import static dev.newsclean.clean.Pages.rule;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.newsclean.model.Cleaned;
import org.junit.Test;

/** The author box below an article: a short biography and the lines that label it. */
public class AuthorBioRuleTest {

  private static final String BIO =
      "Aaron Klotz is a freelance writer for Tom's Hardware US, covering news topics related to"
          + " computer hardware such as CPUs and graphics cards.";

  @Test
  public void theBoxBelowTheArticleGoesWithItsLabels() {
    Cleaned cleaned =
        clean(
            "By Aaron Klotz",
            prose(1),
            prose(2),
            prose(3),
            "About the author",
            "Freelance News Writer",
            BIO);
    assertEquals("author.bio", rule(cleaned, BIO));
    assertEquals("author.bio", rule(cleaned, "Freelance News Writer"));
    assertEquals("author.bio", rule(cleaned, "About the author"));
    assertEquals(3, Pages.paragraphs(cleaned).size());
  }

  @Test
  public void aPageWithoutABylineGetsTheNameItsBoxOpensWith() {
    String bio =
        "Jim Walsh is a senior reporter for the Courier-Post and The Daily Journal. Email him.";
    Cleaned cleaned = clean(prose(1), prose(2), prose(3), bio);
    assertEquals("author.bio", rule(cleaned, bio));
    assertEquals(java.util.List.of("Jim Walsh"), cleaned.article().authors());
    // A byline's name stands; the box does not add to it.
    assertEquals(
        java.util.List.of("Jane Doe"),
        clean("By Jane Doe", prose(1), prose(2), prose(3), bio).article().authors());
  }

  @Test
  public void aFirstNameAloneOnlyWhenItIsTheAuthors() {
    String rose =
        "Rose is a Senior Editor at ELLE overseeing features and projects about women's issues.";
    assertEquals(
        "author.bio", rule(clean("By Rose Minutaglio", prose(1), prose(2), prose(3), rose), rose));
    String goodman =
        "Goodman is the author of Davos Man, a book about the billionaires, and says they won.";
    assertNull(rule(clean("By Jane Doe", prose(1), prose(2), prose(3), goodman), goodman));
  }

  @Test
  public void aBoxUnderItsHeadingGoesWhateverItOpensWith() {
    String bio =
        "Editor and Contributor of The Escapist: Damien Lawardorn has been writing about video"
            + " games since 2010.";
    Cleaned cleaned =
        clean("By Damien Lawardorn", prose(1), prose(2), prose(3), "ABOUT THE AUTHOR(S)", bio);
    assertEquals("author.bio", rule(cleaned, "ABOUT THE AUTHOR(S)"));
    assertEquals("author.bio", rule(cleaned, bio));
    assertEquals(3, Pages.paragraphs(cleaned).size());
    // "About" and the author's name is such a heading; "About" and another name is not.
    String about = "About Emily Price";
    String more =
        "Emily covers consumer technology and the apps that all of us use from her home in Durham.";
    Cleaned emily = clean("By Emily Price", prose(1), prose(2), prose(3), about, more);
    assertEquals("author.bio", rule(emily, about));
    assertEquals("author.bio", rule(emily, more));
    Cleaned other = clean("By Jane Doe", prose(1), prose(2), prose(3), about, more);
    assertNull(rule(other, more));
  }

  @Test
  public void pronounsAndAnAdverbMayStandBetweenNameAndVerb() {
    String pronouns =
        "Alyse Whitney (she/her) is Cosmopolitan's first-ever food columnist, sharing easy recipes.";
    String adverb =
        "Gemma Lavender currently works for the European Space Agency and was a content editor.";
    assertEquals(
        "author.bio",
        rule(clean("By Alyse Whitney", prose(1), prose(2), prose(3), pronouns), pronouns));
    assertEquals(
        "author.bio",
        rule(clean("By Gemma Lavender", prose(1), prose(2), prose(3), adverb), adverb));
    // Any other parenthesis is the story's.
    String monk =
        "Protagonist Monk (played by Wright) is an author and college professor who adopts a pen name.";
    assertNull(rule(clean(prose(1), prose(2), prose(3), monk), monk));
  }

  @Test
  public void sentencesOfTheStoryStay() {
    // A stop word for a name, a person the story is about (paragraphs follow), no job named.
    String bbc = "The BBC was also forced to remove several reporters from the air this week.";
    String editor = "Mr Danielevsky is the editor of a local independent newspaper.";
    String judge = "Maria Lopez is a judge who has sat on the court since the spring of 2019.";
    Cleaned cleaned = clean(prose(1), bbc, prose(2), editor, prose(3), prose(4), prose(5), judge);
    assertNull(rule(cleaned, bbc));
    assertNull(rule(cleaned, editor));
    assertNull(rule(cleaned, judge));
  }
}
