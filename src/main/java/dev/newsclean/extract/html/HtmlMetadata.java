package dev.newsclean.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsclean.model.Metadata;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: JSON-LD {@code NewsArticle}/{@code Article} objects, Open Graph and
 * {@code article:*} meta tags, Dublin Core and other named meta tags, {@code <time datetime>},
 * {@code itemprop}, bylines in the DOM, {@code link rel=canonical} and {@code html lang}. The
 * headline is chosen by {@link Headline}. Values are taken as the page writes them; {@code
 * MetadataNormalizer} puts them in the schema's forms. Stateless; thread-safe.
 */
public final class HtmlMetadata {

  /** What the page says about itself, plus the JSON-LD article body when it has one. */
  public record Found(Metadata metadata, String articleBody) {}

  /**
   * Elements that hold a byline when no meta tag names the author (as trafilatura's author
   * expressions).
   */
  private static final String BYLINE_CSS =
      "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], [class*=byline] a[href*=author], [class*=byline] [class*=name],"
          + " [class*=author-name], [class*=author__name], [class*=authorName], [class*=byline], a[href*=/author/], a[href*=/authors/]";

  private static final int MAX_BYLINE_CHARS = 100;

  public Found read(Document doc) {
    Map<String, String> metas = metaTags(doc);
    JsonNode ld = JsonLd.article(doc);
    String url =
        firstOf(
            () -> attr(doc, "link[rel=canonical][href]", "abs:href"),
            () -> meta(metas, "og:url"),
            () -> ld == null ? null : JsonLd.text(ld.get("url")));
    String siteName =
        firstNonBlank(
            meta(metas, "og:site_name", "application-name"),
            ld == null ? null : JsonLd.text(ld.path("publisher").get("name")));
    Set<String> siteNames = new LinkedHashSet<>();
    // og:site_name, application-name and the publisher can all differ; the domain's label too.
    for (String name :
        new String[] {
          meta(metas, "og:site_name"),
          meta(metas, "application-name"),
          ld == null ? null : JsonLd.text(ld.path("publisher").get("name")),
          host(url)
        }) {
      if (name != null && !name.isBlank()) {
        siteNames.add(name);
        if (name.contains(".") && !name.contains(" ")) {
          siteNames.add(name.substring(0, name.indexOf('.'))); // the domain's label
        }
      }
    }
    String structured =
        firstNonBlank(
            ld == null ? null : Headline.jsonLdTitle(ld, doc.title()),
            meta(
                metas,
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title"));
    String title = Headline.choose(doc, structured, siteNames);
    List<String> authors = ld == null ? List.of() : JsonLd.names(ld.get("author"));
    if (ld != null && ld.hasNonNull("author") && JsonLd.onlyOrganizations(ld.get("author"))) {
      // schema.org's CreativeWork.creator: a site whose author is itself names the writer there.
      List<String> creators = JsonLd.names(ld.get("creator"));
      if (!creators.isEmpty() && !JsonLd.onlyOrganizations(ld.get("creator"))) {
        authors = creators;
      }
    }
    if (authors.isEmpty()) {
      authors = metaAuthors(doc, metas);
    }
    String published =
        firstOf(
            () -> ld == null ? null : JsonLd.text(ld.get("datePublished")),
            () ->
                meta(
                    metas,
                    "article:published_time",
                    "datePublished",
                    "pubdate",
                    "publishdate",
                    "date",
                    "dc.date",
                    "dcterms.created",
                    "parsely-pub-date",
                    "sailthru.date",
                    "og:published_time"),
            () ->
                attr(
                    doc,
                    "time[datetime][itemprop=datePublished], time[datetime][pubdate], [itemprop=datePublished][content]",
                    "datetime",
                    "content"),
            () -> PageTimes.articleTime(doc),
            () -> PageTimes.datedElement(doc));
    String inLocalZone = PageTimes.inLocalZone(published, doc);
    published =
        Objects.equals(inLocalZone, published) ? Dateline.inShownZone(published, doc) : inLocalZone;
    String site = firstNonBlank(siteName, host(url));
    Element html = doc.selectFirst("html");
    String lang =
        firstNonBlank(
            html == null ? null : html.attr("lang"),
            meta(metas, "og:locale", "language", "content-language"),
            ld == null ? null : JsonLd.text(ld.get("inLanguage")));
    String description =
        firstNonBlank(
            meta(metas, "og:description", "description", "twitter:description", "dc.description"),
            ld == null ? null : JsonLd.text(ld.get("description")));
    Metadata metadata =
        new Metadata(
            clean(title),
            authors,
            clean(published),
            clean(site),
            clean(url),
            null,
            language(lang),
            clean(description),
            null,
            clean(Dateline.text(doc)));
    return new Found(metadata, ld == null ? null : JsonLd.text(ld.get("articleBody")));
  }

  /** What in a byline's text beside its linked names joins another name to them. */
  private static final Pattern OTHER_NAMES =
      Pattern.compile("(?i)\\band\\b|,|\\bund\\b|\\bet\\b|\\by\\b");

  /** Links to an author's page ({@code /staff/jane-doe/}): a byline's names without its outlet. */
  private static final String AUTHOR_LINKS =
      "a[href*=/author/], a[href*=/authors/], a[href*=/staff/], a[href*=/people/],"
          + " a[href*=/profile/], a[href*=/contributors/], a[href*=/journalists/]";

  /**
   * The names a byline element links to their pages, comma-separated ("Sarah Barnacle" of "Sarah
   * Barnacle Worcester Telegram &amp; Gazette"); null when it links none, or when its text joins
   * another name to them ("and", a comma).
   */
  private static String authorLinks(Element byline) {
    List<String> names = new ArrayList<>();
    for (Element link : byline.select(AUTHOR_LINKS)) {
      String name = link.text().strip();
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    // "By Stella Kim and Jennifer Jett" with only the second linked: the text names them both.
    String rest = byline.text();
    for (String name : names) {
      rest = rest.replace(name, " ");
    }
    return OTHER_NAMES.matcher(rest).find() ? null : String.join(", ", names);
  }

  private static List<String> metaAuthors(Document doc, Map<String, String> metas) {
    String author =
        meta(
            metas,
            "author",
            "dc.creator",
            "article:author",
            "parsely-author",
            "byl",
            "sailthru.author");
    if (author == null || author.startsWith("http")) {
      author = null;
      for (Element byline : doc.select(BYLINE_CSS)) {
        String text = authorLinks(byline);
        if (text == null) {
          text = byline.text().strip();
        }
        if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS) {
          author = text;
          break;
        }
      }
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
