package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * What a phrase pattern's matches must contain, so that most lines skip the regex: read right from
 * the pattern, and never wrong (a line a pattern matches always holds what it says is required).
 */
public class RegexLiteralsTest {

  @Test
  public void aPlainPhraseAfterAnythingIsRequired() {
    assertEquals(
        List.of("all rights reserved"),
        RegexLiterals.requiredWords("^.{0,120}all rights reserved\\.?$"));
  }

  @Test
  public void aGroupOfAlternativesRequiresOneOfThemAndAnOptionalOneNothing() {
    assertEquals(
        List.of("photo", "image"), RegexLiterals.requiredWords("^.{0,200}\\((photo|image)s?:"));
    assertEquals(List.of("...", "…"), RegexLiterals.requiredWords("^.{60,}(\\.\\.\\.|…)$"));
    assertEquals(List.of(), RegexLiterals.requiredWords("^(estimated )?.*$"));
  }

  @Test
  public void theLongestMandatoryPartWinsAndALookaheadCounts() {
    assertEquals(
        List.of("wire services", "agencies", "news agencies"),
        RegexLiterals.requiredWords(
            "^[a-z .'-]{2,40} (and|with) (wire services|agencies|news agencies)\\.?$"));
    assertEquals(
        List.of("newsletter", "inbox"),
        RegexLiterals.requiredWords(
            "^(?=.*\\b(newsletters?|inbox)\\b)(?=.*\\b(sign up|go)\\b).*$"));
  }

  @Test
  public void alternativesAtTheTopAndNegativeLookaroundsRequireNothing() {
    assertEquals(List.of(), RegexLiterals.requiredWords("^copyright.*|^all rights$"));
    assertEquals(List.of(), RegexLiterals.requiredWords("^(?!previous).*$"));
  }

  @Test
  public void aLiteralPrefixStopsWhereACharacterMayBeAbsent() {
    assertEquals("sign up for", RegexLiterals.literalPrefix("^sign up for\\b.*"));
    assertEquals("comment", RegexLiterals.literalPrefix("^comments?\\s*\\([0-9]+\\)$"));
    assertEquals("", RegexLiterals.literalPrefix("(photo|image)"));
  }

  /**
   * Every pattern of every language's rules, against every line of the seeds and the golden cases
   * (and lines made to match): where a pattern matches, the line starts with its literal prefix and
   * holds one of its required words.
   */
  @Test
  public void neverRequiresWhatAMatchingLineLacks() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path root : List.of(Paths.get("input"), Paths.get("src/test/resources/cases"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          for (String line :
              new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
            lines.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    lines.addAll(
        List.of(
            "image: reuters / jane doe",
            "when you buy through links on our site, we may earn an affiliate commission.",
            "sign up to get the daily newsletter in your inbox",
            "© 2023 example media. all rights reserved.",
            "read all the latest news on example.com"));
    int matched = 0;
    for (Pattern pattern : allPatterns()) {
      String prefix = RegexLiterals.literalPrefix(pattern.pattern());
      List<String> required = RegexLiterals.requiredWords(pattern.pattern());
      for (String line : lines) {
        if (pattern.matcher(line).matches()) {
          matched++;
          assertTrue(pattern + " / " + line, line.startsWith(prefix));
          assertTrue(
              pattern + " needs one of " + required + ": " + line,
              required.isEmpty() || required.stream().anyMatch(line::contains));
        }
      }
    }
    assertTrue("some lines match some patterns: " + matched, matched >= 20);
  }

  private static List<Pattern> allPatterns() throws IOException {
    List<Pattern> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
      try (InputStream in =
          RegexLiteralsTest.class.getResourceAsStream(
              "/dev/newsclean/clean/lang/" + lang + "/rules.json")) {
        JsonNode rules = json.readTree(in);
        rules
            .fields()
            .forEachRemaining(
                rule ->
                    rule.getValue()
                        .path("patterns")
                        .forEach(p -> out.add(Pattern.compile(p.asText()))));
      }
    }
    return out;
  }
}
