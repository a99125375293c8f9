package dev.newsclean.bench;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.extract.container.TikaLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;

/**
 * Benchmark, not a test: the work on plain-text dumps (or any input kind: every file of the folder
 * goes through the extractor's sniffing) in one JVM, one thread. Prints files/s and MB/s for
 * newsclean (sniff, decode, split into lines, clean with the language detector, normalise) and, in
 * the same run, for decoding the same bytes and splitting them into lines: the floor of any line
 * cleaner. Usage: {@code BenchText DIR [ROUNDS]}.
 */
public final class BenchText {

  private BenchText() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BenchText DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<byte[]> files = BenchHtml.read(Paths.get(args[0]), p -> true);
    long bytes = files.stream().mapToLong(f -> f.length).sum();
    System.out.printf(
        "%d files, %.1f MB, %d measured rounds after one warm-up round, one thread%n",
        files.size(), bytes / 1e6, rounds);
    DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Limits.MAX_BYTES);
    // The same cleaner the pipeline builds, language detector included.
    DocumentCleaner cleaner = DocumentCleaner.news(false, new TikaLanguage());
    DocumentSink sink = DocumentSink.of(cleaner::clean, r -> {}, (s, k) -> {});
    Runnable ours =
        () -> {
          for (int i = 0; i < files.size(); i++) {
            extractor.extract("f" + i, files.get(i), sink);
          }
        };
    long[] lines = new long[1];
    Runnable floor =
        () -> {
          for (byte[] file : files) {
            lines[0] += new String(file, StandardCharsets.UTF_8).split("\n").length;
          }
        };
    double floorSeconds = BenchHtml.measure(floor, rounds);
    double oursSeconds = BenchHtml.measure(ours, rounds);
    report("decode + split (floor)", files.size(), bytes, floorSeconds);
    report("newsclean extract+clean", files.size(), bytes, oursSeconds);
    System.out.printf(
        "ratio: newsclean takes %.2fx the time of decoding and splitting%n",
        oursSeconds / floorSeconds);
  }

  private static void report(String name, int files, long bytes, double seconds) {
    System.out.printf(
        "%-26s %8.0f files/s %7.1f MB/s%n", name, files / seconds, bytes / 1e6 / seconds);
  }
}
