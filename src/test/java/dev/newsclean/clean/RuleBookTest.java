package dev.newsclean.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The rule book's data contract: every phrase list under a known rule id, every field known. */
public class RuleBookTest {

  @Test
  public void theShippedRuleBookHasAPhraseListForEveryPhraseRule() {
    RuleBook book = RuleBook.newsDefault();
    for (String id : RuleIds.PHRASE_LISTS) {
      assertTrue(id, !book.phrases(id).isEmpty());
    }
    assertEquals(0.2, book.thresholds().maxLinkDensity(), 1e-9);
  }

  @Test
  public void aPhraseListUnderAnUnknownRuleIdFailsLoudly() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> RuleBook.load("/dev/newsclean/clean/unknown-rule/"));
    assertThat(e.getMessage(), containsString("unknown rule \"ads.marker\""));
    assertThat(e.getMessage(), containsString("lang/xx/rules.json"));
  }

  @Test
  public void anUnknownFieldInAPhraseListFailsLoudly() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RuleBook.load("/dev/newsclean/clean/unknown-field/"));
    assertThat(e.getMessage(), containsString("rules.json"));
    assertThat(e.getMessage(), containsString("equal"));
  }
}
