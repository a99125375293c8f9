package dev.newsclean.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What must hold for every input, checked over the golden cases and, when {@code ../shared/eval} is
 * beside the project (as on a developer's machine and in CI), over every dev set, HTML and plain
 * text, through the production processor (language detector included):
 *
 * <ul>
 *   <li>each input ends as records, rejects or skips, and none as {@code processing_error};
 *   <li>no record's text holds an HTML tag that its page does not show as text;
 *   <li>every {@code published} is ISO-8601.
 * </ul>
 */
public class InvariantsTest {

  private static final Path CASES = Paths.get("src/test/resources/cases");
  private static final Path EVAL = Paths.get("../shared/eval");
  private static final Pattern TAG =
      Pattern.compile(
          "</?(div|span|p|a|img|script|style|table|td|tr|li|ul|br|iframe|font|b|i)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  /** The schema's form: a date, optionally a time, optionally a zone. */
  public static final Pattern ISO_8601 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");

  private static FileProcessor processor;

  @BeforeClass
  public static void build() {
    processor = ExtractSettings.defaults(DocumentExtractor.Limits.MAX_BYTES).newProcessor();
  }

  @AfterClass
  public static void close() {
    processor.close();
  }

  @Test
  public void goldenCases() throws IOException {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CASES)) {
      files
          .filter(p -> p.getFileName().toString().startsWith("input."))
          .sorted()
          .forEach(inputs::add);
    }
    assertTrue(inputs.size() >= 8);
    check(inputs);
  }

  @Test
  public void devSets() throws IOException {
    assumeTrue("../shared/eval is not beside the project", Files.isDirectory(EVAL));
    List<Path> inputs = new ArrayList<>();
    for (String set : List.of("cleaneval-dev", "dev", "news2023", "portals")) {
      for (String kind : List.of("html", "text")) {
        Path dir = EVAL.resolve(set).resolve(kind);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
          }
        }
      }
    }
    assertTrue(inputs.size() > 500);
    check(inputs);
  }

  private static void check(List<Path> inputs) throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path input : inputs) {
      byte[] bytes = Files.readAllBytes(input);
      CollectedOutcomes o = CollectedOutcomes.of(processor, input.toString(), bytes);
      if (o.articles.size() + o.rejects.size() + o.skipped.size() == 0) {
        broken.add(input + ": no outcome");
      }
      for (Reject r : o.rejects) {
        if (r.reason().equals(Reject.Reason.PROCESSING_ERROR.code())) {
          broken.add(input + ": " + r.detail());
        }
      }
      String shown = null;
      for (Article a : o.articles) {
        if (a.published() != null && !ISO_8601.matcher(a.published()).matches()) {
          broken.add(input + ": published " + a.published());
        }
        Matcher tag = TAG.matcher(a.text());
        while (tag.find()) {
          if (shown == null) {
            shown = visibleText(input, bytes);
          }
          if (!shown.contains(tag.group().replaceAll("\\s+", " "))) {
            broken.add(input + ": markup in text: " + tag.group());
            break;
          }
        }
      }
    }
    assertEquals(String.join("\n", broken), 0, broken.size());
  }

  /** The page's text as a browser shows it (for a plain-text input, the input itself). */
  private static String visibleText(Path input, byte[] bytes) {
    try {
      if (input.toString().endsWith(".gz")) {
        bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String raw = new String(bytes, StandardCharsets.UTF_8);
    return (input.toString().contains("/text/") ? raw : Jsoup.parse(raw).wholeText())
        .replaceAll("\\s+", " ");
  }
}
