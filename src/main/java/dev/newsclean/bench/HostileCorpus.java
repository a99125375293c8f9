package dev.newsclean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: generates a hostile corpus of N files (default 10,000) from valid files of
 * every kind ({@link SampleFiles}, built from the seed texts): random bytes, truncated, bit-flipped
 * and spliced copies, gzip of those, zip and gzip bombs, deep nesting, huge lines, bad and mixed
 * encodings, empty files and odd file names. Runs the real command on it in a JVM with {@code
 * -Xmx512m} and prints its exit code, whether every file is accounted for (in a record or a reject;
 * a container whose records were all skipped on purpose is counted apart), whether the report
 * balances, the rejects by reason, and the peak heap read from the GC log. Usage: {@code
 * HostileCorpus [N] [SEED_DIR] [KEEP_DIR]}; exits 1 when an invariant fails.
 */
public final class HostileCorpus {

  static final String HEAP = "-Xmx512m";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path seeds = Paths.get(args.length > 1 ? args[1] : "input");
    Path work =
        args.length > 2
            ? Files.createDirectories(Paths.get(args[2]))
            : Files.createTempDirectory("newsclean-hostile-");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(seeds)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    if (texts.isEmpty()) {
      System.err.println("no seed texts in " + seeds);
      System.exit(2);
    }
    Path corpus = work.resolve("corpus");
    long start = System.nanoTime();
    int files = new HostileFiles(42, texts).write(corpus, n);
    System.out.printf(
        "corpus: %d files in %s (%.1f s to generate)%n",
        files, corpus, (System.nanoTime() - start) / 1e9);

    Path out = work.resolve("out");
    Path gcLog = work.resolve("gc.log");
    Path runLog = work.resolve("run.log");
    start = System.nanoTime();
    Process process =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-Xlog:gc:file=" + gcLog,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--input=" + corpus,
                "--output=" + out,
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(runLog.toFile())
            .start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "run: exit code %d in %.1f s with %s (log: %s)%n", exit, seconds, HEAP, runLog);
    long[] heap = peakHeap(gcLog);
    System.out.printf(
        "heap: peak used before a collection %d MB, peak left by a young or full collection %d MB, of %d MB%n",
        heap[0], heap[1], heap[2]);
    boolean ok = exit == 0 && account(corpus, out);
    System.out.println(ok ? "OK: every invariant held" : "FAILED");
    System.exit(ok ? 0 : 1);
  }

  /**
   * Peak heap in MB before and after a collection, and the heap's size, from a {@code -Xlog:gc}
   * file. Only pauses that collect (young, mixed, full) count for "after": G1's remark and cleanup
   * pauses print the heap as it stands, garbage included.
   */
  static long[] peakHeap(Path gcLog) throws IOException {
    long before = 0;
    long after = 0;
    long size = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        before = Math.max(before, Long.parseLong(m.group(1)));
        if (line.contains("Pause Young") || line.contains("Pause Full")) {
          after = Math.max(after, Long.parseLong(m.group(2)));
        }
        size = Math.max(size, Long.parseLong(m.group(3)));
      }
    }
    return new long[] {before, after, size};
  }

  /**
   * True when the file (gzipped or not) starts as a WARC or ARC: a container whose records may all
   * be skipped on purpose.
   */
  private static boolean isWarc(Path file) throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
        head = in.readNBytes(64);
      } catch (IOException e) {
        return false;
      }
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    return start.startsWith("WARC/") || start.startsWith("filedesc://");
  }

  /**
   * Every file in a record or a reject (or a container of skipped records only), and the report
   * balanced.
   */
  static boolean account(Path corpus, Path out) throws IOException {
    TreeSet<String> sources = new TreeSet<>();
    java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().matches("(records|rejects)-.*\\.jsonl"))
              .toList()) {
        try (Stream<String> lines = Files.lines(f)) {
          for (String line : (Iterable<String>) lines::iterator) {
            JsonNode node = JSON.readTree(line);
            sources.add(node.get("source").asText());
            if (node.has("reason")) {
              reasons.merge(node.get("reason").asText(), 1L, Long::sum);
            }
          }
        }
      }
    }
    long processingErrors = reasons.getOrDefault("processing_error", 0L);
    List<String> missing = new ArrayList<>();
    long files = 0;
    long notContainers = 0;
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files++;
        String rel = corpus.relativize(f).toString();
        boolean found =
            sources.contains(rel)
                || !sources.subSet(rel + "#", rel + "#\uffff").isEmpty()
                || !sources.subSet(rel + "@", rel + "@\uffff").isEmpty();
        if (!found) {
          missing.add(rel);
          if (!isWarc(f)) {
            notContainers++;
          }
        }
      }
    }
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    long inputs = report.get("inputs").asLong();
    long balance =
        report.get("records").asLong()
            + report.get("rejected").asLong()
            + report.get("skipped").asLong();
    System.out.printf(
        "files: %d; in a record or reject: %d; in neither (containers of skipped records only): %d%n",
        files, files - missing.size(), missing.size());
    missing.stream().limit(5).forEach(m -> System.out.println("  e.g. " + m));
    System.out.printf(
        "report: inputs %d = records %d + rejected %d + skipped %d: %s%n",
        inputs,
        report.get("records").asLong(),
        report.get("rejected").asLong(),
        report.get("skipped").asLong(),
        inputs == balance ? "balanced" : "NOT BALANCED");
    System.out.println("rejects by reason: " + reasons);
    System.out.printf(
        "files in neither that are not WARC: %d; processing_error rejects: %d%n",
        notContainers, processingErrors);
    return inputs == balance && processingErrors == 0 && notContainers == 0;
  }
}
