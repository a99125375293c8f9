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
  private final BylineWords byline;
  private final DateParser dates;
  private final Thresholds thresholds;

  private RuleBook(
      Map<String, PhraseSet> phrases,
      Map<String, Set<String>> stopwords,
      BylineWords byline,
      DateParser dates,
      Thresholds thresholds) {
    this.phrases = Map.copyOf(phrases);
    this.stopwords = Map.copyOf(stopwords);
    this.byline = byline;
    this.dates = dates;
    this.thresholds = thresholds;
  }

  /** The rule book shipped with newsclean: every language listed in {@code lang/index.txt}. */
  public static RuleBook newsDefault() {
    return load(ROOT);
  }

  /**
   * The rule book under the resource folder {@code root}: its languages' phrase lists, stop words
   * and byline words, {@code classifier.json} and {@code dates.json}. A phrase list under an
   * unknown rule id, or an unknown field, fails with the file's name.
   */
  static RuleBook load(String root) {
    Map<String, PhraseSet> phrases = new LinkedHashMap<>();
    Map<String, Set<String>> stopwords = new HashMap<>();
    BylineWords byline = BylineWords.NONE;
    for (String lang : lines(root + "lang/index.txt")) {
      String dir = root + "lang/" + lang + "/";
      JsonNode rules = json(dir + "rules.json");
      if (rules != null) {
        for (Map.Entry<String, PhraseSpec> rule : bind(rules, PHRASE_SPECS, dir).entrySet()) {
          if (!RuleIds.PHRASE_LISTS.contains(rule.getKey())) {
            throw new IllegalStateException(
                "unknown rule \""
                    + rule.getKey()
                    + "\" in "
                    + dir
                    + "rules.json; rules with phrase lists: "
                    + new java.util.TreeSet<>(RuleIds.PHRASE_LISTS));
          }
          PhraseSpec spec = rule.getValue();
          phrases.merge(
              rule.getKey(),
              PhraseSet.empty()
                  .plus(spec.maxChars(), spec.equals(), spec.prefixes(), spec.patterns()),
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
      JsonNode bylineJson = json(dir + "byline.json");
      if (bylineJson != null) {
        byline = byline.merge(bind(bylineJson, BylineWords.class, dir));
      }
    }
    try {
      Thresholds thresholds = JSON.treeToValue(json(root + "classifier.json"), Thresholds.class);
      return new RuleBook(
          phrases,
          stopwords,
          byline,
          DateParser.fromResource(json(root + "dates.json")),
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
    return byline.authorPrefixes();
  }

  public List<String> dateMarkers() {
    return byline.dateMarkers();
  }

  /** Words before a date that make it an update's, not the publication's ("updated"). */
  public List<String> updateMarkers() {
    return byline.updateMarkers();
  }

  /** The verbs an author's biography opens with after the name ("is", "writes", "covers"). */
  public List<String> bioVerbs() {
    return byline.bioVerbs();
  }

  /** Journalists' job titles, lower case ("reporter", "editor", "Redakteurin"). */
  public List<String> authorRoles() {
    return byline.authorRoles();
  }

  /** Headings of an author box, lower case ("about the author", "über den autor"). */
  public List<String> bioHeadings() {
    return byline.bioHeadings();
  }

  public DateParser dates() {
    return dates;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** One rule's phrases in {@code rules.json}; an unknown field fails to bind. */
  record PhraseSpec(
      Integer maxChars, List<String> equals, List<String> prefixes, List<String> patterns) {
    PhraseSpec {
      maxChars = maxChars == null ? 200 : maxChars;
      equals = equals == null ? List.of() : equals;
      prefixes = prefixes == null ? List.of() : prefixes;
      patterns = patterns == null ? List.of() : patterns;
    }
  }

  /** The words of {@code byline.json}. */
  record BylineWords(
      List<String> authorPrefixes,
      List<String> dateMarkers,
      List<String> updateMarkers,
      List<String> bioVerbs,
      List<String> authorRoles,
      List<String> bioHeadings) {
    static final BylineWords NONE = new BylineWords(null, null, null, null, null, null);

    BylineWords {
      authorPrefixes = orNone(authorPrefixes);
      dateMarkers = orNone(dateMarkers);
      updateMarkers = orNone(updateMarkers);
      bioVerbs = orNone(bioVerbs);
      authorRoles = orNone(authorRoles);
      bioHeadings = orNone(bioHeadings);
    }

    /** These words, then another language's. */
    BylineWords merge(BylineWords other) {
      return new BylineWords(
          concat(authorPrefixes, other.authorPrefixes),
          concat(dateMarkers, other.dateMarkers),
          concat(updateMarkers, other.updateMarkers),
          concat(bioVerbs, other.bioVerbs),
          concat(authorRoles, other.authorRoles),
          concat(bioHeadings, other.bioHeadings));
    }

    private static List<String> orNone(List<String> words) {
      return words == null ? List.of() : List.copyOf(words);
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }

  private static final com.fasterxml.jackson.core.type.TypeReference<
          LinkedHashMap<String, PhraseSpec>>
      PHRASE_SPECS = new com.fasterxml.jackson.core.type.TypeReference<>() {};

  private static <T> T bind(JsonNode node, Class<T> type, String dir) {
    try {
      return JSON.treeToValue(node, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot read " + dir + ": " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T bind(
      JsonNode node, com.fasterxml.jackson.core.type.TypeReference<T> type, String dir) {
    try {
      return JSON.readerFor(type).readValue(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + dir + "rules.json: " + e.getMessage(), e);
    }
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
