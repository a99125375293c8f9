package dev.newsclean.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.model.Metadata;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: JSON-LD {@code NewsArticle}/{@code Article} objects, Open Graph
 * and {@code article:*} meta tags, Dublin Core and other named meta tags, {@code <time
 * datetime>}, {@code itemprop}, {@code link rel=canonical} and {@code html lang}. The title
 * follows the order Readability uses (structured headline, then meta titles, then the
 * {@code <title>} with its site part cut off). Stateless; thread-safe.
 */
public final class HtmlMetadata {

  /** What the page says about itself, plus the JSON-LD article body when it has one. */
  public record Found(Metadata metadata, String articleBody) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
  private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile(" [\\\\/>»] ");
  private static final Set<String> ARTICLE_TYPES =
      Set.of("article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
          "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "report", "webpage", "liveblogposting");

  public Found read(Document doc) {
    Map<String, String> metas = metaTags(doc);
    JsonNode ld = jsonLdArticle(doc);
    String headline = ld == null ? null : jsonLdTitle(ld, doc.title());
    String title = firstNonBlank(
        headline,
        meta(metas, "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"),
        titleFromTitleTag(doc));
    List<String> authors = ld == null ? List.of() : names(ld.get("author"));
    if (authors.isEmpty()) {
      authors = metaAuthors(doc, metas);
    }
    String published = firstOf(
        () -> ld == null ? null : text(ld.get("datePublished")),
        () -> meta(metas, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dcterms.created",
            "parsely-pub-date", "sailthru.date", "og:published_time"),
        () -> attr(doc, "time[datetime][itemprop=datePublished], time[datetime][pubdate], [itemprop=datePublished][content]", "datetime", "content"),
        () -> attr(doc, "article time[datetime], time[datetime]", "datetime"));
    String url = firstOf(() -> attr(doc, "link[rel=canonical][href]", "abs:href"), () -> meta(metas, "og:url"), () -> ld == null ? null : text(ld.get("url")));
    String site = firstNonBlank(meta(metas, "og:site_name", "application-name"), ld == null ? null : text(ld.path("publisher").get("name")), host(url));
    Element html = doc.selectFirst("html");
    String lang = firstNonBlank(html == null ? null : html.attr("lang"), meta(metas, "og:locale", "language", "content-language"),
        ld == null ? null : text(ld.get("inLanguage")));
    String description = firstNonBlank(meta(metas, "og:description", "description", "twitter:description", "dc.description"),
        ld == null ? null : text(ld.get("description")));
    Metadata metadata = new Metadata(clean(title), authors, clean(published), clean(site), clean(url), null, language(lang), clean(description), null);
    return new Found(metadata, ld == null ? null : text(ld.get("articleBody")));
  }

  /**
   * The {@code <title>} with the site's name cut off, by Readability's rules: cut after the last
   * separator ("Story title | Site"), or before the first when that leaves under three words
   * ("Site | Story title"); after a colon when no heading repeats the whole title; the only
   * {@code <h1>} when the title is very short or long; and the whole title back when the cut
   * leaves four words or fewer.
   */
  static String titleFromTitleTag(Document doc) {
    String original = doc.title().strip().replaceAll("\\s+", " ");
    if (original.isEmpty()) {
      Element h1 = doc.selectFirst("h1");
      return h1 == null ? null : h1.text();
    }
    String title = original;
    boolean hierarchical = false;
    Matcher separators = TITLE_SEPARATOR.matcher(original);
    int last = -1;
    while (separators.find()) {
      last = separators.start();
    }
    if (last >= 0) {
      hierarchical = HIERARCHICAL_SEPARATOR.matcher(original).find();
      title = original.substring(0, last);
      if (words(title) < 3) {
        title = original.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
      }
    } else if (original.contains(": ")) {
      boolean headingMatches = doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(original));
      if (!headingMatches) {
        title = original.substring(original.lastIndexOf(':') + 1);
        if (words(title) < 3) {
          title = original.substring(original.indexOf(':') + 1);
        } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
          title = original;
        }
      }
    } else if (original.length() > 150 || original.length() < 15) {
      var h1s = doc.select("h1");
      if (h1s.size() == 1) {
        title = h1s.first().text();
      }
    }
    title = title.strip();
    int count = words(title);
    if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
      title = original;
    }
    return title;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /**
   * Readability's choice between JSON-LD {@code name} and {@code headline}: the name, unless only
   * the headline resembles the page's {@code <title>} (Wikipedia's headline is a description).
   */
  static String jsonLdTitle(JsonNode ld, String pageTitle) {
    String name = text(ld.get("name"));
    String headline = text(ld.get("headline"));
    if (name == null || headline == null || name.equals(headline)) {
      return name != null ? name : headline;
    }
    boolean nameMatches = similarity(name, pageTitle) > 0.75;
    boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }

  /** Readability's text similarity: the share of {@code b}'s text made of words also in {@code a}. */
  static double similarity(String a, String b) {
    List<String> wordsA = List.of(a.toLowerCase(Locale.ROOT).split("\\W+"));
    List<String> wordsB = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
    wordsB.removeIf(String::isEmpty);
    if (wordsB.isEmpty()) {
      return 0;
    }
    String all = String.join(" ", wordsB);
    String unique = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList());
    return 1 - (double) unique.length() / all.length();
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Malformed JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        JsonNode found = findArticle(child);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && (node.has("headline") || node.has("name") || node.has("articleBody"))) {
          return node;
        }
      }
    }
    return findArticle(node.get("@graph"));
  }

  private static List<String> names(JsonNode author) {
    Set<String> out = new LinkedHashSet<>();
    if (author == null) {
      return List.of();
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isObject() ? text(a.get("name")) : text(a);
      if (name != null && !name.startsWith("http")) {
        out.add(name.strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> metaAuthors(Document doc, Map<String, String> metas) {
    String author = meta(metas, "author", "dc.creator", "article:author", "parsely-author", "byl", "sailthru.author");
    if (author == null || author.startsWith("http")) {
      Element byline = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
      author = byline == null ? null : byline.text();
    }
    if (author == null || author.isBlank() || author.length() > 100) {
      return List.of();
    }
    author = author.replaceFirst("(?i)^\\s*by\\s+", "");
    List<String> out = new ArrayList<>();
    for (String part : author.split("\\s*(?:[,;]|\\band\\b)\\s*")) {
      if (part.strip().length() > 1) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Every named meta tag's content, by lower-case name (the first tag of a name wins). */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
      String content = m.attr("content");
      if (key == null || content.isBlank()) {
        continue;
      }
      // A tag may name several properties at once: property="og:title twitter:title".
      for (String one : key.strip().split("\\s+")) {
        out.putIfAbsent(one.toLowerCase(Locale.ROOT), content);
      }
    }
    return out;
  }

  private static String meta(Map<String, String> metas, String... names) {
    for (String name : names) {
      String value = metas.get(name.toLowerCase(Locale.ROOT));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String... attrs) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    for (String a : attrs) {
      String v = e.attr(a);
      if (!v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
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

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String language(String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String primary = lang.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.replaceAll("\\s+", " ").strip();
  }

  @SafeVarargs
  private static String firstOf(java.util.function.Supplier<String>... values) {
    for (java.util.function.Supplier<String> v : values) {
      String value = v.get();
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
