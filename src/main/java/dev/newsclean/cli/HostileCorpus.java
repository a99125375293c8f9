package dev.newsclean.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

  private final Random random;
  private final List<byte[]> valid = new ArrayList<>();
  private final List<String> validNames = new ArrayList<>();
  private final List<String> texts;

  HostileCorpus(long seed, List<String> texts) throws IOException {
    this.random = new Random(seed);
    this.texts = texts;
    String text = texts.get(0);
    List<String> paragraphs = List.of(text.split("\n+"));
    List<String> latin =
        paragraphs.stream()
            .map(p -> p.replaceAll("[^\\x20-\\x7e]", " "))
            .filter(p -> !p.isBlank())
            .limit(20)
            .toList();
    add("txt", text.getBytes(StandardCharsets.UTF_8));
    add("html", SampleFiles.html("A story | Example", paragraphs));
    add("jsonl", SampleFiles.jsonl(texts));
    add("warc", SampleFiles.warc(false, SampleFiles.html("A story", paragraphs), text));
    add("warc.gz", SampleFiles.warc(true, SampleFiles.html("A story", paragraphs), text));
    add("txt.gz", SampleFiles.gzip(text.getBytes(StandardCharsets.UTF_8)));
    add("docx", SampleFiles.docx("A story", "Ana Lima", paragraphs));
    add("pdf", SampleFiles.pdf("A story", latin));
    add("rtf", SampleFiles.rtf(latin));
  }

  private void add(String extension, byte[] bytes) {
    validNames.add(extension);
    valid.add(bytes);
  }

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
    int files = new HostileCorpus(42, texts).write(corpus, n);
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

  /** Writes {@code n} hostile files; returns how many. */
  int write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<Supplier<byte[]>> kinds =
        List.of(
            this::truncated,
            this::bitFlipped,
            this::spliced,
            this::gzipped,
            this::randomBytes,
            this::badEncoding,
            this::validOne,
            this::deepNesting);
    int written = 0;
    // The big ones, a few of each.
    for (int i = 0; i < 3; i++) {
      Files.write(dir.resolve("zip-bomb-" + i + ".docx"), zipBomb());
      Files.write(dir.resolve("gzip-bomb-" + i + ".txt.gz"), gzipBomb());
      writeHugeLine(dir.resolve("huge-line-" + i + ".txt"), 24 << 20, i == 0 ? '\n' : ' ');
      Files.write(dir.resolve("empty-" + i + ".txt"), new byte[0]);
      written += 4;
    }
    writeHugeLine(dir.resolve("huge-line.jsonl"), 80 << 20, ' ');
    written++;
    for (int i = written; i < n; i++) {
      byte[] bytes = kinds.get(random.nextInt(kinds.size())).get();
      Path sub = dir.resolve("site" + random.nextInt(20));
      Files.createDirectories(sub);
      Path file = sub.resolve(oddName(i));
      Files.write(file, bytes);
      written++;
    }
    return written;
  }

  private int lastKind;

  private byte[] pick() {
    lastKind = random.nextInt(valid.size());
    return valid.get(lastKind);
  }

  private byte[] validOne() {
    return pick().clone();
  }

  private byte[] truncated() {
    byte[] b = pick();
    return Arrays.copyOf(b, random.nextInt(Math.max(1, b.length)));
  }

  private byte[] bitFlipped() {
    byte[] b = pick().clone();
    int flips = 1 + random.nextInt(16);
    for (int i = 0; i < flips; i++) {
      b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return b;
  }

  private byte[] spliced() {
    byte[] a = pick();
    byte[] b = valid.get(random.nextInt(valid.size()));
    int cut = random.nextInt(Math.max(1, a.length));
    int from = random.nextInt(Math.max(1, b.length));
    byte[] out = Arrays.copyOf(a, cut + b.length - from);
    System.arraycopy(b, from, out, cut, b.length - from);
    return out;
  }

  private byte[] gzipped() {
    byte[] inner = random.nextBoolean() ? bitFlipped() : truncated();
    byte[] gz = SampleFiles.gzip(inner);
    return random.nextBoolean() ? gz : Arrays.copyOf(gz, random.nextInt(Math.max(1, gz.length)));
  }

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(1 << (4 + random.nextInt(16)))];
    random.nextBytes(b);
    return b;
  }

  /** A seed text in an encoding it does not declare, or several at once. */
  private byte[] badEncoding() {
    String text = texts.get(random.nextInt(texts.size()));
    return switch (random.nextInt(5)) {
      case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 1 -> text.getBytes(StandardCharsets.ISO_8859_1);
      case 2 ->
          concat(
              text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8),
              text.substring(text.length() / 2).getBytes(StandardCharsets.UTF_16BE));
      case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bitFlipped());
      default -> {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += 1 + random.nextInt(50)) {
          b[i] = (byte) (0x80 | random.nextInt(0x40));
        }
        yield b;
      }
    };
  }

  private byte[] deepNesting() {
    int depth = 1000 + random.nextInt(50_000);
    return switch (random.nextInt(3)) {
      case 0 ->
          ("<html><body>" + "<div>".repeat(depth) + texts.get(0) + "</div>".repeat(depth / 2))
              .getBytes(StandardCharsets.UTF_8);
      case 1 ->
          ("{\"text\": " + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}\n")
              .getBytes(StandardCharsets.UTF_8);
      default ->
          ("<html><body>" + "<table><tr><td>".repeat(depth / 10) + texts.get(0))
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * Names with spaces, non-ASCII letters, the {@code #} of record ids, leading dashes, no or a
   * wrong extension, great length.
   */
  private String oddName(int i) {
    String extension = validNames.get(lastKind);
    return switch (random.nextInt(8)) {
      case 0 -> "file " + i + " with spaces." + extension;
      case 1 -> "ünïcödé-файл-" + i + "." + extension;
      case 2 -> "hash#" + i + "#." + extension;
      case 3 -> "-" + i + "." + extension;
      case 4 -> "noextension" + i;
      case 5 -> "wrong" + i + ".pdf";
      case 6 -> "long-" + "x".repeat(180) + i + "." + extension;
      default -> i + "." + extension;
    };
  }

  /** A DOCX-shaped zip whose document inflates to 1 GB of spaces. */
  private static byte[] zipBomb() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 1024; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Gzip that inflates to 1 GB of zeros. */
  private static byte[] gzipBomb() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        gz.write(zeros);
      }
    }
    return bytes.toByteArray();
  }

  private static void writeHugeLine(Path path, int size, char separator) throws IOException {
    byte[] word = ("lorem ipsum dolor sit amet" + separator).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      for (int written = 0; written < size; written += word.length) {
        out.write(word);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
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
