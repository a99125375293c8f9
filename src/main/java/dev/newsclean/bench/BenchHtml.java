package dev.newsclean.bench;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.extract.container.TikaLanguage;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Metadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Benchmark, not a test: runs HTML extraction over a folder of pages in one JVM, one thread, and
 * prints pages/s and MB/s for newsclean's extractor (decode, parse, find the article, clean) and,
 * in the same run, for a bare {@code Jsoup.parse} of the same pages: the floor for any jsoup-based
 * extractor. Usage: {@code BenchHtml DIR [ROUNDS]}.
 */
public final class BenchHtml {

  private BenchHtml() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BenchHtml DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<byte[]> pages =
        read(
            Paths.get(args[0]),
            p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm"));
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    System.out.printf(
        "%d pages, %.1f MB, %d measured rounds after one warm-up round, one thread%n",
        pages.size(), bytes / 1e6, rounds);
    HtmlExtractor extractor = new HtmlExtractor();
    // The same cleaner the pipeline builds, language detector included.
    DocumentCleaner cleaner = DocumentCleaner.news(false, new TikaLanguage());
    Runnable ours =
        () -> {
          for (int i = 0; i < pages.size(); i++) {
            cleaner.clean(extractor.extract("p" + i, pages.get(i), Metadata.EMPTY));
          }
        };
    Runnable bare =
        () -> {
          for (byte[] page : pages) {
            Jsoup.parse(new String(page, StandardCharsets.UTF_8));
          }
        };
    double bareSeconds = measure(bare, rounds);
    double oursSeconds = measure(ours, rounds);
    report("Jsoup.parse (floor)", pages.size(), bytes, bareSeconds);
    report("newsclean extract+clean", pages.size(), bytes, oursSeconds);
    System.out.printf(
        "ratio: newsclean takes %.2fx the time of a bare parse%n", oursSeconds / bareSeconds);
  }

  /** The bytes of every file under {@code dir} that {@code take} accepts, in path order. */
  static List<byte[]> read(Path dir, Predicate<Path> take) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(take).sorted().toList()) {
        out.add(Files.readAllBytes(f));
      }
    }
    return out;
  }

  /** Best-of-rounds seconds for one pass, after one warm-up pass. */
  static double measure(Runnable pass, int rounds) {
    pass.run();
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      pass.run();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return best;
  }

  private static void report(String name, int pages, long bytes, double seconds) {
    System.out.printf(
        "%-26s %8.0f pages/s %7.1f MB/s%n", name, pages / seconds, bytes / 1e6 / seconds);
  }
}
