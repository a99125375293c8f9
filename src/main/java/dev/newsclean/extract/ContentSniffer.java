package dev.newsclean.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Decides how to read an input from its bytes, never from its file name: Tika's detector (magic
 * bytes, container inspection) first, then a look at the first line for JSON Lines, which Tika
 * reports as plain text. Build once and reuse: the detector is costly to make and thread-safe.
 */
public final class ContentSniffer {

  private static final int JSONL_PROBE = 64 * 1024;
  private static final int HTML_PROBE = 4096;

  /**
   * A tag or comment at the start: {@code <!--}, {@code <!doctype}, {@code <name} then a space, '/'
   * or '>'.
   */
  private static final Pattern OPENS_WITH_TAG =
      Pattern.compile("<(?:!--|!doctype|[a-z][a-z0-9:-]*[\\s/>])");

  /** An {@code <html>} or {@code <body>} tag opening a line: a page behind some lines of junk. */
  private static final Pattern PAGE_TAG_AT_LINE_START =
      Pattern.compile("(?m)^[ \\t]*<(?:html|body)[\\s>]");

  /**
   * Tags of the HTML elements that pages and fragments are made of (the WHATWG sniffing list and
   * more).
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:html|head|body|script|iframe|h[1-6]|div|font|table|tbody|thead|tr|td|th|a|style|title|b|i|u|br|p|span|img|meta|link"
              + "|ul|ol|li|dl|dt|dd|form|input|center|noscript|map|area|strong|em|hr|blockquote|pre|nav|section|article|header|footer"
              + "|main|aside|figure|figcaption|small|sup|sub|time|picture|source|svg|button|label|select|option|textarea)[\\s/>]");

  /** Tika's detector, loaded on first use: a scrape of text and HTML never needs it. */
  private Detector detector;

  /** The media type Tika sees in the bytes. */
  public MediaType mediaType(byte[] bytes) throws IOException {
    if (detector == null) {
      detector = TikaConfig.getDefaultConfig().getDetector();
    }
    try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      return detector.detect(in, new Metadata());
    }
  }

  public InputKind kind(byte[] bytes) throws IOException {
    return kind(mediaType(bytes), bytes);
  }

  /**
   * The kind of content that is plainly text (no control bytes in its head), decided without Tika:
   * JSON Lines, HTML, or plain text. Null for anything else, including XML, which Tika tells apart
   * (XHTML, feeds, office XML).
   */
  public static InputKind textKind(byte[] bytes) {
    if (!looksLikeText(bytes)) {
      return null;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading();
    if (head.startsWith("<?xml")
        || head.startsWith("\uFEFF<?xml")
        || head.startsWith("\u00EF\u00BB\u00BF<?xml")
        || head.startsWith("WARC/")) {
      return null;
    }
    if (looksLikeJsonl(bytes)) {
      return InputKind.JSONL;
    }
    return looksLikeHtml(bytes) ? InputKind.HTML : InputKind.TEXT;
  }

  static InputKind kind(MediaType type, byte[] bytes) {
    String base = type.getBaseType().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return InputKind.HTML;
    }
    if (base.equals("application/warc") || base.equals("application/x-warc")) {
      return InputKind.WARC;
    }
    if (base.startsWith("text/")
        || base.equals("application/json")
        || base.equals("application/octet-stream") && looksLikeText(bytes)) {
      if (looksLikeJsonl(bytes)) {
        return InputKind.JSONL;
      }
      return looksLikeHtml(bytes) ? InputKind.HTML : InputKind.TEXT;
    }
    return InputKind.TIKA;
  }

  /** The first non-blank line is a JSON object: JSON Lines. */
  static boolean looksLikeJsonl(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, JSONL_PROBE), StandardCharsets.UTF_8)
            .stripLeading();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    int eol = head.indexOf('\n');
    String first = (eol < 0 ? head : head.substring(0, eol)).strip();
    return first.startsWith("{")
        && (first.endsWith("}") || eol < 0 && head.length() == JSONL_PROBE);
  }

  /**
   * Markup Tika's magic missed: a page that starts with a comment or whitespace, a fragment (a
   * scraper that saved the article node: {@code <div ...>}, {@code <p>}), or a page behind a
   * wrapper line ({@code <text id="...">} then the page). Like the WHATWG MIME-sniffing rules, the
   * first non-blank characters must open a tag or a comment; unlike them, any element name counts
   * as long as the head then holds at least two tags of real HTML elements, so a plain-text dump
   * that merely mentions a tag stays text.
   */
  public static boolean looksLikeHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, HTML_PROBE), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    if (head.contains("<!doctype html") || PAGE_TAG_AT_LINE_START.matcher(head).find()) {
      return true;
    }
    String start =
        head.startsWith("\uFEFF") ? head.substring(1).stripLeading() : head.stripLeading();
    return OPENS_WITH_TAG.matcher(start).lookingAt() && countHtmlTags(head, 2) >= 2;
  }

  /** Tags of HTML elements (opening or closing) in {@code text}, counted up to {@code enough}. */
  static int countHtmlTags(String text, int enough) {
    Matcher m = HTML_TAG.matcher(text);
    int n = 0;
    while (n < enough && m.find()) {
      n++;
    }
    return n;
  }

  /** No control bytes in the first 8 KB: text in an ASCII-compatible encoding (not UTF-16). */
  static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        return false;
      }
    }
    return n > 0;
  }
}
