package dev.newsclean.extract.container;

import dev.newsclean.extract.LargeInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Gzip by content (its magic bytes, whatever the file is called), and reading under a size cap. */
public final class Gzip {

  private Gzip() {}

  /** True when the bytes start with the gzip magic number, whatever the file is called. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Reads a stream fully, failing once it passes {@code maxBytes}. */
  public static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
    try (LargeInputs.Scope alone = new LargeInputs.Scope()) {
      return readCapped(in, maxBytes, alone);
    }
  }

  /**
   * Reads a stream fully, failing once it passes {@code maxBytes}; a large one waits its turn
   * ({@link LargeInputs}) in {@code scope}.
   */
  public static byte[] readCapped(InputStream in, long maxBytes, LargeInputs.Scope scope)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      scope.grown(total);
      if (total > maxBytes) {
        throw new TooLargeException("more than " + maxBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Content past the configured size limit. */
  public static final class TooLargeException extends IOException {
    public TooLargeException(String message) {
      super(message);
    }
  }
}
