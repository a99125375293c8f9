package dev.newsclean.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Turns bytes into text by content: a byte-order mark wins; then a strict UTF-8 decode (on real
 * news pages a statistical detector often mistakes UTF-8 for ISO-8859-1, so valid UTF-8 is trusted
 * first); then a charset the caller read from the document itself (an HTML meta tag); then Tika's
 * statistical detector; windows-1252 last (it maps every byte). ISO-8859-1 is read as windows-1252,
 * as browsers do. Thread-safe.
 */
public final class TextDecoder {

  /** Decoded text with the charset that decoded it. */
  public record Decoded(String text, String charset) {}

  private static final Charset FALLBACK = Charset.forName("windows-1252");

  public Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  public Decoded decode(byte[] bytes, Charset declared) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom.name());
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null || mostlyUtf8(bytes)) {
      return new Decoded(
          utf8 != null ? utf8 : new String(bytes, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8.name());
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      Charset charset = asBrowsersRead(declared);
      return new Decoded(new String(bytes, charset), charset.name());
    }
    Charset detected = detect(bytes);
    Charset charset = detected != null ? asBrowsersRead(detected) : FALLBACK;
    return new Decoded(new String(bytes, charset), charset.name());
  }

  /**
   * Browsers read ISO-8859-1 and ASCII labels as windows-1252 (WHATWG Encoding), and so do pages:
   * their curly quotes and dashes sit in the bytes ISO-8859-1 leaves as control characters.
   */
  static Charset asBrowsersRead(Charset charset) {
    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
        ? FALLBACK
        : charset;
  }

  /**
   * UTF-8 with a few broken sequences (a scraper that cut a character in half): at least twenty
   * valid multi-byte sequences for each invalid byte. Decoding it as UTF-8 loses only the broken
   * characters; any single-byte charset would garble all the others.
   */
  static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xff;
      int need =
          c < 0x80
              ? 0
              : c >= 0xC2 && c <= 0xDF
                  ? 1
                  : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (need == 0) {
        i++;
        continue;
      }
      boolean ok = need > 0 && i + need < b.length;
      for (int k = 1; ok && k <= need; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid > 0 && valid >= 20 * invalid;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static String strictUtf8(byte[] bytes) {
    // The JDK's own UTF-8 decoder is the fast path; it marks bad input with U+FFFD. Only when one
    // shows up (bad input, or a real U+FFFD in the text) does the strict decoder decide.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    try {
      Charset found =
          new UniversalEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
      // A plain-ASCII guess for bytes that failed UTF-8 would drop the high bytes: not a real
      // answer.
      return found == null || found.equals(StandardCharsets.US_ASCII) ? null : found;
    } catch (IOException e) {
      return null;
    }
  }
}
