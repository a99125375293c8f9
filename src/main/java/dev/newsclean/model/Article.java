package dev.newsclean.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/** The output record: one clean article. Field names and order are a contract (docs/schema.md). */
@JsonPropertyOrder({
  "id",
  "source",
  "title",
  "text",
  "authors",
  "published",
  "site",
  "url",
  "fetched",
  "language",
  "description",
  "credit",
  "text_sha256",
  "chars",
  "words",
  "paragraphs",
  "lines_in",
  "lines_removed",
  "duplicate_of",
  "duplicate_kind"
})
public record Article(
    String id,
    String source,
    String title,
    String text,
    List<String> authors,
    String published,
    String site,
    String url,
    String fetched,
    String language,
    String description,
    String credit,
    @JsonProperty("text_sha256") String textSha256,
    int chars,
    int words,
    int paragraphs,
    @JsonProperty("lines_in") int linesIn,
    @JsonProperty("lines_removed") int linesRemoved,
    @JsonProperty("duplicate_of") String duplicateOf,
    @JsonProperty("duplicate_kind") String duplicateKind)
    implements Serializable {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /**
   * This record flagged as a copy of {@code of} ({@code kind} exact or near), or with both null,
   * not flagged.
   */
  public Article withDuplicate(String of, String kind) {
    return new Article(
        id,
        source,
        title,
        text,
        authors,
        published,
        site,
        url,
        fetched,
        language,
        description,
        credit,
        textSha256,
        chars,
        words,
        paragraphs,
        linesIn,
        linesRemoved,
        of,
        kind);
  }
}
