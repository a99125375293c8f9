package dev.newsclean.pipeline;

import dev.newsclean.core.FileProcessor;
import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Extracts and cleans every file, writing records, removed lines and rejects straight into
 * temporary files of the bundle that made them (as Beam's {@code WriteFiles} does with its temp
 * files). Only the names of those files ({@link #SHARDS}) and the bundle's outcome counts ({@link
 * #COUNTS}) go on: a large corpus is never held in memory between steps, on any runner. A retried
 * bundle's files are never listed, and {@link FinalizeOutputs} deletes them with the temp folder.
 */
public final class CleanFiles extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {

  public static final TupleTag<Shard> SHARDS = new TupleTag<>() {};
  public static final TupleTag<OutcomeCounts> COUNTS = new TupleTag<>() {};

  private final InputRoot root;
  private final ExtractSettings settings;
  private final String tempDir;

  public CleanFiles(InputRoot root, ExtractSettings settings, String tempDir) {
    this.root = root;
    this.settings = settings;
    this.tempDir = tempDir;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple out = files.apply("ExtractAndClean", ParDo.of(new CleanFilesFn(root, settings, tempDir)).withOutputTags(SHARDS, TupleTagList.of(COUNTS)));
    out.get(SHARDS).setCoder(SerializableCoder.of(Shard.class));
    out.get(COUNTS).setCoder(SerializableCoder.of(OutcomeCounts.class));
    return out;
  }

  /** Adapts {@link FileProcessor} to Beam, with one set of temp files per bundle. */
  static final class CleanFilesFn extends DoFn<FileIO.ReadableFile, Shard> {

    static final String RECORDS = "records";
    static final String REMOVED = "removed";
    static final String REJECTS = "rejects";

    private final InputRoot root;
    private final ExtractSettings settings;
    private final String tempDir;
    private final Counter files = RunMetrics.counter(RunMetrics.FILES_DONE);
    private final Counter bytes = RunMetrics.counter(RunMetrics.BYTES_DONE);
    private final Counter records = RunMetrics.counter(RunMetrics.RECORDS);
    private final Counter rejects = RunMetrics.counter(RunMetrics.REJECTS);
    private transient FileProcessor processor;
    private transient BundleFiles bundle;

    CleanFilesFn(InputRoot root, ExtractSettings settings, String tempDir) {
      this.root = root;
      this.settings = settings;
      this.tempDir = tempDir;
    }

    @Setup
    public void setup() {
      processor = settings.newProcessor();
    }

    @StartBundle
    public void startBundle() {
      bundle = new BundleFiles(tempDir, records, rejects);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file) {
      String source = root.relativize(file.getMetadata().resourceId().toString());
      try (InputStream in = Channels.newInputStream(file.open())) {
        processor.process(source, in, bundle);
      } catch (IOException e) {
        bundle.rejected(Reject.of(source, Reject.Reason.UNREADABLE, "cannot open the file: " + e.getMessage()));
      }
      files.inc();
      bytes.inc(Math.max(0, file.getMetadata().sizeBytes()));
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      for (Shard shard : bundle.close()) {
        context.output(SHARDS, shard, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      context.output(COUNTS, bundle.counts, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      bundle = null;
    }

    @Teardown
    public void teardown() {
      if (processor != null) {
        processor.close();
      }
    }
  }

  /** One bundle's temp files (opened when first written) and outcome counts. */
  static final class BundleFiles implements FileProcessor.Outcomes {

    private final String tempDir;
    private final String id = UUID.randomUUID().toString();
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, Long> lines = new LinkedHashMap<>();
    private final Counter records;
    private final Counter rejects;
    final OutcomeCounts counts = new OutcomeCounts();

    BundleFiles(String tempDir, Counter records, Counter rejects) {
      this.tempDir = tempDir;
      this.records = records;
      this.rejects = rejects;
    }

    @Override
    public void article(Article article) {
      write(CleanFilesFn.RECORDS, article);
      counts.article(article);
      records.inc();
    }

    @Override
    public void removed(Removal removal) {
      write(CleanFilesFn.REMOVED, removal);
      counts.removed(removal);
    }

    @Override
    public void rejected(Reject reject) {
      write(CleanFilesFn.REJECTS, reject);
      counts.rejected(reject);
      rejects.inc();
    }

    @Override
    public void skipped(String source, String kind) {
      counts.skipped(kind);
    }

    @Override
    public void extracted(String format) {
      counts.document(format);
    }

    private void write(String kind, Object value) {
      try {
        Writer writer = writers.get(kind);
        if (writer == null) {
          var resource = FileSystems.matchNewResource(path(kind), false);
          writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(resource, MimeTypes.TEXT)), StandardCharsets.UTF_8), 1 << 16);
          writers.put(kind, writer);
        }
        writer.write(Json.line(value));
        writer.write('\n');
        lines.merge(kind, 1L, Long::sum);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path(kind), e);
      }
    }

    private String path(String kind) {
      return tempDir + "/" + kind + "-" + id + ".jsonl";
    }

    /** Closes every file and says what was written. */
    java.util.List<Shard> close() throws IOException {
      java.util.List<Shard> shards = new java.util.ArrayList<>();
      for (Map.Entry<String, Writer> entry : writers.entrySet()) {
        entry.getValue().close();
        shards.add(new Shard(entry.getKey(), path(entry.getKey()), lines.get(entry.getKey())));
      }
      return shards;
    }
  }
}
