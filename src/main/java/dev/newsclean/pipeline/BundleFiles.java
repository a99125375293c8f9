package dev.newsclean.pipeline;

import dev.newsclean.core.FileProcessor;
import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;

/**
 * The temp files of records, removed lines, rejects, state entries and documents that one bundle or
 * element writes (each opened when first written), and its outcome counts. Files are written under
 * this attempt's own names and renamed on {@link #close} to names made from what went into them
 * ({@link ContentKey}): a step computed again writes the same files under the same names.
 */
final class BundleFiles implements FileProcessor.Outcomes {

  private final String tempDir;
  private final String attempt = UUID.randomUUID().toString();
  private final Map<String, Writer> writers = new LinkedHashMap<>();
  private final Map<String, Long> lines = new LinkedHashMap<>();
  private final Counter records;
  private final Counter rejects;
  final OutcomeCounts counts;

  /** Counters may be null where a bundle has none of that outcome. */
  BundleFiles(String tempDir, Counter records, Counter rejects) {
    this(tempDir, new OutcomeCounts(), records, rejects);
  }

  /** Files that add their outcomes to {@code counts} (shared by a bundle's elements). */
  BundleFiles(String tempDir, OutcomeCounts counts, Counter records, Counter rejects) {
    this.tempDir = tempDir;
    this.counts = counts;
    this.records = records;
    this.rejects = rejects;
  }

  @Override
  public void article(Article article) {
    writeValue(CleanFiles.RECORDS, article);
    counts.article(article);
    if (records != null) {
      records.inc();
    }
  }

  @Override
  public void removed(Removal removal) {
    writeValue(CleanFiles.REMOVED, removal);
    counts.removed(removal);
  }

  @Override
  public void rejected(Reject reject) {
    writeValue(CleanFiles.REJECTS, reject);
    counts.rejected(reject);
    if (rejects != null) {
      rejects.inc();
    }
  }

  @Override
  public void skipped(String source, String kind) {
    counts.skipped(kind);
  }

  @Override
  public void extracted(String format) {
    counts.document(format);
  }

  /** Keeps {@code entry} for the next run's state ({@link InputEntry}). */
  void state(InputEntry entry) {
    writeValue(CleanFiles.INPUTS, entry);
  }

  /** Writes {@code value} as one line of {@code kind}, without counting it. */
  void writeValue(String kind, Object value) {
    try {
      Json.write(writer(kind), value);
      writer(kind).write('\n');
      lines.merge(kind, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + attemptPath(kind), e);
    }
  }

  /** Copies a line as it is (a record carried over from the previous run), without counting it. */
  void copy(String kind, String line) {
    try {
      Writer writer = writer(kind);
      writer.write(line);
      writer.write('\n');
      lines.merge(kind, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + attemptPath(kind), e);
    }
  }

  private Writer writer(String kind) throws IOException {
    Writer writer = writers.get(kind);
    if (writer == null) {
      writer = TempFiles.writer(attemptPath(kind));
      writers.put(kind, writer);
    }
    return writer;
  }

  private String attemptPath(String kind) {
    return tempDir + "/" + kind + "-" + attempt + ".attempt";
  }

  /** Where the file of {@code kind} named {@code key} is once closed. */
  static String path(String tempDir, String kind, String key) {
    return tempDir + "/" + kind + "-" + key + ".jsonl";
  }

  /**
   * Closes every file, moves it to its name for {@code key} (replacing what an earlier attempt left
   * there), and says what was written.
   */
  List<Shard> close(String key) throws IOException {
    List<Shard> shards = new ArrayList<>();
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    for (Map.Entry<String, Writer> entry : writers.entrySet()) {
      String kind = entry.getKey();
      entry.getValue().close();
      String path = path(tempDir, kind, key);
      from.add(FileSystems.matchNewResource(attemptPath(kind), false));
      to.add(FileSystems.matchNewResource(path, false));
      shards.add(new Shard(kind, path, lines.get(kind)));
    }
    if (!from.isEmpty()) {
      FileSystems.rename(from, to);
    }
    writers.clear();
    lines.clear();
    return shards;
  }
}
