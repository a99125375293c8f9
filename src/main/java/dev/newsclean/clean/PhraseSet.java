package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases one rule looks for, loaded from data: whole-line phrases, line prefixes and regular
 * expressions, all matched against the lower-cased line (so data is written in lower case), on
 * lines of at most {@code maxChars} characters. A pattern may capture a named group {@code site},
 * read by {@link #site}. Immutable once built; thread-safe.
 */
public final class PhraseSet {

  private final int maxChars;
  private final Set<String> equals;
  private final List<String> prefixes;

  /** The prefixes by their first character, each list in the order of {@link #prefixes}. */
  private final Map<Character, List<String>> prefixesByFirst;

  private final List<Pattern> patterns;

  /**
   * For each pattern, the literal text every match starts with ("" when it starts with a regex
   * construct).
   */
  private final List<String> literalPrefixes;

  /** For each pattern, words one of which every match contains (empty when none is known). */
  private final List<List<String>> requiredWords;

  PhraseSet(int maxChars, Set<String> equals, List<String> prefixes, List<Pattern> patterns) {
    this.maxChars = maxChars;
    this.equals = Set.copyOf(equals);
    this.prefixes = List.copyOf(prefixes);
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String prefix : this.prefixes) {
      if (!prefix.isEmpty()) {
        byFirst.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>()).add(prefix);
      }
    }
    this.prefixesByFirst = byFirst;
    this.patterns = List.copyOf(patterns);
    this.literalPrefixes =
        patterns.stream().map(p -> RegexLiterals.literalPrefix(p.pattern())).toList();
    this.requiredWords =
        patterns.stream().map(p -> RegexLiterals.requiredWords(p.pattern())).toList();
  }

  /** True when the set holds no phrase at all (no language defines its rule). */
  public boolean isEmpty() {
    return equals.isEmpty() && prefixes.isEmpty() && patterns.isEmpty();
  }

  /** An empty set that matches nothing. */
  public static PhraseSet empty() {
    return new PhraseSet(0, Set.of(), List.of(), List.of());
  }

  /** This set with more phrases; the larger {@code maxChars} wins. */
  public PhraseSet plus(
      int moreMaxChars,
      List<String> moreEquals,
      List<String> morePrefixes,
      List<String> morePatterns) {
    Set<String> e = new HashSet<>(equals);
    moreEquals.forEach(p -> e.add(key(p)));
    List<String> pre = new ArrayList<>(prefixes);
    morePrefixes.forEach(p -> pre.add(p.toLowerCase(Locale.ROOT)));
    List<Pattern> pats = new ArrayList<>(patterns);
    morePatterns.forEach(p -> pats.add(Pattern.compile(p)));
    return new PhraseSet(Math.max(maxChars, moreMaxChars), e, pre, pats);
  }

  /** The union of two sets; the larger {@code maxChars} wins. */
  public PhraseSet merge(PhraseSet other) {
    Set<String> e = new HashSet<>(equals);
    e.addAll(other.equals);
    List<String> pre = new ArrayList<>(prefixes);
    pre.addAll(other.prefixes);
    List<Pattern> pats = new ArrayList<>(patterns);
    pats.addAll(other.patterns);
    return new PhraseSet(Math.max(maxChars, other.maxChars), e, pre, pats);
  }

  /** True when the line is one of the phrases, starts with a prefix, or matches a pattern. */
  public boolean matches(String line) {
    return matches(line, line.toLowerCase(Locale.ROOT));
  }

  /** As {@link #matches(String)}, with the line's lower-case form computed once by the caller. */
  public boolean matches(String line, String lower) {
    return match(line, lower) != null;
  }

  /**
   * What in the list the line matched ({@code phrase "advertisement"}, {@code starts with "also
   * read"}, {@code pattern ...}), or null when it matches nothing: the evidence of a removal.
   */
  public String match(String line, String lower) {
    if (line.length() > maxChars || line.isEmpty()) {
      return null;
    }
    if (!equals.isEmpty()) {
      String key = trimEdges(lower);
      if (equals.contains(key)) {
        return "phrase \"" + key + "\"";
      }
    }
    for (String prefix : prefixesByFirst.getOrDefault(lower.charAt(0), List.of())) {
      if (lower.startsWith(prefix)) {
        return "starts with \"" + prefix + "\"";
      }
    }
    for (int i = 0; i < patterns.size(); i++) {
      String must = literalPrefixes.get(i);
      if ((must.isEmpty() || lower.startsWith(must))
          && containsAny(lower, requiredWords.get(i))
          && patterns.get(i).matcher(lower).matches()) {
        return "pattern " + patterns.get(i).pattern();
      }
    }
    return null;
  }

  private static boolean containsAny(String lower, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code site} group captured by the first pattern that matches the line and has one. */
  public String site(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (Pattern pattern : patterns) {
      if (!pattern.pattern().contains("(?<site>")) {
        continue;
      }
      Matcher m = pattern.matcher(lower);
      if (m.matches() && m.group("site") != null) {
        return m.group("site");
      }
    }
    return null;
  }

  /** The form a whole-line phrase is compared in: lower case, edge punctuation and bullets gone. */
  static String key(String line) {
    return trimEdges(line.toLowerCase(Locale.ROOT));
  }

  private static String trimEdges(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isEdge(s.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isEdge(char c) {
    return Character.isWhitespace(c)
        || (c < 128 && !Character.isLetterOrDigit(c))
        || "•·»«›‹|–—".indexOf(c) >= 0;
  }
}
