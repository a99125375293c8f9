package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclean.core.CollectedOutcomes;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.model.Article;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Runs every folder under {@code src/test/resources/cases} through extraction and cleaning and
 * compares the record with {@code expected.json}, field by field. With {@code
 * -Dnewsclean.regenerate=true} it rewrites {@code expected.json} from the current output instead.
 */
@RunWith(Parameterized.class)
public class GoldenCasesTest {

  private static final Path CASES = Paths.get("src/test/resources/cases");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final boolean REGENERATE = Boolean.getBoolean("newsclean.regenerate");

  @Parameterized.Parameters(name = "{0}")
  public static List<Object[]> cases() throws IOException {
    List<Object[]> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CASES)) {
      dirs.filter(Files::isDirectory)
          .sorted()
          .forEach(d -> out.add(new Object[] {d.getFileName().toString()}));
    }
    return out;
  }

  private final String name;

  public GoldenCasesTest(String name) {
    this.name = name;
  }

  @Test
  public void recordMatchesExpected() throws IOException {
    Path dir = CASES.resolve(name);
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input =
          files
              .filter(p -> p.getFileName().toString().startsWith("input."))
              .findFirst()
              .orElseThrow();
    }
    Article article = cleanOne(input);
    assertNotNull(name + " gave no record", article);
    ObjectNode actual = JSON.valueToTree(article);
    Path expectedFile = dir.resolve("expected.json");
    if (REGENERATE) {
      ObjectNode kept = actual.deepCopy();
      kept.remove(List.of("id", "text_sha256"));
      JSON.writeValue(expectedFile.toFile(), kept);
      return;
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertTrue(name + ": expected.json names no field", expected.size() > 0);
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      assertEquals(
          name + ": field " + field.getKey(), field.getValue(), actual.get(field.getKey()));
    }
  }

  private static Article cleanOne(Path input) throws IOException {
    try (FileProcessor processor =
        ExtractSettings.defaults(DocumentExtractor.Limits.MAX_BYTES).newProcessor()) {
      CollectedOutcomes o =
          CollectedOutcomes.of(
              processor, input.getFileName().toString(), Files.readAllBytes(input));
      assertTrue("rejected: " + o.rejects, o.rejects.isEmpty());
      assertEquals(1, o.articles.size());
      return o.articles.get(0);
    }
  }
}
