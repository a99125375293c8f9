package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins hard-wrapped plain text: when most lines of a document end near one column (as text
 * wrapped at 72 or 80 characters does), a line that reaches that column continues on the next line
 * of the same block. Documents with one paragraph per line are left as they are.
 */
public final class Paragraphs {

  /** A line of input with its 1-based line number. */
  public record Numbered(String text, int line) {}

  private static final int MIN_LINES = 8;
  private static final int MAX_WIDTH = 100;
  private static final int NEAR = 15;
  private static final double WRAPPED_SHARE = 0.6;

  private Paragraphs() {}

  /** The lines, with wrapped ones joined; blank lines are kept as separators. */
  public static List<Numbered> unwrap(List<Numbered> lines) {
    int width = wrapWidth(lines);
    if (width < 0) {
      return lines;
    }
    List<Numbered> out = new ArrayList<>();
    StringBuilder current = null;
    int currentLine = 0;
    boolean continues = false;
    for (Numbered n : lines) {
      if (n.text().isBlank()) {
        flush(out, current, currentLine);
        current = null;
        out.add(n);
        continues = false;
        continue;
      }
      if (current != null && continues) {
        current.append(' ').append(n.text().strip());
      } else {
        flush(out, current, currentLine);
        current = new StringBuilder(n.text().strip());
        currentLine = n.line();
      }
      continues = n.text().length() >= width - NEAR;
    }
    flush(out, current, currentLine);
    return out;
  }

  /** The wrap column, or -1 when the text does not look hard-wrapped. */
  static int wrapWidth(List<Numbered> lines) {
    int max = 0;
    int nonBlank = 0;
    for (Numbered n : lines) {
      int len = n.text().length();
      if (len > 0) {
        nonBlank++;
        if (len <= MAX_WIDTH) {
          max = Math.max(max, len);
        } else {
          return -1;
        }
      }
    }
    if (nonBlank < MIN_LINES || max < 40) {
      return -1;
    }
    int near = 0;
    for (Numbered n : lines) {
      if (n.text().length() >= max - NEAR) {
        near++;
      }
    }
    return near >= nonBlank * WRAPPED_SHARE ? max : -1;
  }

  private static void flush(List<Numbered> out, StringBuilder current, int line) {
    if (current != null) {
      out.add(new Numbered(current.toString(), line));
    }
  }
}
