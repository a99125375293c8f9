package dev.newsclean.extract;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.Test;

public class GzipTest {

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  @Test
  public void inflatesByMagicBytesNotByName() throws IOException {
    byte[] text = "hello, world".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, Gzip.inflateIfGzip(gzip(text), 1000));
  }

  @Test
  public void leavesOtherBytesAlone() throws IOException {
    byte[] text = "plain".getBytes(StandardCharsets.UTF_8);
    assertSame(text, Gzip.inflateIfGzip(text, 1000));
  }

  @Test
  public void stopsAtTheSizeLimit() throws IOException {
    byte[] zeros = gzip(new byte[1_000_000]);
    assertThrows(Gzip.TooLargeException.class, () -> Gzip.inflateIfGzip(zeros, 10_000));
  }

  @Test
  public void truncatedStreamIsAnError() throws IOException {
    byte[] whole = gzip("some text that will be cut short".repeat(50).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertThrows(IOException.class, () -> Gzip.inflateIfGzip(cut, 1_000_000));
  }
}
