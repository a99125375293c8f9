package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * What a phrase pattern's matches must contain, read from the pattern itself, so that a line
 * without it need not run the regex ({@link PhraseSet}). Sound, not complete: when in doubt it
 * requires nothing.
 *
 * <ul>
 *   <li>{@link #literalPrefix}: the plain text every match starts with ({@code ^sign up for}).
 *   <li>{@link #requiredWords}: literals one of which every match holds, from a part of the pattern
 *       that every match goes through: a literal run ({@code .{0,120}all rights reserved}), a group
 *       that is not optional ({@code (photo|image)s?:} needs "photo" or "image"), the inside of a
 *       lookahead.
 * </ul>
 */
final class RegexLiterals {

  private static final String META = "\\[](){}.*+?^$|";

  private RegexLiterals() {}

  /** The plain characters after a leading {@code ^}, up to the first regex construct. */
  static String literalPrefix(String regex) {
    if (!regex.startsWith("^")) {
      return "";
    }
    return leadingLiteral(regex.substring(1));
  }

  /**
   * Literals one of which every match contains; empty when none is known. Of the pattern's
   * mandatory parts (a literal run at its top level, a group that is not optional, the inside of a
   * positive lookahead), the one whose shortest literal is longest.
   */
  static List<String> requiredWords(String regex) {
    List<List<String>> candidates = new ArrayList<>();
    collect(regex, candidates);
    List<String> best = List.of();
    int bestShortest = 0;
    for (List<String> candidate : candidates) {
      int shortest = candidate.stream().mapToInt(String::length).min().orElse(0);
      if (shortest > bestShortest) {
        best = candidate;
        bestShortest = shortest;
      }
    }
    return best;
  }

  /** Adds the mandatory parts of {@code regex} (see {@link #requiredWords}) to {@code out}. */
  private static void collect(String regex, List<List<String>> out) {
    if (topLevelAlternatives(regex).size() > 1) {
      return; // either side may match: nothing at this level is mandatory
    }
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '(') {
        flush(run, out);
        int end = closing(regex, i);
        if (end < 0) {
          return;
        }
        boolean optional = end + 1 < regex.length() && "?*{".indexOf(regex.charAt(end + 1)) >= 0;
        if (!optional) {
          group(regex.substring(i + 1, end), out);
        }
        i = end + 1;
      } else if (c == '[') {
        flush(run, out);
        int end = classEnd(regex, i);
        if (end < 0) {
          return;
        }
        i = end + 1;
      } else if (c == '\\'
          && i + 1 < regex.length()
          && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
        i = literal(regex, i + 2, regex.charAt(i + 1), run, out);
      } else if (c == '\\' || META.indexOf(c) >= 0) {
        flush(run, out);
        i += c == '\\' ? 2 : 1;
        if (c == '{' || (c == '\\' && i - 1 < regex.length() && regex.charAt(i - 1) == 'p')) {
          int close = regex.indexOf('}', i);
          i = close < 0 ? regex.length() : close + 1;
        }
      } else {
        i = literal(regex, i + 1, c, run, out);
      }
    }
    flush(run, out);
  }

  /**
   * One literal character of a run, ending at {@code next}: a quantifier after it makes it optional
   * (the run ends before it) or repeatable (the run ends with it).
   */
  private static int literal(
      String regex, int next, char literal, StringBuilder run, List<List<String>> out) {
    char after = next < regex.length() ? regex.charAt(next) : 0;
    if (after == '?' || after == '*' || after == '{') {
      flush(run, out);
      return next;
    }
    run.append(literal);
    if (after == '+') {
      flush(run, out);
      return next + 1;
    }
    return next;
  }

  /** A mandatory group's body: a lookahead's inside, or its alternatives' literal starts. */
  private static void group(String body, List<List<String>> out) {
    if (body.startsWith("?=")) {
      collect(body.substring(2), out);
      return;
    }
    if (body.startsWith("?:")) {
      body = body.substring(2);
    } else if (body.startsWith("?<") && !body.startsWith("?<=") && !body.startsWith("?<!")) {
      body = body.substring(body.indexOf('>') + 1);
    } else if (body.startsWith("?")) {
      return; // a negative lookaround, a lookbehind or flags: nothing required
    }
    List<String> alternatives = topLevelAlternatives(body);
    if (alternatives.size() == 1) {
      collect(body, out);
      return;
    }
    List<String> words = new ArrayList<>();
    for (String alternative : alternatives) {
      String literal = leadingLiteral(alternative);
      if (literal.isEmpty()) {
        return;
      }
      words.add(literal);
    }
    out.add(words);
  }

  private static void flush(StringBuilder run, List<List<String>> out) {
    if (run.length() > 0) {
      out.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /** The index of the {@code ]} that closes the class opened at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // a ']' first in a class is literal
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  private static int closing(String regex, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A group's body split at its own {@code |}s (not those of nested groups or classes). */
  private static List<String> topLevelAlternatives(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(body.substring(start, i));
        start = i + 1;
      }
    }
    out.add(body.substring(start));
    return out;
  }

  /**
   * The plain text a regex fragment's every match starts with: characters and escaped
   * metacharacters, up to the first construct; a character made optional by the quantifier after it
   * is dropped.
   */
  static String leadingLiteral(String fragment) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < fragment.length()) {
      char c = fragment.charAt(i);
      int next;
      char literal;
      if (c == '\\') {
        if (i + 1 >= fragment.length() || Character.isLetterOrDigit(fragment.charAt(i + 1))) {
          break; // \b, \s, \d, \p{..}: a class or an assertion
        }
        literal = fragment.charAt(i + 1);
        next = i + 2;
      } else if (META.indexOf(c) >= 0) {
        break;
      } else {
        literal = c;
        next = i + 1;
      }
      if (next < fragment.length() && "*?{".indexOf(fragment.charAt(next)) >= 0) {
        break; // this character may be absent
      }
      out.append(literal);
      if (next < fragment.length() && fragment.charAt(next) == '+') {
        break;
      }
      i = next;
    }
    return out.toString();
  }
}
