package dev.newsclean.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general signals measured on one line: its weighted length, word count, share of stop words,
 * whether it ends like a sentence, share of capitalised words, URLs and {@code |} separators.
 * Computed once per line; immutable.
 */
public record LineFeatures(
    double length,
    int words,
    double stopwordDensity,
    boolean endsSentence,
    double capitalisedShare,
    boolean hasUrl,
    int separators,
    double urlShare,
    double punctuationDensity) {

  /** A line of at least this many words is a paragraph of prose, not a label or a headline. */
  public static final int PARAGRAPH_WORDS = 25;

  /** Whether the line is paragraph-long ({@link #PARAGRAPH_WORDS} words or more). */
  public boolean paragraph() {
    return words >= PARAGRAPH_WORDS;
  }

  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(com|org|net|co\\.uk|in|io)(/\\S*)?\\b");

  /**
   * Word statistics are read from at most this many characters of a line (a 20 MB line is a sample,
   * not a paragraph).
   */
  static final int SAMPLE_CHARS = 20_000;

  /** Measures a line; {@code stopwords} may be empty when the language has no list. */
  public static LineFeatures of(String line, Set<String> stopwords, double cjkWeight) {
    return of(line, tokens(sample(line)), stopwords, cjkWeight);
  }

  /** The part of a line its word statistics are read from. */
  static String sample(String line) {
    return line.length() > SAMPLE_CHARS ? line.substring(0, SAMPLE_CHARS) : line;
  }

  /** Measures a line whose {@link #tokens} (of its {@link #sample}) are already known. */
  static LineFeatures of(
      String line, java.util.List<String> lineTokens, Set<String> stopwords, double cjkWeight) {
    String text = sample(line);
    double length = line.length() - text.length();
    double sentencePunct = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += isCjk(c) ? cjkWeight : 1.0;
      if (",.;:!?。，、；：！？".indexOf(c) >= 0) {
        sentencePunct++;
      }
    }
    int words = 0;
    int stop = 0;
    int capitalised = 0;
    int alphabetic = 0;
    for (String token : lineTokens) {
      words++;
      int first = token.codePointAt(0);
      if (Character.isLetter(first)) {
        alphabetic++;
        if (Character.isUpperCase(first)) {
          capitalised++;
        }
      }
      if (stopwords.contains(token.toLowerCase(Locale.ROOT))) {
        stop++;
      }
    }
    int separators = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '|' || c == '•' || c == '·') {
        separators++;
      }
    }
    int urlChars = 0;
    if (mayHaveUrl(text)) {
      var urls = URL.matcher(text);
      while (urls.find()) {
        urlChars += urls.end() - urls.start();
      }
    }
    return new LineFeatures(
        length,
        words,
        words == 0 ? 0 : (double) stop / words,
        endsSentence(line),
        alphabetic == 0 ? 0 : (double) capitalised / alphabetic,
        urlChars > 0,
        separators,
        text.isEmpty() ? 0 : (double) urlChars / text.length(),
        text.isEmpty() ? 0 : sentencePunct / text.length());
  }

  /** The line's words: runs of characters between spaces, quotes, brackets and punctuation. */
  static java.util.List<String> tokens(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean separator = i == text.length() || isSeparator(text.charAt(i));
      if (separator) {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || "\"“”‘’'(){}[],.;:!?|/«»".indexOf(c) >= 0;
  }

  private static boolean mayHaveUrl(String text) {
    return text.contains("http")
        || text.contains("www.")
        || text.contains(".com")
        || text.contains(".org")
        || text.contains(".net")
        || text.contains(".co")
        || text.contains(".in")
        || text.contains(".io");
  }

  /** True when the text ends as a sentence does (full stop, question, quote, ...). */
  public static boolean endsSentence(String text) {
    int end = text.length() - 1;
    while (end >= 0 && "\"'”’»)]*".indexOf(text.charAt(end)) >= 0) {
      end--;
    }
    return end >= 0 && ".!?…。！？:;".indexOf(text.charAt(end)) >= 0;
  }

  static boolean isCjk(char c) {
    if (c < '\u2E80') {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
