package dev.newsclean.extract.container;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The HTTP side of a WARC record: whether its block is an HTTP message, its declared charset and
 * type, and the message without a {@code Content-Encoding} that does not decode.
 */
final class HttpMessages {

  private HttpMessages() {}

  /** The charset the HTTP response declared, or null when it named none (or one Java lacks). */
  static Charset httpCharset(String name) {
    try {
      return name == null ? null : Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A response whose block is an HTTP message (not a DNS or Gemini one). */
  static boolean isHttp(WarcRecord record) {
    String type =
        record.headers().first("Content-Type").orElse("").strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.startsWith("application/http");
  }

  /**
   * A block read whole, as a channel that knows its length (so a body without Content-Length runs
   * to its end, as in the record).
   */
  static LengthedBody bounded(byte[] block) {
    return LengthedBody.create(
        Channels.newChannel(new ByteArrayInputStream(block)), ByteBuffer.allocate(0), block.length);
  }

  /** The HTTP message with its {@code Content-Encoding} header lines dropped. */
  static byte[] withoutContentEncoding(byte[] block) {
    int end = headerEnd(block);
    String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
    String kept = head.replaceAll("(?im)^content-encoding:[^\\n]*\\n", "");
    byte[] headBytes = kept.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[headBytes.length + block.length - end];
    System.arraycopy(headBytes, 0, out, 0, headBytes.length);
    System.arraycopy(block, end, out, headBytes.length, block.length - end);
    return out;
  }

  /** The offset just past the blank line that ends the HTTP header (the whole block when none). */
  static int headerEnd(byte[] block) {
    for (int i = 0; i + 1 < block.length; i++) {
      if (block[i] == '\n'
          && (block[i + 1] == '\n'
              || (block[i + 1] == '\r' && i + 2 < block.length && block[i + 2] == '\n'))) {
        return block[i + 1] == '\n' ? i + 2 : i + 3;
      }
    }
    return block.length;
  }

  /** The declared type, or null when there is none or it does not parse. */
  static MediaType parseType(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      MediaType type = MediaType.parse(declared.strip());
      return type.base().toString().contains("/") ? type : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
