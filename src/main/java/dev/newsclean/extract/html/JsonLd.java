package dev.newsclean.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's JSON-LD article object ({@code NewsArticle}, {@code Article}, ...) and reading its
 * values. Stateless.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenews",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "scholarlyarticle",
          "techarticle",
          "report",
          "webpage",
          "liveblogposting",
          "recipe",
          "howto");

  private static final String WEB_PAGE = "webpage";
  private static final String ORGANIZATION = "organization";

  private JsonLd() {}

  /**
   * The page's article object in its JSON-LD scripts (inside {@code @graph} too), or null: the
   * first of an article type, or when there is none the first {@code WebPage} (a page that
   * describes itself as a {@code WebPage} before its {@code NewsArticle} names the author only in
   * the article).
   */
  static JsonNode article(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collectArticles(JSON.readTree(script.data()), found);
      } catch (Exception e) {
        // Malformed JSON-LD is common; the page's other metadata still counts.
      }
      for (JsonNode node : found) {
        if (!hasType(node, WEB_PAGE)) {
          return node; // the later scripts need not be parsed
        }
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static void collectArticles(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collectArticles(child, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))
            && (node.has("headline") || node.has("name") || node.has("articleBody"))) {
          out.add(node);
          break;
        }
      }
    }
    collectArticles(node.get("@graph"), out);
  }

  private static boolean hasType(JsonNode node, String type) {
    JsonNode types = node.get("@type");
    for (JsonNode t : types.isArray() ? types : List.of(types)) {
      if (t.asText().equalsIgnoreCase(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of {@code author}: a string, a {@code Person} or {@code Organization}, or a list of
   * them; URLs left out.
   */
  static List<String> names(JsonNode author) {
    Set<String> out = new LinkedHashSet<>();
    if (author == null) {
      return List.of();
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isObject() ? text(a.get("name")) : text(a);
      if (name != null && !name.startsWith("http") && startsAsAName(name.strip())) {
        out.add(name.strip());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Whether {@code author} names only {@code Organization}s (a site that gives itself as the
   * author); true for an empty list.
   */
  static boolean onlyOrganizations(JsonNode author) {
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      if (!a.isObject() || a.get("@type") == null || !hasType(a, ORGANIZATION)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name starts with a letter or digit: a template whose person was left empty writes
   * {@code ", The Daily Journal"}, and the page's byline then names the author.
   */
  private static boolean startsAsAName(String name) {
    return !name.isEmpty() && Character.isLetterOrDigit(name.codePointAt(0));
  }

  /**
   * A value as text: the first of a list, the name (or {@code @id}) of an object; null when blank.
   */
  static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      return text(node.has("name") ? node.get("name") : node.get("@id"));
    }
    String s = node.asText();
    return s.isBlank() ? null : s;
  }
}
