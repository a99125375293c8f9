package dev.newsclean.extract;

/** How an input is read, decided from its content. */
public enum InputKind {
  /** Plain text: lines are classified. */
  TEXT,
  /** An HTML or XHTML page: the article is found in the DOM. */
  HTML,
  /** JSON Lines: one scraped page per line. */
  JSONL,
  /** A WARC file: one page per HTTP response record. */
  WARC,
  /** Any other format Tika can read (PDF, Office, EPUB, RTF, ...). */
  TIKA
}
