package dev.newsclean.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One line of the state folder's {@code inputs-*.jsonl} (docs/state.md): what a run knew of one
 * input, so the next run can tell an unchanged input from a new or changed one and carry its
 * records over. Two kinds of line:
 *
 * <ul>
 *   <li>{@code input}: one per input file: its path under {@code --input}, the SHA-256 of its
 *       bytes, its size and modification time (for the quick check, {@link PriorInput#sameStat}),
 *       the {@link CodeFingerprint} of the newsclean that read it, the run these bytes were first
 *       read in ({@link PriorRun#run}), and its skips by kind;
 *   <li>{@code document}: one per document the input held: its site, format, the hashes of its
 *       lines (what it added to its site's counts), the {@link
 *       dev.newsclean.clean.SiteTemplate#digest} it was cleaned with, and what the report counts of
 *       it beyond its output lines (the share of its text removed, its template lines).
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "version",
  "kind",
  "path",
  "hash",
  "size",
  "modified",
  "code",
  "since",
  "skips",
  "site",
  "format",
  "lines",
  "digest",
  "share",
  "template"
})
record InputEntry(
    int version,
    String kind,
    String path,
    String hash,
    Long size,
    Long modified,
    String code,
    Long since,
    Map<String, Long> skips,
    String site,
    String format,
    String lines,
    String digest,
    Integer share,
    Integer template) {

  static final int VERSION = 3;
  static final String INPUT = "input";
  static final String DOCUMENT = "document";

  static InputEntry input(
      String path, InputFile file, String code, long since, Map<String, Long> skips) {
    return new InputEntry(
        VERSION,
        INPUT,
        path,
        file.hash(),
        sizeOf(file),
        modifiedOf(file),
        code,
        since,
        skips == null || skips.isEmpty() ? null : skips,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static InputEntry document(
      String path,
      String site,
      String format,
      String lines,
      long digest,
      Integer share,
      Integer template) {
    return new InputEntry(
        VERSION,
        DOCUMENT,
        path,
        null,
        null,
        null,
        null,
        null,
        null,
        site,
        format,
        lines,
        Long.toHexString(digest),
        share,
        template);
  }

  /** This input entry with the size and modification time of {@code file}, as it is now. */
  InputEntry withStat(InputFile file) {
    return new InputEntry(
        version,
        kind,
        path,
        hash,
        sizeOf(file),
        modifiedOf(file),
        code,
        since,
        skips,
        site,
        format,
        lines,
        digest,
        share,
        template);
  }

  /** A file's size for its entry: absent when unknown. */
  private static Long sizeOf(InputFile file) {
    return file.size() < 0 ? null : file.size();
  }

  /** A file's modification time for its entry: absent when the file system gives none. */
  private static Long modifiedOf(InputFile file) {
    return file.modified() <= 0 ? null : file.modified();
  }

  boolean isInput() {
    return INPUT.equals(kind);
  }

  boolean isDocument() {
    return DOCUMENT.equals(kind);
  }

  long digestValue() {
    return digest == null ? 0 : Long.parseUnsignedLong(digest, 16);
  }

  Set<Long> lineHashes() {
    return decode(lines);
  }

  /**
   * A line of the state, or null when it is damaged or of another version (then its input is read
   * again).
   */
  static InputEntry parse(String line) {
    try {
      InputEntry entry = dev.newsclean.io.Json.read(line, InputEntry.class);
      return entry.version() == VERSION && entry.path() != null && entry.kind() != null
          ? entry
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Line hashes as base64 of their 8-byte big-endian values, sorted (so the same set is the same
   * text).
   */
  static String encode(Collection<Long> hashes) {
    long[] sorted = hashes.stream().mapToLong(Long::longValue).sorted().toArray();
    ByteBuffer bytes = ByteBuffer.allocate(8 * sorted.length);
    for (long h : sorted) {
      bytes.putLong(h);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  static Set<Long> decode(String encoded) {
    Set<Long> hashes = new HashSet<>();
    if (encoded == null || encoded.isEmpty()) {
      return hashes;
    }
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
    while (bytes.remaining() >= 8) {
      hashes.add(bytes.getLong());
    }
    return hashes;
  }
}
