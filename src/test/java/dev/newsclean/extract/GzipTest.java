package dev.newsclean.extract;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.newsclean.extract.container.Gzip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class GzipTest {

  @Test
  public void knowsGzipByItsMagicBytes() throws IOException {
    assertTrue(Gzip.isGzip(Fixtures.gzip("x".getBytes(StandardCharsets.UTF_8))));
    assertFalse(Gzip.isGzip("plain".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  public void readCappedStopsAtTheLimit() {
    assertThrows(
        Gzip.TooLargeException.class,
        () -> Gzip.readCapped(new ByteArrayInputStream(new byte[10_001]), 10_000));
  }

  @Test
  public void readCappedReadsEverythingUnderTheLimit() throws IOException {
    byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(bytes, Gzip.readCapped(new ByteArrayInputStream(bytes), 10));
  }

  @Test
  public void gzipThatInflatesPastTheLimitIsTooLarge() throws IOException {
    dev.newsclean.core.FileProcessor small =
        new dev.newsclean.core.FileProcessor(
            new DocumentExtractor(100_000), dev.newsclean.clean.DocumentCleaner.newsDefault());
    dev.newsclean.core.CollectedOutcomes o =
        dev.newsclean.core.CollectedOutcomes.of(
            small, "zeros.txt.gz", Fixtures.gzip(new byte[1_000_000]));
    small.close();
    assertEquals(List.of("too_large"), o.reasons());
  }

  @Test
  public void truncatedGzipIsCorrupt() throws IOException {
    byte[] whole =
        Fixtures.gzip(
            "some text that will be cut short. ".repeat(50).getBytes(StandardCharsets.UTF_8));
    dev.newsclean.core.CollectedOutcomes o =
        FormatsTest.extract("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));
    assertEquals(List.of("corrupt"), o.reasons());
  }
}
