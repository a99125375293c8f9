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
import org.apache.beam.sdk.metrics.Counter;

/**
 * One bundle's temp files of records, removed lines, rejects and state entries (each opened when
 * first written), and its outcome counts.
 */
final class BundleFiles implements FileProcessor.Outcomes {

  private final String tempDir;
  private final String id = UUID.randomUUID().toString();
  private final Map<String, Writer> writers = new LinkedHashMap<>();
  private final Map<String, Long> lines = new LinkedHashMap<>();
  private final Counter records;
  private final Counter rejects;
  final OutcomeCounts counts = new OutcomeCounts();

  /** Counters may be null where a bundle has none of that outcome. */
  BundleFiles(String tempDir, Counter records, Counter rejects) {
    this.tempDir = tempDir;
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
      throw new UncheckedIOException("cannot write " + path(kind), e);
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
      throw new UncheckedIOException("cannot write " + path(kind), e);
    }
  }

  private Writer writer(String kind) throws IOException {
    Writer writer = writers.get(kind);
    if (writer == null) {
      writer = TempFiles.writer(path(kind));
      writers.put(kind, writer);
    }
    return writer;
  }

  String path(String kind) {
    return tempDir + "/" + kind + "-" + id + ".jsonl";
  }

  /** Closes every file and says what was written. */
  List<Shard> close() throws IOException {
    List<Shard> shards = new ArrayList<>();
    for (Map.Entry<String, Writer> entry : writers.entrySet()) {
      entry.getValue().close();
      shards.add(new Shard(entry.getKey(), path(entry.getKey()), lines.get(entry.getKey())));
    }
    return shards;
  }
}
