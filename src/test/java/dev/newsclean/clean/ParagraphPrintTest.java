package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ParagraphPrintTest {

  private static String paragraph(String topic, int n) {
    return "The committee on "
        + topic
        + " met for the "
        + n
        + "th time this year and agreed that the report on "
        + topic
        + " should be published before the end of the month.";
  }

  private static String article(String topic, int paragraphs) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= paragraphs; i++) {
      out.add(paragraph(topic, i));
    }
    return String.join("\n\n", out);
  }

  @Test
  public void aVersionWithOneParagraphOfFiveReplacedIsAVersion() {
    String first = article("water", 5);
    String later = first.replace(paragraph("water", 3), paragraph("roads", 9));
    assertEquals(
        0.8, ParagraphPrint.shared(ParagraphPrint.of(first), ParagraphPrint.of(later)), 0.01);
    assertTrue(ParagraphPrint.versions(ParagraphPrint.of(first), ParagraphPrint.of(later)));
  }

  @Test
  public void aShortTextInsideALongOneIsNot() {
    String brief = article("water", 3);
    String longer = brief + "\n\n" + article("schools", 6);
    assertFalse(ParagraphPrint.versions(ParagraphPrint.of(brief), ParagraphPrint.of(longer)));
  }

  @Test
  public void shortParagraphsAndShortTextsAreNotCompared() {
    String lines = "Read more\n\nShare this\n\n" + paragraph("water", 1);
    assertEquals(1, ParagraphPrint.of(lines).length);
    assertFalse(ParagraphPrint.versions(ParagraphPrint.of(lines), ParagraphPrint.of(lines)));
    assertEquals(List.of(), ParagraphPrint.keys(ParagraphPrint.of("Read more")));
  }

  @Test
  public void distinctArticlesOnOneTopicShareNothing() {
    assertEquals(
        0.0,
        ParagraphPrint.shared(
            ParagraphPrint.of(article("water", 5)), ParagraphPrint.of(article("roads", 5))),
        0.0);
  }
}
