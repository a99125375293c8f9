package dev.newsclean.extract.container;

import dev.newsclean.extract.Problems;
import dev.newsclean.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip-based document (DOCX, XLSX, PPTX, ODT, EPUB, ...) before any parser inflates it: its
 * entries are inflated into nothing, counting bytes, and it fails when they add up to more than the
 * limit or one large entry expands at a zip bomb's ratio. Headers are not trusted: the bytes are
 * counted as they come out. Stateless; thread-safe.
 */
final class ZipGuard {

  /** A large entry this many times bigger than its compressed size is a bomb, not a document. */
  static final int MAX_RATIO = 200;

  private static final long LARGE_ENTRY = 16L * 1024 * 1024;

  private ZipGuard() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /**
   * Why the zip must not be parsed, as a reject of {@code source}, or empty when it may be: {@code
   * too_large} past the limits, {@code corrupt} when an entry's header is malformed (a name that is
   * not UTF-8: a parser more lenient than this walk could inflate what was never counted).
   */
  static Optional<Reject> check(String source, String type, byte[] bytes, long maxInflated) {
    long total = 0;
    byte[] sink = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        long inflated = 0;
        for (int n; (n = zip.read(sink)) > 0; ) {
          inflated += n;
          total += n;
          if (total > maxInflated) {
            return Optional.of(
                Reject.of(
                    source,
                    Reject.Reason.TOO_LARGE,
                    type + " expands to more than " + maxInflated + " bytes"));
          }
          if (inflated > LARGE_ENTRY && inflated > (long) MAX_RATIO * bytes.length) {
            return Optional.of(
                Reject.of(
                    source,
                    Reject.Reason.TOO_LARGE,
                    type
                        + " zip bomb: "
                        + entry.getName()
                        + " expands more than "
                        + MAX_RATIO
                        + " times"));
          }
        }
      }
    } catch (IOException e) {
      // A zip whose data cannot be walked here is left to the parser, which reports it as it sees
      // it.
    } catch (IllegalArgumentException e) {
      return Optional.of(
          Reject.of(
              source,
              Reject.Reason.CORRUPT,
              type + " has a malformed zip entry header: " + Problems.oneLine(e)));
    }
    return Optional.empty();
  }
}
