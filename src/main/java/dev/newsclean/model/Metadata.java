package dev.newsclean.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What is known about an article besides its text. Every field may be null (unknown); lists are
 * never null. Values are only ever taken from the input, never invented. {@code dateline} is the
 * date the page prints beside its headline, as written ("Updated Dec 26, 2023 10:48 AM"): read by
 * the metadata normaliser, never written out.
 */
public record Metadata(
    String title,
    List<String> authors,
    String published,
    String site,
    String url,
    String fetched,
    String language,
    String description,
    String credit,
    String dateline)
    implements Serializable {

  public static final Metadata EMPTY =
      new Metadata(null, List.of(), null, null, null, null, null, null, null, null);

  public Metadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Fields of this instance, with each null (or empty) one taken from {@code fallback}. */
  public Metadata orElse(Metadata fallback) {
    return new Metadata(
        first(title, fallback.title),
        authors.isEmpty() ? fallback.authors : authors,
        first(published, fallback.published),
        first(site, fallback.site),
        first(url, fallback.url),
        first(fetched, fallback.fetched),
        first(language, fallback.language),
        first(description, fallback.description),
        first(credit, fallback.credit),
        first(dateline, fallback.dateline));
  }

  /**
   * Hints for a page fetched from {@code url} at {@code fetched} (ISO-8601), nothing else known.
   */
  public static Metadata fetchedFrom(String url, String fetched) {
    return new Metadata(null, List.of(), null, null, url, fetched, null, null, null, null);
  }

  public Metadata withTitle(String value) {
    return new Metadata(
        value, authors, published, site, url, fetched, language, description, credit, dateline);
  }

  public Metadata withAuthors(List<String> value) {
    List<String> merged = new ArrayList<>(new LinkedHashSet<>(value));
    return new Metadata(
        title, merged, published, site, url, fetched, language, description, credit, dateline);
  }

  public Metadata withPublished(String value) {
    return new Metadata(
        title, authors, value, site, url, fetched, language, description, credit, dateline);
  }

  public Metadata withSite(String value) {
    return new Metadata(
        title, authors, published, value, url, fetched, language, description, credit, dateline);
  }

  public Metadata withLanguage(String value) {
    return new Metadata(
        title, authors, published, site, url, fetched, value, description, credit, dateline);
  }

  public Metadata withCredit(String value) {
    return new Metadata(
        title, authors, published, site, url, fetched, language, description, value, dateline);
  }

  public Metadata withDateline(String value) {
    return new Metadata(
        title, authors, published, site, url, fetched, language, description, credit, value);
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
