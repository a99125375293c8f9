package dev.newsclean.extract.container;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.List;

/**
 * Which fields of a JSONL scrape record hold what; the first field present (and non-empty) wins,
 * and a name may be a dotted path ({@code metadata.url}). Without {@code --jsonlFields} the fields
 * are recognised per record ({@link #forRecord}): news-please, trafilatura's JSON and Common Crawl
 * derived sets (FineWeb, Dolma, RedPajama, C4), whose dates are the crawl's, not the article's;
 * anything else by the {@link #generic} names common scrapers write.
 *
 * @param auto true when no field was named by the user, so the record's fields pick the profile
 */
public record JsonlFields(
    List<String> url,
    List<String> html,
    List<String> text,
    List<String> title,
    List<String> date,
    List<String> authors,
    List<String> fetched,
    List<String> site,
    List<String> description,
    List<String> language,
    boolean auto)
    implements Serializable {

  /** What common scrapers write. */
  public static JsonlFields generic() {
    return new JsonlFields(
        List.of("url", "link", "href", "source_url", "metadata.url", "meta.url"),
        List.of("html", "raw_html", "rawHtml", "content_html", "page"),
        List.of("text", "content", "body", "article", "maintext"),
        List.of("title", "headline"),
        List.of("published", "date", "published_at", "date_publish", "datePublished"),
        List.of("authors", "author", "byline"),
        List.of("fetched", "date_download", "crawled_at", "timestamp"),
        List.of("sitename", "source_domain", "hostname"),
        List.of("description", "excerpt"),
        List.of("language", "lang"),
        false);
  }

  /** news-please's article JSON. */
  static final JsonlFields NEWS_PLEASE =
      new JsonlFields(
          List.of("url"),
          List.of(),
          List.of("maintext", "text"),
          List.of("title"),
          List.of("date_publish"),
          List.of("authors"),
          List.of("date_download"),
          List.of("source_domain"),
          List.of("description"),
          List.of("language"),
          false);

  /** trafilatura's JSON output ({@code source} is the URL, {@code author} names joined by "; "). */
  static final JsonlFields TRAFILATURA =
      new JsonlFields(
          List.of("url", "source"),
          List.of(),
          List.of("text", "raw_text"),
          List.of("title"),
          List.of("date"),
          List.of("author"),
          List.of(),
          List.of("sitename", "hostname"),
          List.of("excerpt", "description"),
          List.of("language"),
          false);

  /**
   * Text sets derived from Common Crawl: their {@code date} or {@code timestamp} is when the page
   * was crawled.
   */
  static final JsonlFields COMMON_CRAWL =
      new JsonlFields(
          List.of("url", "metadata.url", "meta.url", "metadata.warc_target_uri"),
          List.of(),
          List.of("text", "raw_content"),
          List.of("title", "metadata.title"),
          List.of(),
          List.of(),
          List.of(
              "date",
              "timestamp",
              "metadata.date",
              "metadata.timestamp",
              "meta.timestamp",
              "created",
              "added"),
          List.of(),
          List.of(),
          List.of("language", "metadata.language", "meta.language", "lang"),
          false);

  /** The generic names, with each record recognised ({@link #forRecord}). */
  public static JsonlFields defaults() {
    JsonlFields g = generic();
    return new JsonlFields(
        g.url,
        g.html,
        g.text,
        g.title,
        g.date,
        g.authors,
        g.fetched,
        g.site,
        g.description,
        g.language,
        true);
  }

  /**
   * The fields to read {@code record} by: the named ones, or in auto mode those of the scraper that
   * wrote it.
   */
  public JsonlFields forRecord(JsonNode record) {
    if (!auto) {
      return this;
    }
    if (record.has("maintext") || record.has("date_publish") && record.has("source_domain")) {
      return NEWS_PLEASE;
    }
    if (record.has("fingerprint")
        || record.has("raw_text")
        || record.has("hostname") && record.has("source")) {
      return TRAFILATURA;
    }
    boolean crawlSet =
        record.has("dump")
            || record.has("warc_record_id")
            || record.has("token_count")
            || record.has("language_score")
            || record.path("metadata").has("url")
            || record.path("meta").has("url")
            || record.has("timestamp") && record.has("url") && record.size() <= 4;
    if (crawlSet && record.has("text") && !record.has("html")) {
      return COMMON_CRAWL;
    }
    return this;
  }

  /**
   * Parses {@code url=a,b;html=c;text=d} overrides on top of the generic names (and turns
   * recognition off).
   */
  public static JsonlFields parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return defaults();
    }
    JsonlFields f = generic();
    for (String part : spec.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(
            "JSONL field spec '" + part + "' is not name=field1,field2");
      }
      List<String> names = List.of(kv[1].strip().split("\\s*,\\s*"));
      f =
          switch (kv[0].strip()) {
            case "url" ->
                new JsonlFields(
                    names,
                    f.html,
                    f.text,
                    f.title,
                    f.date,
                    f.authors,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "html" ->
                new JsonlFields(
                    f.url,
                    names,
                    f.text,
                    f.title,
                    f.date,
                    f.authors,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "text" ->
                new JsonlFields(
                    f.url,
                    f.html,
                    names,
                    f.title,
                    f.date,
                    f.authors,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "title" ->
                new JsonlFields(
                    f.url,
                    f.html,
                    f.text,
                    names,
                    f.date,
                    f.authors,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "date" ->
                new JsonlFields(
                    f.url,
                    f.html,
                    f.text,
                    f.title,
                    names,
                    f.authors,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "authors" ->
                new JsonlFields(
                    f.url,
                    f.html,
                    f.text,
                    f.title,
                    f.date,
                    names,
                    f.fetched,
                    f.site,
                    f.description,
                    f.language,
                    false);
            case "fetched" ->
                new JsonlFields(
                    f.url,
                    f.html,
                    f.text,
                    f.title,
                    f.date,
                    f.authors,
                    names,
                    f.site,
                    f.description,
                    f.language,
                    false);
            default ->
                throw new IllegalArgumentException(
                    "unknown JSONL field kind '"
                        + kv[0]
                        + "' (url, html, text, title, date, authors, fetched)");
          };
    }
    return f;
  }
}
