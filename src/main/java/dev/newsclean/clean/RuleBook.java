package dev.newsclean.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All the data the cleaning rules read: phrase lists per rule (merged over every language in {@code
 * lang/index.txt}), stop words per language, byline words, date words and the classifier's
 * thresholds. Adding a language is adding a folder under {@code lang/} and a line to its index; no
 * code changes. Immutable once loaded; thread-safe.
 */
public final class RuleBook {

  private static final String ROOT = "/dev/newsclean/clean/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, PhraseSet> phrases;
  private final Map<String, Set<String>> stopwords;
  private final List<String> authorPrefixes;
  private final List<String> dateMarkers;
  private final DateParser dates;
  private final Thresholds thresholds;

  private RuleBook(
      Map<String, PhraseSet> phrases,
      Map<String, Set<String>> stopwords,
      List<String> authorPrefixes,
      List<String> dateMarkers,
      DateParser dates,
      Thresholds thresholds) {
    this.phrases = Map.copyOf(phrases);
    this.stopwords = Map.copyOf(stopwords);
    this.authorPrefixes = List.copyOf(authorPrefixes);
    this.dateMarkers = List.copyOf(dateMarkers);
    this.dates = dates;
    this.thresholds = thresholds;
  }

  /** The rule book shipped with newsclean: every language listed in {@code lang/index.txt}. */
  public static RuleBook newsDefault() {
    Map<String, PhraseSet> phrases = new LinkedHashMap<>();
    Map<String, Set<String>> stopwords = new HashMap<>();
    List<String> authorPrefixes = new ArrayList<>();
    List<String> dateMarkers = new ArrayList<>();
    for (String lang : lines(ROOT + "lang/index.txt")) {
      String dir = ROOT + "lang/" + lang + "/";
      JsonNode rules = json(dir + "rules.json");
      if (rules != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> rule = it.next();
          JsonNode spec = rule.getValue();
          phrases.merge(
              rule.getKey(),
              PhraseSet.empty()
                  .plus(
                      spec.path("maxChars").asInt(200),
                      strings(spec, "equals"),
                      strings(spec, "prefixes"),
                      strings(spec, "patterns")),
              PhraseSet::merge);
        }
      }
      List<String> words = lines(dir + "stopwords.txt");
      if (!words.isEmpty()) {
        Set<String> set = new HashSet<>();
        words.forEach(
            l ->
                Arrays.stream(l.split("\\s+"))
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .forEach(set::add));
        stopwords.put(lang, set);
      }
      JsonNode byline = json(dir + "byline.json");
      if (byline != null) {
        authorPrefixes.addAll(strings(byline, "authorPrefixes"));
        dateMarkers.addAll(strings(byline, "dateMarkers"));
      }
    }
    try {
      Thresholds thresholds = JSON.treeToValue(json(ROOT + "classifier.json"), Thresholds.class);
      return new RuleBook(
          phrases,
          stopwords,
          authorPrefixes,
          dateMarkers,
          DateParser.fromResource(json(ROOT + "dates.json")),
          thresholds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classifier.json", e);
    }
  }

  /** The phrases of one rule (an empty set when no language defines it). */
  public PhraseSet phrases(String ruleId) {
    return phrases.getOrDefault(ruleId, PhraseSet.empty());
  }

  /** The stop words of a language, or an empty set when there is no list for it. */
  public Set<String> stopwords(String language) {
    return language == null ? Set.of() : stopwords.getOrDefault(language, Set.of());
  }

  /** Languages that have a stop-word list. */
  public Set<String> languages() {
    return stopwords.keySet();
  }

  public List<String> authorPrefixes() {
    return authorPrefixes;
  }

  public List<String> dateMarkers() {
    return dateMarkers;
  }

  public DateParser dates() {
    return dates;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }

  static JsonNode json(String resource) {
    try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
      return in == null ? null : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
      if (in == null) {
        return out;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
