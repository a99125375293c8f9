package dev.newsclean.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of class/id words from {@code html-signals.json}, given as {@code a|b|c}. Plain words
 * match as substrings of the lower-cased value (many times faster than a regular expression with
 * dozens of alternatives, run on every element); entries with regex anchors or classes are matched
 * as a pattern. Immutable; thread-safe.
 */
final class WordSignals {

  private final List<String> words;
  private final Pattern pattern;

  private WordSignals(List<String> words, Pattern pattern) {
    this.words = words;
    this.pattern = pattern;
  }

  static WordSignals of(String alternatives) {
    List<String> literal = new java.util.ArrayList<>();
    List<String> regex = new java.util.ArrayList<>();
    for (String alt : alternatives.split("\\|")) {
      if (alt.matches("[a-z0-9 -]+")) {
        literal.add(alt);
      } else if (!alt.isEmpty()) {
        regex.add(alt);
      }
    }
    Pattern pattern =
        regex.isEmpty() ? null : Pattern.compile(String.join("|", regex), Pattern.CASE_INSENSITIVE);
    return new WordSignals(List.copyOf(literal), pattern);
  }

  /** True when the value holds one of the words. */
  boolean in(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return pattern != null && pattern.matcher(lower).find();
  }
}
