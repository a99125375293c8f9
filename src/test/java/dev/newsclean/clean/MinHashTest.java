package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

public class MinHashTest {

  private static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("input"))) {
      return files
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readString(p);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  @Test
  public void theExactKeyIgnoresCaseSpacingAndPunctuationButNotWords() {
    assertEquals(
        MinHash.exactKey("The council voted, on Tuesday."),
        MinHash.exactKey("the  council voted on tuesday"));
    assertNotEquals(
        MinHash.exactKey("The council voted on Tuesday"),
        MinHash.exactKey("The council voted on Monday"));
  }

  @Test
  public void aFewChangedWordsStayAboveTheThresholdAndArticlesOnTheSameTopicFallFarBelow()
      throws IOException {
    List<String> seeds = seeds();
    String text = seeds.get(0);
    String corrected = text.replaceFirst("Ukraine", "Ukrainian").replaceFirst("Russia", "Russian");
    assertTrue(
        MinHash.similarity(MinHash.signature(text), MinHash.signature(corrected))
            >= MinHash.THRESHOLD);
    for (int i = 1; i < seeds.size(); i++) {
      double s = MinHash.similarity(MinHash.signature(text), MinHash.signature(seeds.get(i)));
      assertTrue("seed " + i + " is another article on the ceasefire: " + s, s < 0.3);
    }
  }

  @Test
  public void identicalTextsShareEveryBand() {
    int[] a = MinHash.signature("one two three four five six seven eight nine ten");
    assertEquals(
        MinHash.bandKeys(a),
        MinHash.bandKeys(MinHash.signature("One two three four five six seven eight nine ten.")));
    assertEquals(MinHash.BANDS, MinHash.bandKeys(a).size());
  }
}
