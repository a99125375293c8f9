package dev.newsclean.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a hostile corpus ({@link HostileCorpus}), drawn with a fixed seed from valid files
 * of every kind ({@link SampleFiles}): truncated, bit-flipped and spliced copies, gzip of those,
 * random bytes, bad and mixed encodings, deep nesting, zip and gzip bombs, huge lines, empty files
 * and odd file names, spread over twenty site folders.
 */
final class HostileFiles {

  private final Random random;
  private final List<byte[]> valid = new ArrayList<>();
  private final List<String> validNames = new ArrayList<>();
  private final List<String> texts;

  HostileFiles(long seed, List<String> texts) throws IOException {
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
}
