package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

public class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser(RuleBook.newsDefault());

  @Test
  public void english() {
    assertEquals(
        "en",
        guesser.guess(
            List.of("The president said that he would not sign the bill in its current form.")));
  }

  @Test
  public void french() {
    assertEquals(
        "fr",
        guesser.guess(
            List.of(
                "Le président a dit qu'il ne signerait pas la loi dans sa forme actuelle, selon le journal.")));
  }

  @Test
  public void german() {
    assertEquals(
        "de",
        guesser.guess(
            List.of(
                "Der Präsident sagte, dass er das Gesetz in der jetzigen Form nicht unterschreiben wird.")));
  }

  @Test
  public void noGuessWithoutAList() {
    assertNull(guesser.guess(List.of("习近平在北京会见了来访的外国领导人。")));
  }
}
