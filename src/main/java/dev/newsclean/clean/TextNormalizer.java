package dev.newsclean.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Normalises text the same way for every input: HTML entities decoded, Unicode NFC, line breaks as
 * LF, non-breaking and other Unicode spaces as a plain space, invisible characters (zero-width
 * space, word joiner, BOM, soft hyphen) and control characters removed, runs of spaces collapsed,
 * no leading or trailing spaces on a line. Zero-width joiner and non-joiner are kept: they change
 * how Persian, Indic and emoji text reads.
 *
 * <p>Typographic quotes and dashes are kept unless {@code foldTypography} is set. Stateless and
 * thread-safe.
 */
public final class TextNormalizer {

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private final boolean foldTypography;

  public TextNormalizer(boolean foldTypography) {
    this.foldTypography = foldTypography;
  }

  /** The default: typography kept. */
  public static TextNormalizer standard() {
    return new TextNormalizer(false);
  }

  /** Normalises a multi-line text; lines stay lines (CRLF and CR become LF). */
  public String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    if (s.indexOf('&') >= 0 && ENTITY.matcher(s).find()) {
      s = Parser.unescapeEntities(s, false);
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        pendingSpace = false;
        out.append('\n');
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
      pendingSpace = false;
      if (foldTypography) {
        appendFolded(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Normalises one line: as {@link #normalize}, with any line breaks turned into spaces. */
  public String normalizeLine(String line) {
    return normalize(line.replace('\n', ' ').replace('\r', ' ')).strip();
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  static boolean isInvisible(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return false; // printable ASCII, most of any text: no lookup
    }
    switch (c) {
      case '\u200B': // zero-width space
      case '\u2060': // word joiner
      case '\uFEFF': // BOM / zero-width no-break space
      case '\u00AD': // soft hyphen
      case '\u180E': // Mongolian vowel separator
      case '\u200E': // left-to-right mark
      case '\u200F': // right-to-left mark
      case '\uFFFD': // replacement character left by a bad decode
        return true;
      default:
        return Character.getType(c) == Character.CONTROL;
    }
  }

  private static void appendFolded(StringBuilder out, char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
      case '\u2026' -> out.append("...");
      default -> out.append(c);
    }
  }
}
