package dev.newsclean.clean;

import static dev.newsclean.clean.Pages.clean;
import static dev.newsclean.clean.Pages.prose;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** A page's date read from a short dated line by the article's start that no date rule read. */
public class NearStartDateTest {

  @Test
  public void aShortDatedLineAboveTheArticleGivesItsDate() {
    // Neither only a date nor a byline: a section's name, a job title and the outlet before it.
    assertEquals(
        "2023-12-22T10:59:00-05:00",
        clean("World Dec 22, 2023 10:59 AM EST", prose(1), prose(2), prose(3))
            .article()
            .published());
    assertEquals(
        "2023-11-06T08:41:00-08:00",
        clean(
                "Best VPN for Mac",
                "Editor, Macworld NOV 6, 2023 8:41 am PST",
                prose(1),
                prose(2),
                prose(3))
            .article()
            .published());
  }

  @Test
  public void aDateInTheProseOrFarFromTheStartIsNotThePages() {
    assertNull(
        clean(prose(1), "They tied the knot on April 22, 2023, at the courthouse.", prose(2))
            .article()
            .published());
    String[] lines = new String[20];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = prose(i);
    }
    lines[10] = "— John (@iam_johnw) December 22, 2023";
    assertNull(clean(lines).article().published());
  }
}
