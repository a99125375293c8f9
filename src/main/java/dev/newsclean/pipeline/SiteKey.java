package dev.newsclean.pipeline;

import dev.newsclean.clean.Sites;
import dev.newsclean.model.Document;
import java.util.Locale;

/**
 * The site a document belongs to, for learning what the site repeats across its pages: the
 * registrable domain of the document's URL (the canonical or {@code og:url} of a page, a JSONL
 * record's {@code url}, a WARC record's target URI), or else the first folder under {@code --input}
 * ({@code scrapes/bbc.co.uk/...} gives {@code bbc.co.uk}). Empty when there is neither: such a
 * document is cleaned on its own.
 */
public enum SiteKey {
  /** The URL's domain, else the first folder. */
  AUTO,
  /** Only the URL's domain. */
  URL,
  /** Only the first folder under the input. */
  FOLDER,
  /** No site: every document is cleaned on its own, nothing is learned. */
  NONE;

  public static SiteKey parse(String option) {
    try {
      return valueOf(option.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--siteKey must be auto, url, folder or none, not '" + option + "'");
    }
  }

  public String of(Document doc) {
    if (this == NONE) {
      return "";
    }
    String byUrl = this == FOLDER ? "" : Sites.ofUrl(doc.hints().url()).orElse("");
    if (!byUrl.isEmpty() || this == URL) {
      return byUrl;
    }
    return folder(doc.source());
  }

  /** The first folder of a source path, or empty for a file at the top of the input. */
  static String folder(String source) {
    String path = source;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    int slash = path.indexOf('/');
    return slash > 0 ? path.substring(0, slash).toLowerCase(Locale.ROOT) : "";
  }
}
