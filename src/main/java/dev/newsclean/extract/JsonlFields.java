package dev.newsclean.extract;

import java.io.Serializable;
import java.util.List;

/**
 * Which fields of a JSONL scrape record hold what; the first field present (and non-empty) wins.
 * The defaults cover what common scrapers write.
 */
public record JsonlFields(
    List<String> url, List<String> html, List<String> text, List<String> title, List<String> date)
    implements Serializable {

  public static JsonlFields defaults() {
    return new JsonlFields(
        List.of("url", "link", "href", "source_url"),
        List.of("html", "raw_html", "rawHtml", "content_html", "page"),
        List.of("text", "content", "body", "article", "maintext"),
        List.of("title", "headline"),
        List.of("published", "date", "published_at", "date_publish", "datePublished", "timestamp"));
  }

  /** Parses {@code url=a,b;html=c;text=d} overrides on top of the defaults. */
  public static JsonlFields parse(String spec) {
    JsonlFields f = defaults();
    if (spec == null || spec.isBlank()) {
      return f;
    }
    for (String part : spec.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("JSONL field spec '" + part + "' is not name=field1,field2");
      }
      List<String> names = List.of(kv[1].strip().split("\\s*,\\s*"));
      f = switch (kv[0].strip()) {
        case "url" -> new JsonlFields(names, f.html, f.text, f.title, f.date);
        case "html" -> new JsonlFields(f.url, names, f.text, f.title, f.date);
        case "text" -> new JsonlFields(f.url, f.html, names, f.title, f.date);
        case "title" -> new JsonlFields(f.url, f.html, f.text, names, f.date);
        case "date" -> new JsonlFields(f.url, f.html, f.text, f.title, names);
        default -> throw new IllegalArgumentException("unknown JSONL field kind '" + kv[0] + "' (url, html, text, title, date)");
      };
    }
    return f;
  }
}
