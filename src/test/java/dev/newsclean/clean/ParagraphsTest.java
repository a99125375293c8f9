package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ParagraphsTest {

  private static List<Paragraphs.Numbered> numbered(String... lines) {
    List<Paragraphs.Numbered> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(new Paragraphs.Numbered(lines[i], i + 1));
    }
    return out;
  }

  private static List<String> texts(List<Paragraphs.Numbered> lines) {
    return lines.stream().map(Paragraphs.Numbered::text).toList();
  }

  @Test
  public void rejoinsTextWrappedAtOneColumn() {
    List<Paragraphs.Numbered> wrapped =
        numbered(
            "The talks opened on Monday in a hotel by the lake, where both sides had",
            "agreed to meet without their advisers for the first time since the war",
            "began.",
            "",
            "Officials said the first session lasted for more than three hours and was",
            "followed by a dinner at which neither side spoke to the press at any time",
            "at all.",
            "",
            "A second round is planned for the spring, when the snow has gone from the",
            "roads and the delegations can travel by car from the capital to the lake.");
    List<Paragraphs.Numbered> out = Paragraphs.unwrap(wrapped);
    assertEquals(
        "The talks opened on Monday in a hotel by the lake, where both sides had agreed to meet without their advisers for the first time since the war began.",
        out.get(0).text());
    assertEquals(1, out.get(0).line());
    assertEquals(5, out.get(2).line());
  }

  @Test
  public void leavesOneParagraphPerLineTextAlone() {
    List<Paragraphs.Numbered> lines = numbered("Short line.", "Another short line.", "A third.");
    assertEquals(texts(lines), texts(Paragraphs.unwrap(lines)));
  }
}
