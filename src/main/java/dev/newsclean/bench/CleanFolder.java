package dev.newsclean.bench;

import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import dev.newsclean.pipeline.ExtractSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same extraction and cleaning as the pipeline, in a plain Java loop on one thread with no
 * Beam: the baseline the benchmark compares the runner against, and a quick way to try a rule
 * change on a folder. Writes {@code records.jsonl}, {@code removed.jsonl} and {@code
 * rejects.jsonl}. Usage: {@code CleanFolder INPUT_DIR OUTPUT_DIR}.
 */
public final class CleanFolder {

  private CleanFolder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CleanFolder INPUT_DIR OUTPUT_DIR");
      System.exit(2);
    }
    Path input = Paths.get(args[0]).toAbsolutePath().normalize();
    Path output = Paths.get(args[1]);
    Files.createDirectories(output);
    long[] counts = run(input, output, DocumentExtractor.Limits.MAX_BYTES);
    System.err.printf(
        "CleanFolder: %d files, %d records, %d rejects%n", counts[0], counts[1], counts[2]);
  }

  /** Cleans every file under {@code input}; returns {files, records, rejects}. */
  public static long[] run(Path input, Path output, long maxBytes) throws IOException {
    ExtractSettings settings = ExtractSettings.defaults(maxBytes);
    long[] counts = new long[3];
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (FileProcessor processor = settings.newProcessor();
        BufferedWriter records =
            Files.newBufferedWriter(output.resolve("records.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter removed =
            Files.newBufferedWriter(output.resolve("removed.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter rejects =
            Files.newBufferedWriter(output.resolve("rejects.jsonl"), StandardCharsets.UTF_8)) {
      FileProcessor.Outcomes outcomes =
          new FileProcessor.Outcomes() {
            @Override
            public void article(Article article) {
              counts[1]++;
              write(records, article);
            }

            @Override
            public void removed(Removal removal) {
              write(removed, removal);
            }

            @Override
            public void rejected(Reject reject) {
              counts[2]++;
              write(rejects, reject);
            }

            @Override
            public void skipped(String source, String kind) {}
          };
      for (Path file : files) {
        counts[0]++;
        try (InputStream in = Files.newInputStream(file)) {
          processor.process(input.relativize(file).toString(), in, outcomes);
        }
      }
    }
    return counts;
  }

  private static void write(BufferedWriter out, Object value) {
    try {
      out.write(Json.line(value));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
